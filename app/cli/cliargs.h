// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "store/store.h"

#include <algorithm>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace dl::cli {

// Exit codes, documented in README.md.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2 };

struct Args
{
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options; // --name value (repeatable)
    std::vector<std::string> flags;                          // --name

    bool has(const std::string &flag) const
    {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
    bool hasOption(const std::string &name) const { return options.count(name) > 0; }
    // The last value given for an option, or `fallback`.
    std::string value(const std::string &name, const std::string &fallback = {}) const
    {
        const auto it = options.find(name);
        return it == options.end() ? fallback : it->second.back();
    }
};

// Splits arguments; `valued` are the options that take a value, `boolean` the flags. Returns an
// error text, or "" when the arguments are well formed.
std::string parseArgs(const std::vector<std::string> &in,
                      const std::vector<std::string> &valued,
                      const std::vector<std::string> &boolean,
                      Args &out);

Lang defaultLang();
void printDiagnostics(const Diagnostics &diags, std::ostream &err);
int usageError(const std::string &message, std::ostream &err);
// Store::open, saying on `err` when it reads or copies the whole file (the first opening of a large
// database each day takes seconds; a script's log then shows why).
Result<Store> openStore(const std::string &path, std::ostream &err);

} // namespace dl::cli
