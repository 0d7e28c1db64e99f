// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <string_view>

namespace dl {

// The rules by which a record changed elsewhere ("incoming") meets the same record here
// ("local"), in one place for every path that merges: a bundle's import (bundlemerge.cpp) and
// the team server's sync, in both directions (server/sync.cpp: a pull applies them to this store,
// a push to the server's rows). docs/bundle-format.md explains them.

enum class AnswerMerge {
    Add,       // no answer here and their change is new to us: take theirs
    Update,    // theirs descends from ours (our change is in their history): take theirs
    Unchanged, // the same change, the same value, or we already have their change (also when
               // we removed the answer after it: a removal is not undone by a merge)
    Conflict,  // changed differently on both sides: keep ours, record both for a person
};

// One side of an answer: the change (the uuid of its audit row) and the value.
struct AnswerVersion
{
    std::string_view changeUuid, value;
};

// `incomingKnows(c)`: change c is in the incoming side's history; `localKnows(c)`: in ours. Each
// is asked only when needed (a look-up in a database).
AnswerMerge decideAnswerMerge(const std::optional<AnswerVersion> &local,
                              const AnswerVersion &incoming,
                              const std::function<bool(std::string_view)> &incomingKnows,
                              const std::function<bool(std::string_view)> &localKnows);

// An enterprise's profile has no per-field history: the newer one (by updated_at) wins whole.
bool incomingProfileWins(std::string_view incomingUpdatedAt, std::string_view localUpdatedAt);

// An assessment's status only moves forward (draft -> submitted -> verified) in a merge.
bool incomingStatusRaises(std::string_view incomingStatus, std::string_view localStatus);

// A checklist tick carries no history of its own: the newer one wins.
bool incomingTickWins(std::string_view incomingUpdatedAt, std::string_view localUpdatedAt);

} // namespace dl
