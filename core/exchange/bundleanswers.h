// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "exchange/bundlepayload.h"

#include <string>

namespace dl {

// Checks every answer a bundle carries against the model it was answered against (from the
// bundle) and the enterprise's industry, the way a value typed by a user is checked. The
// checksum only shows that a bundle is as exported; this keeps a hand-edited bundle (with its
// checksum recomputed) from storing a value that no screen could show or score. Returns the
// problems (at most 20), each naming the record.
Diagnostics checkBundleAnswers(const BundlePayload &payload, const std::string &file);

} // namespace dl
