// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/records.h"
#include "model/modelloader.h"
#include "scoring/answers.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// Stored answers are text, keyed by model ids:
//   figure    a decimal ("120", "97.5")
//   item      single: the option id; multi: option ids joined by "," in the model's order
//             (or the exclusive one alone); yesno: "yes"/"no"; trend: "worse"/"same"/"better"
//   scenario  the rating "0".."4"
// Every value goes through the same checks as an answer file.

// Checks a value a user gives (for the CLI or a form) and returns its canonical text.
Result<std::string> canonicalAnswer(const ModelSet &models,
                                    const std::optional<IndustryCode> &industry,
                                    AnswerKind kind,
                                    const std::string &key,
                                    std::string_view text);

// The self layer and the verified layer (when anything is verified) from stored answers.
struct DecodedAnswers
{
    AnswerLayer self;
    std::optional<AnswerLayer> verified;
};
// A stored value as a reader sees it, from the figure, item or scenario `key` of `model` or of one
// of `overlays`: option labels, "是", "2 级", "120 台（套）"; the value itself when neither has the
// key. For exports and for screens that list stored answers.
std::string readableAnswer(const Model &model,
                           const std::vector<Model> &overlays,
                           AnswerKind kind,
                           const std::string &key,
                           const std::string &value,
                           Lang lang);

Result<DecodedAnswers> decodeStoredAnswers(const ModelSet &models,
                                           const std::optional<IndustryCode> &industry,
                                           const std::vector<StoredAnswer> &answers);

} // namespace dl
