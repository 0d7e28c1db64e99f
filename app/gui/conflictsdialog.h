// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/bundle.h"

#include <QDialog>

#include <vector>

class AppSession;
class QPushButton;
class QTableWidget;

// The answers that two machines changed differently (found when importing a bundle), each with
// both values, who changed it and when. The user keeps the local value or takes the incoming
// one; either way the choice is stored at once and the conflict closes.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(AppSession &session, QWidget *parent = nullptr);

    int openCount() const { return int(m_conflicts.size()); }

private:
    void reload();
    void resolve(bool takeIncoming);
    void updateButtons();

    AppSession &m_session;
    std::vector<dl::StoredConflict> m_conflicts;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keepLocal = nullptr;
    QPushButton *m_takeIncoming = nullptr;
};
