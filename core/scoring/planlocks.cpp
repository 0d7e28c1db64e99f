// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/planlocks.h"

#include "base/diagnosticcatalog.h"

#include <algorithm>

namespace dl {

namespace {

void add(std::vector<int> &to, int index)
{
    const auto at = std::lower_bound(to.begin(), to.end(), index);
    if (at == to.end() || *at != index)
        to.insert(at, index);
}

// Adds the item or scenario `id` names; false when it names neither.
bool lock(const Model &model, const std::string &id, PlanLocks &locks)
{
    const int item = model.findItem(id);
    const int scenario = model.findScenario(id);
    if (item >= 0)
        add(locks.items, item);
    if (scenario >= 0)
        add(locks.scenarios, scenario);
    return item >= 0 || scenario >= 0;
}

} // namespace

bool PlanLocks::hasItem(int index) const
{
    return std::binary_search(items.begin(), items.end(), index);
}

bool PlanLocks::hasScenario(int index) const
{
    return std::binary_search(scenarios.begin(), scenarios.end(), index);
}

std::vector<std::string> PlanLocks::ids(const Model &model) const
{
    std::vector<std::string> out;
    for (int k : items)
        out.push_back(model.items[k].id);
    for (int k : scenarios)
        out.push_back(model.scenarios[k].id);
    return out;
}

Result<PlanLocks>
resolvePlanLocks(const Model &model, const std::vector<std::string> &ids, const std::string &where)
{
    PlanLocks locks;
    Diagnostics unknown;
    for (const std::string &id : ids) {
        if (!lock(model, id, locks))
            unknown.push_back(diagnostic<DiagMsg::UnknownPlanLock>(where, {}, id, id, model.id));
    }
    if (!unknown.empty())
        return unknown;
    return locks;
}

PlanLocks knownPlanLocks(const Model &model, const std::vector<std::string> &ids)
{
    PlanLocks locks;
    for (const std::string &id : ids)
        lock(model, id, locks);
    return locks;
}

std::string planLocksText(const Model &model, const PlanLocks &locks, Lang lang)
{
    std::string out;
    auto name = [&](const LocalText &text) {
        out += (out.empty() ? "" : T(lang, "、", ", ")) + text.get(lang);
    };
    for (int k : locks.items)
        name(model.items[k].name);
    for (int k : locks.scenarios)
        name(model.scenarios[k].name);
    return out;
}

} // namespace dl
