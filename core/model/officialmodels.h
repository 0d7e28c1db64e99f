// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "model/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dl {

// The official model texts compiled into the program: the bundled version
// (assessments/miit-sme-2024.yaml) first, then the past ones kept byte for byte in
// assessments/history. A model file that says `official: true` is believed only when its
// content hash is one of these; anyone can type `official: true` into an edited copy.
struct OfficialModelText
{
    std::string_view path;
    std::string_view text;
    std::string contentHash; // SHA-256 of text, hex
};

const std::vector<OfficialModelText> &officialModelTexts();
bool isKnownOfficialHash(std::string_view contentHash);

// What is shown beside the title of a model that claims to be official but is not one of those
// texts (Model::modifiedOfficial): the label, and the reason with the version it claims and its
// content hash. The GUI, the CLI, JSON, the reports and the portfolio all use these.
LocalText modifiedModelLabel();
// The model's title in `lang`, followed by the modified label when Model::modifiedOfficial().
std::string displayTitle(const Model &model, Lang lang);
std::string modifiedModelReason(const Model &model, Lang lang);

} // namespace dl
