// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/builtinmodels.h"

#include "base/diagnosticcatalog.h"
#include "base/embedded.h"

namespace dl {

namespace {

Result<ModelSet> parseBundledModelSet()
{
    const auto text = embeddedFile("assessments/miit-sme-2024.yaml");
    if (!text)
        return fileError<DiagMsg::BuiltinModelMissing>("assessments/miit-sme-2024.yaml");
    auto model = loadModelText(*text, "assessments/miit-sme-2024.yaml");
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
        auto clash = checkOverlay(set.model, *overlay);
        errors.insert(errors.end(), clash.begin(), clash.end());
        set.overlays.push_back(std::move(*overlay));
    }
    if (!errors.empty())
        return errors;
    return set;
}

} // namespace

Result<ModelSet> loadBuiltinModelSet()
{
    // The text is compiled in and never changes: parse it once per process (thread-safe static).
    static const Result<ModelSet> parsed = parseBundledModelSet();
    return parsed;
}

} // namespace dl
