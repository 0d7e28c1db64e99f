// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/modelloader.h"
#include "scoring/answers.h"
#include "scoring/explanation.h"
#include "scoring/scoring.h"
#include "scoring/whatif.h"

#include <optional>
#include <vector>

namespace dl {

// Everything computed for one layer of answers: the official result with its explanation and
// what-if plans, and beside it the results of the DigiLevel additions (overlays) that apply to
// the enterprise's industry. The overlays never feed into the official result.
struct Evaluation
{
    Model model; // industry overrides applied
    ScoreResult result;
    Explanation explanation;
    std::vector<WhatIfPlan> whatIf; // towards result.level + 1
    PlanStatus whatIfStatus = PlanStatus::NotSearched;
    PlanLocks locks; // what the plans were not allowed to change
    struct OverlayResult
    {
        const Model *overlay = nullptr;
        AnswerSet answers; // a copy: the caller's answers may be a temporary
        ScoreResult result;
    };
    std::vector<OverlayResult> overlays;
};

// The what-if search (up to `maxPlans` plans, none for 0) leaves `locks` alone; they index the
// model's items and scenarios, which the industry overrides keep in place.
Evaluation evaluate(const ModelSet &models,
                    const AnswerLayer &answers,
                    const std::optional<IndustryCode> &industry,
                    int maxPlans = 5,
                    const PlanLocks &locks = {});

} // namespace dl
