// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "completion.h"
#include "portfoliocommands.h"
#include "questionnairecommands.h"
#include "servercommands.h"
#include "storecommands.h"
#include "verb.h"
#include "verifycommands.h"

#include "exchange/jsonreport.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "model/modelloader.h"
#include "model/officialmodels.h"
#include "scoring/answerloader.h"
#include "scoring/evaluation.h"
#include "scoring/textreport.h"
#include "store/componentversions.h"

#include <optional>
#include <ostream>
#include <vector>

namespace dl::cli {

namespace {

int validate(Invocation &inv)
{
    const Args &args = inv.args;
    std::ostream &out = inv.out;
    if (args.positional.size() != 1)
        return inv.usage(
            {"validate 需要且只需要一个评测模型文件", "validate takes one model file"});
    auto loaded = loadModelFile(args.positional[0]);
    if (!loaded)
        return inv.fail(loaded.errors());
    const Model &m = *loaded;
    std::vector<Model> overlays;
    if (!m.isOverlay && !args.has("--no-overlays")) {
        auto set = loadModelSet(args.positional[0]);
        if (!set)
            return inv.fail(set.errors());
        overlays = std::move(set->overlays);
    }
    int constrained = 0;
    for (const Scenario &s : m.scenarios)
        constrained += s.constrained;
    out << args.positional[0] << ": OK\n"
        << "  " << (m.isOverlay ? "overlay " : "model ") << m.id << " version " << m.version
        << (m.official             ? " (official)"
            : m.isOverlay          ? " (DigiLevel addition, not official)"
            : m.modifiedOfficial() ? " (modified — not the official scheme)"
                                   : " (not official)")
        << '\n'
        << "  " << m.title.zh << " / " << m.title.en << '\n';
    if (m.modifiedOfficial())
        out << "  " << modifiedModelReason(m, inv.lang) << '\n';
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
        out << "  " << m.unverified.size() << " facts marked unverified:\n";
    for (const UnverifiedFact &f : m.unverified) {
        out << "    " << f.id << " (";
        for (std::size_t k = 0; k < f.refersTo.size(); ++k)
            out << (k ? ", " : "") << f.refersTo[k];
        out << ")\n      " << f.note.get(inv.lang) << '\n';
    }
    for (const Supersession &sup : m.supersedes) {
        out << "  supersedes " << sup.modelId << ' ' << sup.version
            << " (upgrade: answers not named below carry over unchanged)\n";
        for (const CarryRule &rule : sup.rules) {
            out << "    " << key(rule.carry) << ':';
            for (const std::string &id : rule.refersTo)
                out << ' ' << id;
            out << '\n';
        }
    }
    for (const Model &o : overlays)
        out << "  overlay " << o.id << " " << o.version << " OK (DigiLevel addition, "
            << o.items.size() << " items, " << o.scenarios.size() << " scenarios)\n";
    out << "  content SHA-256 " << m.contentHash << '\n';
    return Ok;
}

int scoreCommand(Invocation &inv)
{
    const Args &args = inv.args;
    const Lang lang = inv.lang;
    std::ostream &out = inv.out;
    if (args.positional.size() != 1)
        return inv.usage({"score 需要且只需要一个答案文件", "score takes one answer file"});
    const std::optional<Layer> layerName = parseLayer(args.value("--layer", "self"));
    if (!layerName)
        return inv.usage({"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    int plans = 5;
    if (args.hasOption("--plans")) {
        const std::string p = args.value("--plans");
        if (p.empty() || p.size() > 2 || p.find_first_not_of("0123456789") != std::string::npos)
            return inv.usage(
                {"--plans 应为 0 到 99 之间的整数", "--plans must be a number from 0 to 99"});
        plans = std::stoi(p);
    }

    auto models = args.hasOption("--model")
                      ? loadModelSet(args.value("--model"), !args.has("--no-overlays"))
                      : builtinModelsForAnswers(args.positional[0]);
    if (!models)
        return inv.fail(models.errors());
    auto locks = resolvePlanLocks(models->model, idList(args.values("--lock")), "--lock");
    if (!locks)
        return inv.fail(locks.errors());
    auto answers = loadAnswersFile(args.positional[0], *models);
    if (!answers)
        return inv.fail(answers.errors());
    std::optional<IndustryCode> industry = answers->industry;
    if (args.hasOption("--industry")) {
        industry = IndustryTable::gbt4754().parse(args.value("--industry"));
        if (!industry)
            return inv.usage(industryUsage(args.value("--industry")));
    }
    AnswerLayer layer = answers->self;
    if (layerName == Layer::Verified) {
        if (!answers->verified) {
            inv.err << args.positional[0]
                    << T(lang, "：文件中没有“verified”（现场核验）答案\n",
                         ": the file has no 'verified' answers\n");
            return InvalidInput;
        }
        layer = mergeVerified(*models, answers->self, *answers->verified);
    }
    const Evaluation e = evaluate(*models, layer, industry, plans, *locks);

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

std::vector<Verb> &registered()
{
    static std::vector<Verb> verbs;
    return verbs;
}

const OptionSpec kNoOverlays{"--no-overlays", nullptr,
                             "不加载评测模型旁 overlays/ 中的行业补充指标",
                             "leaves out the industry additions in overlays/ next to the model"};

std::vector<ComponentVersion> &extraVersions()
{
    static std::vector<ComponentVersion> versions;
    return versions;
}

std::vector<Verb> allVerbs()
{
    std::vector<Verb> verbs = {
        {{"validate",
          "MODEL.yaml",
          "检查评测模型文件（及其旁边 overlays/ 中的行业补充指标），输出摘要或每个问题",
          "checks a model file (and the overlays in overlays/ next to it) and prints a summary, "
          "or every problem",
          {kNoOverlays}},
         validate},
        {{"score",
          "ANSWERS.yaml",
          "按评测模型（默认：内置的工信部 2024 "
          "年版）为答案文件评分：等级、得分、原因和升级的最省力路径",
          "scores an answer file against the model (default: the bundled MIIT 2024 model): the "
          "level, scores, why, and the cheapest ways to the next level",
          {{"--model", "MODEL.yaml", "使用的评测模型文件（默认：内置模型）",
            "the model file (default: the bundled one)"},
           {"--json", nullptr, "输出一个 JSON 对象", "prints one JSON object"},
           {"--layer", "self|verified", "按企业自评（self）或现场核验（verified）的答案评分",
            "scores the enterprise's answers (self) or the verified ones"},
           {"--industry", "CODE", "GB/T 4754-2017 行业代码，代替答案文件中的行业",
            "a GB/T 4754-2017 industry code, instead of the answer file's"},
           {"--plans", "N", "列出多少个升级方案（0-99，默认 5）",
            "how many ways to the next level to list (0-99, default 5)"},
           {"--lock", "ID[,ID...]", "不在计划内的评分项或场景（可重复）：升级方案不改变它们",
            "items or scenarios not in our plans (repeatable): the plans leave them unchanged"},
           kNoOverlays}},
         scoreCommand},
    };
    for (const std::vector<Verb> *more :
         {&storeVerbs(), &verifyVerbs(), &questionnaireVerbs(), &portfolioVerbs(), &serverVerbs(),
          static_cast<const std::vector<Verb> *>(&registered())})
        verbs.insert(verbs.end(), more->begin(), more->end());
    return verbs;
}

} // namespace

LocalText industryUsage(const std::string &code)
{
    return {fmt("--industry “%1”不是 GB/T 4754-2017 行业代码（例如 C、36 或 C36）", {code}),
            fmt("--industry '%1' is not a GB/T 4754-2017 code (e.g. C, 36 or C36)", {code})};
}

void registerVersion(std::string name, std::string version)
{
    extraVersions().push_back({std::move(name), std::move(version)});
}

std::string versionText()
{
    std::string out = std::string("digilevel-cli ") + DIGILEVEL_VERSION + '\n';
    std::vector<ComponentVersion> parts = componentVersions();
    parts.insert(parts.begin() + 1, extraVersions().begin(), extraVersions().end());
    for (const ComponentVersion &c : parts)
        out += c.name + ": " + c.version + '\n';
    return out + "License: " + kLicense + '\n';
}

void registerVerb(Verb verb)
{
    std::vector<Verb> &verbs = registered();
    std::erase_if(verbs, [&](const Verb &v) { return std::string(v.spec.name) == verb.spec.name; });
    verbs.push_back(std::move(verb));
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    Lang lang = defaultLang();
    if (!chosenLang(args, lang))
        return usageError(lang, {"--lang 只能是 zh_CN 或 en", "--lang must be zh_CN or en"}, err);
    if (args.empty())
        return usageError(lang, {"没有指定命令", "no command given"}, err);
    const std::string &command = args[0];
    const std::vector<Verb> verbs = allVerbs();
    if (command == "--help" || command == "-h" || command == "help") {
        if (args.size() > 1 && !args[1].starts_with("-")) {
            std::vector<std::string> asked(args.begin() + 1, args.end());
            asked.push_back("--help");
            return runVerb(verbs, asked, lang, out, err);
        }
        out << overview(verbs, lang);
        return Ok;
    }
    if (command == "--version") {
        out << versionText();
        return Ok;
    }
    // Not a verb, so not in --help: what the package installs (bash completion) and what the
    // manual page test checks are made from the same table of verbs as the program.
    if (command == "completion") {
        if (args.size() == 2 && args[1] == "bash")
            out << bashCompletion(verbs);
        else if (args.size() == 2 && args[1] == "verbs")
            out << verbList(verbs);
        else
            return usageError(lang,
                              {"用法：digilevel-cli completion bash|verbs",
                               "usage: digilevel-cli completion bash|verbs"},
                              err);
        return Ok;
    }
    try {
        return runVerb(verbs, args, lang, out, err);
    } catch (const std::exception &e) { // a last line of defence: report, never crash
        err << "digilevel-cli: " << T(lang, "内部错误：", "internal error: ") << e.what() << '\n';
        return InvalidInput;
    }
}

} // namespace dl::cli
