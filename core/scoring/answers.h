// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "model/industry.h"
#include "model/model.h"
#include "model/modelloader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// One item's answer. Which field counts depends on the item type.
struct ItemAnswer
{
    bool answered = false;
    int choice = -1;            // single: option index; yesno: 0 no, 1 yes; trend given directly:
                                // TrendDirection; otherwise -1
    std::uint64_t selected = 0; // multi: bit k = option k ticked
    std::string note;
    SourcePos pos;
};

struct ScenarioAnswer
{
    int rating = -1; // 0..4; -1 unanswered
    std::string note;
    SourcePos pos;
};

// The answers to one model (or overlay), by index into its figures, items and scenarios.
struct AnswerSet
{
    std::vector<std::optional<Rational>> figures;
    std::vector<SourcePos> figurePos; // where each figure was given, for messages
    std::vector<ItemAnswer> items;
    std::vector<ScenarioAnswer> scenarios;

    static AnswerSet emptyFor(const Model &model);
};

// Answers for a model and its overlays: base first, then one per overlay of the ModelSet.
struct AnswerLayer
{
    AnswerSet base;
    std::vector<AnswerSet> overlays;
};

struct AnswerFile
{
    std::string file;
    std::string modelId;
    std::string modelVersion;
    std::string enterpriseName;
    std::optional<IndustryCode> industry;
    AnswerLayer self;
    std::optional<AnswerLayer> verified; // the on-site assessor's layer, when present
};

// The verified view: each figure, item and scenario the assessor verified, else the enterprise's
// own answer. `unverified` receives the ids of items and scenarios not yet verified.
AnswerSet mergeVerified(const Model &model,
                        const AnswerSet &self,
                        const AnswerSet &verified,
                        std::vector<std::string> *unverified = nullptr);
AnswerLayer mergeVerified(const ModelSet &models,
                          const AnswerLayer &self,
                          const AnswerLayer &verified,
                          std::vector<std::string> *unverified = nullptr);

} // namespace dl
