// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <string>
#include <string_view>

namespace dl {

// The words a reader sees for the values that records keep as keys (records.h), in Chinese or
// English: one table per set of values, shared by the exports and the GUI. Each takes the stored
// key ("small", "little-giant", "verified") and gives the key back unchanged when it is not one
// of its set. (While some of these fields are still text, the functions take the key; once a
// field is an enum, its function takes the enum and the key overload goes.)

// Enterprise::sizeClass: small -> 小型 / Small; "" (not known) stays "".
std::string sizeClassLabel(std::string_view key, Lang lang);
// Enterprise::srdi (专精特新): none -> 无 / None; little-giant -> 专精特新“小巨人”企业 / Little
// giant.
std::string srdiLabel(std::string_view key, Lang lang);
// AssessmentRecord::status: draft -> 草稿 / Draft; verified -> 已核验 / Verified on site.
std::string statusLabel(std::string_view key, Lang lang);
// AssessmentRecord::mode: self -> 企业自评 / Self-assessment; onsite -> 现场评测.
std::string modeLabel(std::string_view key, Lang lang);
// StoredAnswer::layer, and a score's layer: self -> 自评 / Self-assessed; verified -> 核验.
std::string layerLabel(std::string_view key, Lang lang);
// StoredAnswer::kind: figure -> 数据 / Figure; item -> 评分项 / Item; scenario -> 场景.
std::string answerKindLabel(std::string_view key, Lang lang);

} // namespace dl
