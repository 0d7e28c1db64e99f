// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "scoring/evaluation.h"

#include <string>
#include <vector>

namespace dl {

// Two assessments of one enterprise side by side: level and base score before and after, and
// every item and scenario whose result changed. Items are matched by id, so two versions of a
// model can be compared (sameModel tells the reader when they differ).
struct Comparison
{
    struct ItemChange
    {
        std::string id;
        LocalText name;
        Rational before, after; // points
        Rational maximum;
    };
    struct ScenarioChange
    {
        std::string id;
        LocalText name;
        int before = 0, after = 0; // rating, unanswered counts as 0
        bool constrained = false;
    };
    int levelBefore = 0, levelAfter = 0;
    Rational baseBefore, baseAfter;
    bool sameModel = true;
    std::vector<ItemChange> items;
    std::vector<ScenarioChange> scenarios;
};

// `before` and `after` are usually the older and the newer assessment, each evaluated on the answer
// layer given beside it; `sameModel` says whether both were answered against one model text.
Comparison compareEvaluations(const Evaluation &before,
                              const AnswerLayer &layerBefore,
                              const Evaluation &after,
                              const AnswerLayer &layerAfter,
                              bool sameModel);

} // namespace dl
