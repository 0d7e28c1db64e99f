// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace dl {

// The items and scenarios a user has ruled out of the what-if plans ("不在计划内", not in our
// plans): an enterprise that will not double its spending wants the plans that leave it alone.
// Plans never change a locked item or scenario.
struct PlanLocks
{
    std::vector<int> items;     // indices into Model::items, ascending, no duplicates
    std::vector<int> scenarios; // indices into Model::scenarios, ascending, no duplicates

    bool empty() const { return items.empty() && scenarios.empty(); }
    bool hasItem(int index) const;
    bool hasScenario(int index) const;
    // The ids, items first, in the model's order.
    std::vector<std::string> ids(const Model &model) const;
};

// The locks named by `ids` (item or scenario ids of `model`). Each id that is neither is refused
// with a diagnostic naming it (code "unknown-lock"); `where` says where the ids came from
// ("--lock", "assessment 3") for the message.
Result<PlanLocks>
resolvePlanLocks(const Model &model, const std::vector<std::string> &ids, const std::string &where);

// The same for locks stored with an assessment, which were checked when they were set: an id its
// model does not have (only a copy from elsewhere can bring one) locks nothing and is left out.
PlanLocks knownPlanLocks(const Model &model, const std::vector<std::string> &ids);

// "资金保障、产品设计" / "Funding, Product design": the names of the locked items and scenarios.
std::string planLocksText(const Model &model, const PlanLocks &locks, Lang lang);

} // namespace dl
