// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "cliargs.h"
#include "storecommands.h"
#include "verifycommands.h"

#include "exchange/jsonreport.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "model/modelloader.h"
#include "scoring/answerloader.h"
#include "scoring/evaluation.h"
#include "scoring/textreport.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <ostream>

namespace dl::cli {

namespace {

constexpr const char *kUsage = R"(Usage:
  digilevel-cli validate MODEL.yaml [--no-overlays]
  digilevel-cli score [--model MODEL.yaml] ANSWERS.yaml [--json] [--lang zh_CN|en]
                      [--layer self|verified] [--industry CODE] [--plans N]
  digilevel-cli --help | --version

validate  checks a model file (and the overlays in overlays/ next to it) and prints a summary,
          or every problem as file:line:column: [id] message.
score     scores an answer file against the model (default: the bundled MIIT 2024 model) and
          prints the level, scores, why, and the cheapest ways to the next level.

Exit codes: 0 success, 1 invalid input (problems printed on stderr), 2 usage error.
)";

int validate(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args args;
    if (auto e = parseArgs(argv, {}, {"--no-overlays"}, args); !e.empty())
        return usageError(e, err);
    if (args.positional.size() != 1)
        return usageError("validate takes one model file", err);
    auto loaded = loadModelFile(args.positional[0]);
    if (!loaded) {
        printDiagnostics(loaded.errors(), err);
        return InvalidInput;
    }
    const Model &m = *loaded;
    std::vector<Model> overlays;
    if (!m.isOverlay && !args.has("--no-overlays")) {
        auto set = loadModelSet(args.positional[0]);
        if (!set) {
            printDiagnostics(set.errors(), err);
            return InvalidInput;
        }
        overlays = std::move(set->overlays);
    }
    int constrained = 0;
    for (const Scenario &s : m.scenarios)
        constrained += s.constrained;
    out << args.positional[0] << ": OK\n"
        << "  " << (m.isOverlay ? "overlay " : "model ") << m.id << " version " << m.version
        << (m.official    ? " (official)"
            : m.isOverlay ? " (DigiLevel addition, not official)"
                          : " (not official)")
        << '\n'
        << "  " << m.title.zh << " / " << m.title.en << '\n';
    if (m.isOverlay)
        out << "  extends " << m.extends << '\n';
    out << "  " << m.dimensions.size() << " dimensions, " << m.subdimensions.size()
        << " sub-dimensions, " << m.items.size() << " items, " << m.figures.size()
        << " figures; maximum base score " << m.maxBaseScore().toString() << '\n'
        << "  " << m.scenarios.size() << " scenarios in " << m.groups.size() << " groups, "
        << constrained << " constrained\n";
    for (const LevelRule &r : m.levelRules) {
        out << "  level " << r.level << " (" << r.name.zh << "):";
        if (r.minBaseScore)
            out << " base >= " << r.minBaseScore->toString();
        if (r.minScenarios)
            out << ", scenarios at >=" << r.minScenarios->atLevel
                << " >= " << r.minScenarios->count;
        if (r.minConstrained)
            out << ", constrained at >=" << r.minConstrained->atLevel
                << " >= " << r.minConstrained->count;
        out << '\n';
    }
    if (!m.overrides.empty())
        out << "  " << m.overrides.size() << " industry overrides\n";
    if (!m.unverified.empty())
        out << "  " << m.unverified.size() << " facts marked unverified\n";
    for (const Model &o : overlays)
        out << "  overlay " << o.id << " " << o.version << " OK (DigiLevel addition, "
            << o.items.size() << " items, " << o.scenarios.size() << " scenarios)\n";
    out << "  content SHA-256 " << m.contentHash << '\n';
    return Ok;
}

int scoreCommand(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args args;
    if (auto e = parseArgs(argv, {"--model", "--lang", "--layer", "--industry", "--plans"},
                           {"--json", "--no-overlays"}, args);
        !e.empty())
        return usageError(e, err);
    if (args.positional.size() != 1)
        return usageError("score takes one answer file", err);
    Lang lang = defaultLang();
    if (args.hasOption("--lang") && !parseLang(args.value("--lang"), lang))
        return usageError("--lang must be zh_CN or en", err);
    const std::optional<Layer> layerName = parseLayer(args.value("--layer", "self"));
    if (!layerName)
        return usageError("--layer must be self or verified", err);
    int plans = 5;
    if (args.hasOption("--plans")) {
        const std::string p = args.value("--plans");
        if (p.empty() || p.size() > 2 || p.find_first_not_of("0123456789") != std::string::npos)
            return usageError("--plans must be a number from 0 to 99", err);
        plans = std::stoi(p);
    }

    auto models = args.hasOption("--model")
                      ? loadModelSet(args.value("--model"), !args.has("--no-overlays"))
                      : loadBuiltinModelSet();
    if (!models) {
        printDiagnostics(models.errors(), err);
        return InvalidInput;
    }
    auto answers = loadAnswersFile(args.positional[0], *models);
    if (!answers) {
        printDiagnostics(answers.errors(), err);
        return InvalidInput;
    }
    std::optional<IndustryCode> industry = answers->industry;
    if (args.hasOption("--industry")) {
        industry = IndustryTable::gbt4754().parse(args.value("--industry"));
        if (!industry)
            return usageError("--industry '" + args.value("--industry") +
                                  "' is not a GB/T 4754-2017 code (e.g. C, 36 or C36)",
                              err);
    }
    AnswerLayer layer = answers->self;
    if (layerName == Layer::Verified) {
        if (!answers->verified) {
            err << args.positional[0] << ": the file has no 'verified' answers\n";
            return InvalidInput;
        }
        layer = mergeVerified(*models, answers->self, *answers->verified);
    }
    const Evaluation e = evaluate(*models, layer, industry, plans);

    std::string industryCode, industryLabel;
    if (industry) {
        industryCode = industry->section + industry->division;
        const IndustryEntry *entry = IndustryTable::gbt4754().find(
            industry->division.empty() ? industry->section : industry->division);
        industryLabel = industryCode + (entry ? " " + entry->name.get(lang) : "");
    }
    if (args.has("--json")) {
        out << evaluationToJson({&e, &layer.base, answers->enterpriseName, industryCode, layerName},
                                lang)
                   .dump(2)
            << '\n';
    } else {
        out << renderTextReport({&e, &layer.base, answers->enterpriseName, industryLabel,
                                 answers->verified ? layerName : std::nullopt},
                                lang);
    }
    return Ok;
}

struct Registered
{
    CommandHandler handler;
    std::string usage;
};

std::map<std::string, Registered> &registry()
{
    static std::map<std::string, Registered> commands;
    return commands;
}

} // namespace

