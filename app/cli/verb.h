// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include "base/localtext.h"
#include "base/result.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// One option of a verb; `value` names its value in --help ("PATH"), nullptr for a flag.
struct OptionSpec
{
    const char *name;
    const char *value;
    const char *zh;
    const char *en;
};

// The options every database verb shares, declared once.
inline constexpr OptionSpec kDbOption{"--db", "PATH",
                                      "数据库文件（默认：用户数据文件夹中本程序的数据库）",
                                      "the database (default: the app's, in the user data folder)"};
inline constexpr OptionSpec kByOption{
    "--by", "NAME", "记入审计记录的操作人（默认：当前系统用户）",
    "who made the change, for the audit trail (default: the system user)"};

// What a verb of digilevel-cli accepts: its words ("backup", "enterprise add"), its arguments as
// --help shows them, and its own options. Like each KeePassXC command, a verb declares its options
// and refuses any other (exit 2, naming it); every verb also takes --lang and --help.
struct VerbSpec
{
    const char *name;
    const char *synopsis; // the arguments after the name, e.g. "ASSESSMENT -o OUT.pdf"
    const char *zh;       // what it does
    const char *en;
    std::vector<OptionSpec> options;
};

// A verb being run: its arguments parsed against its options, in the language chosen.
struct Invocation
{
    const VerbSpec &verb;
    Args args; // positional: the arguments after the verb's words
    Lang lang;
    std::ostream &out;
    std::ostream &err;

    // A usage error of this verb in the chosen language: exit 2.
    int usage(const LocalText &message) const;
    // The diagnostics in the chosen language: exit 1.
    int fail(const Diagnostics &diagnostics) const;
};

struct Verb
{
    VerbSpec spec;
    std::function<int(Invocation &)> run;
};

// Runs `args` (the verb's words first) with the verb it names among `verbs`, after checking its
// options; `--help` after a verb prints that verb's help. Unknown commands and options are usage
// errors (exit 2).
int runVerb(const std::vector<Verb> &verbs,
            const std::vector<std::string> &args,
            Lang lang,
            std::ostream &out,
            std::ostream &err);
// The language asked for with --lang anywhere in `args`, else defaultLang(); false when --lang
// names another language.
bool chosenLang(const std::vector<std::string> &args, Lang &lang);
// The overview of every verb, in `lang`.
std::string overview(const std::vector<Verb> &verbs, Lang lang);

} // namespace dl::cli
