// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include "answers/upgrade.h"

#include <iosfwd>
#include <vector>

namespace dl::cli {

// Upgrading a stored assessment to a newer model version and confirming what it copied:
//   assessment upgrade ASSESSMENT [--model FILE]
//   assessment confirm ASSESSMENT ID...|--all [--layer self|verified]
// (declared with the other database verbs in storeverbs.cpp).
int upgradeCommand(Invocation &inv);
int confirmCommand(Invocation &inv);

// The answers of a stored assessment that wait for confirmation, with each rule's note and the
// command that confirms them; nothing when none wait. The commands that print a stored
// assessment (assessment score) end with it.
void printPendingConfirmations(const std::vector<PendingConfirmation> &pending,
                               std::int64_t assessmentId,
                               Lang lang,
                               std::ostream &out);

} // namespace dl::cli
