// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/textreport.h"

#include "model/officialmodels.h"

namespace dl {

namespace {

std::string plus(const Rational &r)
{
    return (r.isNegative() ? "" : "+") + r.toString();
}

} // namespace

std::string itemStateText(const Model &model, int index, int state, Lang lang)
{
    const Item &item = model.items[index];
    if (state < 0)
        return T(lang, "未作答", "unanswered");
    switch (item.type) {
    case ItemType::Single:
        return item.options[state].label.get(lang);
    case ItemType::Ratio:
        return item.bands[state].range.toString(true);
    case ItemType::Number:
        return item.bands[state].range.toString();
    case ItemType::Trend:
        return state == 0   ? T(lang, "变差", "worse")
               : state == 1 ? T(lang, "持平", "same")
                            : T(lang, "改善", "better");
    case ItemType::YesNo:
        return state == 1 ? T(lang, "是", "yes") : T(lang, "否", "no");
    case ItemType::Multi:
        break;
    }
    return {};
}

std::string conditionText(const ConditionCheck &c, Lang lang)
{
    const std::string actual = c.actual.toString();
    const std::string required = c.required.toString();
    const std::string at = std::to_string(c.atLevel);
    switch (c.kind) {
    case ConditionKind::BaseScore:
        if (c.met)
            return fmt(T(lang, "基础分 %1 ≥ %2", "base %1 >= %2"), {actual, required});
        return fmt(T(lang, "基础分 %1 < %2：还需 %3", "base %1 < %2: %3 needed"),
                   {actual, required, plus(c.shortfall)});
    case ConditionKind::Scenarios:
        if (c.met)
            return fmt(
                T(lang, "达到 %1 级及以上的场景 %2 个（需 %3）", "scenarios at >=%1: %2 of %3"),
                {at, actual, required});
        return fmt(T(lang, "达到 %1 级及以上的场景 %2 个（需 %3）：还差 %4 个",
                     "scenarios at >=%1: %2 of %3 (%4 more needed)"),
                   {at, actual, required, c.shortfall.toString()});
    case ConditionKind::ConstrainedScenarios:
        if (c.met)
            return fmt(T(lang, "其中约束性场景 %2 个（需 %3）", "constrained at >=%1: %2 of %3"),
                       {at, actual, required});
        return fmt(T(lang, "其中约束性场景 %2 个（需 %3）：还差 %4 个",
                     "constrained at >=%1: %2 of %3 (%4 more needed)"),
                   {at, actual, required, c.shortfall.toString()});
    }
    return {};
}

std::string
changeText(const Model &model, const AnswerSet &answers, const WhatIfChange &c, Lang lang)
{
    if (c.kind == WhatIfChange::Kind::Scenario) {
        const Scenario &s = model.scenarios[c.index];
        return fmt(T(lang, "场景「%1」%2：%3 级 → %4 级", "scenario %1%2: level %3 -> %4"),
                   {s.name.get(lang),
                    s.constrained ? T(lang, "（约束性）", " (constrained)") : std::string(),
                    std::to_string(c.fromRating), std::to_string(c.toRating)});
    }
    const Item &item = model.items[c.index];
    std::string text;
    if (item.type == ItemType::Multi) {
        std::string added;
        for (int o : c.addedOptions)
            added += (added.empty() ? "" : T(lang, "、", "; ")) + item.options[o].label.get(lang);
        text = fmt(T(lang, "%1：增加「%2」：%3", "%1: add \"%2\": %3"),
                   {item.name.get(lang), added, plus(c.points)});
    } else {
        text = fmt(T(lang, "%1 %2 → %3：%4", "%1 %2 -> %3: %4"),
                   {item.name.get(lang), itemStateText(model, c.index, c.fromState, lang),
                    itemStateText(model, c.index, c.toState, lang), plus(c.points)});
    }
    if (c.numeratorNeeded) {
        const Figure &num = model.figures[item.figureA];
        const Figure &den = model.figures[item.figureB];
        NumeratorNeeded need{*c.numeratorNeeded, c.numeratorStrict};
        if (num.kind == FigureKind::Count)
            need = wholeNumerator(need);
        const auto &have = answers.figures[item.figureA];
        text += fmt(T(lang, "（%1%2 %3%4，现为 %5，%6 %7）", " (%1 %2 %3 %4, now %5, of %6 %7)"),
                    {num.name.get(lang),
                     need.strict ? T(lang, "需多于", "more than") : T(lang, "需至少", "at least"),
                     need.value.toString(2), num.unit.get(lang), have ? have->toString() : "0",
                     den.name.get(lang), answers.figures[item.figureB]->toString()});
    }
    return text + largeInvestmentText(model, c, lang);
}

std::string largeInvestmentText(const Model &model, const WhatIfChange &c, Lang lang)
{
    if (c.kind != WhatIfChange::Kind::Item)
        return {};
    const Item &item = model.items[c.index];
    switch (c.largeInvestment) {
    case LargeInvestment::None:
        break;
    case LargeInvestment::ShareAbove:
        return fmt(
            T(lang, "【大额投入：占比需超过 %1%】", " [large investment: a share above %1%]"),
            {item.largeInvestmentAbove ? item.largeInvestmentAbove->toString(2) : "?"});
    case LargeInvestment::MoreThanDouble:
        return fmt(T(lang, "【大额投入：%1需增至现在的两倍以上】",
                     " [large investment: %1 more than doubles]"),
                   {model.figures[item.figureA].name.get(lang)});
    }
    return {};
}

std::string whatIfStatusText(const Model &model, PlanStatus status, int targetLevel, Lang lang)
{
    switch (status) {
    case PlanStatus::Unreachable:
        return T(lang, "无法通过可改进的答案达到下一等级。",
                 "The next level cannot be reached by improving answers.");
    case PlanStatus::BlockedByLocks:
        return fmt(T(lang,
                     "在这些锁定下没有能升到%1的方案：只有改变不在计划内的指标或场景才能达到。",
                     "No plan to %1 remains with these locks: only changing what is not in our "
                     "plans would reach it."),
                   {levelName(model, targetLevel, lang)});
    case PlanStatus::NotSearched:
    case PlanStatus::Planned:
    case PlanStatus::Reached:
        break;
    }
    return {};
}

std::string renderTextReport(const TextReportInput &in, Lang lang)
{
    const Evaluation &e = *in.evaluation;
    const Model &m = e.model;
    const ScoreResult &r = e.result;
    std::string out;
    auto line = [&](const std::string &s) { out += s + "\n"; };

    line(fmt(T(lang, "%1（%2 版）", "%1 (version %2)"), {displayTitle(m, lang), m.version}));
    if (m.modifiedOfficial())
        line(fmt(T(lang, "注意：%1", "Note: %1"), {modifiedModelReason(m, lang)}));
    if (!in.enterpriseName.empty() || !in.industryLabel.empty())
        line(fmt(T(lang, "企业：%1  行业：%2", "Enterprise: %1  Industry: %2"),
                 {in.enterpriseName.empty() ? "-" : in.enterpriseName,
                  in.industryLabel.empty() ? "-" : in.industryLabel}));
    if (in.layer)
        line(fmt(T(lang, "答案层：%1", "Answers: %1"), {key(*in.layer)}));
    line("");
    line(fmt(T(lang, "等级：%1    基础分：%2 / %3", "Level: %1    Base score: %2 / %3"),
             {levelName(m, r.level, lang), r.base.toString(), r.maxBase.toString()}));
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const Dimension &dim = m.dimensions[d];
        line(fmt("  %1 %2 / %3",
                 {dim.name.get(lang), r.dimensions[d].toString(), dim.points.toString()}));
        for (int s : dim.subdimensions)
            line(fmt("      %1 %2 / %3",
                     {m.subdimensions[s].name.get(lang), r.subdimensions[s].toString(),
                      m.subdimensions[s].points.toString()}));
    }
    int enabled = 0, constrained = 0;
    for (const Scenario &s : m.scenarios) {
        enabled += s.enabled;
        constrained += s.enabled && s.constrained;
    }
    line(fmt(T(lang, "场景（共 %1 个，约束性 %2 个）达到各级的数量：",
               "Scenarios (%1, %2 constrained) rated at or above each level:"),
             {std::to_string(enabled), std::to_string(constrained)}));
    for (int l = 1; l <= 4; ++l)
        line(fmt(T(lang, "  ≥%1 级：%2 个（约束性 %3 个）", "  >=%1: %2 (constrained %3)"),
                 {std::to_string(l), std::to_string(r.atLeast[l]),
                  std::to_string(r.constrainedAtLeast[l])}));
    line("");

