// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/recordlabels.h"

#include "enterprise/records.h"
#include "enterprise/sizeclass.h"

namespace dl {

namespace {

struct Term
{
    const char *key;
    const char *zh;
    const char *en;
};

template<std::size_t N>
std::string lookup(const Term (&terms)[N], std::string_view key, Lang lang)
{
    for (const Term &t : terms) {
        if (key == t.key)
            return T(lang, t.zh, t.en);
    }
    return std::string(key);
}

} // namespace

std::string sizeClassLabel(std::string_view key, Lang lang)
{
    const auto size = parseSizeClass(key);
    return size && *size != SizeClass::Unknown ? sizeClassName(*size, lang) : std::string(key);
}

std::string srdiLabel(std::string_view key, Lang lang)
{
    const auto srdi = parseSrdi(key);
    if (!srdi)
        return std::string(key);
    switch (*srdi) {
    case SrdiStatus::None:
        return T(lang, "无", "None");
    case SrdiStatus::Innovative:
        return T(lang, "创新型中小企业", "Innovative SME");
    case SrdiStatus::Provincial:
        return T(lang, "专精特新中小企业", "Specialised and innovative SME");
    case SrdiStatus::LittleGiant:
        return T(lang, "专精特新“小巨人”企业", "Little giant");
    }
    return std::string(key);
}

std::string statusLabel(std::string_view key, Lang lang)
{
    const auto status = parseStatus(key);
    if (!status)
        return std::string(key);
    switch (*status) {
    case AssessmentStatus::Draft:
        return T(lang, "草稿", "Draft");
    case AssessmentStatus::Submitted:
        return T(lang, "已提交", "Submitted");
    case AssessmentStatus::Verified:
        return T(lang, "已核验", "Verified on site");
    }
    return std::string(key);
}

std::string modeLabel(std::string_view key, Lang lang)
{
    static const Term terms[] = {{"self", "企业自评", "Self-assessment"},
                                 {"onsite", "现场评测", "On-site assessment"}};
    return lookup(terms, key, lang);
}

std::string layerLabel(std::string_view key, Lang lang)
{
    static const Term terms[] = {{"self", "自评", "Self-assessed"},
                                 {"verified", "核验", "Verified"}};
    return lookup(terms, key, lang);
}

std::string answerKindLabel(std::string_view key, Lang lang)
{
    static const Term terms[] = {
        {"figure", "数据", "Figure"}, {"item", "评分项", "Item"}, {"scenario", "场景", "Scenario"}};
    return lookup(terms, key, lang);
}

} // namespace dl
