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
    // Every value given for an option, in order.
    std::vector<std::string> values(const std::string &name) const
    {
        const auto it = options.find(name);
        return it == options.end() ? std::vector<std::string>{} : it->second;
    }
    // The last value given for an option, or `fallback`.
    std::string value(const std::string &name, const std::string &fallback = {}) const
    {
        const auto it = options.find(name);
        return it == options.end() ? fallback : it->second.back();
    }
};

Lang defaultLang();
// Who makes a change, for the audit trail: --by, else the system user.
std::string changedBy(const Args &args);
// Ids given as "a,b c" over one or more arguments or option values ("--lock a,b --lock c"): split
// at commas, spaces around each removed, empty ones left out, in the order given.
std::vector<std::string> idList(const std::vector<std::string> &values);
// Each diagnostic in `lang`, then how many there are.
void printDiagnostics(const Diagnostics &diags, Lang lang, std::ostream &err);
// "digilevel-cli: MESSAGE" and where to find help (the verb's own when given); returns Usage.
int usageError(Lang lang,
               const LocalText &message,
               std::ostream &err,
               const std::string &verb = {});
// Store::open, saying on `err` when it reads or copies the whole file (the first opening of a large
// database each day takes seconds; a script's log then shows why).
Result<Store> openStore(const std::string &path, std::ostream &err);

} // namespace dl::cli
