// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/sizeclass.h"

#include "enterprise/sizegroups.h"

#include <array>
#include <initializer_list>
#include <string>

namespace dl {

namespace {

using namespace sizegroups;

const LocalText kMetricNames[kMetrics] = {
    {"从业人员", "employees"}, {"营业收入", "revenue"}, {"资产总额", "total assets"}};

// A three-valued truth: a figure left out makes a comparison unknown, yet "5 employees or
// revenue below 300" is still true without the revenue.
enum class Tri { False, True, Unknown };

Tri triAnd(Tri a, Tri b)
{
    if (a == Tri::False || b == Tri::False)
        return Tri::False;
    return a == Tri::True && b == Tri::True ? Tri::True : Tri::Unknown;
}

Tri triOr(Tri a, Tri b)
{
    if (a == Tri::True || b == Tri::True)
        return Tri::True;
    return a == Tri::False && b == Tri::False ? Tri::False : Tri::Unknown;
}

using dl::fmt; // the text version, beside this pair version

LocalText fmt(const LocalText &text,
              std::initializer_list<std::string> zhArgs,
              std::initializer_list<std::string> enArgs)
{
    return {fmt(text.zh, zhArgs), fmt(text.en, enArgs)};
}

// --- Thresholds ------------------------------------------------------------------------------

struct Figures
{
    std::array<std::optional<Rational>, kMetrics> value;
};

// One comparison of the rule that decided the size, kept for the reason text.
struct Condition
{
    int metric;
    bool atLeast; // ">= bound", else "< bound"
    Rational bound;
};

struct Evaluation
{
    Tri result = Tri::False;
    std::vector<Condition> held;     // the comparisons that came out true
    std::vector<SizeMetric> missing; // the figures that left it undecided
};

Tri compare(const std::optional<Rational> &value, bool atLeast, const Rational &bound)
{
    if (!value)
        return Tri::Unknown;
    return (atLeast ? *value >= bound : *value < bound) ? Tri::True : Tri::False;
}

// Combines `value >= min` (atLeast) or `value < max` over every metric the row bounds.
Evaluation evaluate(const SizeRow &row, bool atLeast, bool any, const Figures &figures)
{
    Evaluation e;
    bool first = true;
    for (int m = 0; m < kMetrics; ++m) {
        const std::optional<Rational> &bound = atLeast ? row.bounds[m].min : row.bounds[m].max;
        if (!bound)
            continue;
        const Tri t = compare(figures.value[m], atLeast, *bound);
        if (t == Tri::True)
            e.held.push_back({m, atLeast, *bound});
        if (t == Tri::Unknown)
            e.missing.push_back(SizeMetric(m));
        e.result = first ? t : any ? triOr(e.result, t) : triAnd(e.result, t);
        first = false;
    }
    return e;
}

std::string
metricText(const Figures &figures, const std::vector<Condition> &held, int metric, Lang lang)
{
    std::string bounds;
    for (const Condition &c : held) {
        if (c.metric != metric)
            continue;
        if (!bounds.empty())
            bounds += lang == Lang::ZhCN ? "，" : ", ";
        bounds +=
            (c.atLeast ? (lang == Lang::ZhCN ? "≥" : ">= ") : (lang == Lang::ZhCN ? "<" : "< ")) +
            c.bound.toString();
    }
    if (bounds.empty())
        return {};
    const std::string value = figures.value[metric]->toString();
    static const char *const zh[] = {"从业人员%1人（%2）", "营业收入%1万元（%2）",
                                     "资产总额%1万元（%2）"};
    static const char *const en[] = {"employees %1 (%2)", "revenue %1 (%2; in 10k yuan)",
                                     "total assets %1 (%2; in 10k yuan)"};
    return fmt(lang == Lang::ZhCN ? zh[metric] : en[metric], {value, bounds});
}

// "工业：从业人员300人（≥300，<1000）且营业收入2000万元（≥2000，<40000） → 中型"
std::string decidedText(const SizeGroup &group,
                        const Figures &figures,
                        const std::vector<Condition> &held,
                        bool any,
                        SizeClass size,
                        Lang lang)
{
    std::string parts;
    for (int m = 0; m < kMetrics; ++m) {
        const std::string part = metricText(figures, held, m, lang);
        if (part.empty())
            continue;
        if (!parts.empty())
            parts += lang == Lang::ZhCN ? (any ? "或" : "且") : (any ? " or " : " and ");
        parts += part;
    }
    return fmt(lang == Lang::ZhCN ? "%1：%2 → %3" : "%1: %2 -> %3",
               {group.name.get(lang), parts, sizeClassName(size, lang)});
}

SizeClassResult decided(const SizeGroup &group,
                        const Figures &figures,
                        const std::vector<Condition> &held,
                        bool any,
                        SizeClass size)
{
    SizeClassResult r;
    r.size = size;
    r.group = group.name;
    r.reason = {decidedText(group, figures, held, any, size, Lang::ZhCN),
                decidedText(group, figures, held, any, size, Lang::En)};
    return r;
}

SizeClassResult undecided(const SizeGroup &group, std::vector<SizeMetric> missing)
{
    LocalText names;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        names.zh += (i ? "和" : "") + kMetricNames[int(missing[i])].zh;
        names.en += (i ? " and " : "") + kMetricNames[int(missing[i])].en;
    }
    SizeClassResult r;
    r.group = group.name;
    r.reason = fmt({"%1：需要%2才能划型", "%1 needed for %2 to decide the size"},
                   {group.name.zh, names.zh}, {names.en, group.name.en});
    r.missing = std::move(missing);
    return r;
}

// The notice's rules, in the order it states them. Its upper bounds for 中型 are the ceiling of
// 中小微型 ("从业人员1000人以下或营业收入40000万元以下的为中小微型企业"), so an enterprise at or
// above every one of them is 大型. Below that, the first of 中型 and 小型 whose lower bounds it
// meets ("须同时满足所列指标的下限，否则下划一档"), and 微型 when it is under any upper bound of
// the 微型 row ("只须满足所列指标中的一项"). Evaluating in order and stopping at the first rule a
// missing figure leaves open gives a size only when every value of that figure would give it.
SizeClassResult classify(const SizeGroup &group, const Figures &figures)
{
    const SizeRow *medium = nullptr;
    for (const SizeRow &row : group.rows) {
        if (row.size == SizeClass::Medium)
            medium = &row;
    }
    if (medium) {
        SizeRow ceiling;
        for (int m = 0; m < kMetrics; ++m)
            ceiling.bounds[m].min = medium->bounds[m].max;
        const Evaluation large = evaluate(ceiling, true, false, figures);
        if (large.result == Tri::True)
            return decided(group, figures, large.held, false, SizeClass::Large);
        if (large.result == Tri::Unknown)
            return undecided(group, large.missing);
    }
    for (const SizeRow &row : group.rows) {
        bool hasMin = false;
        for (const Bounds &b : row.bounds)
            hasMin = hasMin || b.min;
        const Evaluation e = evaluate(row, hasMin, row.any, figures);
        if (e.result == Tri::Unknown)
            return undecided(group, e.missing);
        if (e.result == Tri::False)
            continue;
        std::vector<Condition> held = e.held;
        if (&row == medium) {
            // Say why it is not 大型 as well: the ceilings it stays under.
            const Evaluation under = evaluate(row, false, true, figures);
            held.insert(held.end(), under.held.begin(), under.held.end());
        }
        return decided(group, figures, held, row.any, row.size);
    }
    SizeClassResult r;
    r.group = group.name;
    r.reason = {"划型标准对这些数字没有对应的规模",
                "the thresholds give no size for these figures"};
    return r;
}

LocalText groupList(const std::vector<const SizeGroup *> &groups)
{
    LocalText list;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        list.zh += (i ? "、" : "") + groups[i]->name.zh;
        list.en += (i ? "; " : "") + groups[i]->name.en;
    }
    return list;
}

} // namespace