void registerCommand(const std::string &name, CommandHandler handler, const std::string &usage)
{
    registry()[name] = {std::move(handler), usage};
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty())
        return usageError("no command given", err);
    const std::string &command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") {
        out << kUsage << '\n' << kStoreUsage << '\n' << kVerifyUsage;
        for (const auto &entry : registry())
            out << '\n' << entry.second.usage;
        return Ok;
    }
    if (command == "--version") {
        out << "digilevel-cli " << DIGILEVEL_VERSION << '\n';
        return Ok;
    }
    try {
        if (const auto it = registry().find(command); it != registry().end())
            return it->second.handler(rest, out, err);
        if (command == "verify")
            return verifyCommand(rest, out, err);
        if (command == "export" && std::find(rest.begin(), rest.end(), "--xlsx") != rest.end())
            return xlsxExportCommand(rest, out, err);
        if (const int code = runStoreCommand(command, rest, out, err); code >= 0)
            return code;
        if (command == "validate")
            return validate(rest, out, err);
        if (command == "score")
            return scoreCommand(rest, out, err);
    } catch (const std::exception &e) { // a last line of defence: report, never crash
        err << "digilevel-cli: internal error: " << e.what() << '\n';
        return InvalidInput;
    }
    return usageError("unknown command '" + command + "'", err);
}

} // namespace dl::cli
