// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "model/modelloader.h"
#include "scoring/answerkinds.h"
#include "scoring/answers.h"

#include <optional>
#include <string>
#include <vector>

namespace dl {
struct LoadedAssessment;
}

namespace dl::report {

// What the printable questionnaire shows: the questions of a model as they apply to one
// enterprise, headed with its name, or of the model as written with blank lines to write on.
struct QuestionnaireForm
{
    ModelSet models;
    Model applied;             // models.model with the enterprise's industry applied
    std::vector<int> overlays; // the industry additions asked: indices into models.overlays
    std::string enterprise;    // "" prints a line to write the name on
    std::string date;          // "" prints a line to write the date on
    // Answers already given, ticked and written in (parallel to `models`); none: a blank form.
    std::optional<AnswerLayer> answers;
};

// The model as written, no industry additions, no name and no date.
QuestionnaireForm blankQuestionnaireForm(ModelSet models);
// The questions asked of this assessment's enterprise (its industry applied, its additions),
// headed with its name and `date`; with `fill`, that layer's answers are printed in.
QuestionnaireForm questionnaireFormFor(const LoadedAssessment &assessment,
                                       const std::string &date,
                                       std::optional<Layer> fill = std::nullopt);

// Writes the form as an A4 PDF to fill in by hand: instructions, then every figure with a box for
// the number, every item with a tick box per option, every scenario with a box per level, each
// with lines for a note, and no question parted from its boxes by a page break. Every page is
// headed with the enterprise, the date and "第 X 页 / 共 Y 页". Needs a QGuiApplication.
Result<Done>
writeQuestionnaireForm(const QuestionnaireForm &form, Lang lang, const std::string &outputPath);

} // namespace dl::report
