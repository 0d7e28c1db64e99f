// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "scoring/answerkinds.h"
#include "scoring/evaluation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace dl {

struct JsonReportInput
{
    const Evaluation *evaluation = nullptr;
    const AnswerSet *answers = nullptr;
    std::string enterpriseName;
    std::string industry;       // normalised code, e.g. "C34"
    std::optional<Layer> layer; // written as "layer" when given
};

// The result as one JSON object (documented in README.md, "digilevel-cli score --json").
// Scores are JSON numbers; every score is also given exactly as a decimal string
// ("base_score_exact") so that nothing depends on binary floating point.
nlohmann::ordered_json evaluationToJson(const JsonReportInput &input, Lang lang);

} // namespace dl
