// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "clicommands.h"
#include "pdfreport.h"
#include "portfoliofilterargs.h"
#include "portfolioreportcommand.h"
#include "questionnaireprint.h"
#include "reportbatch.h"

#include "base/diagnosticcatalog.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "scoring/answerloader.h"
#include "store/portfolio.h"

#include <QGuiApplication>

#include <charconv>
#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>

namespace dl::cli {

namespace {

namespace fs = std::filesystem;

// --min-peers N (default kMinPeersDefault); below the floor it is raised, with a note on stderr.
std::optional<int> minPeersFrom(Invocation &inv, int &code)
{
    if (!inv.args.hasOption("--min-peers"))
        return kMinPeersDefault;
    const std::string text = inv.args.value("--min-peers");
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 1) {
        code =
            inv.usage({"--min-peers 需要一个正整数", "--min-peers takes a positive whole number"});
        return std::nullopt;
    }
    if (n < kMinPeersFloor) {
        inv.err << "digilevel-cli: "
                << fileError<DiagMsg::MinPeersRaised>("", std::to_string(n),
                                                      std::to_string(kMinPeersFloor))
                       .text(inv.lang)
                << '\n';
        n = kMinPeersFloor;
    }
    return n;
}

int batch(Invocation &inv, Layer layer, int minPeers)
{
    const Args &args = inv.args;
    std::ostream &out = inv.out;
    std::ostream &err = inv.err;
    auto store = openStore(args.value("--db", Store::defaultPath()), err);
    if (!store)
        return inv.fail(store.errors());
    if (auto refreshed = refreshSummaries(*store); !refreshed) // the peers' scores
        return inv.fail(refreshed.errors());
    std::vector<AssessmentRecord> chosen;
    const auto values = [&](const char *name) {
        const auto it = args.options.find(name);
        return it == args.options.end() ? std::vector<std::string>{} : it->second;
    };
    if (args.has("--all")) {
        auto all = store->assessments();
        if (!all)
            return inv.fail(all.errors());
        chosen = *all;
    }
    for (const std::string &ref : values("--assessment")) {
        auto a = store->assessmentByRef(ref);
        if (!a)
            return inv.fail(a.errors());
        chosen.push_back(*a);
    }
    for (const std::string &ref : values("--enterprise")) {
        auto e = store->enterpriseByRef(ref);
        if (!e)
            return inv.fail(e.errors());
        auto list = store->assessments(e->id);
        if (!list)
            return inv.fail(list.errors());
        chosen.insert(chosen.end(), list->begin(), list->end());
    }
    const fs::path dir = args.value("-o");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        return inv.fail({fileError<DiagMsg::FolderCannotCreate>(dir.string(), ec.message())});
    const auto result = report::writeBatch(
        *store, chosen, dir.string(), inv.lang, [&](const AssessmentRecord &) { return layer; },
        [&](int k, int total, const std::string &name, const std::string &file) {
            err << (k + 1) << '/' << total << ' ' << name << " -> " << file << '\n';
            return true;
        },
        0, minPeers);
    for (const report::BatchFailure &f : result.failures)
        printDiagnostics(f.errors, inv.lang, err);
    out << result.written << " of " << chosen.size() << " reports written to " << dir.string()
        << '\n';
    return result.failures.empty() ? Ok : InvalidInput;
}

int single(Invocation &inv, Layer layer, int minPeers)
{
    const Args &args = inv.args;
    std::ostream &out = inv.out;
    std::ostream &err = inv.err;
    const std::string &source = args.positional[0];
    const std::string output = args.value("-o");
    const bool fromFile =
        args.hasOption("--model") || (!args.hasOption("--db") && fs::is_regular_file(source));
    Result<report::ReportInput> input = Diagnostics{};
    if (fromFile) {
        auto models = args.hasOption("--model")
                          ? loadModelSet(args.value("--model"), !args.has("--no-overlays"))
                          : builtinModelsForAnswers(source);
        if (!models)
            return inv.fail(models.errors());
        auto answers = loadAnswersFile(source, *models);
        if (!answers)
            return inv.fail(answers.errors());
        std::optional<IndustryCode> industry;
        if (args.hasOption("--industry")) {
            industry = IndustryTable::gbt4754().parse(args.value("--industry"));
            if (!industry)
                return inv.usage(industryUsage(args.value("--industry")));
        }
        input = report::reportInputFromAnswers(std::move(*models), std::move(*answers), layer,
                                               industry);
    } else {
        auto store = openStore(args.value("--db", Store::defaultPath()), err);
        if (!store)
            return inv.fail(store.errors());
        auto record = store->assessmentByRef(source);
        if (!record)
            return inv.fail(record.errors());
        if (auto refreshed = refreshSummaries(*store); !refreshed) // the peers' scores
            return inv.fail(refreshed.errors());
        input = report::reportInputFromStore(*store, record->id, layer, systemClock(), minPeers);
    }
    if (!input)
        return inv.fail(input.errors());
    if (auto done = report::writeReport(*input, inv.lang, output); !done)
        return inv.fail(done.errors());
    out << "report written to " << output << " (fingerprint " << input->fingerprint << ")\n";
    return Ok;
}

} // namespace

