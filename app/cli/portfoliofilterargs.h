// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include "model/modelloader.h"
#include "portfolio/portfoliodata.h"
#include "portfolio/portfoliofilter.h"

#include <optional>
#include <vector>

namespace dl::cli {

// The portfolio's filter options (--province … --to), declared once for every verb that filters
// the portfolio (`portfolio`, `report --portfolio`).
const std::vector<OptionSpec> &filterOptions();

// --by FIELD: what the portfolio is grouped by.
inline constexpr OptionSpec kGroupOption{
    "--by", "FIELD", "按以下之一分组：segment、org、province、city、division、size、srdi、phase",
    "groups by one of: segment, org, province, city, division, size, srdi, phase"};

// The filter options of a command line; a malformed value is a usage error (nullopt, `code` set
// to the exit code). Whether a segment exists or a date range runs forwards is decided by
// resolveFilter against the data.
std::optional<PortfolioFilter> filterFrom(Invocation &inv, int &code);

// --by parsed into `by` (left empty without the option); false after a usage error (`code` set).
bool groupFrom(Invocation &inv, std::optional<PortfolioGroup> &by, int &code);

// The portfolio of the database (--db) with its summaries refreshed, named by the bundled model,
// and the filter resolved against it. On an error, prints it and returns nullopt with `code` set.
struct LoadedPortfolio
{
    ModelSet models;
    PortfolioData data;
    ResolvedFilter filter;
};
std::optional<LoadedPortfolio>
loadPortfolio(Invocation &inv, const PortfolioFilter &filter, int &code);

} // namespace dl::cli
