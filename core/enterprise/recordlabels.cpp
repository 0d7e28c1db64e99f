// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/recordlabels.h"

namespace dl {

std::string label(SizeClass size, Lang lang)
{
    return size == SizeClass::Unknown ? std::string() : sizeClassName(size, lang);
}

std::string label(SrdiStatus srdi, Lang lang)
{
    switch (srdi) {
    case SrdiStatus::None:
        return T(lang, "无", "None");
    case SrdiStatus::Innovative:
        return T(lang, "创新型中小企业", "Innovative SME");
    case SrdiStatus::Provincial:
        return T(lang, "专精特新中小企业", "Specialised and innovative SME");
    case SrdiStatus::LittleGiant:
        return T(lang, "专精特新“小巨人”企业", "Little giant");
    }
    return key(srdi);
}

std::string label(AssessmentStatus status, Lang lang)
{
    switch (status) {
    case AssessmentStatus::Draft:
        return T(lang, "草稿", "Draft");
    case AssessmentStatus::Submitted:
        return T(lang, "已提交", "Submitted");
    case AssessmentStatus::Verified:
        return T(lang, "已核验", "Verified on site");
    }
    return key(status);
}

std::string label(AssessmentMode mode, Lang lang)
{
    return mode == AssessmentMode::Onsite ? T(lang, "现场评测", "On-site assessment")
                                          : T(lang, "企业自评", "Self-assessment");
}

std::string label(AssessmentPhase phase, Lang lang)
{
    switch (phase) {
    case AssessmentPhase::Baseline:
        return T(lang, "改造前", "Before transformation");
    case AssessmentPhase::After:
        return T(lang, "改造后", "After transformation");
    case AssessmentPhase::FollowUp:
        return T(lang, "复评", "Follow-up");
    }
    return {};
}

std::string label(Layer layer, Lang lang)
{
    return layer == Layer::Verified ? T(lang, "核验", "Verified")
                                    : T(lang, "自评", "Self-assessed");
}

std::string label(AnswerKind kind, Lang lang)
{
    switch (kind) {
    case AnswerKind::Figure:
        return T(lang, "数据", "Figure");
    case AnswerKind::Item:
        return T(lang, "评分项", "Item");
    case AnswerKind::Scenario:
        return T(lang, "场景", "Scenario");
    }
    return key(kind);
}

} // namespace dl
