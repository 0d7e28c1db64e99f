// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// Runs `digilevel-cli ARGS...`; output to `out`, diagnostics and usage errors to `err`, in the
// language of --lang (default: defaultLang()).
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

// A verb added from outside the core-only CLI (the PDF report command, which needs Qt, is
// registered by main.cpp when built with it). A registered name replaces a built-in one.
void registerVerb(Verb verb);

// A part whose version `--version` shows after the bundled model (the CLI built with reports adds
// Qt).
void registerVersion(std::string name, std::string version);
// What `digilevel-cli --version` prints: the program, the bundled model, the libraries, the
// licence, one per line.
std::string versionText();

// The usage error of an --industry value that is no GB/T 4754-2017 code.
LocalText industryUsage(const std::string &code);

} // namespace dl::cli
