// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "bundlepayload.h"

namespace dl {

// Merges a checked payload (readBundle, checkBundleAnswers) into the store in one transaction,
// by the rules of docs/bundle-format.md. `source` names the bundle in conflict records.
Result<ImportReport> mergeBundle(Store &store,
                                 const BundlePayload &payload,
                                 const std::string &source,
                                 const BundleProgress &progress = {});

} // namespace dl
