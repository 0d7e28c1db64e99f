// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dl {

// An Excel workbook (.xlsx, written with libxlsxwriter) of one or many assessments, with the same
// content as the two CSV exports (csvexport.h) but typed cells, bold shaded headers, a frozen
// header row and an auto-filter:
//   sheet 1 "得分"/"Scores":  one row per assessment and layer (self, and verified when present)
//   sheet 2 "答案"/"Answers": one row per stored answer, with the item's name, the answer as
//                             text, its points and the maximum
// `assessmentIds` empty means every assessment. Written to a temporary file and renamed when
// complete. Returns the number of score rows.
Result<int> exportAssessmentsXlsx(Store &store,
                                  const std::vector<std::int64_t> &assessmentIds,
                                  const std::string &path,
                                  Lang lang);

} // namespace dl
