// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enterprise/answercodec.h"
#include "model/modelloader.h"
#include "scoring/comparison.h"
#include "scoring/evaluation.h"
#include "store/store.h"

#include <optional>
#include <string>
#include <vector>

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
    // The rows as stored (canonical values, notes): what an export or an import compares with.
    std::vector<StoredAnswer> stored;

    // The self layer, or the verified view (verified answers over the self ones).
    AnswerLayer layer(Layer which) const;
};

// The model an assessment was answered against (from the database) with the bundled overlays
// that extend it.
Result<ModelSet> loadStoredModelSet(Store &store, const AssessmentRecord &record);
// A model with the bundled overlays that extend it (and fit it).
ModelSet withBuiltinOverlays(Model model);

Result<LoadedAssessment> loadAssessment(Store &store, const std::string &ref);

// Scores one layer (the verified one as the verified view); the plans keep to the assessment's
// plan locks.
Evaluation evaluateStored(const LoadedAssessment &a, Layer layer, int maxPlans = 5);

// Two stored assessments compared on one layer for both.
Comparison
compareAssessments(const LoadedAssessment &before, const LoadedAssessment &after, Layer layer);

} // namespace dl
