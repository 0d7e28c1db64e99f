// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "scoring/evaluation.h"

#include <string>
#include <vector>

namespace dl::report {

// One recommendation of the improvement plan (一企一策), in the report's language.
struct Recommendation
{
    enum class Kind { Item, Scenario };
    Kind kind = Kind::Item;
    int index = -1;      // into Evaluation::model items or scenarios
    bool inPath = false; // part of the cheapest path to the next level
    int steps = 0;
    bool largeInvestment = false; // the change asks for a large investment (大额投入)
    std::string title;            // the item or scenario name
    std::string change;           // the answer change it means ("(20%,40%] → (40%,60%]：+1.5")
    std::string action; // what to do: the model's recommendation for the item or scenario level
    std::string gain;   // what it gains: base points, or the level condition it moves
};

// The ordered plan: first the changes of the cheapest what-if path to the next level (quick wins
// first: fewest steps, then most points), then the weakest other items (largest gap to their
// maximum, ordered by points gained for one step) and the scenarios below the first level from
// the next one whose scenario conditions are unmet (constrained first, then the closest). At the
// top level the path is empty. Items and scenarios locked out of the plans (Evaluation::locks)
// are never recommended.
std::vector<Recommendation> improvementPlan(const Evaluation &evaluation,
                                            const AnswerSet &answers,
                                            Lang lang,
                                            int maxItems = 6,
                                            int maxScenarios = 6);

} // namespace dl::report
