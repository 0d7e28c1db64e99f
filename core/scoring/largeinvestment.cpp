// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/largeinvestment.h"

#include "scoring/scoring.h"

namespace dl {

const char *key(LargeInvestment l)
{
    switch (l) {
    case LargeInvestment::None:
        return "none";
    case LargeInvestment::ShareAbove:
        return "share-above";
    case LargeInvestment::MoreThanDouble:
        return "more-than-double";
    }
    return "none";
}

LargeInvestment largeInvestment(const Model &model, const AnswerSet &answers, int index, int band)
{
    const Item &item = model.items[index];
    if ((item.type != ItemType::Ratio && item.type != ItemType::Number) || band < 0 ||
        band >= int(item.bands.size()))
        return LargeInvestment::None;
    const Interval &range = item.bands[band].range;
    // The band asks for a share above the threshold when even its lowest share is: (10, 20] above
    // 10, [12, 20] above 10, but not [10, 20] or (5, 20].
    if (item.type == ItemType::Ratio && item.largeInvestmentAbove &&
        (range.low > *item.largeInvestmentAbove ||
         (range.low == *item.largeInvestmentAbove && !range.lowClosed)))
        return LargeInvestment::ShareAbove;

    const std::optional<Rational> &now = answers.figures[item.figureA];
    if (!now || now->isNegative())
        return LargeInvestment::None;
    std::optional<NumeratorNeeded> need;
    if (item.type == ItemType::Number) {
        need = NumeratorNeeded{range.low, !range.lowClosed};
    } else if (const auto &den = answers.figures[item.figureB]) {
        need = numeratorForBand(item, band, *den); // at the same denominator
    }
    if (!need)
        return LargeInvestment::None;
    // The smallest qualifying figure is above twice the current one: above `need` when the edge is
    // open (above 48 with 24 now: anything qualifying is more than 48), at least `need` otherwise.
    const Rational twice = *now * Rational(2);
    const bool more = need->value > twice || (need->strict && need->value == twice);
    return more ? LargeInvestment::MoreThanDouble : LargeInvestment::None;
}

} // namespace dl
