// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <string>
#include <vector>

namespace dl::cli {

// The bash completion script of digilevel-cli, made from the verbs' own declarations (their
// words, options, option values and arguments), so that it never drifts from the program.
// `digilevel-cli completion bash` prints it; the build installs its output.
std::string bashCompletion(const std::vector<Verb> &verbs);

// One line per verb: its words, a tab, then its options separated by spaces. For the tests that
// check the manual page names every verb and option (`digilevel-cli completion verbs`).
std::string verbList(const std::vector<Verb> &verbs);

} // namespace dl::cli
