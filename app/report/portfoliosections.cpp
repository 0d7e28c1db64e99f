// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of the portfolio progress report (portfolioreport.h).
#include "portfoliosections.h"

#include "exchange/portfolioexport.h"
#include "reportgraphics.h"
#include "reportsections.h"
#include "scoring/textreport.h"

#include <QPainter>

#include <algorithm>

namespace dl::report {

namespace {

TableCell numCell(const std::string &text, bool bold = false)
{
    return {q(text), bold, Qt::black, {}, Qt::AlignRight};
}

// Never 0/0: "—" when nothing is counted.
std::string shareText(int count, int total)
{
    return total > 0 ? roundedDecimal(shareOf(count, total) * Rational(100), 1) + "%" : "—";
}

std::string scoreText(const std::optional<Rational> &r)
{
    return r ? roundedDecimal(*r, 2) : "—";
}

std::string level(const PortfolioContext &c, int l)
{
    return levelName(c.v.model, l, c.lang);
}

TableRow header(std::vector<std::string> names, std::size_t firstNumber = 1)
{
    TableRow row;
    for (std::size_t k = 0; k < names.size(); ++k)
        row.cells.push_back(k < firstNumber ? TableCell(q(names[k])) : numCell(names[k]));
    return row;
}

} // namespace

std::string PortfolioContext::title() const
{
    return T(lang, "中小企业数字化水平试点进展报告",
             "SME Digital Level: Portfolio Progress Report");
}

std::string PortfolioContext::section(int number, const std::string &text) const
{
    static const char *const kZh[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (lang == Lang::ZhCN && number >= 1 && number <= 10)
        return std::string(kZh[number - 1]) + "、" + text;
    return std::to_string(number) + ". " + text;
}

void writePortfolioTitle(PageLayout &page, const PortfolioContext &c)
{
    const Lang lang = c.lang;
    page.paragraph(QStringLiteral("DigiLevel"), 10, true, kGrey);
    page.paragraph(q(c.title()), 20, true, kAccent);
    page.paragraph(q(c.v.model.title.get(lang)), 11, false, kGrey);
    page.space(3);
    const std::string scope = portfolioScope(c.v.data, c.v.filter, lang);
    page.paragraph(q(fmt(T(lang, "筛选条件：%1", "Filters: %1"),
                         {scope.empty() ? T(lang, "无（数据库中的全部企业）",
                                            "none (every enterprise in the database)")
                                        : scope})),
                   10);
    if (c.v.by)
        page.paragraph(q(fmt(T(lang, "分组：按%1", "Grouped by: %1"), {label(*c.v.by).get(lang)})),
                       10);
    page.paragraph(q(fmt(T(lang, "报告日期：%1", "Report date: %1"), {c.v.generatedOn})), 10);
    page.paragraph(
        q(T(lang, "每家企业以筛选范围内最新一次已评分的评测为准（有现场核验时用核验结果）。",
            "Each enterprise is represented by its latest scored assessment within the filters "
            "(the verified result where anything is verified).")),
        8.5, false, kGrey);
    page.space(4);
}

void writePortfolioHeadline(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    const PortfolioCounts &n = c.v.figures.counts;
    page.heading(q(c.section(number, T(lang, "总体情况", "Headline figures"))), 1);
    if (n.assessed == 0)
        page.paragraph(
            q(n.enterprises == 0
                  ? T(lang, "筛选范围内没有企业，本报告没有可统计的数据。",
                      "No enterprise matches the filters: there is nothing to report.")
                  : T(lang, "筛选范围内的企业都还没有已评分的评测，本报告没有可统计的数据。",
                      "None of the enterprises within the filters has a scored "
                      "assessment yet: there is nothing to report.")),
            10, true, kBad);
    Table t;
    t.widths = {60, 40};
    t.pointSize = 10;
    auto row = [&](const std::string &k, const std::string &value) {
        t.rows.push_back({{{q(k), true, kGrey}, numCell(value)}});
    };
    row(T(lang, "企业数", "Enterprises"), std::to_string(n.enterprises));
    row(T(lang, "已评测企业", "Assessed"), std::to_string(n.assessed));
    row(T(lang, "平均基础分", "Mean base score"), scoreText(n.meanBase));
    row(T(lang, "基础分中位数", "Median base score"), scoreText(n.medianBase));
    row(T(lang, "二级及以上企业", "At level 2 or higher"),
        fmt(T(lang, "%1 家（%2）", "%1 (%2)"),
            {std::to_string(n.atOrAboveLevel2), shareText(n.atOrAboveLevel2, n.assessed)}));
    page.table(t);
    if (c.v.figures.notOfficial > 0)
        page.paragraph(q(fmt(T(lang, "注意：其中 %1 家的评测所用模型不是官方指标。",
                               "Note: %1 of them were assessed with a model that is not the "
                               "official scheme."),
                             {std::to_string(c.v.figures.notOfficial)})),
                       9, false, kBad);
}

void writePortfolioLevels(PageLayout &page, const PortfolioContext &c, int number)
{
    page.heading(q(c.section(number, T(c.lang, "等级分布", "Level distribution"))), 1, 70);
    std::vector<QString> labels;
    std::vector<int> values;
    std::vector<QColor> colours;
    for (int l = 0; l <= 4; ++l) {
        labels.push_back(q(level(c, l)));
        values.push_back(c.v.figures.counts.levels[std::size_t(l)]);
        colours.push_back(levelColour(l));
    }
    const QFont font = page.font(8.5);
    page.block(60, [=](QPainter &p, const QRectF &rect) {
        drawBars(p, rect, labels, values, colours, font);
    });
}

void writePortfolioGroups(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    page.heading(
        q(c.section(number, fmt(T(lang, "按%1分组", "By %1"), {label(*c.v.by).get(lang)}))), 1);
    Table t;
    t.pointSize = 8;
    t.widths = {30, 11, 11, 12, 12, 12, 12};
    t.header = header({label(*c.v.by).get(lang), T(lang, "企业", "Enterprises"),
                       T(lang, "已评测", "Assessed"), T(lang, "平均分", "Mean"),
                       T(lang, "中位数", "Median"), T(lang, "二级及以上", "Level 2+"),
                       T(lang, "占比", "Share")});
    auto add = [&](const std::string &name, const PortfolioCounts &n, bool bold) {
        t.rows.push_back({{{q(name), bold},
                           numCell(std::to_string(n.enterprises), bold),
                           numCell(std::to_string(n.assessed), bold),
                           numCell(scoreText(n.meanBase), bold),
                           numCell(scoreText(n.medianBase), bold),
                           numCell(std::to_string(n.atOrAboveLevel2), bold),
                           numCell(shareText(n.atOrAboveLevel2, n.assessed), bold)}});
    };
    for (const PortfolioGroupRow &g : c.v.figures.groups)
        add(g.key.empty() ? T(lang, "（无）", "(none)") : g.name.get(lang), g.counts, false);
    add(T(lang, "合计", "All"), c.v.figures.counts, true);
    page.table(t);
    page.paragraph(q(T(lang, "同属多个细分行业的企业在每个细分行业中都计入。",
                       "An enterprise in several segments counts in each.")),
                   8, false, kGrey);
}

void writePortfolioUplift(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    const PortfolioUplift &u = c.v.figures.uplift;
    page.heading(q(c.section(number, T(lang, "改造前后提升", "Before and after"))), 1);
    if (u.pairs == 0) {
        page.paragraph(q(T(lang, "没有同时具有改造前和改造后评测的企业。",
                           "No enterprise has both a baseline and a later after assessment.")),
                       10);
        return;
    }
    page.paragraph(
        q(fmt(T(lang,
                "可比企业 %1 家（改造前与其后最新的改造后评测），基础分平均提升 %2 分，%3 "
                "家至少提升一级（%4）。",
                "%1 enterprises have a baseline and a later after assessment; the base score rose "
                "by %2 on average and %3 rose at least one level (%4)."),
              {std::to_string(u.pairs), scoreText(u.meanGain), std::to_string(u.rose),
               shareText(u.rose, u.pairs)})),
        10);
    Table t;
    t.pointSize = 8.5;
    t.widths = {25, 15, 15, 15, 15, 15};
    std::vector<std::string> names{T(lang, "改造前 \\ 改造后", "Before \\ after")};
    for (int l = 0; l <= 4; ++l)
        names.push_back(level(c, l));
    t.header = header(names);
    for (int from = 0; from <= 4; ++from) {
        TableRow row;
        row.cells.push_back({q(level(c, from)), true});
        for (int to = 0; to <= 4; ++to) {
            const int count = u.matrix[std::size_t(from)][std::size_t(to)];
            row.cells.push_back({q(count ? std::to_string(count) : std::string("·")),
                                 to > from,
                                 to > from && count ? kGood : Qt::black,
                                 {},
                                 Qt::AlignRight});
        }
        t.rows.push_back(row);
    }
    page.table(t);
}

void writePortfolioScenarios(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    page.heading(q(c.section(number, T(lang, "场景达标情况", "Scenarios"))), 1);
    page.paragraph(q(T(lang, "各场景达到该级或以上的企业占参评企业的比例。",
                       "Share of the rated enterprises at each level or higher.")),
                   8.5, false, kGrey);
    Table t;
    t.pointSize = 8;
    t.widths = {40, 12, 12, 12, 12, 12};
    std::vector<std::string> names{T(lang, "场景", "Scenario"), T(lang, "参评", "Rated")};
    for (int l = 1; l <= 4; ++l)
        names.push_back(fmt(T(lang, "≥%1级", "≥ level %1"), {std::to_string(l)}));
    t.header = header(names);
    for (std::size_t p = 0; p < c.v.data.catalogue.size(); ++p) {
        const PortfolioPart &part = c.v.data.catalogue[p];
        if (part.kind != PortfolioPart::Kind::Scenario)
            continue;
        const auto &at = c.v.figures.scenarioAtLeast[p];
        TableRow row;
        row.cells = {{q(part.name.get(lang))}, numCell(std::to_string(at[0]))};
        for (int l = 1; l <= 4; ++l)
            row.cells.push_back(numCell(shareText(at[std::size_t(l)], at[0])));
        t.rows.push_back(row);
    }
    page.table(t);
}

void writePortfolioDimensions(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    page.heading(
        q(c.section(number, T(lang, "维度与子维度平均得分", "Dimension and sub-dimension means"))),
        1);
    Table t;
    t.pointSize = 8.5;
    t.widths = {70, 30};
    t.header = header(
        {T(lang, "维度 / 子维度", "Dimension / sub-dimension"), T(lang, "平均得分", "Mean score")});
    auto add = [&](const std::string &id, bool dim) {
        const int p = c.v.data.findPart(id);
        if (p < 0)
            return;
        TableRow row(
            {{q((dim ? "" : "    ") + c.v.data.catalogue[std::size_t(p)].name.get(lang)), dim},
             numCell(scoreText(c.v.figures.partMeans[std::size_t(p)]), dim)});
        if (dim)
            row.background = QColor(0xF4, 0xF6, 0xF9);
        t.rows.push_back(row);
    };
    // Each dimension with its sub-dimensions under it, as the model lists them.
    const Model &m = c.v.model;
    for (const Dimension &d : m.dimensions) {
        add(d.id, true);
        for (int s : d.subdimensions)
            add(m.subdimensions[std::size_t(s)].id, false);
    }
    page.table(t);
}

void writePortfolioSrdi(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    const PortfolioFigures &f = c.v.figures;
    page.heading(q(c.section(number, T(lang, "专精特新目标", "SRDI (专精特新) target"))), 1, 20);
    if (f.srdiTotal == 0) {
        page.paragraph(q(T(lang, "筛选范围内没有专精特新中小企业。",
                           "There is no SRDI SME within the filters.")),
                       10);
        return;
    }
    page.paragraph(
        q(fmt(T(lang,
                "专精特新中小企业 %1 家，其中二级及以上 %2 家（%3），尚有 %4 "
                "家未达到二级（含未评测）。",
                "SRDI SMEs: %1, of them at level 2 or higher: %2 (%3); %4 still to reach level 2 "
                "(including those not assessed)."),
              {std::to_string(f.srdiTotal), std::to_string(f.srdiAtOrAbove2),
               shareText(f.srdiAtOrAbove2, f.srdiTotal),
               std::to_string(f.srdiTotal - f.srdiAtOrAbove2)})),
        10);
    page.paragraph(q(T(lang, "专精特新中小企业指省级专精特新和专精特新“小巨人”企业。",
                       "SRDI SMEs are the provincial SRDI and the 'little giant' enterprises.")),
                   8.5, false, kGrey);
}

void writePortfolioBelow(PageLayout &page, const PortfolioContext &c, int number)
{
    const Lang lang = c.lang;
    page.heading(q(c.section(number, T(lang, "尚未达到二级的企业", "Enterprises below level 2"))),
                 1);
    if (c.v.belowLevel2.empty()) {
        page.paragraph(q(T(lang, "已评测企业均已达到二级或以上。",
                           "Every assessed enterprise is at level 2 or higher.")),
                       10);
        return;
    }
    const std::optional<Rational> threshold = level2Threshold(c.v.model);
    page.paragraph(
        q(fmt(T(lang,
                "二级分数线 %1 分及其他条件取自评测模型 %2 %3 "
                "的等级规则；场景条件按各企业评测摘要中的场景评级计算。按差距从小到大排列。",
                "The level 2 threshold of %1 points and the other conditions come from the level "
                "rules of the model %2 %3; scenario conditions are counted from the scenario "
                "ratings in each assessment's summary. Closest first."),
              {threshold ? threshold->toString() : std::string("—"), c.v.model.id,
               c.v.model.version})),
        8.5, false, kGrey);
    Table t;
    t.pointSize = 7.5;
    t.widths = {22, 14, 10, 10, 10, 34};
    t.header =
        header({T(lang, "企业", "Enterprise"), T(lang, "地区", "Region"), T(lang, "等级", "Level"),
                T(lang, "基础分", "Base score"), T(lang, "差距分数", "Points short"),
                T(lang, "未满足的二级条件", "Level 2 conditions not met")},
               1);
    t.header.cells[1].align = Qt::AlignLeft;
    t.header.cells[2].align = Qt::AlignLeft;
    t.header.cells[5].align = Qt::AlignLeft;
    // A city may have thousands below 二级: the PDF is read, so it lists the closest (those a
    // city can lift first) and leaves the complete list to the workbook, which sorts and filters.
    constexpr std::size_t kListed = 200;
    const std::size_t listed = std::min(kListed, c.v.belowLevel2.size());
    for (std::size_t k = 0; k < listed; ++k) {
        const LevelGap &g = c.v.belowLevel2[k];
        const PortfolioEnterprise &e = c.v.data.enterprises[std::size_t(g.enterprise)];
        std::string unmet;
        for (const ConditionCheck &cond : g.unmet)
            unmet += (unmet.empty() ? "" : T(lang, "；", "; ")) + conditionText(cond, lang);
        t.rows.push_back({{{q(e.name)},
                           {q(e.province + " " + e.city)},
                           {q(level(c, g.level))},
                           numCell(roundedDecimal(g.base, 2)),
                           numCell(roundedDecimal(g.pointsShort, 2), true),
                           {q(unmet.empty() ? std::string("—") : unmet)}}});
    }
    page.table(t);
    if (listed < c.v.belowLevel2.size())
        page.paragraph(
            q(fmt(T(lang,
                    "另有 %1 家企业未在此列出；完整名单见同一筛选条件下的 Excel 工作簿"
                    "（report --portfolio -o 文件.xlsx）。",
                    "%1 more enterprises are not listed here; the workbook of the same filter "
                    "has them all (report --portfolio -o FILE.xlsx)."),
                  {std::to_string(c.v.belowLevel2.size() - listed)})),
            8.5, false, kGrey);
}

} // namespace dl::report
