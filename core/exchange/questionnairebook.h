// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/answerwriter.h"
#include "base/localtext.h"
#include "base/result.h"
#include "scoring/answerkinds.h"

#include <optional>
#include <string>
#include <vector>

namespace dl {

class Store;
struct LoadedAssessment;
struct XlsxWorkbook;

// The questionnaire as an Excel workbook the enterprise fills in before a visit
// (docs/questionnaire-workbook.md): instructions, figures, items and scenarios, each question row
// with its id in column A and its answer under the heading 答案 / Answer.
struct QuestionnaireExportOptions
{
    Lang lang = Lang::ZhCN;
    Layer layer = Layer::Self;
    // Leave every answer cell empty instead of filling in the layer's current answers.
    bool blank = false;
    // The date the instructions sheet shows (YYYY-MM-DD); empty: today (UTC).
    std::string date;
};

// Writes the workbook to `path` (through a temporary file: an existing file is replaced only by a
// complete workbook).
Result<Done> exportQuestionnaire(const LoadedAssessment &assessment,
                                 const std::string &path,
                                 const QuestionnaireExportOptions &options);

// One answer a workbook would change, for the preview and the command line's listing.
struct QuestionnaireChange
{
    AnswerChange change;  // what goes to AnswerWriter::apply
    LocalText title;      // the question as the model names it
    std::string oldValue; // as shown to a user (option labels, not codes); "" when unanswered
    std::string newValue;
    std::optional<std::string> oldNote; // set when the note changes
};

// What importing a workbook would do: every change, every problem. Problems are diagnostics whose
// file is the workbook, pos is (row, column) in the sheet named in the message, and id the
// question's id. A plan with problems is not applied: an import is all or nothing.
struct QuestionnaireImportPlan
{
    std::string file;
    Layer layer = Layer::Self;
    std::vector<QuestionnaireChange> changes;
    Diagnostics problems;
};

// Reads a returned workbook (xlsxreader.h) and compares it with the assessment's answers in
// `layer`. Rows are found by the ids in column A and answers by the column headed 答案 or Answer,
// wherever another program has moved them. Errors: the file unreadable or not a questionnaire
// of this assessment's model.
// An empty answer cell leaves the stored answer as it is (a blank questionnaire, or one the
// enterprise half filled, must not erase what is stored), and so does an empty note cell.
Result<QuestionnaireImportPlan> planQuestionnaireImport(const LoadedAssessment &assessment,
                                                        const std::string &path,
                                                        Layer layer,
                                                        Lang displayLang);
// The same for a workbook already read; `file` names it in the plan and its problems.
Result<QuestionnaireImportPlan> planQuestionnaireImport(const LoadedAssessment &assessment,
                                                        const XlsxWorkbook &book,
                                                        const std::string &file,
                                                        Layer layer,
                                                        Lang displayLang);

// Stores the plan's changes (all of them, or the ones a user kept) through AnswerWriter in one
// transaction; the audit names the workbook's file: who made the change is `who` followed by the
// file's name in brackets ("王工 (questionnaire.xlsx)"). Refused when the plan has problems.
Result<AnswerWrite> applyQuestionnaireImport(Store &store,
                                             const LoadedAssessment &assessment,
                                             const QuestionnaireImportPlan &plan,
                                             const std::string &who);

} // namespace dl
