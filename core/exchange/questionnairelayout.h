// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the questionnaire workbook's export and import share (docs/questionnaire-workbook.md): the
// rows a questionnaire has, the words of its headings and the answer labels a cell may hold. Kept
// in one place so that what the export writes is what the import reads.

#include "base/localtext.h"
#include "model/model.h"
#include "scoring/answerkinds.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct LoadedAssessment;

// The format written in the instructions sheet (row key "#format"): a workbook without it is not
// a questionnaire.
inline constexpr std::string_view kQuestionnaireFormat = "digilevel-questionnaire/1";

// One question row of the workbook: a figure, an item, one option of a multiple-choice item or a
// scenario. Its id (column A) is the model's id, "item/option" for an option row.
struct QuestionRow
{
    AnswerKind kind = AnswerKind::Item;
    const Model *model = nullptr; // the model or overlay it belongs to
    int index = -1;               // into model->figures, items or scenarios
    int option = -1;              // an option row of a multiple-choice item
    std::string id;

    const Item &item() const { return model->items[index]; }
    // The key its answer is stored under (the item's id for an option row).
    const std::string &key() const;
};

// The rows of the three question sheets in the order the workbook lists them: figures; items
// (a multiple-choice item followed by one row per option; items scored from figures are left out,
// their figures are on the figures sheet); scenarios. Items and scenarios the enterprise's
// industry disables are left out; the active overlays follow the model.
struct QuestionnaireRows
{
    // The model with the enterprise's industry applied; held by pointer so that the rows' model
    // pointers stay valid when the struct moves.
    std::shared_ptr<const Model> applied;
    std::vector<QuestionRow> figures, items, scenarios;
};
QuestionnaireRows questionnaireRows(const LoadedAssessment &assessment);

// Finds the row of `id` among every figure, item, option and scenario of the assessment's models
// (disabled ones too: the import reports what the model says about them).
std::optional<QuestionRow> findQuestionRow(const LoadedAssessment &assessment, std::string_view id);

// Headings of the answer and note columns: the import accepts either language's.
LocalText answerHeading();
LocalText noteHeading();

// The labels a cell of `row` offers, in the drop-down order: option labels, yes/no, the trend's
// words, the scenario's levels. Empty for a figure (a number).
std::vector<std::string> answerLabels(const QuestionRow &row, Lang lang);
// The label for a stored value: "" when the value is empty. An option row shows yes when its option
// is among the item's stored ones.
std::string answerLabel(const QuestionRow &row, const std::string &storedValue, Lang lang);
// The answer text AnswerWriter takes for a cell's text (a label in either language, or the stored
// form itself: an option id, yes/no, worse/same/better, 0-4); nullopt when the text is none of
// them. A figure's text is returned as it is (the answer codec checks the number). An option row
// gives "yes" or "no".
std::optional<std::string> answerFromCell(const QuestionRow &row, std::string_view text);

} // namespace dl
