// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifycommands.h"

#include "base/yamltree.h"
#include "exchange/bundle.h"
#include "exchange/xlsxexport.h"
#include "store/fingerprint.h"
#include "store/store.h"

#include <algorithm>
#include <optional>
#include <ostream>

namespace dl::cli {

namespace {

std::string describe(const FingerprintMatch &m)
{
    return "assessment " + std::to_string(m.record.id) + " (" + m.record.uuid + ") of " +
           m.enterprise.name + " (layer " + key(m.layer) + ", model " + m.record.modelId + " " +
           m.record.modelVersion + ", created " + m.record.createdAt + ")";
}

} // namespace

int verifyCommand(Invocation &inv)
{
    const Args &args = inv.args;
    std::ostream &out = inv.out;
    std::ostream &err = inv.err;
    if (args.positional.size() != 1)
        return inv.usage({"verify 需要且只需要一份 PDF 报告", "verify takes one PDF report"});
    if (args.hasOption("--db") && args.hasOption("--bundle"))
        return inv.usage(
            {"verify 只能用 --db 或 --bundle 之一", "verify takes --db or --bundle, not both"});
    const std::string &pdf = args.positional[0];
    auto bytes = readTextFile(pdf, std::size_t(512) << 20);
    if (!bytes)
        return inv.fail(bytes.errors());
    const auto mark = readReportMark(*bytes);
    if (!mark) {
        err << pdf
            << T(inv.lang, "：没有找到 DigiLevel 指纹（不是 DigiLevel 报告，或已被其他程序改写）\n",
                 ": no DigiLevel fingerprint found (not a DigiLevel report, or rewritten by "
                 "another program)\n");
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
            return inv.fail(memory.errors());
        store.emplace(std::move(*memory));
        if (auto read = importBundle(*store, args.value("--bundle")); !read)
            return inv.fail(read.errors());
    } else {
        auto opened = openStore(args.value("--db", Store::defaultPath()), err);
        if (!opened)
            return inv.fail(opened.errors());
        store.emplace(std::move(*opened));
    }
    auto matches = findByFingerprint(*store, mark->fingerprint);
    if (!matches)
        return inv.fail(matches.errors());
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

int xlsxExportCommand(Invocation &inv)
{
    const Args &args = inv.args;
    std::ostream &out = inv.out;
    std::ostream &err = inv.err;
    if (!args.hasOption("-o"))
        return inv.usage({"export --xlsx 需要 -o 文件.xlsx", "export --xlsx needs -o FILE.xlsx"});
    if (!args.positional.empty())
        return inv.usage({"export --xlsx 不接受文件参数（请用 -o）",
                          "export --xlsx takes no file arguments (use -o)"});
    auto store = openStore(args.value("--db", Store::defaultPath()), err);
    if (!store)
        return inv.fail(store.errors());
    std::vector<std::int64_t> ids;
    const auto values = [&](const char *name) {
        const auto it = args.options.find(name);
        return it == args.options.end() ? std::vector<std::string>{} : it->second;
    };
    for (const std::string &ref : values("--assessment")) {
        auto a = store->assessmentByRef(ref);
        if (!a)
            return inv.fail(a.errors());
        ids.push_back(a->id);
    }
    for (const std::string &ref : values("--enterprise")) {
        auto e = store->enterpriseByRef(ref);
        if (!e)
            return inv.fail(e.errors());
        auto list = store->assessments(e->id);
        if (!list)
            return inv.fail(list.errors());
        for (const AssessmentRecord &a : *list)
            ids.push_back(a.id);
    }
    if (ids.empty() && args.hasOption("--enterprise")) // not "everything" by accident
        return inv.usage({"所给的企业没有任何评测", "the enterprises given have no assessments"});
    auto rows = exportAssessmentsXlsx(*store, ids, args.value("-o"), inv.lang);
    if (!rows)
        return inv.fail(rows.errors());
    out << *rows << " score rows written to " << args.value("-o") << '\n';
    return Ok;
}

const std::vector<Verb> &verifyVerbs()
{
    static const std::vector<Verb> verbs = {
        {{"verify",
          "REPORT.pdf",
          "核对 PDF 报告的指纹与已保存的答案是否一致（数据包只读取、不导入）；有评测匹配时退出码为 "
          "0，"
          "否则为 1",
          "checks a PDF report's fingerprint against the stored answers (a bundle is read without "
          "importing it); exit 0 when an assessment matches, 1 when none",
          {{"--db", "PATH", "数据库文件（默认：用户数据文件夹中本程序的数据库）",
            "the database (default: the app's, in the user data folder)"},
           {"--bundle", "FILE.dlb", "改为与数据包核对", "checks against a bundle instead"}}},
         verifyCommand},
    };
    return verbs;
}

} // namespace dl::cli
