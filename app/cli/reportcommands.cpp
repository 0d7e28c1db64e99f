// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "cliargs.h"
#include "clicommands.h"
#include "pdfreport.h"
#include "reportbatch.h"

#include "model/builtinmodels.h"
#include "model/industry.h"
#include "scoring/answerloader.h"

#include <QGuiApplication>

#include <filesystem>
#include <memory>
#include <ostream>

namespace dl::cli {

const char *const kReportUsage =
    R"(PDF reports (A4, Chinese or English; fonts embedded):
  report [--db PATH] ASSESSMENT -o OUT.pdf [--layer self|verified] [--lang zh_CN|en]
  report [--model MODEL.yaml] ANSWERS.yaml -o OUT.pdf [--layer self|verified] [--lang zh_CN|en]
         [--industry CODE] [--no-overlays]     (straight from an answer file, no database)
  report [--db PATH] (--all | --assessment ID ... | --enterprise ID ...) -o DIR [--layer ...]
         [--lang ...]                          (one PDF per assessment, progress on stderr)
)";

namespace {

namespace fs = std::filesystem;

int fail(const Diagnostics &d, std::ostream &err)
{
    printDiagnostics(d, err);
    return InvalidInput;
}

int batch(const Args &args, Lang lang, Layer layer, std::ostream &out, std::ostream &err)
{
    auto store = openStore(args.value("--db", Store::defaultPath()), err);
    if (!store)
        return fail(store.errors(), err);
    std::vector<AssessmentRecord> chosen;
    const auto values = [&](const char *name) {
        const auto it = args.options.find(name);
        return it == args.options.end() ? std::vector<std::string>{} : it->second;
    };
    if (args.has("--all")) {
        auto all = store->assessments();
        if (!all)
            return fail(all.errors(), err);
        chosen = *all;
    }
    for (const std::string &ref : values("--assessment")) {
        auto a = store->assessmentByRef(ref);
        if (!a)
            return fail(a.errors(), err);
        chosen.push_back(*a);
    }
    for (const std::string &ref : values("--enterprise")) {
        auto e = store->enterpriseByRef(ref);
        if (!e)
            return fail(e.errors(), err);
        auto list = store->assessments(e->id);
        if (!list)
            return fail(list.errors(), err);
        chosen.insert(chosen.end(), list->begin(), list->end());
    }
    const fs::path dir = args.value("-o");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        return fail({Diagnostic{dir.string(),
                                {},
                                {},
                                "io-error",
                                "cannot create the output folder: " + ec.message()}},
                    err);
    const auto result = report::writeBatch(
        *store, chosen, dir.string(), lang, [&](const AssessmentRecord &) { return layer; },
        [&](int k, int total, const std::string &name, const std::string &file) {
            err << (k + 1) << '/' << total << ' ' << name << " -> " << file << '\n';
            return true;
        });
    for (const report::BatchFailure &f : result.failures)
        printDiagnostics(f.errors, err);
    out << result.written << " of " << chosen.size() << " reports written to " << dir.string()
        << '\n';
    return result.failures.empty() ? Ok : InvalidInput;
}

int single(const Args &args, Lang lang, Layer layer, std::ostream &out, std::ostream &err)
{
    const std::string &source = args.positional[0];
    const std::string output = args.value("-o");
    const bool fromFile =
        args.hasOption("--model") || (!args.hasOption("--db") && fs::is_regular_file(source));
    Result<report::ReportInput> input = Diagnostics{};
    if (fromFile) {
        auto models = args.hasOption("--model")
                          ? loadModelSet(args.value("--model"), !args.has("--no-overlays"))
                          : loadBuiltinModelSet();
        if (!models)
            return fail(models.errors(), err);
        auto answers = loadAnswersFile(source, *models);
        if (!answers)
            return fail(answers.errors(), err);
        std::optional<IndustryCode> industry;
        if (args.hasOption("--industry")) {
            industry = IndustryTable::gbt4754().parse(args.value("--industry"));
            if (!industry)
                return usageError("--industry '" + args.value("--industry") +
                                      "' is not a GB/T 4754-2017 code (e.g. C, 36 or C36)",
                                  err);
        }
        input = report::reportInputFromAnswers(std::move(*models), std::move(*answers), layer,
                                               industry);
    } else {
        auto store = openStore(args.value("--db", Store::defaultPath()), err);
        if (!store)
            return fail(store.errors(), err);
        auto record = store->assessmentByRef(source);
        if (!record)
            return fail(record.errors(), err);
        input = report::reportInputFromStore(*store, record->id, layer);
    }
    if (!input)
        return fail(input.errors(), err);
    if (auto done = report::writeReport(*input, lang, output); !done)
        return fail(done.errors(), err);
    out << "report written to " << output << " (fingerprint " << input->fingerprint << ")\n";
    return Ok;
}

} // namespace

int reportCommand(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args args;
    if (auto e = parseArgs(argv,
                           {"--db", "--model", "--lang", "--layer", "--industry", "-o",
                            "--assessment", "--enterprise"},
                           {"--all", "--no-overlays"}, args);
        !e.empty())
        return usageError(e, err);
    Lang lang = defaultLang();
    if (args.hasOption("--lang") && !parseLang(args.value("--lang"), lang))
        return usageError("--lang must be zh_CN or en", err);
    const std::optional<Layer> layer = parseLayer(args.value("--layer", "self"));
    if (!layer)
        return usageError("--layer must be self or verified", err);
    if (!args.hasOption("-o"))
        return usageError("report needs -o OUT.pdf (or -o DIR for several assessments)", err);
    const bool many =
        args.has("--all") || args.hasOption("--assessment") || args.hasOption("--enterprise");
    if (many ? !args.positional.empty() : args.positional.size() != 1)
        return usageError(many ? "report takes --all, --assessment or --enterprise, or one "
                                 "assessment or answer file, not both"
                               : "report takes one assessment or answer file",
                          err);

    // The report is painted with Qt Gui; a command line has no display, so default to the
    // offscreen platform unless the caller chose one.
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
    return many ? batch(args, lang, *layer, out, err) : single(args, lang, *layer, out, err);
}

void registerReportCommands()
{
    registerCommand("report", reportCommand, kReportUsage);
}

} // namespace dl::cli
