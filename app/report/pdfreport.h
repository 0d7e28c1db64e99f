// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "reportinput.h"
#include "store/store.h"

#include <cstdint>
#include <string>

// Writes the A4 PDF report of a stored assessment in the given language (independent of the UI
// language), its peer benchmark shown from `minPeers` peers. Scores what is not yet in the
// cached summaries first, which the peer benchmark ranks by. Needs a QGuiApplication (offscreen
// is fine).
dl::Result<dl::Done> writeAssessmentReport(dl::Store &store,
                                           std::int64_t assessmentId,
                                           dl::Layer layer,
                                           dl::Lang lang,
                                           const std::string &outputPath,
                                           int minPeers = dl::kMinPeersDefault);

namespace dl::report {

// The report of any input (reportinput.h: a stored assessment or an answer file with a model):
// cover, summary with radar chart and QR fingerprint, item and scenario detail, why this level
// and the what-if path, the improvement plan, the comparison with the previous assessment, the
// evidence list and the DigiLevel additions. Every page has a header and a footer with the
// fingerprint and "page X of Y"; the PDF's XMP metadata carries the fingerprint for
// `digilevel-cli verify`. Written to a temporary file and renamed when complete.
Result<Done> writeReport(const ReportInput &input, Lang lang, const std::string &outputPath);

} // namespace dl::report
