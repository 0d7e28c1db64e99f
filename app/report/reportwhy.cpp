// SPDX-License-Identifier: GPL-3.0-or-later
// Why this level (with the what-if paths) and the improvement plan.
#include "reportsections.h"

#include "improvementplan.h"
#include "reporttext.h"
#include "scoring/textreport.h"

#include <algorithm>

namespace dl::report {

namespace {

// The locks that shaped the plans, by name in the report's language.
std::string lockedText(const ReportContext &c)
{
    return fmt(T(c.lang, "不在计划内（以下方案和建议不改变）：%1。",
                 "Not in our plans (the plans and recommendations leave them unchanged): %1."),
               {planLocksText(c.eval.model, c.eval.locks, c.lang)});
}

} // namespace

void writeWhy(PageLayout &page, const ReportContext &c, int number)
{
    const Model &m = c.eval.model;
    const ScoreResult &r = c.eval.result;
    const Lang lang = c.lang;
    page.heading(q(sectionTitle(c, number, T(lang, "为什么是这个等级", "Why this level"))), 1, 60);
    Table t;
    t.widths = {12, 42, 13, 13, 20};
    t.header.cells = {{q(T(lang, "等级", "Level"))},
                      {q(T(lang, "条件", "Condition"))},
                      {q(T(lang, "实际", "Actual")), false, Qt::black, {}, Qt::AlignRight},
                      {q(T(lang, "要求", "Required")), false, Qt::black, {}, Qt::AlignRight},
                      {q(T(lang, "结果", "Result"))}};
    for (const LevelCheck &lc : c.eval.explanation.levels) {
        for (const ConditionCheck &cc : lc.conditions) {
            const std::string what =
                cc.kind == ConditionKind::BaseScore ? T(lang, "基础分", "Base score")
                : cc.kind == ConditionKind::Scenarios
                    ? fmt(T(lang, "达到 %1 级及以上的场景数", "Scenarios at level %1 or above"),
                          {std::to_string(cc.atLevel)})
                    : fmt(T(lang, "其中约束性场景数", "of them constrained"), {});
            TableRow row;
            row.cells = {{q(levelName(m, lc.level, lang)), true},
                         {q(what)},
                         {q(cc.actual.toString()), false, Qt::black, {}, Qt::AlignRight},
                         {q(cc.required.toString()), false, Qt::black, {}, Qt::AlignRight},
                         {q(cc.met ? T(lang, "满足", "met")
                                   : fmt(T(lang, "未满足，差 %1", "not met, %1 short"),
                                         {cc.shortfall.toString()})),
                          !cc.met, cc.met ? kGood : kBad}};
            if (lc.level == r.level + 1)
                row.background = QColor(0xFD, 0xF3, 0xE7);
            t.rows.push_back(row);
        }
    }
    page.table(t);
    if (const LevelCheck *achieved = levelCheck(c.eval, r.level))
        page.paragraph(
            q(fmt(T(lang, "为什么是%1：%2。", "Why %1: %2."),
                  {levelName(m, r.level, lang),
                   joined(conditionTexts(*achieved, lang, false), T(lang, "；", "; "))})),
            9.5);
    if (const LevelCheck *next = levelCheck(c.eval, r.level + 1)) {
        page.heading(
            q(fmt(T(lang, "什么阻碍了%1", "What blocks %1"), {levelName(m, r.level + 1, lang)})),
            2);
        for (const std::string &text : conditionTexts(*next, lang, true))
            page.paragraph(q("• " + text), 9.5, false, Qt::black, 3);
        page.heading(q(fmt(T(lang, "升到%1的最省力路径", "The cheapest paths to %1"),
                           {levelName(m, r.level + 1, lang)})),
                     2);
        if (!c.eval.locks.empty())
            page.paragraph(q(lockedText(c)), 9, false, kGrey);
        if (const std::string why = whatIfStatusText(m, c.eval.whatIfStatus, r.level + 1, lang);
            c.eval.whatIf.empty() && !why.empty())
            page.paragraph(q(why), 9.5, false,
                           c.eval.whatIfStatus == PlanStatus::BlockedByLocks ? kBad : Qt::black);
        // The first plan in full; the alternatives only by how they differ from it.
        auto same = [](const WhatIfChange &a, const WhatIfChange &b) {
            return a.kind == b.kind && a.index == b.index && a.toState == b.toState &&
                   a.toRating == b.toRating && a.addedOptions == b.addedOptions;
        };
        auto contains = [&](const WhatIfPlan &plan, const WhatIfChange &x) {
            return std::any_of(plan.changes.begin(), plan.changes.end(),
                               [&](const WhatIfChange &y) { return same(x, y); });
        };
        const WhatIfPlan *best = c.eval.whatIf.empty() ? nullptr : &c.eval.whatIf.front();
        int n = 1;
        for (const WhatIfPlan &plan : c.eval.whatIf) {
            page.keep(18);
            page.paragraph(
                q(fmt(T(lang, "方案 %1：共 %2 步，基础分 +%3%4%5",
                        "Plan %1: %2 steps, base score +%3%4%5"),
                      {std::to_string(n), std::to_string(plan.steps), plan.points.toString(),
                       plan.largeInvestments > 0
                           ? fmt(T(lang, "，其中大额投入 %1 项", ", large investments: %1"),
                                 {std::to_string(plan.largeInvestments)})
                           : std::string(),
                       n == 1 ? T(lang, "（推荐，各项改变见改进计划）",
                                  " (recommended; see the improvement plan)")
                              : T(lang, "，与方案 1 的不同：", "; how it differs from plan 1:")})),
                10, true, n == 1 ? kAccent : Qt::black);
            for (const WhatIfChange &change : plan.changes)
                if (n == 1 || !contains(*best, change))
                    page.paragraph(
                        q((n == 1 ? "• " : "+ ") + changeText(m, c.answers.base, change, lang)), 9,
                        false, Qt::black, 4);
            if (n > 1)
                for (const WhatIfChange &change : best->changes)
                    if (!contains(plan, change))
                        page.paragraph(q(T(lang, "− 不做：", "- instead of: ") +
                                         changeText(m, c.answers.base, change, lang)),
                                       9, false, kGrey, 4);
            ++n;
        }
    }
}

void writePlan(PageLayout &page, const ReportContext &c, int number)
{
    const Model &m = c.eval.model;
    const Lang lang = c.lang;
    const int target = c.eval.result.level + 1;
    page.heading(q(sectionTitle(c, number, T(lang, "改进计划（一企一策）", "Improvement plan"))), 1,
                 40);
    const std::vector<Recommendation> plan = improvementPlan(c.eval, c.answers.base, lang);
    if (!c.eval.locks.empty())
        page.paragraph(q(lockedText(c)), 9.5, true);
    if (c.eval.whatIfStatus == PlanStatus::BlockedByLocks)
        page.paragraph(q(whatIfStatusText(m, c.eval.whatIfStatus, target, lang)), 9.5, false, kBad);
    page.paragraph(
        q(target <= m.maxLevel()
              ? fmt(T(lang,
                      "建议按先易后难排列：先是升到%1最省力路径上的改变（步数少、得分多的在前），"
                      "再是与满分差距最大的其他指标（一步得分多的在前）和等级偏低、影响升级的场景"
                      "（约束性场景在前）。",
                      "Recommendations run from quick wins to harder work: first the changes on "
                      "the cheapest path to %1 (fewest steps and most points first), then the "
                      "other items furthest from their maximum (most points for one step first) "
                      "and the scenarios whose level holds the enterprise back (constrained "
                      "first)."),
                    {levelName(m, target, lang)})
              : T(lang, "已达到最高等级；以下是仍可提高得分的指标和场景。",
                  "The highest level is reached; these items and scenarios can still improve.")),
        9.5);
    int n = 1;
    int group = -1;
    for (const Recommendation &rec : plan) {
        const int g = rec.inPath ? 0 : rec.kind == Recommendation::Kind::Item ? 1 : 2;
        if (g != group) {
            group = g;
            page.heading(q(g == 0   ? fmt(T(lang, "A. 升到%1的路径", "A. The path to %1"),
                                          {levelName(m, target, lang)})
                           : g == 1 ? T(lang, "B. 其他薄弱指标", "B. Other weak items")
                                    : T(lang, "C. 待提升的场景", "C. Scenarios to raise")),
                         2, 25);
        }
        const QString title =
            q(std::to_string(n++) + ". " + rec.title +
              (rec.largeInvestment ? T(lang, "【大额投入】", " [large investment]") : ""));
        const QString change = q(T(lang, "调整：", "Change: ") + rec.change);
        const QString action =
            rec.action.empty() ? QString() : q(T(lang, "做法：", "What to do: ") + rec.action);
        const QString gain =
            rec.gain.empty() ? QString() : q(T(lang, "收益：", "What it gains: ") + rec.gain);
        // One recommendation is read as a unit: keep it on one page.
        page.keep(page.paragraphHeight(title, 10.5, true) + page.paragraphHeight(change, 9) +
                  (action.isEmpty() ? 0 : page.paragraphHeight(action, 9, false, 5)) +
                  (gain.isEmpty() ? 0 : page.paragraphHeight(gain, 9, false, 5)));
        page.paragraph(title, 10.5, true, rec.inPath ? kAccent : Qt::black);
        page.paragraph(change, 9, false, Qt::black, 5);
        if (!action.isEmpty())
            page.paragraph(action, 9, false, Qt::black, 5);
        if (!gain.isEmpty())
            page.paragraph(gain, 9, false, kGood, 5);
    }
    if (plan.empty())
        page.paragraph(q(T(lang, "所有指标和场景均已达到最高。",
                           "Every item and scenario is at its maximum.")),
                       9.5);
}

} // namespace dl::report
