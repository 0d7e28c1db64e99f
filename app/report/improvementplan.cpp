// SPDX-License-Identifier: GPL-3.0-or-later
#include "improvementplan.h"

#include "reporttext.h"
#include "scoring/textreport.h"
#include "scoring/whatif.h"

#include <algorithm>
#include <set>

namespace dl::report {

namespace {

std::string itemAction(const Item &item, Lang lang)
{
    const std::string &r = item.recommendation.get(lang);
    return r.empty() ? item.help.get(lang) : r;
}

// The recommendations for raising a scenario from `from` to `to`, one per level passed.
std::string scenarioAction(const Scenario &s, int from, int to, Lang lang)
{
    std::string out;
    for (int l = std::max(1, from + 1); l <= std::min(4, to); ++l) {
        const std::string &r = s.levels[l - 1].recommendation.get(lang);
        const std::string &text = r.empty() ? s.levels[l - 1].description.get(lang) : r;
        if (!text.empty())
            out += (out.empty() ? "" : "\n") +
                   (to - from > 1 ? fmt(T(lang, "→ %1 级：", "-> level %1: "), {std::to_string(l)})
                                  : std::string()) +
                   text;
    }
    return out;
}

// How a scenario rising from `from` to `to` moves the scenario conditions of level `target`;
// `counts`/`constrainedCounts` are the running totals, updated.
std::string scenarioGain(const Model &m,
                         const Scenario &s,
                         int from,
                         int to,
                         int target,
                         int &counts,
                         int &constrainedCounts,
                         Lang lang)
{
    const LevelRule *rule = m.rule(target);
    if (!rule)
        return {};
    const std::string level = levelName(m, target, lang);
    std::string out;
    if (rule->minScenarios) {
        const ScenarioCondition &c = *rule->minScenarios;
        if (from < c.atLevel && to >= c.atLevel) {
            out = fmt(T(lang, "「%1 级及以上场景」%2 → %3 个（%4需 %5 个）",
                        "scenarios at level %1 or above: %2 -> %3 (%4 needs %5)"),
                      {std::to_string(c.atLevel), std::to_string(counts),
                       std::to_string(counts + 1), level, std::to_string(c.count)});
            ++counts;
        } else if (to < c.atLevel) {
            out = fmt(T(lang, "再升 %1 级后计入%2所需的「%3 级及以上场景」",
                        "%1 more level(s) and it counts towards the scenarios %2 needs at "
                        "level %3 or above"),
                      {std::to_string(c.atLevel - to), level, std::to_string(c.atLevel)});
        }
    }
    if (rule->minConstrained && s.constrained) {
        const ScenarioCondition &c = *rule->minConstrained;
        if (from < c.atLevel && to >= c.atLevel) {
            out += fmt(T(lang, "；其中约束性 %1 → %2 个（需 %3 个）",
                         "; constrained: %1 -> %2 (%3 needed)"),
                       {std::to_string(constrainedCounts), std::to_string(constrainedCounts + 1),
                        std::to_string(c.count)});
            ++constrainedCounts;
        }
    }
    return out;
}

int countAt(const ScoreResult &r, const LevelRule *rule, bool constrained)
{
    const auto &c = constrained ? rule->minConstrained : rule->minScenarios;
    if (!c)
        return 0;
    const int at = std::clamp(c->atLevel, 0, 4);
    return constrained ? r.constrainedAtLeast[at] : r.atLeast[at];
}

} // namespace

std::vector<Recommendation> improvementPlan(
    const Evaluation &e, const AnswerSet &answers, Lang lang, int maxItems, int maxScenarios)
{
    const Model &m = e.model;
    const ScoreResult &r = e.result;
    const int target = std::min(r.level + 1, m.maxLevel());
    const LevelRule *rule = m.rule(target);
    int counts = rule ? countAt(r, rule, false) : 0;
    int constrainedCounts = rule ? countAt(r, rule, true) : 0;
    std::vector<Recommendation> out;
    std::set<int> items, scenarios; // already recommended

    if (!e.whatIf.empty()) {
        std::vector<WhatIfChange> path = e.whatIf.front().changes;
        std::stable_sort(path.begin(), path.end(), [](const auto &a, const auto &b) {
            return a.steps != b.steps ? a.steps < b.steps : a.points > b.points;
        });
        Rational base = r.base;
        for (const WhatIfChange &c : path) {
            Recommendation rec;
            rec.inPath = true;
            rec.steps = c.steps;
            rec.index = c.index;
            rec.largeInvestment = c.isLargeInvestment();
            rec.change = changeText(m, answers, c, lang);
            if (c.kind == WhatIfChange::Kind::Item) {
                const Item &item = m.items[c.index];
                items.insert(c.index);
                rec.title = item.name.get(lang);
                rec.action = itemAction(item, lang);
                rec.gain =
                    fmt(T(lang, "基础分 +%1：%2 → %3", "base score +%1: %2 -> %3"),
                        {c.points.toString(), base.toString(), (base + c.points).toString()});
                if (rule && rule->minBaseScore)
                    rec.gain += fmt(T(lang, "（%1需 %2）", " (%1 needs %2)"),
                                    {levelName(m, target, lang), rule->minBaseScore->toString()});
                base += c.points;
            } else {
                const Scenario &s = m.scenarios[c.index];
                scenarios.insert(c.index);
                rec.kind = Recommendation::Kind::Scenario;
                rec.title = s.name.get(lang);
                rec.action = scenarioAction(s, c.fromRating, c.toRating, lang);
                rec.gain = scenarioGain(m, s, c.fromRating, c.toRating, target, counts,
                                        constrainedCounts, lang);
            }
            out.push_back(std::move(rec));
        }
    }

    // The weakest other items: the largest gaps, ordered by what one step gains.
    struct Candidate
    {
        WhatIfChange change;
        Rational gap;
    };
    std::vector<Candidate> candidates;
    for (int k = 0; k < int(m.items.size()); ++k) {
        if (!m.items[k].enabled || items.count(k) || e.locks.hasItem(k))
            continue;
        const Rational gap = m.items[k].points - r.items[k].points;
        if (gap > Rational(0))
            if (auto c = nextNotch(m, answers, r, k))
                candidates.push_back({*c, gap});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.gap > b.gap; });
    if (int(candidates.size()) > maxItems)
        candidates.resize(maxItems);
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.change.points != b.change.points ? a.change.points > b.change.points
                                                  : a.gap > b.gap;
    });
    for (const Candidate &c : candidates) {
        const Item &item = m.items[c.change.index];
        out.push_back(
            {Recommendation::Kind::Item, c.change.index, false, 1, c.change.isLargeInvestment(),
             item.name.get(lang), changeText(m, answers, c.change, lang), itemAction(item, lang),
             fmt(T(lang, "基础分 +%1（本项 %2 / %3 分）", "base score +%1 (this item %2 of %3)"),
                 {c.change.points.toString(), r.items[c.change.index].points.toString(),
                  item.points.toString()})});
    }

    // Scenarios below the level whose scenario conditions are the next unmet ones (the next
    // level's, or a later one when the next level lacks only base points): constrained first,
    // then the closest to it.
    int goal = target;
    while (goal < m.maxLevel() && m.rule(goal) &&
           (!m.rule(goal)->minScenarios ||
            countAt(r, m.rule(goal), false) >= m.rule(goal)->minScenarios->count) &&
           (!m.rule(goal)->minConstrained ||
            countAt(r, m.rule(goal), true) >= m.rule(goal)->minConstrained->count))
        ++goal;
    const LevelRule *goalRule = m.rule(goal);
    std::vector<int> below;
    for (int k = 0; k < int(m.scenarios.size()); ++k) {
        const int rating = std::max(0, answers.scenarios[k].rating);
        if (m.scenarios[k].enabled && !scenarios.count(k) && !e.locks.hasScenario(k) &&
            rating < std::max(goal, 1) && rating < 4)
            below.push_back(k);
    }
    std::stable_sort(below.begin(), below.end(), [&](int a, int b) {
        const Scenario &x = m.scenarios[a], &y = m.scenarios[b];
        if (x.constrained != y.constrained)
            return x.constrained;
        return answers.scenarios[a].rating > answers.scenarios[b].rating;
    });
    if (int(below.size()) > maxScenarios)
        below.resize(maxScenarios);
    for (int k : below) { // each on its own, counted from the current result
        const Scenario &s = m.scenarios[k];
        int ownCounts = goalRule ? countAt(r, goalRule, false) : 0;
        int ownConstrained = goalRule ? countAt(r, goalRule, true) : 0;
        const int from = std::max(0, answers.scenarios[k].rating);
        WhatIfChange c;
        c.kind = WhatIfChange::Kind::Scenario;
        c.index = k;
        c.steps = 1;
        c.fromRating = from;
        c.toRating = from + 1;
        out.push_back({Recommendation::Kind::Scenario, k, false, 1, false, s.name.get(lang),
                       changeText(m, answers, c, lang), scenarioAction(s, from, from + 1, lang),
                       scenarioGain(m, s, from, from + 1, goal, ownCounts, ownConstrained, lang)});
    }
    return out;
}

} // namespace dl::report
