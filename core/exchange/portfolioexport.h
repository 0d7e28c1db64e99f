// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "portfolio/aggregate.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace dl {

// The portfolio figures as `digilevel-cli portfolio` prints them (every key documented in
// README.md): one JSON object, the group table as CSV, or text for a terminal. Shares are
// numbers from 0 to 1 rounded to four decimals; scores are numbers rounded to two, each with an
// exact decimal string beside it ("…_exact").
nlohmann::ordered_json portfolioJson(const PortfolioData &data,
                                     const PortfolioFigures &figures,
                                     std::optional<PortfolioGroup> by,
                                     Lang lang);
std::string portfolioCsv(const PortfolioData &data,
                         const PortfolioFigures &figures,
                         std::optional<PortfolioGroup> by,
                         Lang lang);
std::string portfolioText(const PortfolioData &data,
                          const ResolvedFilter &filter,
                          const PortfolioFigures &figures,
                          std::optional<PortfolioGroup> by,
                          Lang lang);

// The filters applied, in words ("省份：广东，专精特新：省级专精特新"); "" when none is.
std::string portfolioScope(const PortfolioData &data, const ResolvedFilter &filter, Lang lang);

// A rational shown with `decimals` places, rounded half away from zero ("37.50").
std::string roundedDecimal(const Rational &value, int decimals);

} // namespace dl
