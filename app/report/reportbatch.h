// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "portfolio/peerbenchmark.h"
#include "store/store.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

// Reports for many assessments at once (digilevel-cli report -o DIR, the home page's
// "PDF reports…"): the same file names everywhere.
namespace dl::report {

// "<assessment id>-<enterprise name>-<layer>-<zh_CN|en>.pdf". The name keeps its Chinese; the
// characters that some file systems refuse (/ \ : * ? " < > | and control characters) become
// "_", and it is cut to at most 120 bytes without splitting a character.
std::string
batchFileName(std::int64_t assessmentId, const std::string &enterpriseName, Layer layer, Lang lang);

// Whether any answer of the assessment was verified on site: "verified where there is a
// verification" falls back to the self-assessment when not.
Result<bool> hasVerifiedAnswers(Store &store, std::int64_t assessmentId);

// One report per assessment into `folder`, each named by batchFileName, in the layer
// `layerOf` gives it. Before each report `step(k, total, enterprise name,
// file)` is called; false stops there: the reports already begun are finished, each complete,
// and no other is begun.
//
// The calling thread reads each assessment from the store (the store, `layerOf` and `step` are
// used on it alone) while `renderers` other threads draw the PDFs, the bulk of the time (0: one
// per processor core). Failures are listed in the order of `assessments`.
struct BatchFailure
{
    std::string enterpriseName;
    Diagnostics errors;
};
struct BatchResult
{
    int written = 0;
    std::vector<BatchFailure> failures;
};
using LayerOf = std::function<Layer(const AssessmentRecord &)>;
using BatchStep =
    std::function<bool(int k, int total, const std::string &name, const std::string &file)>;
BatchResult writeBatch(Store &store,
                       const std::vector<AssessmentRecord> &assessments,
                       const std::string &folder,
                       Lang lang,
                       const LayerOf &layerOf,
                       const BatchStep &step,
                       unsigned renderers = 0,
                       int minPeers = kMinPeersDefault);

} // namespace dl::report
