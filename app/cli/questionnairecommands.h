// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <vector>

namespace dl::cli {

// The questionnaire as an Excel workbook (docs/questionnaire-workbook.md):
//   questionnaire export ASSESSMENT -o FILE.xlsx [--layer self|verified] [--blank]
//   questionnaire import ASSESSMENT FILE.xlsx [--layer self|verified] [--dry-run]
// Further questionnaire sub-verbs go beside these, in this table.
const std::vector<Verb> &questionnaireVerbs();

} // namespace dl::cli
