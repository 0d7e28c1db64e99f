// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/aggregate.h"

#include "enterprise/recordlabels.h"
#include "model/industry.h"

#include <algorithm>
#include <map>

namespace dl {

namespace {

bool isSrdi(SrdiStatus s)
{
    return s == SrdiStatus::Provincial || s == SrdiStatus::LittleGiant;
}

// The latest admitted, scored assessment of `e`, or -1.
int representative(const PortfolioData &data, const PortfolioEnterprise &e, const ResolvedFilter &f)
{
    for (auto it = e.assessments.rbegin(); it != e.assessments.rend(); ++it) {
        const PortfolioAssessment &a = data.assessments[std::size_t(*it)];
        if (a.scored && f.assessmentMatches(a))
            return *it;
    }
    return -1;
}

// Counts over the enterprises `members` with their representing assessments (-1: none).
PortfolioCounts countsOf(const PortfolioData &data, const std::vector<std::pair<int, int>> &members)
{
    PortfolioCounts c;
    std::vector<Rational> bases;
    Rational sum;
    for (const auto &[enterprise, a] : members) {
        (void)enterprise;
        ++c.enterprises;
        if (a < 0)
            continue;
        const PortfolioAssessment &as = data.assessments[std::size_t(a)];
        ++c.assessed;
        ++c.levels[std::size_t(std::clamp(as.level, 0, 4))];
        c.atOrAboveLevel2 += as.level >= 2;
        sum += as.base;
        bases.push_back(as.base);
    }
    if (!bases.empty()) {
        c.meanBase = sum / Rational(std::int64_t(bases.size()));
        std::sort(bases.begin(), bases.end());
        const std::size_t n = bases.size();
        c.medianBase = n % 2 ? bases[n / 2] : (bases[n / 2 - 1] + bases[n / 2]) / Rational(2);
    }
    return c;
}

// The value of enterprise `e` (represented by `a`) for a grouping: key and shown name. An
// enterprise in several segments belongs to each; one in none to the group with key "".
std::vector<std::pair<std::string, LocalText>>
groupKeys(const PortfolioData &data, const PortfolioEnterprise &e, int a, PortfolioGroup by)
{
    auto one = [](std::string key, LocalText name) {
        return std::vector<std::pair<std::string, LocalText>>{{std::move(key), std::move(name)}};
    };
    const PortfolioAssessment *as = a >= 0 ? &data.assessments[std::size_t(a)] : nullptr;
    switch (by) {
    case PortfolioGroup::Segment: {
        std::vector<std::pair<std::string, LocalText>> keys;
        for (int s : e.segments) {
            const Segment &seg = data.segments[std::size_t(s)];
            keys.push_back({std::to_string(seg.id),
                            {seg.nameZh, seg.nameEn.empty() ? seg.nameZh : seg.nameEn}});
        }
        if (keys.empty())
            keys.push_back({"", {"未归入细分行业", "No segment"}});
        return keys;
    }
    case PortfolioGroup::Organisation:
        if (!as || as->organisation.empty())
            return one("", {"未填写评估机构", "No organisation"});
        return one(as->organisation, {as->organisation, as->organisation});
    case PortfolioGroup::Province:
        return one(e.province, e.province.empty() ? LocalText{"未填写省份", "No province"}
                                                  : LocalText{e.province, e.province});
    case PortfolioGroup::City:
        return one(e.city,
                   e.city.empty() ? LocalText{"未填写城市", "No city"} : LocalText{e.city, e.city});
    case PortfolioGroup::Division: {
        if (e.division.empty())
            return one("", {"行业大类未知", "Division unknown"});
        const IndustryEntry *entry = IndustryTable::gbt4754().find(e.division);
        const std::string code = e.section + e.division;
        return one(code, {code + " " + (entry ? entry->name.zh : ""),
                          code + " " + (entry ? entry->name.en : "")});
    }
    case PortfolioGroup::Size:
        return one(key(e.size), {label(e.size, Lang::ZhCN), label(e.size, Lang::En)});
    case PortfolioGroup::Srdi:
        return one(key(e.srdi), {label(e.srdi, Lang::ZhCN), label(e.srdi, Lang::En)});
    case PortfolioGroup::Phase:
        if (!as)
            return one("", {"未评测", "Not assessed"});
        return one(key(as->phase), {label(as->phase, Lang::ZhCN), label(as->phase, Lang::En)});
    }
    return {};
}

PortfolioUplift
upliftOf(const PortfolioData &data, const ResolvedFilter &f, const std::vector<int> &enterprises)
{
    PortfolioUplift u;
    Rational gain;
    for (int k : enterprises) {
        const PortfolioEnterprise &e = data.enterprises[std::size_t(k)];
        // The latest "after", then the latest baseline created before it; both admitted by
        // the filter apart from its phase, which this pairing decides itself.
        int after = -1, before = -1;
        for (auto it = e.assessments.rbegin(); it != e.assessments.rend(); ++it) {
            const PortfolioAssessment &a = data.assessments[std::size_t(*it)];
            if (!a.scored || !f.assessmentMatches(a, false))
                continue;
            if (after < 0 && a.phase == AssessmentPhase::After)
                after = *it;
            else if (after >= 0 && a.phase == AssessmentPhase::Baseline) {
                before = *it;
                break;
            }
        }
        if (after < 0 || before < 0)
            continue;
        const PortfolioAssessment &a = data.assessments[std::size_t(after)];
        const PortfolioAssessment &b = data.assessments[std::size_t(before)];
        ++u.pairs;
        ++u.matrix[std::size_t(std::clamp(b.level, 0, 4))][std::size_t(std::clamp(a.level, 0, 4))];
        gain += a.base - b.base;
        u.rose += a.level >= b.level + 1;
    }
    if (u.pairs > 0)
        u.meanGain = gain / Rational(u.pairs);
    return u;
}

} // namespace

Rational shareOf(int count, int total)
{
    return total > 0 ? Rational::fraction(count, total) : Rational(0);
}

PortfolioFigures aggregatePortfolio(const PortfolioData &data,
                                    const ResolvedFilter &filter,
                                    std::optional<PortfolioGroup> by)
{
    PortfolioFigures out;
    std::vector<std::pair<int, int>> members; // enterprise index, representing assessment
    std::vector<int> admitted;
    for (std::size_t k = 0; k < data.enterprises.size(); ++k) {
        const PortfolioEnterprise &e = data.enterprises[k];
        if (!filter.enterpriseMatches(data, e))
            continue;
        const int a = representative(data, e, filter);
        members.push_back({int(k), a});
        admitted.push_back(int(k));
        if (isSrdi(e.srdi)) {
            ++out.srdiTotal;
            out.srdiAtOrAbove2 += a >= 0 && data.assessments[std::size_t(a)].level >= 2;
        }
        if (a >= 0) {
            out.represented.push_back(a);
            out.notOfficial += !data.assessments[std::size_t(a)].officialModel;
        }
    }
    out.counts = countsOf(data, members);

    const std::size_t parts = data.catalogue.size();
    out.partMeans.assign(parts, std::nullopt);
    out.scenarioAtLeast.assign(parts, {});
    std::vector<Rational> sums(parts);
    std::vector<int> counts(parts, 0);
    for (int a : out.represented) {
        const PortfolioAssessment &as = data.assessments[std::size_t(a)];
        for (std::size_t p = 0; p < parts && p < as.parts.size(); ++p) {
            if (!as.parts[p])
                continue;
            if (data.catalogue[p].kind == PortfolioPart::Kind::Scenario) {
                auto &at = out.scenarioAtLeast[p];
                ++at[0];
                for (int l = 1; l <= 4; ++l)
                    at[std::size_t(l)] += *as.parts[p] >= Rational(l);
            } else {
                sums[p] += *as.parts[p];
                ++counts[p];
            }
        }
    }
    for (std::size_t p = 0; p < parts; ++p) {
        if (counts[p] > 0)
            out.partMeans[p] = sums[p] / Rational(counts[p]);
    }
    out.uplift = upliftOf(data, filter, admitted);

    if (by) {
        std::map<std::string, std::pair<LocalText, std::vector<std::pair<int, int>>>> groups;
        for (const auto &m : members) {
            const PortfolioEnterprise &e = data.enterprises[std::size_t(m.first)];
            for (auto &[groupKey, name] : groupKeys(data, e, m.second, *by)) {
                auto &g = groups[groupKey];
                g.first = name;
                g.second.push_back(m);
            }
        }
        for (auto &[groupKey, g] : groups) {
            PortfolioGroupRow row{groupKey, g.first, countsOf(data, g.second), {}};
            row.members.reserve(g.second.size());
            for (const auto &m : g.second)
                row.members.push_back(data.enterprises[std::size_t(m.first)].id);
            out.groups.push_back(std::move(row));
        }
    }
    return out;
}

} // namespace dl
