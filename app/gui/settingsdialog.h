// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Language, data directory, the default assessor, the peer benchmark's smallest group and the
// team server; saved with QSettings on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void browseDataDirectory();

    QComboBox *m_language = nullptr;
    QLineEdit *m_dataDirectory = nullptr;
    QLineEdit *m_assessorName = nullptr;
    QLineEdit *m_assessorOrg = nullptr;
    QSpinBox *m_minPeers = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_serverUser = nullptr;
    QSpinBox *m_autoSync = nullptr;
};
