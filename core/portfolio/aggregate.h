// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio/portfoliodata.h"
#include "portfolio/portfoliofilter.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// The figures of one set of enterprises: each enterprise is represented by its latest assessment
// (by creation time) among those the filter admits, with the layer its summary holds (verified
// where anything is verified, else self). Unscored assessments do not represent anyone.
struct PortfolioCounts
{
    int enterprises = 0; // enterprises the filter admits
    int assessed = 0;    // of them, those with a representing assessment
    std::array<int, 5> levels{};
    std::optional<Rational> meanBase, medianBase; // nullopt when nobody is assessed
    int atOrAboveLevel2 = 0;
};

// Enterprises with a 改造前 (baseline) assessment and a later 改造后 (after) one: the level
// transition from the latest baseline before the latest "after" to that "after".
struct PortfolioUplift
{
    int pairs = 0;
    std::array<std::array<int, 5>, 5> matrix{}; // [from][to]
    std::optional<Rational> meanGain;           // mean base-score gain
    int rose = 0;                               // rose at least one level
};

struct PortfolioGroupRow
{
    std::string key; // the value grouped on ("" for "none", e.g. no segment)
    LocalText name;  // as shown
    PortfolioCounts counts;
    std::vector<std::int64_t> members; // the enterprises' ids, for opening the group in a list
};

struct PortfolioFigures
{
    PortfolioCounts counts;
    int srdiTotal = 0;      // 专精特新 SMEs (provincial and 小巨人)
    int srdiAtOrAbove2 = 0; // of them, represented at 二级 or higher
    // By PortfolioData::catalogue index: the mean score of each dimension and sub-dimension over
    // the represented enterprises whose model has it (nullopt for scenarios and when none has).
    std::vector<std::optional<Rational>> partMeans;
    // By catalogue index, for scenarios: [L] = how many were rated L or higher (L 1..4), and
    // [0] = how many represented enterprises' models have the scenario (the denominator).
    std::vector<std::array<int, 5>> scenarioAtLeast;
    PortfolioUplift uplift;
    std::vector<PortfolioGroupRow> groups; // when grouped; by key
    // The representing assessment of each assessed enterprise (indices into assessments).
    std::vector<int> represented;
    int notOfficial = 0; // represented by an assessment whose model is not a known official text
};

// Aggregates the data under a resolved filter, grouped when `by` is given.
PortfolioFigures aggregatePortfolio(const PortfolioData &data,
                                    const ResolvedFilter &filter,
                                    std::optional<PortfolioGroup> by = std::nullopt);

// count / total as an exact share (0 when total is 0, never a division by zero).
Rational shareOf(int count, int total);

} // namespace dl
