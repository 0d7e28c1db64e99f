// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include "base/localtext.h"
#include "base/result.h"
#include "store/store.h"

#include <cstdlib>
#include <ostream>
#include <string>

namespace dl::cli {

// What the handlers of the database verbs (storecommands.cpp, assessmentviews.cpp) share: the
// verb's arguments, with its words as the first positional arguments ("assessment", "score",
// then the assessment), the language and where to write.
struct Context
{
    Args args;
    Lang lang;
    std::string dbPath;
    std::ostream &out;
    std::ostream &err;
    std::string verb;
};

inline Result<Store> openStore(const Context &c)
{
    return cli::openStore(c.dbPath, c.err);
}

inline int fail(const Diagnostics &d, const Context &c)
{
    printDiagnostics(d, c.lang, c.err);
    return InvalidInput;
}

inline int usage(const Context &c, const LocalText &message)
{
    return usageError(c.lang, message, c.err, c.verb);
}

inline std::string who(const Context &c)
{
    return changedBy(c.args);
}

} // namespace dl::cli