    for (const LevelCheck &lc : e.explanation.levels) {
        if (lc.level < r.level)
            continue; // lower levels hold whenever the achieved one does
        std::string conditions;
        for (const ConditionCheck &c : lc.conditions)
            conditions += (conditions.empty() ? "" : T(lang, "；", "; ")) + conditionText(c, lang);
        const std::string name = levelName(m, lc.level, lang);
        if (lc.met)
            line(fmt(T(lang, "为什么是%1：%2", "Why %1: %2"), {name, conditions}));
        else
            line(fmt(T(lang, "%1 未达到：%2", "%1 not reached: %2"), {name, conditions}));
    }
    if (r.level == 0 && !e.explanation.levels.empty() && !e.explanation.levels[0].met)
        line(T(lang, "（未达到任何等级的全部条件）", "(no level has all its conditions met)"));

    if (!e.locks.empty()) {
        line("");
        line(fmt(
            T(lang, "不在计划内（方案不改变）：%1", "Not in our plans (the plans leave them): %1"),
            {planLocksText(m, e.locks, lang)}));
    }
    if (!e.whatIf.empty()) {
        line("");
        line(fmt(T(lang, "升到%1最省力的路径（步数最少优先）：",
                   "Cheapest ways to %1 (fewest steps first):"),
                 {levelName(m, r.level + 1, lang)}));
        int n = 1;
        for (const WhatIfPlan &p : e.whatIf) {
            std::string head = fmt(T(lang, "  %1. 共 %2 步，基础分 %3", "  %1. %2 steps, base %3"),
                                   {std::to_string(n++), std::to_string(p.steps), plus(p.points)});
            if (p.largeInvestments > 0)
                head += fmt(T(lang, "，其中大额投入 %1 项", ", large investments: %1"),
                            {std::to_string(p.largeInvestments)});
            line(head);
            for (const WhatIfChange &c : p.changes)
                line("     - " + changeText(m, *in.answers, c, lang));
        }
    } else if (const std::string why = whatIfStatusText(m, e.whatIfStatus, r.level + 1, lang);
               !why.empty()) {
        line("");
        line(why);
    }

