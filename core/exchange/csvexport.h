// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/progress.h"
#include "base/result.h"
#include "enterprise/recordlabels.h"
#include "store/bulkread.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dl {

// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese correctly), CRLF
// line ends, RFC 4180 quoting. Written to a temporary file and renamed when complete.
// `assessmentIds` empty means every assessment. Progress is reported per assessment; a failed or
// cancelled export leaves no file.

// One row per assessment (and layer, when verified answers exist): enterprise, model, status,
// base score, dimension scores, scenario counts, level.
Result<int> exportAssessmentsCsv(Store &store,
                                 const std::vector<std::int64_t> &assessmentIds,
                                 const std::string &path,
                                 Lang lang,
                                 const Progress &progress = {});
// One row per stored answer, with the item's name and the points it scores.
Result<int> exportAnswersCsv(Store &store,
                             const std::vector<std::int64_t> &assessmentIds,
                             const std::string &path,
                             Lang lang,
                             const Progress &progress = {});

std::string csvField(std::string_view value);

// The columns of the one-row-per-assessment exports (CSV and the XLSX scores sheet); the
// dimension columns follow `model`. docs/csv-format.md describes them.
std::vector<std::string> assessmentSummaryHeader(const Model &model, Lang lang);
// The text columns of that row for one assessment in `layer` (self / verified), up to the
// layer column; the scores follow.
std::vector<std::string> assessmentRecordFields(const CachedAssessment &a, Layer layer, Lang lang);

// An enumerated value as the exports write it (size class, 专精特新 status, assessment status and
// mode, answer layer and kind): in a Chinese export the Chinese term (enterprise/recordlabels.h);
// in an English one its key, which scripts read.
template<typename E>
std::string exportedKey(E value, Lang lang)
{
    return lang == Lang::ZhCN ? label(value, lang) : std::string(key(value));
}

} // namespace dl
