// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dl {

// Parses and validates a model or overlay file. Every problem found is returned, each with
// file:line:column, the id involved and what was expected; nothing partial is returned.
Result<Model> loadModelText(std::string_view text, const std::string &fileName);
Result<Model> loadModelFile(const std::string &path);

// A model with the overlays (DigiLevel additions) that extend it.
struct ModelSet
{
    Model model;
    std::vector<Model> overlays;
};

// Loads `path` and every overlays/*.yaml next to it whose `extends` names the model; checks
// that overlay ids do not clash with the model's.
Result<ModelSet> loadModelSet(const std::string &path, bool withOverlays = true);

// Checks that an overlay fits the model it extends (its `extends`, no id clashes).
Diagnostics checkOverlay(const Model &model, const Model &overlay);

} // namespace dl
