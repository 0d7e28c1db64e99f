// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storedassessment.h"

#include "model/builtinmodels.h"
#include "model/industry.h"

#include <map>
#include <mutex>

namespace dl {

AnswerLayer LoadedAssessment::layer(Layer which) const
{
    if (which == Layer::Verified && answers.verified)
        return mergeVerified(models, answers.self, *answers.verified);
    return answers.self;
}

Result<ModelSet> loadStoredModelSet(Store &store, const AssessmentRecord &record)
{
    // A stored model is kept by the hash of its text, so a parsed copy can be reused for as long
    // as the process runs: saving an answer re-scores without parsing the model again.
    static std::mutex mutex;
    static std::map<std::string, ModelSet> parsed;
    {
        std::lock_guard lock(mutex);
        if (const auto it = parsed.find(record.modelHash); it != parsed.end())
            return it->second;
    }
    auto text = store.modelText(record.modelHash);
    if (!text)
        return text.errors();
    auto model = loadModelText(*text, record.modelId + " " + record.modelVersion + " (stored)");
    if (!model)
        return model.errors();
    ModelSet set = withBuiltinOverlays(std::move(*model));
    std::lock_guard lock(mutex);
    parsed.emplace(record.modelHash, set);
    return set;
}

ModelSet withBuiltinOverlays(Model model)
{
    ModelSet set{std::move(model), {}};
    if (auto bundled = loadBuiltinModelSet(); bundled) {
        for (Model &o : bundled->overlays) {
            if (o.extends == set.model.id && checkOverlay(set.model, o).empty())
                set.overlays.push_back(std::move(o));
        }
    }
    return set;
}

Result<LoadedAssessment> loadAssessment(Store &store, const std::string &ref)
{
    auto record = store.assessmentByRef(ref);
    if (!record)
        return record.errors();
    auto enterprise = store.enterprise(record->enterpriseId);
    if (!enterprise)
        return enterprise.errors();
    auto models = loadStoredModelSet(store, *record);
    if (!models)
        return models.errors();
    LoadedAssessment a{*record, *enterprise, std::move(*models), {}, {}, {}};
    if (!a.enterprise.industry.empty())
        a.industry = IndustryTable::gbt4754().parse(a.enterprise.industry);
    auto stored = store.answers(record->id);
    if (!stored)
        return stored.errors();
    auto decoded = decodeStoredAnswers(a.models, a.industry, *stored);
    if (!decoded)
        return decoded.errors();
    a.answers = std::move(*decoded);
    a.stored = std::move(*stored);
    return a;
}

Evaluation evaluateStored(const LoadedAssessment &a, Layer layer, int maxPlans)
{
    return evaluate(a.models, a.layer(layer), a.industry, maxPlans,
                    knownPlanLocks(a.models.model, a.record.planLocks));
}

Comparison
compareAssessments(const LoadedAssessment &before, const LoadedAssessment &after, Layer layer)
{
    return compareEvaluations(evaluateStored(before, layer, 0), before.layer(layer),
                              evaluateStored(after, layer, 0), after.layer(layer),
                              before.record.modelHash == after.record.modelHash);
}

} // namespace dl
