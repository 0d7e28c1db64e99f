// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfolioxlsx.h"

#include "base/diagnosticcatalog.h"
#include "exchange/portfolioexport.h"
#include "exchange/xlsxsheet.h"
#include "scoring/textreport.h"

namespace dl {

namespace {

// Scores as Excel shows them: rounded to two places, like the JSON and the PDF.
XlsxOutCell score(const std::optional<Rational> &r)
{
    if (!r)
        return {"—"};
    const std::string text = roundedDecimal(*r, 2);
    return {text, std::stod(text)};
}

XlsxOutCell share(int count, int total)
{
    if (total == 0)
        return {"—"};
    return xlsxShare(shareOf(count, total));
}

std::vector<std::string> levelHeaders(const Model &model, Lang lang)
{
    std::vector<std::string> out;
    for (int l = 0; l <= 4; ++l)
        out.push_back(levelName(model, l, lang));
    return out;
}

void summarySheet(XlsxBook &book, const PortfolioReportView &v, Lang lang)
{
    XlsxOutSheet sheet(book, T(lang, "概览", "Summary"));
    sheet.header({T(lang, "项目", "Item"), T(lang, "数值", "Value")});
    const PortfolioFigures &f = v.figures;
    const PortfolioCounts &c = f.counts;
    const std::string scope = portfolioScope(v.data, v.filter, lang);
    sheet.row({{T(lang, "筛选条件", "Filters")},
               {scope.empty() ? T(lang, "全部企业", "all enterprises") : scope}});
    sheet.row({{T(lang, "报告日期", "Report date")}, {v.generatedOn}});
    sheet.row({{T(lang, "企业数", "Enterprises")}, xlsxNumber(c.enterprises)});
    sheet.row({{T(lang, "已评测", "Assessed")}, xlsxNumber(c.assessed)});
    sheet.row({{T(lang, "平均基础分", "Mean base score")}, score(c.meanBase)});
    sheet.row({{T(lang, "基础分中位数", "Median base score")}, score(c.medianBase)});
    sheet.row({{T(lang, "二级及以上", "At level 2 or higher")}, xlsxNumber(c.atOrAboveLevel2)});
    sheet.row({{T(lang, "二级及以上占比", "Share at level 2 or higher")},
               share(c.atOrAboveLevel2, c.assessed)});
    const std::vector<std::string> levels = levelHeaders(v.model, lang);
    for (int l = 0; l <= 4; ++l)
        sheet.row({{fmt(T(lang, "等级分布：%1", "Level distribution: %1"), {levels[l]})},
                   xlsxNumber(c.levels[std::size_t(l)])});
    sheet.row({{T(lang, "改造前后可比企业", "Before/after pairs")}, xlsxNumber(f.uplift.pairs)});
    sheet.row({{T(lang, "平均提升分数", "Mean gain")}, score(f.uplift.meanGain)});
    sheet.row({{T(lang, "至少提升一级", "Rose at least one level")}, xlsxNumber(f.uplift.rose)});
    sheet.row({{T(lang, "至少提升一级占比", "Share rose at least one level")},
               share(f.uplift.rose, f.uplift.pairs)});
    sheet.row({{T(lang, "专精特新中小企业", "SRDI SMEs")}, xlsxNumber(f.srdiTotal)});
    sheet.row({{T(lang, "专精特新二级及以上", "SRDI at level 2 or higher")},
               xlsxNumber(f.srdiAtOrAbove2)});
    sheet.row({{T(lang, "专精特新二级及以上占比", "SRDI share at level 2 or higher")},
               share(f.srdiAtOrAbove2, f.srdiTotal)});
    sheet.row({{T(lang, "专精特新尚未达到二级（含未评测）",
                  "SRDI still below level 2 (or not assessed)")},
               xlsxNumber(f.srdiTotal - f.srdiAtOrAbove2)});
    sheet.row({{T(lang, "所用模型非官方指标的企业", "Assessed with a non-official model")},
               xlsxNumber(f.notOfficial)});
    sheet.finish();
}

std::vector<XlsxOutCell> countsRow(const std::string &name, const PortfolioCounts &c)
{
    std::vector<XlsxOutCell> row{{name}, xlsxNumber(c.enterprises), xlsxNumber(c.assessed)};
    for (int n : c.levels)
        row.push_back(xlsxNumber(n));
    row.insert(row.end(), {score(c.meanBase), score(c.medianBase), xlsxNumber(c.atOrAboveLevel2),
                           share(c.atOrAboveLevel2, c.assessed)});
    return row;
}

void groupsSheet(XlsxBook &book, const PortfolioReportView &v, Lang lang)
{
    XlsxOutSheet sheet(book, T(lang, "分组", "Groups"));
    std::vector<std::string> header{v.by ? label(*v.by).get(lang) : T(lang, "范围", "Scope"),
                                    T(lang, "企业数", "Enterprises"),
                                    T(lang, "已评测", "Assessed")};
    for (const std::string &l : levelHeaders(v.model, lang))
        header.push_back(l);
    header.insert(header.end(), {T(lang, "平均基础分", "Mean base score"),
                                 T(lang, "基础分中位数", "Median base score"),
                                 T(lang, "二级及以上", "Level 2 or higher"),
                                 T(lang, "二级及以上占比", "Share level 2 or higher")});
    sheet.header(header);
    if (v.by)
        for (const PortfolioGroupRow &g : v.figures.groups)
            sheet.row(countsRow(g.key.empty() ? T(lang, "（无）", "(none)") : g.name.get(lang),
                                g.counts));
    sheet.row(countsRow(T(lang, "合计", "All"), v.figures.counts));
    sheet.finish();
}

void upliftSheet(XlsxBook &book, const PortfolioReportView &v, Lang lang)
{
    XlsxOutSheet sheet(book, T(lang, "提升", "Uplift"));
    const std::vector<std::string> levels = levelHeaders(v.model, lang);
    std::vector<std::string> header{T(lang, "改造前 \\ 改造后", "Before \\ after")};
    header.insert(header.end(), levels.begin(), levels.end());
    sheet.header(header);
    for (int from = 0; from <= 4; ++from) {
        std::vector<XlsxOutCell> row{{levels[std::size_t(from)]}};
        for (int to = 0; to <= 4; ++to)
            row.push_back(xlsxNumber(v.figures.uplift.matrix[std::size_t(from)][std::size_t(to)]));
        sheet.row(row);
    }
    sheet.finish();
}

void scenarioSheet(XlsxBook &book, const PortfolioReportView &v, Lang lang)
{
    XlsxOutSheet sheet(book, T(lang, "场景", "Scenarios"));
    std::vector<std::string> header{T(lang, "编号", "Id"), T(lang, "场景", "Scenario"),
                                    T(lang, "参评企业", "Rated")};
    for (int l = 1; l <= 4; ++l)
        header.push_back(fmt(T(lang, "%1级及以上", "Level %1 or higher"), {std::to_string(l)}));
    sheet.header(header);
    for (std::size_t p = 0; p < v.data.catalogue.size(); ++p) {
        const PortfolioPart &part = v.data.catalogue[p];
        if (part.kind != PortfolioPart::Kind::Scenario)
            continue;
        const auto &at = v.figures.scenarioAtLeast[p];
        std::vector<XlsxOutCell> row{{part.id}, {part.name.get(lang)}, xlsxNumber(at[0])};
        for (int l = 1; l <= 4; ++l)
            row.push_back(share(at[std::size_t(l)], at[0]));
        sheet.row(row);
    }
    sheet.finish();
}

void dimensionSheet(XlsxBook &book, const PortfolioReportView &v, Lang lang)
{
    XlsxOutSheet sheet(book, T(lang, "维度", "Dimensions"));
    sheet.header({T(lang, "类型", "Kind"), T(lang, "编号", "Id"), T(lang, "名称", "Name"),
                  T(lang, "平均得分", "Mean score")});
    for (std::size_t p = 0; p < v.data.catalogue.size(); ++p) {
        const PortfolioPart &part = v.data.catalogue[p];
        if (part.kind == PortfolioPart::Kind::Scenario)
            continue;
        sheet.row(
            {{part.kind == PortfolioPart::Kind::Dimension ? T(lang, "维度", "dimension")
                                                          : T(lang, "子维度", "sub-dimension")},
             {part.id},
             {part.name.get(lang)},
             score(v.figures.partMeans[p])});
    }
    sheet.finish();
}

void belowSheet(XlsxBook &book, const PortfolioReportView &v, Lang lang)
{
    XlsxOutSheet sheet(book, T(lang, "未达二级", "Below level 2"));
    sheet.header({T(lang, "企业名称", "Enterprise"), T(lang, "省份", "Province"),
                  T(lang, "城市", "City"), T(lang, "等级", "Level"),
                  T(lang, "基础分", "Base score"), T(lang, "二级分数线", "Level 2 threshold"),
                  T(lang, "差距分数", "Points short"),
                  T(lang, "未满足的二级条件", "Level 2 conditions not met")});
    const std::optional<Rational> threshold = level2Threshold(v.model);
    for (const LevelGap &g : v.belowLevel2) {
        const PortfolioEnterprise &e = v.data.enterprises[std::size_t(g.enterprise)];
        std::string unmet;
        for (const ConditionCheck &c : g.unmet)
            unmet += (unmet.empty() ? "" : T(lang, "；", "; ")) + conditionText(c, lang);
        sheet.row({{e.name},
                   {e.province},
                   {e.city},
                   {levelName(v.model, g.level, lang)},
                   score(g.base),
                   threshold ? score(threshold) : XlsxOutCell{"—"},
                   score(g.pointsShort),
                   {unmet}});
    }
    sheet.finish();
}

} // namespace

std::optional<Rational> level2Threshold(const Model &model)
{
    const LevelRule *rule = model.rule(2);
    return rule ? rule->minBaseScore : std::nullopt;
}

Result<Done>
exportPortfolioXlsx(const PortfolioReportView &view, const std::string &path, Lang lang)
{
    XlsxBook book(path);
    if (!book.opened())
        return fileError<DiagMsg::ExcelCannotCreate>(path);
    summarySheet(book, view, lang);
    groupsSheet(book, view, lang);
    upliftSheet(book, view, lang);
    scenarioSheet(book, view, lang);
    dimensionSheet(book, view, lang);
    belowSheet(book, view, lang);
    return book.close();
}

} // namespace dl
