// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/progress.h"
#include "base/result.h"
#include "store/store.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dl {

// A bundle (.dlb, format "digilevel-bundle/1", documented in docs/bundle-format.md) carries
// enterprises, assessments, their models, answers with their change history, evidence files
// and checklists from one machine to another. It is one JSON document whose payload is covered
// by a SHA-256; a damaged, truncated or altered bundle is refused whole.

// The largest bundle an import reads (it reads the file whole), and so the largest an export
// writes: a city's enterprises go as several bundles.
constexpr std::size_t kMaxBundleBytes = std::size_t(1) << 30;

struct ExportSelection
{
    std::vector<std::int64_t> assessments;
    std::vector<std::int64_t> enterprises; // with all their assessments
    bool all = false;
};

// Progress (progress.h) in steps of one enterprise or assessment; a cancelled export writes no
// file, a cancelled import imports nothing.
using BundleProgress = Progress;

// Writes the bundle to `path` (through a temporary file, renamed when complete). A bundle that
// would be larger than `maxBytes` is not written: the call fails with "too-large".
Result<std::string> exportBundle(Store &store,
                                 const ExportSelection &selection,
                                 const std::string &path,
                                 const std::string &createdBy,
                                 const BundleProgress &progress = {},
                                 std::size_t maxBytes = kMaxBundleBytes);

struct MergeConflict
{
    std::string assessmentUuid;
    std::string enterpriseName;
    Layer layer = Layer::Self;
    AnswerKind kind = AnswerKind::Item;
    std::string key;
    std::string localValue, localBy, localAt;
    std::string incomingValue, incomingBy, incomingAt;
};

struct ImportReport
{
    int enterprisesAdded = 0;
    int enterprisesMatched = 0; // same uuid, or the same credit code on another machine
    int enterprisesUpdated = 0;
    int assessmentsAdded = 0;
    int assessmentsMatched = 0;
    int answersAdded = 0;
    int answersUpdated = 0;   // the incoming change descends from ours
    int answersUnchanged = 0; // same change, same value, or ours is newer
    int evidenceAdded = 0;
    std::vector<MergeConflict> conflicts; // new conflicts found by this import
};

// Checks the whole bundle first, then merges it in one transaction: nothing is written unless
// everything is. Matching uses stable UUIDs (enterprises also by credit code), so importing the
// same bundle twice changes nothing. An answer changed differently on both sides becomes a
// conflict (kept for the user to resolve), never silently overwritten.
Result<ImportReport>
importBundle(Store &store, const std::string &path, const BundleProgress &progress = {});

// Imports bundles one after the other, each as importBundle does (its own transaction), while
// the next one is read and checked on a second thread: the office merging a day's bundles from
// many laptops. A bundle that is refused does not stop the others; there is one result per path.
std::vector<Result<ImportReport>> importBundles(Store &store,
                                                const std::vector<std::string> &paths);

struct StoredConflict
{
    std::int64_t id = 0;
    std::int64_t assessmentId = 0;
    MergeConflict conflict;
    std::string source;
    std::string detectedAt;
};

Result<std::vector<StoredConflict>> openConflicts(Store &store);
// Keeps the local value or takes the incoming one (a new change with an audit row).
Result<Done>
resolveConflict(Store &store, std::int64_t conflictId, bool takeIncoming, const std::string &who);

} // namespace dl
