// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The industry groups and thresholds of 工信部联企业〔2011〕300号 as read from
// resources/data/sme-size-thresholds-2011.csv, and finding the group of an industry code. Used by
// classifySize (sizeclass.h); not an interface of its own.

#include "base/localtext.h"
#include "base/rational.h"
#include "enterprise/sizeclass.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl::sizegroups {

constexpr int kMetrics = 3; // indexed by SizeMetric

struct Bounds
{
    std::optional<Rational> min; // inclusive: "及以上"
    std::optional<Rational> max; // exclusive: "以下"
};

struct SizeRow
{
    SizeClass size = SizeClass::Unknown;
    std::array<Bounds, kMetrics> bounds;
    bool any = false; // the 'combine' column is "or"
};

// One industry group of the notice. Scope codes are section letters or 2-3 digit GB/T 4754
// codes (a class "7010" is stored as its group "701", see normaliseCode).
struct SizeGroup
{
    LocalText name;
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    bool catchAll = false;     // "etc.": also takes the industries no group names
    std::vector<SizeRow> rows; // ordered Medium, Small, Micro
};

const std::vector<SizeGroup> &sizeGroups();

struct GroupMatch
{
    const SizeGroup *group = nullptr;
    bool named = true; // false when only the catch-all's "etc." takes the industry
    std::vector<const SizeGroup *> candidates; // when the code is too coarse to decide
};

// The group of a normalised code (normaliseIndustry), or the candidates when it is too coarse.
GroupMatch findGroup(const std::string &code);

// "C3670" -> "367", "c" -> "C", "591" -> "591"; nullopt when GB/T 4754-2017 does not know it.
std::optional<std::string> normaliseIndustry(std::string_view text);

std::string trimmed(std::string_view s); // without leading and trailing spaces

} // namespace dl::sizegroups
