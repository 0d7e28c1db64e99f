// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "model/industry.h"
#include "model/model.h"
#include "scoring/answers.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// The model as it applies to one enterprise: the industry overrides that match its industry are
// applied (items and scenarios enabled or disabled, items re-weighted with their options and
// bands scaled in proportion), and sub-dimension and dimension points are the sums of their
// enabled items. Without an industry the model is used as written.
Model applyIndustry(const Model &model, const std::optional<IndustryCode> &industry);

// Overlays whose applicability matches the industry (none without an industry).
std::vector<int> activeOverlays(const ModelSet &set, const std::optional<IndustryCode> &industry);

struct ItemScore
{
    Rational points;
    bool answered = false;
    // The scored state: single: option index; ratio/number: band index; trend: TrendDirection;
    // yesno: 0/1; multi: -1 (see the answer's bitmask); -1 when unanswered.
    int state = -1;
};

struct ScoreResult
{
    std::vector<ItemScore> items;
    std::vector<Rational> subdimensions;
    std::vector<Rational> dimensions;
    Rational base;
    Rational maxBase;
    // [L] = enabled scenarios rated L or higher (L = 1..4; [0] is the number rated at all).
    std::array<int, 5> atLeast{};
    std::array<int, 5> constrainedAtLeast{};
    int level = 0;
    std::vector<std::string> unanswered; // enabled items and scenarios without an answer
};

// Exact scoring of one answer set against an (industry-applied) model.
ScoreResult score(const Model &model, const AnswerSet &answers);

// The highest level whose conditions all hold for these totals (0 if none).
int levelFor(const Model &model,
             const Rational &base,
             const std::array<int, 5> &atLeast,
             const std::array<int, 5> &constrainedAtLeast);

// The band index holding `value`, or -1.
int bandIndex(const std::vector<Band> &bands, const Rational &value);
// value = numerator / denominator x 100; 0 / 0 is 0.
Rational ratioPercent(const Rational &numerator, const Rational &denominator);
TrendDirection trendFromFigures(const Item &item, const Rational &before, const Rational &after);

// The numerator that puts a ratio item's share in one of its bands: the band's low edge as a
// numerator, and whether the numerator must be above it (an open edge, "(40, 60]") or may equal it.
struct NumeratorNeeded
{
    Rational value;
    bool strict = false;
};
// For band `band` of `item` and this denominator; nullopt for a zero denominator, whose share is 0
// whatever the numerator. For 120 units and the band (40, 60]: above 48.
std::optional<NumeratorNeeded>
numeratorForBand(const Item &item, int band, const Rational &denominator);
// The same in whole units, for a numerator that counts: the smallest whole number that qualifies
// (above 48: 49; at least 12.5: 13), never strict.
NumeratorNeeded wholeNumerator(const NumeratorNeeded &need);

} // namespace dl