    if (!r.unanswered.empty()) {
        std::string ids;
        for (const std::string &id : r.unanswered)
            ids += (ids.empty() ? "" : ", ") + id;
        line("");
        line(fmt(T(lang, "未作答（按 0 分计）%1 项：%2", "Unanswered (scored 0), %1: %2"),
                 {std::to_string(r.unanswered.size()), ids}));
    }

    for (const Evaluation::OverlayResult &o : e.overlays) {
        line("");
        line(fmt(T(lang, "【DigiLevel 补充指标，非官方，不影响官方等级】%1",
                   "[DigiLevel addition, not official; does not change the official level] %1"),
                 {o.overlay->title.get(lang)}));
        line(fmt(T(lang, "  得分：%1 / %2", "  Score: %1 / %2"),
                 {o.result.base.toString(), o.result.maxBase.toString()}));
        for (std::size_t s = 0; s < o.overlay->scenarios.size(); ++s) {
            const int rating = o.answers.scenarios[s].rating;
            line(fmt(T(lang, "  场景「%1」：%2", "  Scenario %1: %2"),
                     {o.overlay->scenarios[s].name.get(lang),
                      rating < 0 ? T(lang, "未作答", "unanswered")
                                 : fmt(T(lang, "%1 级", "level %1"), {std::to_string(rating)})}));
        }
    }
    return out;
}

} // namespace dl
