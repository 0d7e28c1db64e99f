// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "portfolio/aggregate.h"
#include "scoring/explanation.h"

#include <vector>

namespace dl {

// One represented enterprise below a level and what keeps it there, measured against that level's
// rule in `model` (explain() of core/scoring over the cached summary: its base score and the
// scenario ratings it holds).
struct LevelGap
{
    int enterprise = -1; // index into PortfolioData::enterprises
    int assessment = -1; // index into PortfolioData::assessments, the representing one
    int level = 0;       // the level it has
    Rational base;
    // The rule's minimum base score minus the base score; 0 when the score suffices or the rule
    // sets no minimum.
    Rational pointsShort;
    // The conditions of the rule not met, in the rule's order (base score, scenarios,
    // constrained scenarios); with a sufficient score, the scenario conditions that hold it back.
    std::vector<ConditionCheck> unmet;
};

// The represented enterprises of `figures` below `level`, fewest points short first (then by
// enterprise id). `model` gives the level rules and which scenarios are constrained: the bundled
// model, the one that names the catalogue. Scenario counts come from the ratings in each
// summary, so an industry's disabled scenarios are not told apart.
std::vector<LevelGap> levelGaps(const PortfolioData &data,
                                const PortfolioFigures &figures,
                                const Model &model,
                                int level = 2);

} // namespace dl
