// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/answers.h"

namespace dl {

AnswerSet AnswerSet::emptyFor(const Model &model)
{
    AnswerSet a;
    a.figures.resize(model.figures.size());
    a.figurePos.resize(model.figures.size());
    a.items.resize(model.items.size());
    a.scenarios.resize(model.scenarios.size());
    return a;
}

AnswerSet mergeVerified(const Model &model,
                        const AnswerSet &self,
                        const AnswerSet &verified,
                        std::vector<std::string> *unverified)
{
    AnswerSet out = self;
    for (std::size_t k = 0; k < out.figures.size(); ++k) {
        if (verified.figures[k]) {
            out.figures[k] = verified.figures[k];
            out.figurePos[k] = verified.figurePos[k];
        }
    }
    for (std::size_t k = 0; k < out.items.size(); ++k) {
        const Item &item = model.items[k];
        bool given = verified.items[k].answered;
        if (item.figureA >= 0)
            given = given || (verified.figures[item.figureA] &&
                              (item.figureB < 0 || verified.figures[item.figureB]));
        if (verified.items[k].answered)
            out.items[k] = verified.items[k];
        else if (given) // verified through its figures: they decide, not the self answer
            out.items[k] = ItemAnswer{};
        if (!given && unverified && item.enabled)
            unverified->push_back(item.id);
    }
    for (std::size_t k = 0; k < out.scenarios.size(); ++k) {
        if (verified.scenarios[k].rating >= 0)
            out.scenarios[k] = verified.scenarios[k];
        else if (unverified && model.scenarios[k].enabled)
            unverified->push_back(model.scenarios[k].id);
    }
    return out;
}

AnswerLayer mergeVerified(const ModelSet &models,
                          const AnswerLayer &self,
                          const AnswerLayer &verified,
                          std::vector<std::string> *unverified)
{
    AnswerLayer out;
    out.base = mergeVerified(models.model, self.base, verified.base, unverified);
    for (std::size_t k = 0; k < models.overlays.size(); ++k)
        out.overlays.push_back(
            mergeVerified(models.overlays[k], self.overlays[k], verified.overlays[k], nullptr));
    return out;
}

} // namespace dl
