// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/records.h"

#include <algorithm>

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

const char *key(AssessmentPhase p)
{
    switch (p) {
    case AssessmentPhase::Baseline:
        return "baseline";
    case AssessmentPhase::After:
        return "after";
    case AssessmentPhase::FollowUp:
        return "follow-up";
    }
    return "baseline";
}

std::optional<AssessmentPhase> parseAssessmentPhase(std::string_view key)
{
    static constexpr AssessmentPhase all[] = {AssessmentPhase::Baseline, AssessmentPhase::After,
                                              AssessmentPhase::FollowUp};
    return parseKey(key, all);
}

std::vector<std::string> splitPlanLocks(std::string_view text)
{
    std::vector<std::string> ids;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view id = text.substr(0, comma);
        if (!id.empty())
            ids.emplace_back(id);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::string joinPlanLocks(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string out;
    for (const std::string &id : ids) {
        if (id.empty())
            continue;
        out += out.empty() ? id : "," + id;
    }
    return out;
}

} // namespace dl
