// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "scoring/scoring.h"

#include <vector>

namespace dl {

enum class ConditionKind { BaseScore, Scenarios, ConstrainedScenarios };

// One condition of a level rule measured against a result.
struct ConditionCheck
{
    ConditionKind kind = ConditionKind::BaseScore;
    int atLevel = 0; // scenario conditions: counted at or above this rating
    Rational actual; // base score, or number of scenarios
    Rational required;
    bool met = false;
    Rational shortfall; // required - actual when not met, else 0
};

struct LevelCheck
{
    int level = 0;
    bool met = false;
    std::vector<ConditionCheck> conditions;
};

// Why the result has its level: every level's conditions with actual and required values.
struct Explanation
{
    int level = 0;
    std::vector<LevelCheck> levels; // level 1 .. max
};

Explanation explain(const Model &model, const ScoreResult &result);

} // namespace dl
