// SPDX-License-Identifier: GPL-3.0-or-later
// Item and scenario detail, comparison, evidence, DigiLevel additions.
#include "reportsections.h"

#include "reporttext.h"
#include "scoring/textreport.h"

#include <algorithm>
#include <set>

namespace dl::report {

namespace {

const QColor kGroup(0xE9, 0xEE, 0xF4);
const QColor kSubGroup(0xF5, 0xF7, 0xFA);
const QColor kDiffers(0xFD, 0xF0, 0xE0);
const QColor kReached(0x9E, 0xC5, 0xE8);

std::string figureText(const AnswerSet &a, int f)
{
    const auto &v = a.figures[f];
    return v ? v->toString() : std::string("?");
}

// The answer to an item as a reader sees it, with the figures behind a ratio, value or trend.
std::string answerText(const Model &m, const AnswerSet &a, int k, const ItemScore &s, Lang lang)
{
    const Item &item = m.items[k];
    const ItemAnswer &ans = a.items[k];
    std::string text;
    if (s.state < 0 && !(item.type == ItemType::Multi && ans.answered)) {
        text = item.type == ItemType::Ratio || item.type == ItemType::Number ||
                       item.type == ItemType::Trend
                   ? T(lang, "未作答（缺少数据）", "unanswered (figures missing)")
                   : T(lang, "未作答", "unanswered");
    } else if (item.type == ItemType::Multi) {
        for (std::size_t o = 0; o < item.options.size(); ++o)
            if (ans.selected & (std::uint64_t(1) << o))
                text += (text.empty() ? "" : T(lang, "；", "; ")) + item.options[o].label.get(lang);
    } else if (item.type == ItemType::Ratio) {
        const Figure &num = m.figures[item.figureA], &den = m.figures[item.figureB];
        text = fmt(T(lang, "%1 %2 / %3 %4 = %5%，档位 %6", "%1 %2 / %3 %4 = %5%, band %6"),
                   {num.name.get(lang), figureText(a, item.figureA), den.name.get(lang),
                    figureText(a, item.figureB),
                    ratioPercent(*a.figures[item.figureA], *a.figures[item.figureB]).toString(2),
                    itemStateText(m, k, s.state, lang)});
    } else if (item.type == ItemType::Number) {
        const Figure &f = m.figures[item.figureA];
        text = fmt(T(lang, "%1 %2 %3，档位 %4", "%1 %2 %3, band %4"),
                   {f.name.get(lang), figureText(a, item.figureA), f.unit.get(lang),
                    itemStateText(m, k, s.state, lang)});
    } else if (item.type == ItemType::Trend && !ans.answered) {
        text = fmt("%1 → %2：%3", {figureText(a, item.figureA), figureText(a, item.figureB),
                                   itemStateText(m, k, s.state, lang)});
    } else {
        text = itemStateText(m, k, s.state, lang);
    }
    if (!ans.note.empty())
        text += "\n" + T(lang, "备注：", "Note: ") + ans.note;
    return text;
}

TableCell numCell(const std::string &text, bool bold = false, const QColor &colour = Qt::black)
{
    return {q(text), bold, colour, {}, Qt::AlignRight};
}

// The name of an item or scenario of the model or an overlay, by id.
std::string targetName(const ReportContext &c, const std::string &id)
{
    auto in = [&](const Model &m) -> std::string {
        if (const int i = m.findItem(id); i >= 0)
            return m.items[i].name.get(c.lang);
        if (const int s = m.findScenario(id); s >= 0)
            return m.scenarios[s].name.get(c.lang);
        return {};
    };
    std::string name = in(c.eval.model);
    for (const Model &o : c.in.models.overlays)
        if (name.empty())
            name = in(o);
    return name.empty() ? id : name;
}

} // namespace

void writeDetail(PageLayout &page, const ReportContext &c, int number)
{
    const Model &m = c.eval.model;
    const ScoreResult &r = c.eval.result, &self = c.selfEval.result;
    const Lang lang = c.lang;
    const bool verified = c.verified();
    std::vector<std::string> notVerified;
    if (verified && c.in.answers.verified)
        mergeVerified(m, c.in.answers.self.base, c.in.answers.verified->base, &notVerified);
    const std::set<std::string> unverified(notVerified.begin(), notVerified.end());

    page.newPage();
    page.heading(q(sectionTitle(c, number, T(lang, "逐项明细", "Detail"))), 1);
    page.heading(q(T(lang, "评分指标", "Scored items")), 2);
    if (verified)
        page.paragraph(q(T(lang, "底色标出核验答案与自评不同的指标。",
                           "Shaded rows: the verified answer differs from the self-assessment.")),
                       8.5, false, kGrey);
    Table t;
    t.pointSize = 8;
    if (verified) {
        t.widths = {18, 29, 29, 8, 8, 8};
        t.header.cells = {{q(T(lang, "指标", "Item"))},
                          {q(T(lang, "自评答案", "Self answer"))},
                          {q(T(lang, "核验答案", "Verified answer"))},
                          numCell(T(lang, "自评", "Self")),
                          numCell(T(lang, "核验", "Verified")),
                          numCell(T(lang, "满分", "Max"))};
    } else {
        t.widths = {22, 56, 11, 11};
        t.header.cells = {{q(T(lang, "指标", "Item"))},
                          {q(T(lang, "答案", "Answer"))},
                          numCell(T(lang, "得分", "Points")),
                          numCell(T(lang, "满分", "Max"))};
    }
    for (int d = 0; d < int(m.dimensions.size()); ++d) {
        const Dimension &dim = m.dimensions[d];
        t.rows.push_back({{{q(fmt("%1  %2 / %3", {dim.name.get(lang), r.dimensions[d].toString(),
                                                  dim.points.toString()})),
                            true}},
                          true,
                          kGroup});
        for (int sd : dim.subdimensions) {
            const SubDimension &sub = m.subdimensions[sd];
            t.rows.push_back(
                {{{q(fmt("%1  %2 / %3", {sub.name.get(lang), r.subdimensions[sd].toString(),
                                         sub.points.toString()})),
                   true, kGrey}},
                 true,
                 kSubGroup});
            for (int k : sub.items) {
                const Item &item = m.items[k];
                if (!item.enabled)
                    continue;
                TableRow row;
                row.cells.push_back({q(item.name.get(lang))});
                const std::string now = answerText(m, c.answers.base, k, r.items[k], lang);
                if (verified) {
                    const std::string before =
                        answerText(m, c.selfAnswers.base, k, self.items[k], lang);
                    row.cells.push_back({q(before)});
                    row.cells.push_back(unverified.count(item.id) && before == now
                                            ? TableCell{q(T(lang, "未核验（沿用自评）",
                                                            "not verified (self answer)")),
                                                        false, kGrey}
                                            : TableCell{q(now)});
                    row.cells.push_back(numCell(self.items[k].points.toString(), false, kGrey));
                    if (self.items[k].points != r.items[k].points || before != now)
                        row.background = kDiffers;
                } else {
                    row.cells.push_back({q(now)});
                }
                row.cells.push_back(numCell(r.items[k].points.toString(), true));
                row.cells.push_back(numCell(item.points.toString()));
                t.rows.push_back(row);
            }
        }
    }
    page.table(t);

    page.heading(q(T(lang, "场景等级", "Scenario levels")), 2, 40);
    page.paragraph(q(T(lang, "★ 约束性场景（计入等级的约束性条件）；色块表示已达到的等级。",
                       "★ constrained scenario (counts towards the constrained conditions); "
                       "shaded cells show the levels reached.")),
                   8.5, false, kGrey);
    Table g;
    g.pointSize = 8;
    g.widths = verified ? std::vector<qreal>{15, 24, 14, 7, 7, 7, 7, 9.5, 9.5}
                        : std::vector<qreal>{17, 27, 14, 8, 8, 8, 8, 10};
    g.header.cells = {{q(T(lang, "场景组", "Group"))},
                      {q(T(lang, "场景", "Scenario"))},
                      {q(T(lang, "类型", "Type"))}};
    for (int l = 1; l <= 4; ++l)
        g.header.cells.push_back({q(T(lang, "", "L") + std::to_string(l) + T(lang, "级", "")),
                                  false,
                                  Qt::black,
                                  {},
                                  Qt::AlignHCenter});
    if (verified) {
        g.header.cells.push_back(numCell(T(lang, "自评", "Self")));
        g.header.cells.push_back(numCell(T(lang, "核验", "Verified")));
    } else {
        g.header.cells.push_back(numCell(T(lang, "等级", "Level")));
    }
    for (const ScenarioGroup &group : m.groups) {
        bool first = true;
        for (int k : group.scenarios) {
            const Scenario &s = m.scenarios[k];
            if (!s.enabled)
                continue;
            const ScenarioAnswer &a = c.answers.base.scenarios[k];
            const int rating = std::max(0, a.rating);
            TableRow row;
            row.cells.push_back({first ? q(group.name.get(lang)) : QString(), false, kGrey});
            first = false;
            std::string name = s.name.get(lang);
            if (!a.note.empty())
                name += "\n" + T(lang, "备注：", "Note: ") + a.note;
            row.cells.push_back({q(name), s.constrained});
            row.cells.push_back({q(s.constrained ? T(lang, "★ 约束性", "★ constrained")
                                                 : T(lang, "指导性", "guiding")),
                                 s.constrained});
            for (int l = 1; l <= 4; ++l)
                row.cells.push_back({QString(), false, Qt::black, rating >= l ? kReached : QColor(),
                                     Qt::AlignHCenter});
            const std::string shown =
                a.rating < 0 ? T(lang, "未作答", "unanswered") : std::to_string(a.rating);
            if (verified) {
                const int before = c.selfAnswers.base.scenarios[k].rating;
                row.cells.push_back(
                    numCell(before < 0 ? "-" : std::to_string(before), false, kGrey));
                row.cells.push_back(numCell(shown, true));
                if (before != a.rating)
                    row.background = kDiffers;
            } else {
                row.cells.push_back(numCell(shown, true));
            }
            g.rows.push_back(row);
        }
    }
    page.table(g);
}

void writeComparison(PageLayout &page, const ReportContext &c, int number)
{
    const ReportInput::Previous &prev = *c.in.previous;
    const Comparison &cmp = prev.comparison;
    const Lang lang = c.lang;
    const Model &m = c.eval.model;
    page.heading(
        q(sectionTitle(c, number,
                       T(lang, "与上次评测比较", "Comparison with the previous assessment"))),
        1, 40);
    const Rational delta = cmp.baseAfter - cmp.baseBefore;
    page.paragraph(q(fmt(T(lang, "上次评测：编号 %1，%2，模型 %3 %4。",
                           "Previous assessment: no. %1 of %2, model %3 %4."),
                         {std::to_string(prev.record.id), prev.record.createdAt.substr(0, 10),
                          prev.record.modelId, prev.record.modelVersion})),
                   9.5);
    std::string totals =
        fmt(T(lang, "等级：%1 → %2；基础分：%3 → %4（%5%6）",
              "Level: %1 -> %2; base score: %3 -> %4 (%5%6)"),
            {levelName(prev.model, cmp.levelBefore, lang), levelName(m, cmp.levelAfter, lang),
             cmp.baseBefore.toString(), cmp.baseAfter.toString(), delta.isNegative() ? "" : "+",
             delta.toString()});
    // Across versions, beside the total, the part of it that is progress.
    const Rational comparable = cmp.comparableAfter - cmp.comparableBefore;
    if (!cmp.changedMeaning.empty())
        totals +=
            fmt(T(lang, "；口径相同的指标：%1 → %2（%3%4）", "; comparable items: %1 -> %2 (%3%4)"),
                {cmp.comparableBefore.toString(), cmp.comparableAfter.toString(),
                 comparable.isNegative() ? "" : "+", comparable.toString()});
    const bool down = cmp.changedMeaning.empty() ? delta.isNegative() : comparable.isNegative();
    page.paragraph(q(totals), 10, true, down ? kBad : kGood);
    page.paragraph(q(fmt(T(lang, "提升 %1 项，下降 %2 项。", "%1 improved, %2 worsened."),
                         {std::to_string(cmp.improved()), std::to_string(cmp.worsened())})),
                   9.5);
    if (!cmp.sameModel)
        page.paragraph(
            q(T(lang, "注意：两次评测使用的模型版本不同，逐项比较仅限编号相同的指标和场景。",
                "Note: the two assessments use different model versions; only items "
                "and scenarios with the same id are compared.")),
            9, false, kBad);
    const std::string notComparable =
        T(lang, "口径变化，不可比", "meaning changed — not comparable");
    if (!cmp.changedMeaning.empty()) {
        std::string names;
        for (const Comparison::MeaningChange &c : cmp.changedMeaning)
            names += (names.empty() ? "" : T(lang, "、", ", ")) + c.name.get(lang);
        page.paragraph(q(fmt(T(lang,
                               "以下指标在两个版本之间口径变化（%1），其差异不是进步或退步，"
                               "不计入提升或下降：%2。",
                               "These items changed meaning between the two versions (%1); a "
                               "difference in them is neither progress nor decline and is not "
                               "counted: %2."),
                             {notComparable, names})),
                       9, false, kGrey);
    }
    if (cmp.items.empty() && cmp.scenarios.empty()) {
        page.paragraph(q(T(lang, "各指标得分和场景等级均无变化。",
                           "No item score or scenario level changed.")),
                       9.5);
        return;
    }
    if (!cmp.items.empty()) {
        Table t;
        t.pointSize = 8.5;
        t.widths = {46, 13, 13, 14, 14};
        t.header.cells = {{q(T(lang, "指标", "Item"))},
                          numCell(T(lang, "上次", "Before")),
                          numCell(T(lang, "本次", "Now")),
                          numCell(T(lang, "变化", "Change")),
                          numCell(T(lang, "满分", "Max"))};
        for (const Comparison::ItemChange &i : cmp.items) {
            const Rational d = i.after - i.before;
            t.rows.push_back({{{q(i.name.get(lang))},
                               numCell(i.before.toString()),
                               numCell(i.after.toString(), true),
                               i.comparable ? numCell((d.isNegative() ? "" : "+") + d.toString(),
                                                      true, d.isNegative() ? kBad : kGood)
                                            : numCell(notComparable, false, kGrey),
                               numCell(i.maximum.toString())}});
        }
        page.table(t);
    }
    if (!cmp.scenarios.empty()) {
        Table t;
        t.pointSize = 8.5;
        t.widths = {46, 18, 18, 18};
        t.header.cells = {{q(T(lang, "场景", "Scenario"))},
                          {q(T(lang, "类型", "Type"))},
                          numCell(T(lang, "上次等级", "Before")),
                          numCell(T(lang, "本次等级", "Now"))};
        for (const Comparison::ScenarioChange &s : cmp.scenarios)
            t.rows.push_back({{{q(s.name.get(lang)), s.constrained},
                               {q(s.constrained ? T(lang, "★ 约束性", "★ constrained")
                                                : T(lang, "指导性", "guiding"))},
                               numCell(std::to_string(s.before)),
                               numCell(std::to_string(s.after) +
                                           (s.comparable ? "" : " (" + notComparable + ")"),
                                       true,
                                       !s.comparable        ? kGrey
                                       : s.after < s.before ? kBad
                                                            : kGood)}});
        page.table(t);
    }
}

void writeEvidence(PageLayout &page, const ReportContext &c, int number)
{
    const Lang lang = c.lang;
    page.heading(q(sectionTitle(c, number, T(lang, "佐证材料", "Evidence"))), 1, 25);
    if (c.in.evidence.empty()) {
        page.paragraph(q(T(lang, "未附佐证文件。", "No evidence files are attached.")), 9.5);
        return;
    }
    page.paragraph(
        q(T(lang, "文件内容保存在数据库中，SHA-256 可用于核对原件。",
            "The files are kept in the database; the SHA-256 identifies each original.")),
        8.5, false, kGrey);
    Table t;
    t.pointSize = 7.5;
    t.widths = {24, 62, 14};
    t.header.cells = {{q(T(lang, "指标 / 场景", "Item / scenario"))},
                      {q(T(lang, "文件名与 SHA-256", "File name and SHA-256"))},
                      numCell(T(lang, "大小（字节）", "Size (bytes)"))};
    for (const EvidenceFile &f : c.in.evidence)
        t.rows.push_back({{{q(targetName(c, f.target))},
                           {q(f.originalName + "\n" + f.sha256)},
                           numCell(std::to_string(f.size))}});
    page.table(t);
}

void writeAdditions(PageLayout &page, const ReportContext &c)
{
    const Lang lang = c.lang;
    if (c.eval.overlays.empty())
        return;
    page.heading(q(T(lang, "附录：DigiLevel 补充指标（非官方，不影响官方等级）",
                     "Appendix: DigiLevel additions (not official; they never change the level)")),
                 1, 40);
    for (const Evaluation::OverlayResult &o : c.eval.overlays) {
        const Model &m = *o.overlay;
        page.heading(
            q(fmt(T(lang, "%1：%2 / %3 分", "%1: %2 of %3 points"),
                  {m.title.get(lang), o.result.base.toString(), o.result.maxBase.toString()})),
            2);
        Table t;
        t.pointSize = 8;
        t.widths = {26, 52, 11, 11};
        t.header.cells = {{q(T(lang, "指标", "Item"))},
                          {q(T(lang, "答案", "Answer"))},
                          numCell(T(lang, "得分", "Points")),
                          numCell(T(lang, "满分", "Max"))};
        for (int k = 0; k < int(m.items.size()); ++k)
            t.rows.push_back({{{q(m.items[k].name.get(lang))},
                               {q(answerText(m, o.answers, k, o.result.items[k], lang))},
                               numCell(o.result.items[k].points.toString(), true),
                               numCell(m.items[k].points.toString())}});
        for (int s = 0; s < int(m.scenarios.size()); ++s) {
            const int rating = o.answers.scenarios[s].rating;
            t.rows.push_back(
                {{{q(m.scenarios[s].name.get(lang))},
                  {q(rating < 0 ? T(lang, "未作答", "unanswered")
                                : fmt(T(lang, "%1 级", "level %1"), {std::to_string(rating)}))},
                  {},
                  {}}});
        }
        page.table(t);
    }
}

} // namespace dl::report
