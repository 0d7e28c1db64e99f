// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleanswers.h"

#include "answercodec.h"
#include "industry.h"
#include "storedassessment.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <tuple>

namespace dl {

using json = nlohmann::json;

Diagnostics checkBundleAnswers(const json &payload, const std::string &file)
{
    Diagnostics errors;
    auto fail = [&](const std::string &where, const std::string &what) {
        if (errors.size() < 20)
            errors.push_back({file, {}, {}, "bundle-invalid", where + ": " + what});
    };
    std::map<std::string, std::optional<ModelSet>> models; // by content hash
    for (const json &m : payload["models"]) {
        auto model = loadModelText(m["content"].get<std::string>(),
                                   m["model_id"].get<std::string>() + " (in the bundle)");
        if (!model) {
            fail("model " + m["model_id"].get<std::string>(),
                 "does not load: " + model.errors().front().message);
            models[m["content_hash"]] = std::nullopt;
            continue;
        }
        models[m["content_hash"]] = withBundledOverlays(std::move(*model));
    }
    std::map<std::string, std::optional<IndustryCode>> industries; // by enterprise uuid
    for (const json &e : payload["enterprises"]) {
        const std::string code = e["industry"];
        industries[e["uuid"]] = code.empty() ? std::nullopt : IndustryTable::gbt4754().parse(code);
    }
    // Bundles from the field repeat the same few values many times: check each once.
    std::set<std::tuple<std::string, std::string, std::string, std::string, std::string>> good;
    const json &assessments = payload["assessments"];
    for (std::size_t i = 0; i < assessments.size(); ++i) {
        const json &a = assessments[i];
        const auto model = models.find(a["model_hash"].get<std::string>());
        if (model == models.end() || !model->second)
            continue; // reported above, or by the structural check
        const auto industry = industries[a["enterprise_uuid"].get<std::string>()];
        const std::string industryKey = industry ? industry->section + industry->division : "";
        const json &answers = a["answers"];
        for (std::size_t j = 0; j < answers.size(); ++j) {
            const std::string kind = answers[j]["kind"], key = answers[j]["key"],
                              value = answers[j]["value"];
            if (value.empty())
                continue; // a note without an answer
            auto id = std::make_tuple(model->first, industryKey, kind, key, value);
            if (good.count(id))
                continue;
            const std::string where = "assessments[" + std::to_string(i) + "].answers[" +
                                      std::to_string(j) + "] (" + kind + " " + key + ")";
            auto canonical = canonicalAnswer(*model->second, industry, kind, key, value);
            if (!canonical)
                fail(where, canonical.errors().front().message);
            else if (*canonical != value)
                fail(where, "'" + value + "' is not in its stored form '" + *canonical + "'");
            else
                good.insert(std::move(id));
        }
    }
    return errors;
}

} // namespace dl