// Runs `run` with a QGuiApplication: reports are painted with Qt Gui, and a command line has no
// display, so the offscreen platform is the default unless the caller chose one.
int withGuiApplication(const std::function<int()> &run)
{
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session (a server, CI, cron) Qt warns that XDG_RUNTIME_DIR is not set
        // and uses a folder in /tmp; painting a PDF needs none, so the warning is only noise on
        // a command's error output.
        static QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                    previous(type, context, message);
            });
        static int argc = 1;
        static char name[] = "digilevel-cli";
        static char *argvQt[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argvQt);
    }
    return run();
}

namespace {

int reportCommand(Invocation &inv)
{
    const Args &args = inv.args;
    if (args.has("--portfolio")) {
        if (!args.hasOption("-o"))
            return inv.usage({"report --portfolio 需要 -o 文件.pdf 或 -o 文件.xlsx",
                              "report --portfolio needs -o FILE.pdf or -o FILE.xlsx"});
        return withGuiApplication([&] { return portfolioReportCommand(inv); });
    }
    std::vector<std::string> portfolioOnly{kGroupOption.name};
    for (const OptionSpec &o : filterOptions())
        if (std::string(o.name) != "--industry") // also the answer file's industry
            portfolioOnly.push_back(o.name);
    for (const std::string &option : portfolioOnly)
        if (args.hasOption(option))
            return inv.usage({fmt("%1 只用于 report --portfolio", {option}),
                              fmt("%1 is an option of report --portfolio only", {option})});
    int code = Ok;
    const std::optional<int> minPeers = minPeersFrom(inv, code);
    if (!minPeers)
        return code;
    const std::optional<Layer> layer = parseLayer(args.value("--layer", "self"));
    if (!layer)
        return inv.usage({"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    if (!args.hasOption("-o"))
        return inv.usage({"report 需要 -o 输出.pdf（多次评测时为 -o 文件夹）",
                          "report needs -o OUT.pdf (or -o DIR for several assessments)"});
    const bool many =
        args.has("--all") || args.hasOption("--assessment") || args.hasOption("--enterprise");
    if (many ? !args.positional.empty() : args.positional.size() != 1)
        return inv.usage(many ? LocalText{"report 要么用 --all、--assessment 或 "
                                          "--enterprise，要么给一个评测或答案文件，不能同时使用",
                                          "report takes --all, --assessment or --enterprise, or "
                                          "one assessment or answer file, not both"}
                              : LocalText{"report 需要且只需要一个评测或答案文件",
                                          "report takes one assessment or answer file"});

    return withGuiApplication(
        [&] { return many ? batch(inv, *layer, *minPeers) : single(inv, *layer, *minPeers); });
}

} // namespace

void registerReportCommands()
{
    std::vector<OptionSpec> options{
        kDbOption,
        {"-o", "OUT", "输出文件：PDF（批量时为文件夹；--portfolio 时为 .pdf 或 .xlsx）",
         "the PDF file (a folder for a batch; .pdf or .xlsx with --portfolio)"},
        {"--layer", "self|verified", "企业自评（self）或现场核验（verified）的答案",
         "the enterprise's own answers (self) or the verified ones"},
        {"--all", nullptr, "所有评测", "every assessment"},
        {"--assessment", "ID", "这次评测（可重复）", "this assessment (repeatable)"},
        {"--enterprise", "ID", "这家企业的全部评测（可重复）",
         "this enterprise's assessments (repeatable)"},
        {"--model", "MODEL.yaml", "答案文件所用的评测模型（默认：内置模型）",
         "the model of an answer file (default: the bundled one)"},
        {"--industry", "CODE",
         "GB/T 4754-2017 行业代码，代替答案文件中的行业；--portfolio 时只看该门类或大类",
         "a GB/T 4754-2017 industry code, instead of the answer file's; with --portfolio, only "
         "this section or division"},
        {"--no-overlays", nullptr, "不加载评测模型旁的行业补充指标",
         "leaves out the industry additions next to the model"},
        {"--min-peers", "N", "同行对标至少需要的同行数（默认 5，小于 3 时按 3）",
         "the fewest peers a peer benchmark is shown with (default 5, at least 3)"},
        {"--portfolio", nullptr, "试点进展报告（按筛选条件汇总全部企业），PDF 或 Excel",
         "the portfolio progress report (every enterprise within the filters), PDF or Excel"},
        kGroupOption};
    for (const OptionSpec &o : filterOptions())
        if (std::string(o.name) != "--industry")
            options.push_back(o);
    registerVerb(
        {{"report",
          "(ASSESSMENT | ANSWERS.yaml | --all | --assessment ID ... | --enterprise ID ... | "
          "--portfolio [filters] [--by FIELD]) -o OUT",
          "生成 A4 PDF 报告（中文或英文，嵌入字体）：一次已保存的评测、一个答案文件，或批量（每次"
          "评测一个 PDF，进度输出到标准错误）；--portfolio：试点进展报告（PDF 或 Excel）",
          "writes A4 PDF reports (Chinese or English, fonts embedded): of a stored assessment, of "
          "an answer file, or in a batch (one PDF each, progress on stderr); --portfolio: the "
          "portfolio progress report (PDF or Excel)",
          options},
         reportCommand});
    registerQuestionnairePrintCommand();
}

} // namespace dl::cli
