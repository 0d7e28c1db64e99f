// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "enterprise/records.h"
#include "portfolio/portfoliodata.h"

#include <optional>
#include <string>
#include <string_view>

namespace dl {

// What the portfolio narrows to. Empty text and nullopt mean "any". Enterprise facts (region,
// industry, segment, size, 专精特新, pilot) choose enterprises; assessment facts (organisation,
// phase, dates) choose which of their assessments may represent them.
struct PortfolioFilter
{
    std::string province;
    std::string city;
    std::string industry; // GB/T 4754 section or division: "C", "C30", "30"
    std::string segment;  // id, uuid or name
    std::optional<SizeClass> size;
    std::optional<SrdiStatus> srdi;
    std::optional<bool> pilot;
    std::string batch;
    std::string organisation;
    std::optional<AssessmentPhase> phase;
    std::string from, to; // "YYYY-MM-DD", both inclusive
};

// A filter checked against the data: the segment found, the industry parsed, the dates valid.
struct ResolvedFilter
{
    PortfolioFilter given;
    int segment = -1; // index into PortfolioData::segments
    std::string section, division;

    bool enterpriseMatches(const PortfolioData &data, const PortfolioEnterprise &e) const;
    bool assessmentMatches(const PortfolioAssessment &a, bool withPhase = true) const;
};

// Refuses an unknown segment or industry, a date that is not YYYY-MM-DD and a range that ends
// before it starts, each with a message in the catalogue.
Result<ResolvedFilter> resolveFilter(const PortfolioData &data, const PortfolioFilter &filter);

// What the portfolio can be grouped by.
enum class PortfolioGroup { Segment, Organisation, Province, City, Division, Size, Srdi, Phase };
const char *
key(PortfolioGroup g); // segment / org / province / city / division / size / srdi / phase
std::optional<PortfolioGroup> parsePortfolioGroup(std::string_view key);
LocalText label(PortfolioGroup g);

} // namespace dl
