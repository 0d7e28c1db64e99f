// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/bundleanswers.h"

#include "base/diagnosticcatalog.h"
#include "enterprise/answercodec.h"
#include "model/industry.h"
#include "store/storedassessment.h"

#include <map>
#include <set>
#include <tuple>

namespace dl {

Diagnostics checkBundleAnswers(const BundlePayload &payload, const std::string &file)
{
    Diagnostics errors;
    auto fail = [&](Diagnostic d) {
        if (errors.size() < 20)
            errors.push_back(std::move(d));
    };
    std::map<std::string, std::optional<ModelSet>> models; // by content hash
    for (const BundleModel &m : payload.models) {
        auto model = loadModelText(m.content, m.modelId + " (in the bundle)");
        if (!model) {
            fail(fileError<DiagMsg::BundleModelDoesNotLoad>(file, m.modelId,
                                                            textOf(model.errors().front())));
            models[m.contentHash] = std::nullopt;
            continue;
        }
        models[m.contentHash] = withBuiltinOverlays(std::move(*model));
    }
    struct Industry
    {
        std::optional<IndustryCode> code;
        std::string key; // section and division, "" when unknown
    };
    std::map<std::string, Industry> industries; // by enterprise uuid
    for (const Enterprise &e : payload.enterprises) {
        Industry &i = industries[e.uuid];
        if (!e.industry.empty())
            i.code = IndustryTable::gbt4754().parse(e.industry);
        if (i.code)
            i.key = i.code->section + i.code->division;
    }
    // The views point into `payload` and `models`, which outlive the set.
    std::set<std::tuple<std::string_view, std::string_view, std::string_view, std::string_view,
                        std::string_view>>
        good;
    for (std::size_t i = 0; i < payload.assessments.size(); ++i) {
        const BundleAssessment &a = payload.assessments[i];
        const auto model = models.find(a.modelHash);
        if (model == models.end() || !model->second)
            continue; // reported above, or by the reference check
        const Industry &industry = industries[a.enterpriseUuid];
        for (std::size_t j = 0; j < a.answers.size(); ++j) {
            const std::string &kind = a.answers[j].kind, &key = a.answers[j].key,
                              &value = a.answers[j].value;
            if (value.empty())
                continue; // a note without an answer
            auto id = std::make_tuple(std::string_view(model->first),
                                      std::string_view(industry.key), std::string_view(kind),
                                      std::string_view(key), std::string_view(value));
            if (good.count(id))
                continue;
            const std::string where = "assessments[" + std::to_string(i) + "].answers[" +
                                      std::to_string(j) + "] (" + kind + " " + key + ")";
            const std::optional<AnswerKind> answerKind = parseAnswerKind(kind);
            if (!answerKind)
                continue; // refused by the shape check (bundleshape.h) before this one runs
            auto canonical =
                canonicalAnswer(*model->second, industry.code, *answerKind, key, value);
            if (!canonical)
                fail(fileError<DiagMsg::BundleAnswerInvalid>(file, where,
                                                             textOf(canonical.errors().front())));
            else if (*canonical != value)
                fail(fileError<DiagMsg::BundleAnswerNotCanonical>(file, where, value, *canonical));
            else
                good.insert(id);
        }
    }
    return errors;
}

} // namespace dl
