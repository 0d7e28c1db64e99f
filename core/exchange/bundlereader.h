// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "exchange/bundlepayload.h"

#include <string>
#include <string_view>

namespace dl {

// Reads and checks a whole bundle (docs/bundle-format.md) without writing anything: complete
// JSON, known format, checksum, the type of every field, model and evidence hashes, and the
// shape of every field and reference (checkBundleShape, bundleshape.h). Problems come back as
// diagnostics naming the file and the record ("payload.assessments[3].answers[5].value:
// expected a string, found number"), at most 20 of them.
//
// The JSON is read as a stream of events straight into typed records (no document tree), and
// the checksum is taken over the payload's bytes as written, on a second thread while parsing:
// a 330 MB bundle is read in about a third of the time a document tree took.
Result<BundlePayload> readBundle(const std::string &path);
Result<BundlePayload> readBundleText(std::string_view text, const std::string &file);

} // namespace dl
