// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "scoring/answers.h"

namespace dl {

// Why a step of a plan asks for a large investment (大额投入). The cheapest plan by the bands may
// ask an enterprise to raise its digital spending from 6 % to over 60 % of its revenue: faithful
// to the scheme, useless as advice. Plans mark such steps and, at equal steps, prefer plans with
// fewer of them.
enum class LargeInvestment {
    None,
    // A ratio item with `largeInvestmentAbove` taken into a band whose shares are all above that
    // percentage (digital spending above 10 % of revenue).
    ShareAbove,
    // The figure behind the step must more than double: a ratio's numerator at the same
    // denominator, a number item's figure.
    MoreThanDouble,
};
// none / share-above / more-than-double, as JSON writes it.
const char *key(LargeInvestment l);

// Whether taking item `item` (an index into Model::items) of `answers` into band `band` asks for a
// large investment. Only ratio and number items can; when both reasons hold, ShareAbove (the
// model's own rule) is given. A figure not entered cannot be said to double.
LargeInvestment largeInvestment(const Model &model, const AnswerSet &answers, int item, int band);

} // namespace dl
