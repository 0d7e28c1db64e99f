// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfolioexport.h"

#include "enterprise/recordlabels.h"

namespace dl {

using json = nlohmann::ordered_json;

std::string roundedDecimal(const Rational &value, int decimals)
{
    __int128 scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const __int128 num = __int128(value.numerator()) * scale;
    const __int128 den = value.denominator();
    const bool negative = num < 0;
    const __int128 magnitude = negative ? -num : num;
    __int128 scaled = (magnitude * 2 + den) / (2 * den); // half away from zero
    std::string digits;
    do {
        digits.insert(digits.begin(), char('0' + int(scaled % 10)));
        scaled /= 10;
    } while (scaled > 0);
    while (int(digits.size()) <= decimals)
        digits.insert(digits.begin(), '0');
    if (decimals > 0)
        digits.insert(digits.end() - decimals, '.');
    return (negative && digits.find_first_not_of("0.") != std::string::npos ? "-" : "") + digits;
}

namespace {

double number(const Rational &r, int decimals)
{
    return std::stod(roundedDecimal(r, decimals));
}

json optionalScore(const std::optional<Rational> &r)
{
    return r ? json(number(*r, 2)) : json(nullptr);
}

json levelsJson(const std::array<int, 5> &levels)
{
    json j = json::object();
    for (int l = 0; l <= 4; ++l)
        j[std::to_string(l)] = levels[std::size_t(l)];
    return j;
}

json countsJson(const PortfolioCounts &c)
{
    return {{"enterprises", c.enterprises},
            {"assessed", c.assessed},
            {"levels", levelsJson(c.levels)},
            {"mean_base_score", optionalScore(c.meanBase)},
            {"mean_base_score_exact", c.meanBase ? json(c.meanBase->toString(6)) : json(nullptr)},
            {"median_base_score", optionalScore(c.medianBase)},
            {"at_or_above_level2",
             {{"count", c.atOrAboveLevel2},
              {"share", number(shareOf(c.atOrAboveLevel2, c.assessed), 4)}}}};
}

} // namespace

json portfolioJson(const PortfolioData &data,
                   const PortfolioFigures &f,
                   std::optional<PortfolioGroup> by,
                   Lang lang)
{
    json j = countsJson(f.counts);
    j["not_official"] = f.notOfficial;
    j["srdi"] = {{"total", f.srdiTotal}, {"at_or_above_level2", f.srdiAtOrAbove2}};
    json dims = json::array(), subs = json::array(), scenarios = json::array();
    for (std::size_t p = 0; p < data.catalogue.size(); ++p) {
        const PortfolioPart &part = data.catalogue[p];
        if (part.kind == PortfolioPart::Kind::Scenario) {
            const auto &at = f.scenarioAtLeast[p];
            json shares = json::object();
            for (int l = 1; l <= 4; ++l)
                shares[std::to_string(l)] = number(shareOf(at[std::size_t(l)], at[0]), 4);
            scenarios.push_back({{"id", part.id},
                                 {"name", part.name.get(lang)},
                                 {"rated", at[0]},
                                 {"at_or_above", shares}});
            continue;
        }
        json entry = {{"id", part.id},
                      {"name", part.name.get(lang)},
                      {"mean", optionalScore(f.partMeans[p])}};
        (part.kind == PortfolioPart::Kind::Dimension ? dims : subs).push_back(entry);
    }
    j["dimensions"] = dims;
    j["subdimensions"] = subs;
    j["scenarios"] = scenarios;
    json matrix = json::object();
    for (int from = 0; from <= 4; ++from) {
        json row = json::object();
        for (int to = 0; to <= 4; ++to)
            row[std::to_string(to)] = f.uplift.matrix[std::size_t(from)][std::size_t(to)];
        matrix[std::to_string(from)] = row;
    }
    j["uplift"] = {{"pairs", f.uplift.pairs},
                   {"matrix", matrix},
                   {"mean_gain", optionalScore(f.uplift.meanGain)},
                   {"rose", f.uplift.rose},
                   {"rose_share", number(shareOf(f.uplift.rose, f.uplift.pairs), 4)}};
    if (by) {
        json groups = json::array();
        for (const PortfolioGroupRow &g : f.groups) {
            json row = {{"key", g.key}, {"name", g.name.get(lang)}};
            row.update(countsJson(g.counts));
            groups.push_back(row);
        }
        j["by"] = key(*by);
        j["groups"] = groups;
    }
    return j;
}

namespace {

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string scoreText(const std::optional<Rational> &r)
{
    return r ? roundedDecimal(*r, 2) : std::string();
}

std::string percentText(int count, int total)
{
    return total > 0 ? roundedDecimal(shareOf(count, total) * Rational(100), 1) + "%" : "—";
}

} // namespace

std::string portfolioCsv(const PortfolioData &,
                         const PortfolioFigures &f,
                         std::optional<PortfolioGroup> by,
                         Lang lang)
{
    std::string out = by ? csvField(label(*by).get(lang)) : T(lang, "范围", "scope");
    for (const char *h :
         {"enterprises", "assessed", "level0", "level1", "level2", "level3", "level4",
          "mean_base_score", "median_base_score", "at_or_above_level2", "share_at_or_above_level2"})
        out += std::string(",") + h;
    out += "\n";
    auto row = [&](const std::string &name, const PortfolioCounts &c) {
        out +=
            csvField(name) + "," + std::to_string(c.enterprises) + "," + std::to_string(c.assessed);
        for (int l : c.levels)
            out += "," + std::to_string(l);
        out += "," + scoreText(c.meanBase) + "," + scoreText(c.medianBase) + "," +
               std::to_string(c.atOrAboveLevel2) + "," +
               roundedDecimal(shareOf(c.atOrAboveLevel2, c.assessed), 4) + "\n";
    };
    if (by)
        for (const PortfolioGroupRow &g : f.groups)
            row(g.name.get(lang), g.counts);
    row(T(lang, "合计", "all"), f.counts);
    return out;
}

std::string portfolioScope(const PortfolioData &data, const ResolvedFilter &filter, Lang lang)
{
    std::string scope;
    const PortfolioFilter &g = filter.given;
    auto add = [&](const std::string &what, const std::string &value) {
        if (!value.empty())
            scope += (scope.empty() ? "" : T(lang, "，", ", ")) + what + T(lang, "：", " ") + value;
    };
    add(T(lang, "省份", "province"), g.province);
    add(T(lang, "城市", "city"), g.city);
    add(T(lang, "行业", "industry"), filter.section + filter.division);
    if (filter.segment >= 0)
        add(T(lang, "细分行业", "segment"),
            lang == Lang::ZhCN || data.segments[std::size_t(filter.segment)].nameEn.empty()
                ? data.segments[std::size_t(filter.segment)].nameZh
                : data.segments[std::size_t(filter.segment)].nameEn);
    if (g.size)
        add(T(lang, "规模", "size"), label(*g.size, lang));
    if (g.srdi)
        add(T(lang, "专精特新", "SRDI"), label(*g.srdi, lang));
    if (g.pilot)
        add(T(lang, "试点", "pilot"), *g.pilot ? T(lang, "是", "yes") : T(lang, "否", "no"));
    add(T(lang, "批次", "batch"), g.batch);
    add(T(lang, "评估机构", "organisation"), g.organisation);
    if (g.phase)
        add(T(lang, "阶段", "phase"), label(*g.phase, lang));
    if (!g.from.empty() || !g.to.empty())
        add(T(lang, "日期", "dates"), g.from + " – " + g.to);
    return scope;
}

std::string portfolioText(const PortfolioData &data,
                          const ResolvedFilter &filter,
                          const PortfolioFigures &f,
                          std::optional<PortfolioGroup> by,
                          Lang lang)
{
    std::string out;
    auto line = [&](const std::string &s) { out += s + "\n"; };
    const PortfolioCounts &c = f.counts;
    const std::string scope = portfolioScope(data, filter, lang);
    line(T(lang, "试点看板", "Portfolio") +
         (scope.empty() ? T(lang, "（全部企业）", " (all enterprises)") : "（" + scope + "）"));
    line(fmt(T(lang, "企业 %1 家，已评测 %2 家", "%1 enterprises, %2 assessed"),
             {std::to_string(c.enterprises), std::to_string(c.assessed)}));
    if (c.assessed == 0) {
        line(T(lang, "筛选范围内没有已评分的评测。", "No scored assessment within the filters."));
        return out;
    }
    line(fmt(T(lang, "等级分布：未达一级 %1，一级 %2，二级 %3，三级 %4，四级 %5",
               "levels: below 1 %1, level 1 %2, level 2 %3, level 3 %4, level 4 %5"),
             {std::to_string(c.levels[0]), std::to_string(c.levels[1]), std::to_string(c.levels[2]),
              std::to_string(c.levels[3]), std::to_string(c.levels[4])}));
    line(fmt(T(lang, "二级及以上：%1 家（%2）", "level 2 or higher: %1 (%2)"),
             {std::to_string(c.atOrAboveLevel2), percentText(c.atOrAboveLevel2, c.assessed)}));
    line(fmt(T(lang, "基础得分：平均 %1，中位数 %2", "base score: mean %1, median %2"),
             {scoreText(c.meanBase), scoreText(c.medianBase)}));
    line(fmt(T(lang, "专精特新中小企业 %1 家，其中二级及以上 %2 家",
               "SRDI SMEs: %1, of them at level 2 or higher: %2"),
             {std::to_string(f.srdiTotal), std::to_string(f.srdiAtOrAbove2)}));
    if (f.notOfficial > 0)
        line(fmt(T(lang, "注意：其中 %1 家的评测所用模型不是官方指标",
                   "Note: %1 of them were assessed with a model that is not the official scheme"),
                 {std::to_string(f.notOfficial)}));
    if (f.uplift.pairs > 0)
        line(fmt(T(lang, "改造前后：%1 家可比，平均提升 %2 分，%3 家至少升一级（%4）",
                   "before and after: %1 comparable, mean gain %2, %3 rose a level or more (%4)"),
                 {std::to_string(f.uplift.pairs), scoreText(f.uplift.meanGain),
                  std::to_string(f.uplift.rose), percentText(f.uplift.rose, f.uplift.pairs)}));
    if (by) {
        line("");
        line(label(*by).get(lang) + T(lang, "\t企业\t已评测\t二级及以上\t平均分",
                                      "\tenterprises\tassessed\tlevel 2+\tmean"));
        for (const PortfolioGroupRow &row : f.groups)
            line(row.name.get(lang) + "\t" + std::to_string(row.counts.enterprises) + "\t" +
                 std::to_string(row.counts.assessed) + "\t" +
                 percentText(row.counts.atOrAboveLevel2, row.counts.assessed) + "\t" +
                 scoreText(row.counts.meanBase));
    }
    return out;
}

} // namespace dl
