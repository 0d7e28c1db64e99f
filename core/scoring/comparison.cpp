// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/comparison.h"

#include <algorithm>
#include <set>

namespace dl {

namespace {

// The ids whose meaning changed between the two models, with the names the superseding one
// gives them; none when neither declares that it supersedes the other's version.
std::vector<Comparison::MeaningChange> meaningChanges(const Model &a, const Model &b)
{
    const Model *newer = &b;
    const Supersession *from = b.supersession(a.id, a.version);
    if (!from) {
        newer = &a;
        from = a.supersession(b.id, b.version);
    }
    std::vector<Comparison::MeaningChange> out;
    if (!from)
        return out;
    for (const std::string &id : changedMeaning(*newer, *from)) {
        if (const int i = newer->findItem(id); i >= 0)
            out.push_back({id, newer->items[i].name, false});
        else if (const int s = newer->findScenario(id); s >= 0)
            out.push_back({id, newer->scenarios[s].name, true});
    }
    return out;
}

} // namespace

int Comparison::improved() const
{
    const auto up = std::count_if(items.begin(), items.end(), [](const ItemChange &i) {
        return i.comparable && i.after > i.before;
    });
    return int(up + std::count_if(scenarios.begin(), scenarios.end(), [](const ScenarioChange &s) {
                   return s.comparable && s.after > s.before;
               }));
}

int Comparison::worsened() const
{
    const auto down = std::count_if(items.begin(), items.end(), [](const ItemChange &i) {
        return i.comparable && i.after < i.before;
    });
    return int(down +
               std::count_if(scenarios.begin(), scenarios.end(), [](const ScenarioChange &s) {
                   return s.comparable && s.after < s.before;
               }));
}

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
    if (!sameModel)
        c.changedMeaning = meaningChanges(ea.model, eb.model);
    std::set<std::string> changed;
    for (const Comparison::MeaningChange &m : c.changedMeaning)
        changed.insert(m.id);
    for (std::size_t i = 0; i < eb.model.items.size(); ++i) {
        const Item &item = eb.model.items[i];
        const int ia = ea.model.findItem(item.id);
        const Rational was = ia >= 0 ? ea.result.items[ia].points : Rational(0);
        const Rational now = eb.result.items[i].points;
        const bool comparable = !changed.count(item.id);
        if (comparable && ia >= 0) {
            c.comparableBefore += was;
            c.comparableAfter += now;
        }
        if (was != now)
            c.items.push_back({item.id, item.name, was, now, item.points, comparable});
    }
    for (std::size_t s = 0; s < eb.model.scenarios.size(); ++s) {
        const Scenario &sc = eb.model.scenarios[s];
        const int sa = ea.model.findScenario(sc.id);
        const int ra = sa >= 0 ? std::max(0, la.base.scenarios[sa].rating) : 0;
        const int rb = std::max(0, lb.base.scenarios[s].rating);
        if (ra != rb)
            c.scenarios.push_back({sc.id, sc.name, ra, rb, sc.constrained, !changed.count(sc.id)});
    }
    return c;
}

} // namespace dl
