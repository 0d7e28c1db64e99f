// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/rational.h"
#include "model/industry.h"

#include <optional>
#include <string_view>
#include <vector>

namespace dl {

// 大型/中型/小型/微型 per 工信部联企业〔2011〕300号, smallest first. Unknown when the industry is
// not covered or the figures given cannot decide.
enum class SizeClass { Unknown, Micro, Small, Medium, Large };
const char *key(SizeClass size); // micro / small / medium / large; "" for Unknown
std::optional<SizeClass> parseSizeClass(std::string_view key);

// The figures the notice measures: 从业人员, 营业收入 and 资产总额 (the last two in 万元).
enum class SizeMetric { Employees, Revenue, Assets };

struct SizeClassResult
{
    SizeClass size = SizeClass::Unknown;
    LocalText group;  // the notice's industry group ("工业"); empty when the industry is unknown
    LocalText reason; // the thresholds that decided the size, or what is missing or wrong
    // The figures this group needs that were not given; non-empty only when they would decide.
    std::vector<SizeMetric> missing;
};

// Classifies an enterprise by the thresholds in resources/data/sme-size-thresholds-2011.csv.
// `industryCode` is a GB/T 4754-2017 section, division, group or class ("C", "36", "C3670",
// "591", "7010"); a division that the notice splits (59, 70) needs its group or class. A figure
// may be left out when the others decide the size without it (5 employees in manufacturing is
// 微型 whatever the revenue). Industries the notice does not name fall under its catch-all
// 其他未列明行业, and the reason says so.
SizeClassResult classifySize(std::string_view industryCode,
                             std::optional<int> employees,
                             std::optional<Rational> revenueWan,
                             std::optional<Rational> assetsWan = std::nullopt);
// The same for an industry known to division level only.
SizeClassResult classifySize(const IndustryCode &industry,
                             std::optional<int> employees,
                             std::optional<Rational> revenueWan,
                             std::optional<Rational> assetsWan = std::nullopt);

// 大型/中型/小型/微型, Large/Medium/Small/Micro; 未知/Unknown.
const char *sizeClassName(SizeClass size, Lang lang);

} // namespace dl
