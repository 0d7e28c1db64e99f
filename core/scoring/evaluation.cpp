// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/evaluation.h"

namespace dl {

Evaluation evaluate(const ModelSet &models,
                    const AnswerLayer &answers,
                    const std::optional<IndustryCode> &industry,
                    int maxPlans,
                    const PlanLocks &locks)
{
    Evaluation e;
    e.model = applyIndustry(models.model, industry);
    e.result = score(e.model, answers.base);
    e.explanation = explain(e.model, e.result);
    e.locks = locks;
    if (maxPlans > 0) { // the search is most of an evaluation's time; 0 plans need none of it
        WhatIfOutcome plans =
            planForLevel(e.model, answers.base, e.result, e.result.level + 1, maxPlans, locks);
        e.whatIf = std::move(plans.plans);
        e.whatIfStatus = plans.status;
    }
    for (int k : activeOverlays(models, industry)) {
        const Model &overlay = models.overlays[k];
        e.overlays.push_back({&overlay, answers.overlays[k], score(overlay, answers.overlays[k])});
    }
    return e;
}

} // namespace dl
