// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockcommands.h"

#include "store/storedassessment.h"

#include <algorithm>
#include <ostream>

namespace dl::cli {

int planLockCommand(Invocation &inv)
{
    const bool locking = std::string(inv.verb.name) == "assessment lock";
    const std::vector<std::string> &p = inv.args.positional;
    const bool all = inv.args.has("--all");
    if (p.empty() || (locking && p.size() < 2) || (!locking && (p.size() < 2) == !all))
        return inv.usage(
            locking ? LocalText{"用法：assessment lock 评测 编号[,编号...]",
                                "assessment lock ASSESSMENT ID[,ID...]"}
                    : LocalText{"用法：assessment unlock 评测 编号...，或 assessment unlock 评测 "
                                "--all",
                                "assessment unlock ASSESSMENT ID..., or assessment unlock "
                                "ASSESSMENT --all"});
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    auto loaded = loadAssessment(*store, p[0]);
    if (!loaded)
        return inv.fail(loaded.errors());
    const std::vector<std::string> named = idList({p.begin() + 1, p.end()});
    // Checked against the assessment's own model, so that a lock always names something it has.
    auto checked = resolvePlanLocks(loaded->models.model, named,
                                    "assessment " + std::to_string(loaded->record.id));
    if (!checked)
        return inv.fail(checked.errors());

    std::vector<std::string> locks = loaded->record.planLocks;
    if (locking)
        locks.insert(locks.end(), named.begin(), named.end());
    else if (all)
        locks.clear();
    else
        std::erase_if(locks, [&](const std::string &id) {
            return std::find(named.begin(), named.end(), id) != named.end();
        });
    if (auto done = store->setPlanLocks(loaded->record.id, locks); !done)
        return inv.fail(done.errors());

    const std::vector<std::string> now = splitPlanLocks(joinPlanLocks(locks)); // as stored
    std::string ids;
    for (const std::string &id : now)
        ids += (ids.empty() ? "" : ", ") + id;
    const std::string id = std::to_string(loaded->record.id);
    inv.out << (now.empty() ? fmt(T(inv.lang, "评测 %1：没有不在计划内的评分项或场景",
                                    "assessment %1: nothing is locked out of the plans"),
                                  {id})
                            : fmt(T(inv.lang, "评测 %1：不在计划内：%2",
                                    "assessment %1: not in the plans: %2"),
                                  {id, ids}))
            << '\n';
    return Ok;
}

} // namespace dl::cli
