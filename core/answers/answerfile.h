// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/answerwriter.h"
#include "base/result.h"
#include "model/industry.h"
#include "model/modelloader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// The changes an answer file (digilevel-answers/1, assessments/README.md) makes to a stored
// assessment, for AnswerWriter::apply: every figure, item and scenario it answers in the self
// layer (top level) and the verified layer ("verified:"), with the notes it gives. An entry with
// a note and no answer changes the note only. The whole file is checked first, against the
// model and against `industry` (the enterprise's), with messages that name the file, line and
// column; any problem returns them all and no change.
Result<std::vector<AnswerChange>> answerFileChanges(std::string_view text,
                                                    const std::string &fileName,
                                                    const ModelSet &models,
                                                    const std::optional<IndustryCode> &industry);

} // namespace dl
