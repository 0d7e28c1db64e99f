// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "bundlepayload.h"

namespace dl {

// Everything an import does before it writes: read, parse, check (readBundle,
// checkBundleAnswers). Touches no store, so it may run on another thread while the caller
// stays responsive.
Result<BundlePayload> readCheckedBundle(const std::string &path);

// The name a bundle's path gives its merge (conflict records): the file name.
std::string bundleSourceName(const std::string &path);

// Merges a checked payload (readBundle, checkBundleAnswers) into the store in one transaction,
// by the rules of docs/bundle-format.md. `source` names the bundle in conflict records.
Result<ImportReport> mergeBundle(Store &store,
                                 const BundlePayload &payload,
                                 const std::string &source,
                                 const BundleProgress &progress = {});

} // namespace dl
