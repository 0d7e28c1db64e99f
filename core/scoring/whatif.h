// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "scoring/answers.h"
#include "scoring/largeinvestment.h"
#include "scoring/planlocks.h"
#include "scoring/scoring.h"

#include <optional>
#include <vector>

namespace dl {

// One concrete change in a plan. Items move up their ladder (a better option, one more ticked
// option, the next band, a better trend, yes); scenarios move up their rating. `steps` counts
// the notches: raising a scenario from 1 to 3 is two steps, ticking two more options is two.
struct WhatIfChange
{
    enum class Kind { Item, Scenario };
    Kind kind = Kind::Item;
    int index = -1; // into Model::items or Model::scenarios
    int steps = 0;
    Rational points; // base points gained (items only)

    // Items: the answer before and after. Single: option index; ratio/number: band index;
    // trend: TrendDirection; yesno: 0/1; multi: the options added (fromState/toState unused).
    int fromState = -1;
    int toState = -1;
    std::vector<int> addedOptions;
    // Ratio items: the smallest numerator (same denominator) that reaches the target band.
    std::optional<Rational> numeratorNeeded;
    bool numeratorStrict = false; // numerator must be above numeratorNeeded, not equal
    // Ratio and number items: whether the step asks for a large investment (大额投入), and why.
    LargeInvestment largeInvestment = LargeInvestment::None;
    bool isLargeInvestment() const { return largeInvestment != LargeInvestment::None; }

    // Scenarios: rating before and after.
    int fromRating = 0;
    int toRating = 0;
};

struct WhatIfPlan
{
    int targetLevel = 0;
    int steps = 0;
    Rational points;          // base points gained
    int largeInvestments = 0; // changes that are large investments
    std::vector<WhatIfChange> changes;
};

// What the search for plans found. BlockedByLocks is told apart from Unreachable so that a user
// who ruled things out learns that the locks, not the answers, stand in the way.
enum class PlanStatus {
    NotSearched,    // no plans were asked for
    Planned,        // plans found
    Reached,        // the level is reached already, or there is no higher level
    Unreachable,    // no change of answers reaches it
    BlockedByLocks, // only changes to locked items or scenarios reach it
};
// not-searched / planned / reached / unreachable / blocked-by-locks, as JSON writes it.
const char *key(PlanStatus s);

struct WhatIfOutcome
{
    PlanStatus status = PlanStatus::NotSearched;
    std::vector<WhatIfPlan> plans;
};

// The next notch up of item `item` (an index into Model::items) from its current answer: the first
// rung of the ladder the plans climb, which the report's improvement plan recommends too. Single
// choice: the option scoring least among those scoring more; multiple choice: the unticked option
// worth most; ratio and number: the next band worth more (a ratio with the numerator needed, see
// numeratorForBand); trend: the next better direction worth more; yes/no: yes. One step;
// `points` is the base points it gains, `largeInvestment` whether it asks for one. nullopt when
// no answer scores more.
std::optional<WhatIfChange>
nextNotch(const Model &model, const AnswerSet &answers, const ScoreResult &result, int item);

// The cheapest sets of answer changes that reach `targetLevel` without touching `locks`: fewest
// steps first, then fewest large investments, then most base points gained. The first plan is
// optimal; the others are the best plans that avoid one of its changes. No plans when the level is
// already reached or cannot be reached; the status says which, and whether the locks are why.
WhatIfOutcome planForLevel(const Model &model,
                           const AnswerSet &answers,
                           const ScoreResult &result,
                           int targetLevel,
                           int maxPlans = 5,
                           const PlanLocks &locks = {});

} // namespace dl
