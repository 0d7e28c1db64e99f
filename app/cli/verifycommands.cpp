// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifycommands.h"

#include "cliargs.h"

#include "base/yamltree.h"
#include "exchange/bundle.h"
#include "exchange/xlsxexport.h"
#include "store/fingerprint.h"
#include "store/store.h"

#include <algorithm>
#include <optional>
#include <ostream>

namespace dl::cli {

const char *const kVerifyUsage =
    R"(Report commands:
  verify REPORT.pdf [--db PATH | --bundle FILE.dlb]
                    checks a PDF report's fingerprint against the stored answers (a bundle is
                    read without importing it); exit 0 when an assessment matches, 1 when none
  export --xlsx -o FILE.xlsx [--all | --assessment ID ... | --enterprise ID ...] [--lang zh_CN|en]
                    an Excel workbook: scores and levels, and every answer
)";

namespace {

int fail(const Diagnostics &d, std::ostream &err)
{
    printDiagnostics(d, err);
    return InvalidInput;
}

std::string describe(const FingerprintMatch &m)
{
    return "assessment " + std::to_string(m.record.id) + " (" + m.record.uuid + ") of " +
           m.enterprise.name + " (layer " + key(m.layer) + ", model " + m.record.modelId + " " +
           m.record.modelVersion + ", created " + m.record.createdAt + ")";
}

} // namespace

int verifyCommand(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args args;
    if (auto e = parseArgs(argv, {"--db", "--bundle"}, {}, args); !e.empty())
        return usageError(e, err);
    if (args.positional.size() != 1)
        return usageError("verify takes one PDF report", err);
    if (args.hasOption("--db") && args.hasOption("--bundle"))
        return usageError("verify takes --db or --bundle, not both", err);
    const std::string &pdf = args.positional[0];
    auto bytes = readTextFile(pdf, std::size_t(512) << 20);
    if (!bytes)
        return fail(bytes.errors(), err);
    const auto mark = readReportMark(*bytes);
    if (!mark) {
        err << pdf
            << ": no DigiLevel fingerprint found (not a DigiLevel report, or rewritten by "
               "another program)\n";
        return InvalidInput;
    }
    out << "report fingerprint " << mark->fingerprint << " (layer " << mark->layer << ", model "
        << mark->model << ")\n";

    std::optional<Store> store;
    if (args.hasOption("--bundle")) {
        // An in-memory database: the bundle is checked and read in full, nothing is imported.
        Store::Options options;
        options.dailyBackup = false;
        auto memory = Store::open(":memory:", options);
        if (!memory)
            return fail(memory.errors(), err);
        store.emplace(std::move(*memory));
        if (auto read = importBundle(*store, args.value("--bundle")); !read)
            return fail(read.errors(), err);
    } else {
        auto opened = openStore(args.value("--db", Store::defaultPath()), err);
        if (!opened)
            return fail(opened.errors(), err);
        store.emplace(std::move(*opened));
    }
    auto matches = findByFingerprint(*store, mark->fingerprint);
    if (!matches)
        return fail(matches.errors(), err);
    if (matches->empty()) {
        out << "no stored assessment matches this report (it was changed after the report, or "
               "comes from another database)\n";
        return InvalidInput;
    }
    // The assessment the report names first, then any other with identical answers.
    std::stable_partition(matches->begin(), matches->end(), [&](const FingerprintMatch &m) {
        return m.record.uuid == mark->assessmentUuid && key(m.layer) == mark->layer;
    });
    out << "matches " << describe(matches->front()) << '\n';
    for (std::size_t k = 1; k < matches->size(); ++k)
        out << "also matches " << describe((*matches)[k]) << " (identical answers)\n";
    if (!mark->assessmentUuid.empty() && matches->front().record.uuid != mark->assessmentUuid)
        out << "note: the report was written from assessment " << mark->assessmentUuid
            << ", which no longer has these answers\n";
    return Ok;
}

int xlsxExportCommand(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err)
{
    Args args;
    if (auto e = parseArgs(argv, {"--db", "-o", "--assessment", "--enterprise", "--lang"},
                           {"--xlsx", "--all"}, args);
        !e.empty())
        return usageError(e, err);
    if (!args.hasOption("-o"))
        return usageError("export --xlsx needs -o FILE.xlsx", err);
    if (!args.positional.empty())
        return usageError("export --xlsx takes no file arguments (use -o)", err);
    Lang lang = defaultLang();
    if (args.hasOption("--lang") && !parseLang(args.value("--lang"), lang))
        return usageError("--lang must be zh_CN or en", err);
    auto store = openStore(args.value("--db", Store::defaultPath()), err);
    if (!store)
        return fail(store.errors(), err);
    std::vector<std::int64_t> ids;
    const auto values = [&](const char *name) {
        const auto it = args.options.find(name);
        return it == args.options.end() ? std::vector<std::string>{} : it->second;
    };
    for (const std::string &ref : values("--assessment")) {
        auto a = store->assessmentByRef(ref);
        if (!a)
            return fail(a.errors(), err);
        ids.push_back(a->id);
    }
    for (const std::string &ref : values("--enterprise")) {
        auto e = store->enterpriseByRef(ref);
        if (!e)
            return fail(e.errors(), err);
        auto list = store->assessments(e->id);
        if (!list)
            return fail(list.errors(), err);
        for (const AssessmentRecord &a : *list)
            ids.push_back(a.id);
    }
    if (ids.empty() && args.hasOption("--enterprise")) // not "everything" by accident
        return usageError("the enterprises given have no assessments", err);
    auto rows = exportAssessmentsXlsx(*store, ids, args.value("-o"), lang);
    if (!rows)
        return fail(rows.errors(), err);
    out << *rows << " score rows written to " << args.value("-o") << '\n';
    return Ok;
}

} // namespace dl::cli
