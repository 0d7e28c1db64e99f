// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "scoring/evaluation.h"

#include <string>
#include <vector>

namespace dl {

// Two assessments of one enterprise side by side: level and base score before and after, and
// every item and scenario whose result changed. Items are matched by id, so two versions of a
// model can be compared (sameModel tells the reader when they differ). When one version
// supersedes the other, the items and scenarios whose meaning changed between them
// (model.h: changedMeaning) are listed; a difference in them is not comparable and is never
// counted as progress.
struct Comparison
{
    struct ItemChange
    {
        std::string id;
        LocalText name;
        Rational before, after; // points
        Rational maximum;
        bool comparable = true; // false: its meaning changed between the versions (口径变化)
    };
    struct ScenarioChange
    {
        std::string id;
        LocalText name;
        int before = 0, after = 0; // rating, unanswered counts as 0
        bool constrained = false;
        bool comparable = true;
    };
    // An item or scenario that asks something else in the newer version.
    struct MeaningChange
    {
        std::string id;
        LocalText name;
        bool scenario = false;
    };
    int levelBefore = 0, levelAfter = 0;
    Rational baseBefore, baseAfter;
    // The base score over the items both versions have with the same meaning: the part of the
    // change that is progress. Equal to the base scores when nothing changed meaning.
    Rational comparableBefore, comparableAfter;
    bool sameModel = true;
    std::vector<MeaningChange> changedMeaning; // whether or not their result changed
    std::vector<ItemChange> items;
    std::vector<ScenarioChange> scenarios;

    // Comparable items and scenarios whose result rose, and those whose result fell.
    int improved() const;
    int worsened() const;
};

// `before` and `after` are usually the older and the newer assessment, each evaluated on the answer
// layer given beside it; `sameModel` says whether both were answered against one model text.
// Whichever of the two models declares that it supersedes the other's version says which items
// and scenarios changed meaning.
Comparison compareEvaluations(const Evaluation &before,
                              const AnswerLayer &layerBefore,
                              const Evaluation &after,
                              const AnswerLayer &layerAfter,
                              bool sameModel);

} // namespace dl
