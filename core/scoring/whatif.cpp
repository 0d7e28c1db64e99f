// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/whatif.h"

#include <algorithm>
#include <map>
#include <set>

namespace dl {

namespace {

// The improvements open to one item, one notch at a time, from its current answer.
struct Ladder
{
    int item = -1;
    int fromState = -1;
    std::vector<int> states;     // state after each notch (multi: the option added)
    std::vector<Rational> gains; // cumulative points gained after 1..n notches
    std::vector<bool> large;     // whether going 1..n notches up is a large investment
    bool anyLarge() const { return std::find(large.begin(), large.end(), true) != large.end(); }
};

Ladder ladderFor(const Model &model, const AnswerSet &answers, const ScoreResult &result, int k)
{
    const Item &item = model.items[k];
    const ItemScore &score = result.items[k];
    Ladder l;
    l.item = k;
    l.fromState = score.state;
    Rational gained;
    auto push = [&](int state, const Rational &points) {
        gained = points - score.points;
        l.states.push_back(state);
        l.gains.push_back(gained);
        l.large.push_back(largeInvestment(model, answers, k, state) != LargeInvestment::None);
    };
    switch (item.type) {
    case ItemType::Single: {
        std::vector<int> order(item.options.size());
        for (int i = 0; i < int(order.size()); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return item.options[a].points < item.options[b].points;
        });
        Rational last = score.points;
        for (int i : order) {
            if (item.options[i].points > last) {
                push(i, item.options[i].points);
                last = item.options[i].points;
            }
        }
        break;
    }
    case ItemType::Multi: {
        const std::uint64_t selected = score.answered ? answers.items[k].selected : 0;
        std::vector<int> open;
        for (int i = 0; i < int(item.options.size()); ++i) {
            if (!item.options[i].exclusive && !(selected & (std::uint64_t(1) << i)) &&
                item.options[i].points > Rational(0))
                open.push_back(i);
        }
        std::stable_sort(open.begin(), open.end(), [&](int a, int b) {
            return item.options[a].points > item.options[b].points;
        });
        Rational total = score.points;
        for (int i : open) {
            total += item.options[i].points;
            push(i, total);
        }
        break;
    }
    case ItemType::Ratio:
    case ItemType::Number: {
        Rational last = score.points;
        for (int b = std::max(0, score.state + 1); b < int(item.bands.size()); ++b) {
            if (item.bands[b].points > last) {
                push(b, item.bands[b].points);
                last = item.bands[b].points;
            }
        }
        break;
    }
    case ItemType::Trend:
        for (int t = std::max(0, score.state + 1); t < 3; ++t) {
            if (item.trendPoints[t] > score.points)
                push(t, item.trendPoints[t]);
        }
        break;
    case ItemType::YesNo:
        if (score.state != 1)
            push(1, item.yesPoints);
        break;
    }
    return l;
}

struct BasePart
{
    int steps = 0;
    int large = 0; // notches taken that are large investments (one per ladder at most)
    Rational points;
    std::vector<std::pair<int, int>> picks; // (ladder index, notches)
};

// Fewest notches whose gains reach `gap`, then the fewest large investments, then the most points:
// a multiple-choice knapsack over the ladders (small: tens of items, tens of notches, a few ladders
// that can ask for a large investment).
std::optional<BasePart>
solveBase(const std::vector<Ladder> &ladders, const Rational &gap, const std::set<int> &excluded)
{
    if (!(gap > Rational(0)))
        return BasePart{};
    int total = 0, maxLarge = 0;
    for (const Ladder &l : ladders) {
        total += int(l.gains.size());
        maxLarge += l.anyLarge();
    }
    const int n = int(ladders.size());
    const int width = maxLarge + 1;
    auto at = [&](int s, int large) { return std::size_t(s * width + large); };
    // best[i][s, L]: most points from the first i ladders with exactly s notches of which L are
    // large investments (nullopt: none such).
    std::vector<std::vector<std::optional<Rational>>> best(
        n + 1, std::vector<std::optional<Rational>>(std::size_t((total + 1) * width)));
    std::vector<std::vector<int>> take(n + 1,
                                       std::vector<int>(std::size_t((total + 1) * width), 0));
    best[0][at(0, 0)] = Rational(0);
    for (int i = 0; i < n; ++i) {
        const Ladder &l = ladders[i];
        const int options = excluded.count(l.item) ? 0 : int(l.gains.size());
        for (int s = 0; s <= total; ++s) {
            for (int large = 0; large < width; ++large) {
                const auto &from = best[i][at(s, large)];
                if (!from)
                    continue;
                for (int t = 0; t <= options && s + t <= total; ++t) {
                    const int to = large + (t > 0 && l.large[t - 1]);
                    const Rational v = *from + (t ? l.gains[t - 1] : Rational(0));
                    auto &cell = best[i + 1][at(s + t, to)];
                    if (!cell || v > *cell) {
                        cell = v;
                        take[i + 1][at(s + t, to)] = t;
                    }
                }
            }
        }
    }
    for (int s = 1; s <= total; ++s) {
        for (int large = 0; large < width; ++large) {
            const auto &points = best[n][at(s, large)];
            if (!points || *points < gap)
                continue;
            BasePart part{s, large, *points, {}};
            for (int i = n, rest = s, restLarge = large; i > 0; --i) {
                const int t = take[i][at(rest, restLarge)];
                if (t > 0) {
                    part.picks.emplace_back(i - 1, t);
                    restLarge -= ladders[i - 1].large[t - 1];
                }
                rest -= t;
            }
            std::reverse(part.picks.begin(), part.picks.end());
            return part;
        }
    }
    return std::nullopt;
}

struct ScenarioPart
{
    int steps = 0;
    std::vector<std::pair<int, int>> raises; // (scenario, new rating)
};

// Enough scenarios rated at least `totalLevel` and enough constrained ones rated at least
// `constrainedLevel` (the two usually coincide). The constrained shortfall is met first with the
// cheapest constrained scenarios; then the total shortfall with the cheapest of all, counting the
// ratings the first step already raised. When the two levels coincide this is optimal by an
// exchange argument.
std::optional<ScenarioPart> solveScenarios(const Model &model,
                                           const AnswerSet &answers,
                                           int totalLevel,
                                           int needTotal,
                                           int constrainedLevel,
                                           int needConstrained,
                                           const std::set<int> &excluded)
{
    std::vector<int> rating(model.scenarios.size());
    for (std::size_t k = 0; k < rating.size(); ++k)
        rating[k] = std::max(0, answers.scenarios[k].rating);
    std::vector<int> raisedTo(rating.size(), -1);
    auto cheapest = [&](int level, bool constrainedOnly) {
        std::vector<std::pair<int, int>> out; // (cost, scenario)
        for (int k = 0; k < int(model.scenarios.size()); ++k) {
            const Scenario &s = model.scenarios[k];
            const int now = std::max(rating[k], raisedTo[k]);
            if (!s.enabled || now >= level || excluded.count(k) ||
                (constrainedOnly && !s.constrained))
                continue;
            out.emplace_back(level - now, k);
        }
        std::stable_sort(out.begin(), out.end());
        return out;
    };
    if (needConstrained > 0) {
        const auto options = cheapest(constrainedLevel, true);
        if (needConstrained > int(options.size()))
            return std::nullopt;
        for (int i = 0; i < needConstrained; ++i)
            raisedTo[options[i].second] = constrainedLevel;
    }
    if (needTotal > 0) {
        int have = 0; // scenarios the first step lifted to the total level already count
        for (std::size_t k = 0; k < rating.size(); ++k)
            have += rating[k] < totalLevel && raisedTo[k] >= totalLevel;
        const int more = std::max(0, needTotal - have);
        const auto options = cheapest(totalLevel, false);
        if (more > int(options.size()))
            return std::nullopt;
        for (int i = 0; i < more; ++i)
            raisedTo[options[i].second] = totalLevel;
    }
    ScenarioPart part;
    for (int k = 0; k < int(rating.size()); ++k) {
        if (raisedTo[k] > rating[k]) {
            part.steps += raisedTo[k] - rating[k];
            part.raises.emplace_back(k, raisedTo[k]);
        }
    }
    return part;
}

WhatIfChange itemChange(const Model &model, const AnswerSet &answers, const Ladder &l, int notches)
{
    const Item &item = model.items[l.item];
    WhatIfChange c;
    c.kind = WhatIfChange::Kind::Item;
    c.index = l.item;
    c.steps = notches;
    c.points = l.gains[notches - 1];
    c.fromState = l.fromState;
    if (item.type == ItemType::Multi) {
        c.addedOptions.assign(l.states.begin(), l.states.begin() + notches);
    } else {
        c.toState = l.states[notches - 1];
        c.largeInvestment = largeInvestment(model, answers, l.item, c.toState);
    }
    if (item.type == ItemType::Ratio && answers.figures[item.figureB]) {
        if (const auto need = numeratorForBand(item, c.toState, *answers.figures[item.figureB])) {
            c.numeratorNeeded = need->value;
            c.numeratorStrict = need->strict;
        }
    }
    return c;
}

} // namespace

