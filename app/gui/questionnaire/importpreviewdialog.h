// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/questionnairebook.h"

#include <QDialog>

class ImportChangesModel;
class ImportProblemsModel;
class QLabel;
class QPushButton;
class QTableView;

// What importing a returned questionnaire workbook would do, shown before anything is stored: the
// changes, each with a tick box, and the workbook's problems. A workbook with problems is not
// imported at all (the import is all or nothing): Import stays disabled and the dialog says to fix
// the workbook and import it again.
//
// Object names, for tests: summary (QLabel), changes and problems (QTableView), keep-all,
// keep-none and import (QPushButton).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const dl::QuestionnaireImportPlan &plan,
                        dl::Lang lang,
                        QWidget *parent = nullptr);

    // The changes the user kept ticked.
    std::vector<dl::QuestionnaireChange> keptChanges() const;
    ImportChangesModel *changesModel() const { return m_changes; }
    ImportProblemsModel *problemsModel() const { return m_problems; }

private:
    void updateButtons();

    bool m_hasProblems;
    ImportChangesModel *m_changes;
    ImportProblemsModel *m_problems;
    QLabel *m_summary;
    QPushButton *m_import;
};
