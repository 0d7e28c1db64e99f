// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storecontext.h"

#include "store/storedassessment.h"

#include <string>
#include <vector>

namespace dl::cli {

// What the database verbs show of stored assessments; storecommands.cpp runs them.
// assessment score: the score, then the answers waiting for confirmation.
int printScore(Context &c, Store &store, const LoadedAssessment &a);
// assessment history: the audit trail.
void printHistory(Context &c, const std::vector<AuditEntry> &audit);
// assessment compare: two assessments on one layer.
int compare(Context &c, Store &store, const std::string &first, const std::string &second);
// assessment evidence: the checklist and files, or attach a file or tick an entry.
int evidenceCommand(Context &c, Store &store, const LoadedAssessment &a);
// What enterprise show adds to an assessment's line.
std::string assessmentNotes(Store &store, const AssessmentRecord &a, Lang lang);

} // namespace dl::cli
