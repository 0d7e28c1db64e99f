// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/levelgap.h"

#include <algorithm>
#include <tuple>

namespace dl {

namespace {

// The totals explain() reads, rebuilt from a summary: base score and scenario counts.
ScoreResult totalsOf(const PortfolioData &data, const PortfolioAssessment &a, const Model &model)
{
    ScoreResult r;
    r.base = a.base;
    r.level = a.level;
    for (std::size_t p = 0; p < data.catalogue.size() && p < a.parts.size(); ++p) {
        const PortfolioPart &part = data.catalogue[p];
        if (part.kind != PortfolioPart::Kind::Scenario || !a.parts[p])
            continue;
        const int s = model.findScenario(part.id);
        const bool constrained = s >= 0 && model.scenarios[std::size_t(s)].constrained;
        for (int l = 1; l <= 4; ++l) {
            if (*a.parts[p] >= Rational(l)) {
                ++r.atLeast[std::size_t(l)];
                if (constrained)
                    ++r.constrainedAtLeast[std::size_t(l)];
            }
        }
    }
    return r;
}

} // namespace

std::vector<LevelGap>
levelGaps(const PortfolioData &data, const PortfolioFigures &figures, const Model &model, int level)
{
    std::vector<LevelGap> out;
    for (int k : figures.represented) {
        const PortfolioAssessment &a = data.assessments[std::size_t(k)];
        if (a.level >= level)
            continue;
        LevelGap gap;
        gap.enterprise = a.enterprise;
        gap.assessment = k;
        gap.level = a.level;
        gap.base = a.base;
        for (const LevelCheck &check : explain(model, totalsOf(data, a, model)).levels) {
            if (check.level != level)
                continue;
            for (const ConditionCheck &c : check.conditions) {
                if (c.met)
                    continue;
                gap.unmet.push_back(c);
                if (c.kind == ConditionKind::BaseScore)
                    gap.pointsShort = c.shortfall;
            }
        }
        out.push_back(std::move(gap));
    }
    std::sort(out.begin(), out.end(), [&](const LevelGap &x, const LevelGap &y) {
        return std::tie(x.pointsShort, data.enterprises[std::size_t(x.enterprise)].id) <
               std::tie(y.pointsShort, data.enterprises[std::size_t(y.enterprise)].id);
    });
    return out;
}

} // namespace dl