const char *key(SizeClass size)
{
    switch (size) {
    case SizeClass::Large:
        return "large";
    case SizeClass::Medium:
        return "medium";
    case SizeClass::Small:
        return "small";
    case SizeClass::Micro:
        return "micro";
    case SizeClass::Unknown:
        break;
    }
    return "";
}

std::optional<SizeClass> parseSizeClass(std::string_view text)
{
    for (SizeClass s : {SizeClass::Unknown, SizeClass::Micro, SizeClass::Small, SizeClass::Medium,
                        SizeClass::Large}) {
        if (text == key(s))
            return s;
    }
    return std::nullopt;
}

const char *sizeClassName(SizeClass size, Lang lang)
{
    const bool zh = lang == Lang::ZhCN;
    switch (size) {
    case SizeClass::Large:
        return zh ? "大型" : "Large";
    case SizeClass::Medium:
        return zh ? "中型" : "Medium";
    case SizeClass::Small:
        return zh ? "小型" : "Small";
    case SizeClass::Micro:
        return zh ? "微型" : "Micro";
    case SizeClass::Unknown:
        break;
    }
    return zh ? "未知" : "Unknown";
}

SizeClassResult classifySize(std::string_view industryCode,
                             std::optional<int> employees,
                             std::optional<Rational> revenueWan,
                             std::optional<Rational> assetsWan)
{
    SizeClassResult r;
    const std::string shown = trimmed(industryCode);
    const std::optional<std::string> code = normaliseIndustry(industryCode);
    if (!code) {
        r.reason = fmt({"无法识别的国民经济行业代码“%1”（GB/T 4754-2017）",
                        "unknown GB/T 4754-2017 industry code '%1'"},
                       {shown}, {shown});
        return r;
    }
    const GroupMatch match = findGroup(*code);
    if (!match.group && !match.candidates.empty()) {
        const LocalText list = groupList(match.candidates);
        r.reason = fmt({"行业“%1”在划型标准中分属%2，请给出更细的行业代码",
                        "industry %1 spans several groups of the thresholds (%2); give a more "
                        "specific code"},
                       {shown, list.zh}, {shown, list.en});
        return r;
    }
    if (!match.group) {
        r.reason = fmt({"行业“%1”不在工信部联企业〔2011〕300号的适用范围内",
                        "industry %1 is outside the scope of the 2011 SME size thresholds"},
                       {shown}, {shown});
        return r;
    }

    const Figures figures{
        {employees ? std::optional<Rational>(*employees) : std::nullopt, revenueWan, assetsWan}};
    for (int m = 0; m < kMetrics; ++m) {
        if (figures.value[m] && figures.value[m]->isNegative()) {
            r.group = match.group->name;
            r.reason = fmt({"%1不能为负数", "%1 cannot be negative"}, {kMetricNames[m].zh},
                           {kMetricNames[m].en});
            return r;
        }
    }
    r = classify(*match.group, figures);
    if (!match.named) {
        r.reason.zh += fmt("（行业“%1”未在通知中单列，按其他未列明行业划型）", {shown});
        r.reason.en +=
            fmt(" (industry %1 is not named in the notice; its catch-all group applies)", {shown});
    }
    return r;
}

SizeClassResult classifySize(const IndustryCode &industry,
                             std::optional<int> employees,
                             std::optional<Rational> revenueWan,
                             std::optional<Rational> assetsWan)
{
    return classifySize(industry.division.empty() ? industry.section : industry.division, employees,
                        std::move(revenueWan), std::move(assetsWan));
}

} // namespace dl
