// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/explanation.h"

namespace dl {

Explanation explain(const Model &model, const ScoreResult &result)
{
    Explanation e;
    e.level = result.level;
    for (const LevelRule &rule : model.levelRules) {
        LevelCheck check;
        check.level = rule.level;
        auto add = [&](ConditionKind kind, int atLevel, Rational actual, Rational required) {
            ConditionCheck c{kind, atLevel, actual, required, actual >= required, 0};
            if (!c.met)
                c.shortfall = required - actual;
            check.conditions.push_back(c);
        };
        if (rule.minBaseScore)
            add(ConditionKind::BaseScore, 0, result.base, *rule.minBaseScore);
        if (rule.minScenarios)
            add(ConditionKind::Scenarios, rule.minScenarios->atLevel,
                result.atLeast[rule.minScenarios->atLevel], rule.minScenarios->count);
        if (rule.minConstrained)
            add(ConditionKind::ConstrainedScenarios, rule.minConstrained->atLevel,
                result.constrainedAtLeast[rule.minConstrained->atLevel],
                rule.minConstrained->count);
        check.met = true;
        for (const ConditionCheck &c : check.conditions)
            check.met = check.met && c.met;
        e.levels.push_back(std::move(check));
    }
    return e;
}

} // namespace dl
