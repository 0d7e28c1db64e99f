// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/comparison.h"

#include <algorithm>

namespace dl {

Comparison compareEvaluations(const Evaluation &ea,
                              const AnswerLayer &la,
                              const Evaluation &eb,
                              const AnswerLayer &lb,
                              bool sameModel)
{
    Comparison c;
    c.levelBefore = ea.result.level;
    c.levelAfter = eb.result.level;
    c.baseBefore = ea.result.base;
    c.baseAfter = eb.result.base;
    c.sameModel = sameModel;
    for (std::size_t i = 0; i < eb.model.items.size(); ++i) {
        const Item &item = eb.model.items[i];
        const int ia = ea.model.findItem(item.id);
        const Rational was = ia >= 0 ? ea.result.items[ia].points : Rational(0);
        const Rational now = eb.result.items[i].points;
        if (was != now)
            c.items.push_back({item.id, item.name, was, now, item.points});
    }
    for (std::size_t s = 0; s < eb.model.scenarios.size(); ++s) {
        const Scenario &sc = eb.model.scenarios[s];
        const int sa = ea.model.findScenario(sc.id);
        const int ra = sa >= 0 ? std::max(0, la.base.scenarios[sa].rating) : 0;
        const int rb = std::max(0, lb.base.scenarios[s].rating);
        if (ra != rb)
            c.scenarios.push_back({sc.id, sc.name, ra, rb, sc.constrained});
    }
    return c;
}

} // namespace dl
