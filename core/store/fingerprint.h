// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/answercodec.h"
#include "model/modelloader.h"
#include "store/store.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// A report fingerprint is the SHA-256 (hex) of a canonical text naming the model and listing the
// answers a report shows (docs/reports.md):
//   digilevel-fingerprint/1
//   model <model id> <model version> <model content SHA-256>
//   layer <self|verified>                      the report's layer
//   answer <layer> <kind> <key> <value>        one per answer, sorted bytewise
// A self report covers the self answers; a verified report the self and the verified answers
// (it shows both). Values are the canonical stored text (answercodec.h); notes, authors, times,
// the enterprise and the assessment's uuid are not part of it, so the same answers scored from
// an answer file or from any database give the same fingerprint.

inline constexpr std::string_view kFingerprintFormat = "digilevel-fingerprint/1";

struct FingerprintAnswer
{
    std::string layer; // self / verified
    std::string kind;  // figure / item / scenario
    std::string key;
    std::string value;
};

struct FingerprintSource
{
    std::string modelId;
    std::string modelVersion;
    std::string modelHash;
    Layer layer = Layer::Self; // the report's layer
    std::vector<FingerprintAnswer> answers;
};

// The canonical text (sorted, one line each, "\n" after every line) and its SHA-256.
std::string fingerprintText(const FingerprintSource &source);
std::string fingerprint(const FingerprintSource &source);

// From a stored assessment's answers; rows holding only a note are not answers and are skipped.
FingerprintSource fingerprintSource(const AssessmentRecord &record,
                                    const std::vector<StoredAnswer> &answers,
                                    Layer layer);
// From decoded answers (an answer file): every figure, item and scenario answered in the model
// and its overlays, as the canonical text the database would store for it.
FingerprintSource
fingerprintSource(const ModelSet &models, const DecodedAnswers &answers, Layer layer);
std::vector<FingerprintAnswer>
encodeAnswerLayer(const ModelSet &models, const AnswerLayer &answers, Layer layer);

// A stored assessment (and layer) whose answers give a fingerprint.
struct FingerprintMatch
{
    AssessmentRecord record;
    Enterprise enterprise;
    Layer layer = Layer::Self;
};

// Every assessment in `store` whose self or verified report has this fingerprint.
Result<std::vector<FingerprintMatch>> findByFingerprint(Store &store,
                                                        const std::string &fingerprintHex);

// What a DigiLevel PDF report carries in its XMP metadata (uncompressed in the file, so it can be
// read from the bytes without a PDF library).
struct ReportMark
{
    std::string fingerprint;    // 64 hex digits
    std::string assessmentUuid; // empty for a report made from an answer file
    std::string layer;
    std::string model; // "<id> <version>"
};

// An XMP packet for the report (title escaped) carrying the mark.
std::string reportMarkXmp(const ReportMark &mark, const std::string &title);
// Finds the mark in a PDF's bytes; nullopt when there is none.
std::optional<ReportMark> readReportMark(std::string_view pdfBytes);

} // namespace dl
