// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "scoring/answerkinds.h"
#include "scoring/evaluation.h"

#include <optional>
#include <string>

namespace dl {

// Human-readable pieces of a result, in Chinese or English. Shared by the command line, the
// JSON output's "text" fields and (later) the GUI and reports.

// "(20%,40%]", an option's label, "改善"/"better", "是"/"yes"; "未作答"/"unanswered" for -1.
std::string itemStateText(const Model &model, int item, int state, Lang lang);
// "基础分 57.5 < 60：还需 +2.5" / "base 57.5 < 60: +2.5 needed"
std::string conditionText(const ConditionCheck &c, Lang lang);
// "设备联网 (20%,40%] → (40%,60%]：+1.5（联网设备数需多于 48）", with the large-investment mark
// when the change asks for one.
std::string
changeText(const Model &model, const AnswerSet &answers, const WhatIfChange &c, Lang lang);
// "【大额投入：占比需超过 10%】" / " [large investment: a share above 10%]", or "" when the change
// asks for no large investment.
std::string largeInvestmentText(const Model &model, const WhatIfChange &c, Lang lang);
// Why there is no plan to `targetLevel`: it cannot be reached, or only by changing what is locked;
// "" for the other statuses.
std::string whatIfStatusText(const Model &model, PlanStatus status, int targetLevel, Lang lang);

struct TextReportInput
{
    const Evaluation *evaluation = nullptr;
    const AnswerSet *answers = nullptr;
    std::string enterpriseName;
    std::string industryLabel;  // "C34 通用设备制造业", or empty
    std::optional<Layer> layer; // named when given
};

// The whole result as plain text for a terminal, one screen where possible.
std::string renderTextReport(const TextReportInput &input, Lang lang);

} // namespace dl
