// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answercodec.h"
#include "evaluation.h"
#include "modelloader.h"
#include "store.h"

#include <optional>
#include <string>

namespace dl {

// A stored assessment with everything needed to score it: its enterprise, the exact model it was
// answered against (from the database, by content hash), the bundled overlays for that model,
// and its answers in both layers.
struct LoadedAssessment
{
    AssessmentRecord record;
    Enterprise enterprise;
    ModelSet models;
    std::optional<IndustryCode> industry;
    DecodedAnswers answers;

    // The self layer, or the verified view (verified answers over the self ones).
    AnswerLayer layer(const std::string &name) const;
};

// The model an assessment was answered against (from the database) with the bundled overlays
// that extend it.
Result<ModelSet> loadStoredModelSet(Store &store, const AssessmentRecord &record);
// A model with the bundled overlays that extend it (and fit it).
ModelSet withBundledOverlays(Model model);

Result<LoadedAssessment> loadAssessment(Store &store, const std::string &ref);

// Scores one layer ("self" or "verified").
Evaluation evaluateStored(const LoadedAssessment &a, const std::string &layer, int maxPlans = 5);

} // namespace dl
