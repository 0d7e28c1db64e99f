// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnairecommands.h"

#include "exchange/questionnairebook.h"
#include "store/storedassessment.h"

#include <ostream>

namespace dl::cli {

namespace {

const OptionSpec kLayer{"--layer", "self|verified",
                        "企业自评（self，默认）或现场核验（verified）的答案",
                        "the enterprise's own answers (self, the default) or the verified ones"};

// The store and the assessment both sub-verbs start from; nullopt after reporting why.
struct Opened
{
    Store store;
    LoadedAssessment assessment;
};

std::optional<Opened> open(Invocation &inv, const std::string &ref, int &exit)
{
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store) {
        exit = inv.fail(store.errors());
        return std::nullopt;
    }
    auto loaded = loadAssessment(*store, ref);
    if (!loaded) {
        exit = inv.fail(loaded.errors());
        return std::nullopt;
    }
    return Opened{std::move(*store), std::move(*loaded)};
}

std::optional<Layer> layerOf(Invocation &inv)
{
    return parseLayer(inv.args.value("--layer", "self"));
}

int exportCommand(Invocation &inv)
{
    const Args &args = inv.args;
    if (args.positional.size() != 1 || !args.hasOption("-o"))
        return inv.usage({"questionnaire export 需要一个评测编号和 -o 文件.xlsx",
                          "questionnaire export takes an assessment and -o FILE.xlsx"});
    const auto layer = layerOf(inv);
    if (!layer)
        return inv.usage({"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    int exit = Ok;
    auto opened = open(inv, args.positional[0], exit);
    if (!opened)
        return exit;
    QuestionnaireExportOptions options;
    options.lang = inv.lang;
    options.layer = *layer;
    options.blank = args.has("--blank");
    const std::string path = args.value("-o");
    if (auto done = exportQuestionnaire(opened->assessment, path, options); !done)
        return inv.fail(done.errors());
    inv.out << T(inv.lang, "问卷已写入 ", "questionnaire written to ") << path << '\n';
    return Ok;
}

void printPlan(Invocation &inv, const QuestionnaireImportPlan &plan)
{
    const Lang lang = inv.lang;
    for (const QuestionnaireChange &c : plan.changes) {
        const AnswerChange &a = c.change;
        inv.out << key(a.kind) << ' ' << a.key << " (" << c.title.get(lang) << ")";
        if (a.value)
            inv.out << ": " << (c.oldValue.empty() ? T(lang, "（未填）", "(none)") : c.oldValue)
                    << " → " << c.newValue;
        if (c.oldNote)
            inv.out << (a.value ? T(lang, "；", "; ") : std::string(": "))
                    << T(lang, "备注 ", "note ")
                    << (c.oldNote->empty() ? T(lang, "（无）", "(none)") : "“" + *c.oldNote + "”")
                    << " → “" << a.note.value_or("") << "”";
        inv.out << '\n';
    }
    for (const Diagnostic &d : plan.problems)
        inv.err << d.toString(lang) << '\n';
}

int importCommand(Invocation &inv)
{
    const Args &args = inv.args;
    const Lang lang = inv.lang;
    if (args.positional.size() != 2)
        return inv.usage({"questionnaire import 需要一个评测编号和一个 .xlsx 文件",
                          "questionnaire import takes an assessment and an .xlsx file"});
    const auto layer = layerOf(inv);
    if (!layer)
        return inv.usage({"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    int exit = Ok;
    auto opened = open(inv, args.positional[0], exit);
    if (!opened)
        return exit;
    const std::string &file = args.positional[1];
    auto plan = planQuestionnaireImport(opened->assessment, file, *layer, lang);
    if (!plan)
        return inv.fail(plan.errors());
    printPlan(inv, *plan);
    if (!plan->problems.empty()) {
        inv.err << fmt(T(lang, "%1 个问题，未保存任何答案\n", "%1 problem(s); nothing stored\n"),
                       {std::to_string(plan->problems.size())});
        return InvalidInput;
    }
    if (args.has("--dry-run")) {
        inv.out << fmt(
            T(lang, "试运行：%1 处修改，未保存\n", "dry run: %1 change(s), not stored\n"),
            {std::to_string(plan->changes.size())});
        return Ok;
    }
    auto done = applyQuestionnaireImport(opened->store, opened->assessment, *plan, changedBy(args));
    if (!done)
        return inv.fail(done.errors());
    inv.out << fmt(T(lang, "已保存：%1 个答案有变化\n", "stored: %1 answer(s) changed\n"),
                   {std::to_string(done->changed)});
    return Ok;
}

} // namespace

const std::vector<Verb> &questionnaireVerbs()
{
    static const std::vector<Verb> verbs = {
        {{"questionnaire export",
          "ASSESSMENT -o FILE.xlsx",
          "把问卷导出为 Excel 工作簿，供企业填写后发回（语言随 --lang）",
          "exports the questionnaire as an Excel workbook for the enterprise to fill in and send "
          "back (in the language of --lang)",
          {kDbOption,
           {"-o", "FILE.xlsx", "输出文件", "the output file"},
           kLayer,
           {"--blank", nullptr, "答案栏留空，不填入已保存的答案",
            "leaves the answer cells empty instead of filling in the stored answers"}}},
         exportCommand},
        {{"questionnaire import",
          "ASSESSMENT FILE.xlsx",
          "读取填好的问卷工作簿，列出每处修改（旧值 → 新值）和每个问题；没有问题时全部保存（空的"
          "答案栏不修改）",
          "reads a filled-in questionnaire workbook, lists each change (old → new) and each "
          "problem, and stores them all when there is no problem (empty answer cells change "
          "nothing)",
          {kDbOption,
           kLayer,
           {"--dry-run", nullptr, "只列出修改，不保存", "lists the changes without storing them"},
           kByOption}},
         importCommand},
    };
    return verbs;
}

} // namespace dl::cli
