// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

namespace dl::cli {

// The printable questionnaire (report/questionnaireform.h), a verb of its own so that it needs
// Qt Gui only where the report verbs do:
//   questionnaire print (ASSESSMENT | --blank) -o FILE.pdf [--fill [--layer self|verified]]
//                       [--lang zh_CN|en] [--db PATH]
Verb questionnairePrintVerb();
// Adds it to dl::cli::run (registerReportCommands() does).
void registerQuestionnairePrintCommand();

} // namespace dl::cli
