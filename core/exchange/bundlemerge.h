// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/bundle.h"
#include "exchange/bundlepayload.h"

#include <future>
#include <string>
#include <vector>

namespace dl {

// Everything an import does before it writes: read, parse, check (readBundle,
// checkBundleAnswers). Touches no store, so it may run on another thread while the caller
// stays responsive.
Result<BundlePayload> readCheckedBundle(const std::string &path);

// Bundles read and checked one ahead of their merging: while the caller merges one, the next
// is read on a second thread (readCheckedBundle touches no store). Used by importBundles and by
// the GUI's import, which also repaints and can stop between bundles.
class BundleReadAhead
{
public:
    explicit BundleReadAhead(std::vector<std::string> paths); // starts reading the first
    BundleReadAhead(const BundleReadAhead &) = delete;
    BundleReadAhead &operator=(const BundleReadAhead &) = delete;
    ~BundleReadAhead(); // waits for a read still running (it cannot be interrupted)

    // Whether the next bundle is read, so that take() would not wait. True when none is left.
    bool ready() const;
    // The next bundle, read and checked (waiting for it when needed); starts reading the one
    // after it. Only while bundles are left.
    Result<BundlePayload> take();

private:
    std::vector<std::string> m_paths;
    std::size_t m_taken = 0;
    std::future<Result<BundlePayload>> m_reading;
};

// The name a bundle's path gives its merge (conflict records): the file name.
std::string bundleSourceName(const std::string &path);

// Merges a checked payload (readBundle, checkBundleAnswers) into the store in one transaction,
// by the rules of docs/bundle-format.md. `source` names the bundle in conflict records.
Result<ImportReport> mergeBundle(Store &store,
                                 const BundlePayload &payload,
                                 const std::string &source,
                                 const BundleProgress &progress = {});

// mergeBundle's merge inside a transaction the caller holds and commits: a sync (server/sync.h)
// stores what it pulled and how far it pulled in one transaction. A failure or a cancel leaves
// the caller's transaction to roll back.
Result<ImportReport> mergePayloadInTransaction(Store &store,
                                               const BundlePayload &payload,
                                               const std::string &source,
                                               const BundleProgress &progress = {});

} // namespace dl