std::optional<WhatIfChange>
nextNotch(const Model &model, const AnswerSet &answers, const ScoreResult &result, int item)
{
    const Ladder l = ladderFor(model, answers, result, item);
    if (l.gains.empty())
        return std::nullopt;
    return itemChange(model, answers, l, 1);
}

const char *key(PlanStatus s)
{
    switch (s) {
    case PlanStatus::NotSearched:
        return "not-searched";
    case PlanStatus::Planned:
        return "planned";
    case PlanStatus::Reached:
        return "reached";
    case PlanStatus::Unreachable:
        return "unreachable";
    case PlanStatus::BlockedByLocks:
        return "blocked-by-locks";
    }
    return "not-searched";
}

WhatIfOutcome planForLevel(const Model &model,
                           const AnswerSet &answers,
                           const ScoreResult &result,
                           int targetLevel,
                           int maxPlans,
                           const PlanLocks &locks)
{
    if (result.level >= targetLevel || result.level >= model.maxLevel())
        return {PlanStatus::Reached, {}};
    const LevelRule *rule = model.rule(targetLevel);
    if (!rule)
        return {PlanStatus::Unreachable, {}};
    const Rational gap = rule->minBaseScore ? *rule->minBaseScore - result.base : Rational(0);
    // The scenario conditions may count at different levels.
    int totalLevel = 0, needTotal = 0, constrainedLevel = 0, needConstrained = 0;
    if (rule->minScenarios) {
        totalLevel = rule->minScenarios->atLevel;
        needTotal = std::max(0, rule->minScenarios->count - result.atLeast[totalLevel]);
    }
    if (rule->minConstrained) {
        constrainedLevel = rule->minConstrained->atLevel;
        needConstrained =
            std::max(0, rule->minConstrained->count - result.constrainedAtLeast[constrainedLevel]);
    }

    std::vector<Ladder> ladders;
    for (int k = 0; k < int(model.items.size()); ++k) {
        if (!model.items[k].enabled)
            continue;
        Ladder l = ladderFor(model, answers, result, k);
        if (!l.gains.empty())
            ladders.push_back(std::move(l));
    }

    const std::set<int> lockedItems(locks.items.begin(), locks.items.end());
    const std::set<int> lockedScenarios(locks.scenarios.begin(), locks.scenarios.end());
    auto build = [&](std::set<int> noItems,
                     std::set<int> noScenarios) -> std::optional<WhatIfPlan> {
        const auto base = solveBase(ladders, gap, noItems);
        const auto scen = solveScenarios(model, answers, totalLevel, needTotal, constrainedLevel,
                                         needConstrained, noScenarios);
        if (!base || !scen)
            return std::nullopt;
        WhatIfPlan plan;
        plan.targetLevel = targetLevel;
        plan.steps = base->steps + scen->steps;
        plan.points = base->points;
        plan.largeInvestments = base->large;
        for (const auto &[ladder, notches] : base->picks)
            plan.changes.push_back(itemChange(model, answers, ladders[ladder], notches));
        for (const auto &[k, rating] : scen->raises) {
            WhatIfChange c;
            c.kind = WhatIfChange::Kind::Scenario;
            c.index = k;
            c.fromRating = std::max(0, answers.scenarios[k].rating);
            c.toRating = rating;
            c.steps = rating - c.fromRating;
            plan.changes.push_back(c);
        }
        return plan;
    };
    auto locked = [](std::set<int> ids, int more) {
        ids.insert(more);
        return ids;
    };

    const auto best = build(lockedItems, lockedScenarios);
    if (!best) {
        const bool freeWay = !locks.empty() && build({}, {});
        return {freeWay ? PlanStatus::BlockedByLocks : PlanStatus::Unreachable, {}};
    }
    std::vector<WhatIfPlan> plans;
    plans.push_back(*best);
    // Alternatives avoid one item of the best plan. Scenarios are swapped only when no item
    // needs to change: swapping one equally cheap scenario for another is not a real choice
    // when the points are where the plans differ.
    const bool hasItems =
        std::any_of(best->changes.begin(), best->changes.end(),
                    [](const auto &c) { return c.kind == WhatIfChange::Kind::Item; });
    for (const WhatIfChange &c : best->changes) {
        const bool isItem = c.kind == WhatIfChange::Kind::Item;
        if (!isItem && hasItems)
            continue;
        if (auto alt = build(isItem ? locked(lockedItems, c.index) : lockedItems,
                             isItem ? lockedScenarios : locked(lockedScenarios, c.index)))
            plans.push_back(std::move(*alt));
    }
    auto signature = [](const WhatIfPlan &p) {
        std::vector<std::tuple<int, int, int, int>> sig;
        for (const WhatIfChange &c : p.changes)
            sig.emplace_back(int(c.kind), c.index, c.steps, c.toRating);
        std::sort(sig.begin(), sig.end());
        return sig;
    };
    std::stable_sort(plans.begin(), plans.end(), [](const WhatIfPlan &a, const WhatIfPlan &b) {
        if (a.steps != b.steps)
            return a.steps < b.steps;
        if (a.largeInvestments != b.largeInvestments)
            return a.largeInvestments < b.largeInvestments;
        return a.points > b.points;
    });
    WhatIfOutcome out{PlanStatus::Planned, {}};
    std::set<std::vector<std::tuple<int, int, int, int>>> seen;
    for (WhatIfPlan &p : plans) {
        if (seen.insert(signature(p)).second && int(out.plans.size()) < maxPlans)
            out.plans.push_back(std::move(p));
    }
    return out;
}

} // namespace dl
