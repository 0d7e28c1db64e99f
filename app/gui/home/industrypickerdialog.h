// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Picks a GB/T 4754-2017 industry: a tree of the 20 sections (门类) and their 97 divisions (大类),
// filtered as one types a code ("34", "C34") or part of a name in Chinese or English. Down moves
// from the search field into the tree, Enter or a double click takes the current entry.
class IndustryPickerDialog : public QDialog
{
    Q_OBJECT

public:
    IndustryPickerDialog(dl::Lang lang, const QString &current, QWidget *parent = nullptr);

    // "C34" for a division, "C" for a section; empty when nothing is chosen.
    QString code() const;
    // Shows only what matches `text`; exposed for tests.
    void setFilter(const QString &text);
    QTreeWidget *tree() const { return m_tree; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_ok = nullptr;
};
