// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "exchange/bundlepayload.h"

#include <cstddef>
#include <string>

namespace dl {

// The longest one-line text a bundle field may hold (names, people, places, contacts, versions)
// and the longest note or answer value, in bytes.
constexpr std::size_t kMaxBundleLineBytes = 1024;
constexpr std::size_t kMaxBundleTextBytes = std::size_t(1) << 20;

// Checks every field of a bundle read by BundleRecordReader against the form DigiLevel writes
// it in (docs/bundle-format.md, "Field shapes"): identifiers are lower-case UUIDs, times UTC in
// ISO 8601, keys and targets model ids, enumerations known, names one line without control or
// text-direction characters, texts within their lengths, evidence file names without folders,
// and every reference inside the bundle (an assessment's enterprise and model). A bundle's
// checksum shows it was not damaged, not who wrote it: these values later name database rows,
// temporary files and what a user reads, so a bundle with any field out of shape is refused
// whole. Each problem names its record and field ("payload.assessments[0].evidence_files[2].
// uuid: expected ..."); at most 20.
Diagnostics checkBundleShape(const BundlePayload &payload, const std::string &file);

} // namespace dl
