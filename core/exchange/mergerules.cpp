// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/mergerules.h"

#include "enterprise/records.h"

namespace dl {

AnswerMerge decideAnswerMerge(const std::optional<AnswerVersion> &local,
                              const AnswerVersion &incoming,
                              const std::function<bool(std::string_view)> &incomingKnows,
                              const std::function<bool(std::string_view)> &localKnows)
{
    if (!local) // none here: theirs is new, unless we had that very change and removed it since
        return localKnows(incoming.changeUuid) ? AnswerMerge::Unchanged : AnswerMerge::Add;
    if (local->changeUuid == incoming.changeUuid)
        return AnswerMerge::Unchanged;
    if (incomingKnows(local->changeUuid)) // they saw our value and changed it after
        return AnswerMerge::Update;
    if (local->value == incoming.value || localKnows(incoming.changeUuid))
        return AnswerMerge::Unchanged; // the same answer, or we already have their change
    return AnswerMerge::Conflict;
}

bool incomingProfileWins(std::string_view incomingUpdatedAt, std::string_view localUpdatedAt)
{
    return incomingUpdatedAt > localUpdatedAt;
}

bool incomingStatusRaises(std::string_view incomingStatus, std::string_view localStatus)
{
    const auto rank = [](std::string_view s) {
        return int(parseAssessmentStatus(s).value_or(AssessmentStatus::Draft));
    };
    return rank(incomingStatus) > rank(localStatus);
}

bool incomingTickWins(std::string_view incomingUpdatedAt, std::string_view localUpdatedAt)
{
    return incomingUpdatedAt > localUpdatedAt;
}

} // namespace dl
