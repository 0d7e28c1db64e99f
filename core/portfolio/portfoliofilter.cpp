// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/portfoliofilter.h"

#include "base/diagnosticcatalog.h"
#include "model/industry.h"

#include <algorithm>

namespace dl {

namespace {

bool isDate(const std::string &s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[k] < '0' || s[k] > '9')
            return false;
    }
    const int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

} // namespace

bool ResolvedFilter::enterpriseMatches(const PortfolioData &data,
                                       const PortfolioEnterprise &e) const
{
    const PortfolioFilter &f = given;
    if (!f.province.empty() && e.province != f.province)
        return false;
    if (!f.city.empty() && e.city != f.city)
        return false;
    if (!section.empty() && (e.section != section || (!division.empty() && e.division != division)))
        return false;
    if (segment >= 0 &&
        std::find(e.segments.begin(), e.segments.end(), segment) == e.segments.end())
        return false;
    if (f.size && e.size != *f.size)
        return false;
    if (f.srdi && e.srdi != *f.srdi)
        return false;
    if (f.pilot && e.pilot != *f.pilot)
        return false;
    if (!f.batch.empty() && e.pilotBatch != f.batch)
        return false;
    (void)data;
    return true;
}

bool ResolvedFilter::assessmentMatches(const PortfolioAssessment &a, bool withPhase) const
{
    const PortfolioFilter &f = given;
    if (!f.organisation.empty() && a.organisation != f.organisation)
        return false;
    if (withPhase && f.phase && a.phase != *f.phase)
        return false;
    const std::string date = a.createdAt.substr(0, 10);
    if (!f.from.empty() && date < f.from)
        return false;
    if (!f.to.empty() && date > f.to)
        return false;
    return true;
}

Result<ResolvedFilter> resolveFilter(const PortfolioData &data, const PortfolioFilter &filter)
{
    ResolvedFilter r;
    r.given = filter;
    Diagnostics errors;
    if (!filter.segment.empty()) {
        r.segment = data.findSegment(filter.segment);
        if (r.segment < 0)
            errors.push_back(fileError<DiagMsg::PortfolioSegmentUnknown>({}, filter.segment));
    }
    if (!filter.industry.empty()) {
        std::string typed = filter.industry;
        for (char &ch : typed) // "c30" as typed
            ch = ch >= 'a' && ch <= 'z' ? char(ch - 'a' + 'A') : ch;
        if (auto code = IndustryTable::gbt4754().parse(typed)) {
            r.section = code->section;
            r.division = code->division;
        } else {
            errors.push_back(fileError<DiagMsg::PortfolioIndustryUnknown>({}, filter.industry));
        }
    }
    for (const auto &[name, value] : {std::pair{"--from", &filter.from}, {"--to", &filter.to}}) {
        if (!value->empty() && !isDate(*value))
            errors.push_back(fileError<DiagMsg::PortfolioDateInvalid>({}, name, *value));
    }
    if (errors.empty() && !filter.from.empty() && !filter.to.empty() && filter.to < filter.from)
        errors.push_back(fileError<DiagMsg::PortfolioDatesBackwards>({}, filter.from, filter.to));
    if (!errors.empty())
        return errors;
    return r;
}

const char *key(PortfolioGroup g)
{
    switch (g) {
    case PortfolioGroup::Segment:
        return "segment";
    case PortfolioGroup::Organisation:
        return "org";
    case PortfolioGroup::Province:
        return "province";
    case PortfolioGroup::City:
        return "city";
    case PortfolioGroup::Division:
        return "division";
    case PortfolioGroup::Size:
        return "size";
    case PortfolioGroup::Srdi:
        return "srdi";
    case PortfolioGroup::Phase:
        return "phase";
    }
    return "segment";
}

std::optional<PortfolioGroup> parsePortfolioGroup(std::string_view text)
{
    for (PortfolioGroup g :
         {PortfolioGroup::Segment, PortfolioGroup::Organisation, PortfolioGroup::Province,
          PortfolioGroup::City, PortfolioGroup::Division, PortfolioGroup::Size,
          PortfolioGroup::Srdi, PortfolioGroup::Phase}) {
        if (text == key(g))
            return g;
    }
    return std::nullopt;
}

LocalText label(PortfolioGroup g)
{
    switch (g) {
    case PortfolioGroup::Segment:
        return {"细分行业", "Segment"};
    case PortfolioGroup::Organisation:
        return {"评估机构", "Organisation"};
    case PortfolioGroup::Province:
        return {"省份", "Province"};
    case PortfolioGroup::City:
        return {"城市", "City"};
    case PortfolioGroup::Division:
        return {"行业大类", "Industry division"};
    case PortfolioGroup::Size:
        return {"企业规模", "Size class"};
    case PortfolioGroup::Srdi:
        return {"专精特新", "SRDI status"};
    case PortfolioGroup::Phase:
        return {"评测阶段", "Phase"};
    }
    return {};
}

} // namespace dl
