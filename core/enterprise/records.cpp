// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/records.h"

namespace dl {

namespace {

// The value whose key() is `text`, among `all`.
template<typename E, std::size_t N>
std::optional<E> parseKey(std::string_view text, const E (&all)[N])
{
    for (E e : all) {
        if (text == key(e))
            return e;
    }
    return std::nullopt;
}

} // namespace

const char *key(SrdiStatus s)
{
    switch (s) {
    case SrdiStatus::None:
        return "none";
    case SrdiStatus::Innovative:
        return "innovative";
    case SrdiStatus::Provincial:
        return "provincial";
    case SrdiStatus::LittleGiant:
        return "little-giant";
    }
    return "none";
}

std::optional<SrdiStatus> parseSrdiStatus(std::string_view key)
{
    static constexpr SrdiStatus all[] = {SrdiStatus::None, SrdiStatus::Innovative,
                                         SrdiStatus::Provincial, SrdiStatus::LittleGiant};
    return parseKey(key, all);
}

const char *key(AssessmentStatus s)
{
    switch (s) {
    case AssessmentStatus::Draft:
        return "draft";
    case AssessmentStatus::Submitted:
        return "submitted";
    case AssessmentStatus::Verified:
        return "verified";
    }
    return "draft";
}

std::optional<AssessmentStatus> parseAssessmentStatus(std::string_view key)
{
    static constexpr AssessmentStatus all[] = {AssessmentStatus::Draft, AssessmentStatus::Submitted,
                                               AssessmentStatus::Verified};
    return parseKey(key, all);
}

const char *key(AssessmentMode m)
{
    return m == AssessmentMode::Onsite ? "onsite" : "self";
}

std::optional<AssessmentMode> parseAssessmentMode(std::string_view key)
{
    static constexpr AssessmentMode all[] = {AssessmentMode::Self, AssessmentMode::Onsite};
    return parseKey(key, all);
}

} // namespace dl
