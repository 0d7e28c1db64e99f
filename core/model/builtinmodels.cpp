// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/builtinmodels.h"

#include "base/diagnosticcatalog.h"
#include "base/embedded.h"
#include "model/officialmodels.h"

namespace dl {

namespace {

Result<ModelSet> parseWithOverlays(std::string_view text, const std::string &path)
{
    auto model = loadModelText(text, path);
    if (!model)
        return model.errors();
    ModelSet set{std::move(*model), {}};
    Diagnostics errors;
    for (const EmbeddedFile &f : embeddedFiles()) {
        if (!f.path.starts_with("assessments/overlays/"))
            continue;
        auto overlay = loadModelText(f.data, std::string(f.path));
        if (!overlay) {
            errors.insert(errors.end(), overlay.errors().begin(), overlay.errors().end());
            continue;
        }
        if (overlay->extends != set.model.id)
            continue;
        auto clash = checkOverlay(set.model, *overlay);
        errors.insert(errors.end(), clash.begin(), clash.end());
        set.overlays.push_back(std::move(*overlay));
    }
    if (!errors.empty())
        return errors;
    return set;
}

Result<std::vector<ModelSet>> parseVersions()
{
    const auto &texts = officialModelTexts();
    if (texts.empty() || texts.front().path != "assessments/miit-sme-2024.yaml")
        return fileError<DiagMsg::BuiltinModelMissing>("assessments/miit-sme-2024.yaml");
    std::vector<ModelSet> out;
    for (const OfficialModelText &t : texts) {
        auto set = parseWithOverlays(t.text, std::string(t.path));
        if (!set)
            return set.errors();
        out.push_back(std::move(*set));
    }
    return out;
}

} // namespace

Result<std::vector<ModelSet>> loadBuiltinModelVersions()
{
    // The texts are compiled in and never change: parse them once per process (thread-safe).
    static const Result<std::vector<ModelSet>> parsed = parseVersions();
    return parsed;
}

Result<ModelSet> loadBuiltinModelSet()
{
    static const Result<ModelSet> current = []() -> Result<ModelSet> {
        auto versions = loadBuiltinModelVersions();
        if (!versions)
            return versions.errors();
        return versions->front();
    }();
    return current;
}

const ModelSet *findBuiltinModelSet(std::string_view id, std::string_view version)
{
    static const Result<std::vector<ModelSet>> versions = loadBuiltinModelVersions();
    if (!versions)
        return nullptr;
    for (const ModelSet &set : *versions) {
        if (set.model.id == id && set.model.version == version)
            return &set;
    }
    return nullptr;
}

} // namespace dl
