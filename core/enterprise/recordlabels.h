// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "enterprise/records.h"
#include "enterprise/sizeclass.h"
#include "scoring/answerkinds.h"

#include <string>

namespace dl {

// The words a reader sees for the values records keep as enums (records.h, answerkinds.h), in
// Chinese or English: one table per set of values, shared by the exports and the GUI. key() is
// what files and the database hold; label() is what a person reads.

// Small -> 小型 / Small; Unknown -> "".
std::string label(SizeClass size, Lang lang);
// None -> 无 / None; LittleGiant -> 专精特新“小巨人”企业 / Little giant.
std::string label(SrdiStatus srdi, Lang lang);
// Draft -> 草稿 / Draft; Verified -> 已核验 / Verified on site.
std::string label(AssessmentStatus status, Lang lang);
// Self -> 企业自评 / Self-assessment; Onsite -> 现场评测 / On-site assessment.
std::string label(AssessmentMode mode, Lang lang);
// Baseline -> 改造前 / Before transformation; After -> 改造后; FollowUp -> 复评 / Follow-up.
std::string label(AssessmentPhase phase, Lang lang);
// Self -> 自评 / Self-assessed; Verified -> 核验 / Verified.
std::string label(Layer layer, Lang lang);
// Figure -> 数据 / Figure; Item -> 评分项 / Item; Scenario -> 场景 / Scenario.
std::string label(AnswerKind kind, Lang lang);

} // namespace dl
