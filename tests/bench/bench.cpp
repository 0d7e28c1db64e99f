// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-bench: the core measurements behind docs/benchmarks.md (tools/benchmark.sh runs it).
// Each command prints "name<TAB>value<TAB>unit" lines that the script collects.
//
//   digilevel-bench model                  model load + validate vs a bare yaml-cpp parse
//   digilevel-bench rescore DB             re-score every assessment (in memory and from the DB)
//   digilevel-bench portfolio DB           the 看板: its data read once, then filter changes
//                                          (resolve + aggregate + group) and peer percentiles;
//                                          also the enterprise list's level distribution
//   digilevel-bench export DB PREFIX N     the whole database as N bundles PREFIX-1.dlb ...
//   digilevel-bench import DB BUNDLE...    the bundles into a fresh database
//   digilevel-bench csv DB DIR             the same rows per table as CSV (for sqlite3 .import)

#include "base/embedded.h"
#include "enterprise/answercodec.h"
#include "exchange/bundle.h"
#include "exchange/csvexport.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "portfolio/aggregate.h"
#include "portfolio/peerbenchmark.h"
#include "scoring/scoring.h"
#include "store/portfolio.h"
#include "store/storedassessment.h"

#include <sqlite3.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

#include <sys/resource.h>

using namespace dl;
using Clock_ = std::chrono::steady_clock;

namespace {

double secondsSince(Clock_::time_point t)
{
    return std::chrono::duration<double>(Clock_::now() - t).count();
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s\t%.6g\t%s\n", name, value, unit);
    std::fflush(stdout);
}

[[noreturn]] void die(const Diagnostics &errors)
{
    for (const Diagnostic &d : errors)
        std::fprintf(stderr, "digilevel-bench: %s\n", d.toString().c_str());
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

Store openStore(const std::string &path)
{
    Store::Options o;
    o.dailyBackup = false;
    auto s = Store::open(path, o);
    if (!s)
        die(s.errors());
    return std::move(*s);
}

int model()
{
    const std::string text(*embeddedFile("assessments/miit-sme-2024.yaml"));
    const int rounds = 200;
    // Warm both paths once, then time each over the same number of rounds.
    (void)loadModelText(text, "miit-sme-2024.yaml");
    (void)YAML::Load(text);
    auto t = Clock_::now();
    for (int k = 0; k < rounds; ++k)
        if (!loadModelText(text, "miit-sme-2024.yaml"))
            return 1;
    const double ours = secondsSince(t) / rounds;
    t = Clock_::now();
    std::size_t nodes = 0;
    for (int k = 0; k < rounds; ++k)
        nodes += YAML::Load(text).size();
    const double bare = secondsSince(t) / rounds;
    print("model_load_validate_ms", ours * 1e3, "ms");
    print("model_yamlcpp_parse_ms", bare * 1e3, "ms");
    print("model_ratio", ours / bare, "x");
    return nodes > 0 ? 0 : 1;
}

int rescore(const std::string &path)
{
    Store store = openStore(path);
    auto models = loadBuiltinModelSet();
    if (!models)
        die(models.errors());
    auto t = Clock_::now();
    // Every answer in one pass, assessment by assessment.
    auto st = store.db().prepare(
        "SELECT a.id, e.industry, n.layer, n.kind, n.key, n.value FROM assessment a JOIN "
        "enterprise e ON e.id = a.enterprise_id JOIN answer n ON n.assessment_id = a.id ORDER BY "
        "a.id");
    if (!st)
        die(st.errors());
    struct Pending
    {
        std::optional<IndustryCode> industry;
        std::vector<StoredAnswer> answers;
    };
    std::vector<std::pair<std::optional<IndustryCode>, AnswerSet>> decoded;
    std::map<std::string, Model> applied;
    std::int64_t current = -1;
    Pending pending;
    auto flush = [&] {
        if (current < 0)
            return;
        auto d = decodeStoredAnswers(*models, pending.industry, pending.answers);
        if (!d)
            die(d.errors());
        decoded.emplace_back(pending.industry, std::move(d->self.base));
        pending.answers.clear();
    };
    for (;;) {
        auto row = st->step();
        if (!row)
            die(row.errors());
        if (!*row)
            break;
        if (st->integer(0) != current) {
            flush();
            current = st->integer(0);
            pending.industry = IndustryTable::gbt4754().parse(st->text(1));
        }
        pending.answers.push_back({parseLayer(st->text(2)).value_or(Layer::Self),
                                   parseAnswerKind(st->text(3)).value_or(AnswerKind::Item),
                                   st->text(4),
                                   st->text(5),
                                   {},
                                   {},
                                   {}});
    }
    flush();
    const double loadSeconds = secondsSince(t);

    // Score only: the industry-applied model is shared by every enterprise of that industry.
    t = Clock_::now();
    std::array<int, 5> levels{};
    for (const auto &[industry, answers] : decoded) {
        const std::string key = industry ? industry->section + industry->division : "";
        auto it = applied.find(key);
        if (it == applied.end())
            it = applied.emplace(key, applyIndustry(models->model, industry)).first;
        ++levels[std::size_t(score(it->second, answers).level)];
    }
    const double scoreSeconds = secondsSince(t);
    const double n = double(decoded.size());
    print("rescore_assessments", n, "assessments");
    print("rescore_score_only_per_s", n / scoreSeconds, "assessments/s");
    print("rescore_end_to_end_per_s", n / (scoreSeconds + loadSeconds), "assessments/s");
    for (int l = 0; l <= 4; ++l) {
        const std::string name = "level_" + std::to_string(l) + "_count";
        print(name.c_str(), levels[std::size_t(l)], "assessments");
    }
    return 0;
}

int portfolio(const std::string &path)
{
    Store store = openStore(path);
    // As the GUI does before reading: score what is not cached yet (the generator cached all).
    auto t = Clock_::now();
    auto refreshed = refreshSummaries(store);
    if (!refreshed)
        die(refreshed.errors());
    if (*refreshed > 0)
        std::fprintf(stderr, "digilevel-bench: %d summaries were not cached yet\n", *refreshed);

    // The enterprise list's rows, grouped by industry section x province.
    double best = 1e9;
    std::size_t cells = 0;
    for (int round = 0; round < 5; ++round) {
        t = Clock_::now();
        auto rows = enterpriseRows(store);
        if (!rows)
            die(rows.errors());
        auto table = levelDistribution(*rows, [](const EnterpriseRow &r) {
            return r.industry.substr(0, 1) + "|" + r.province;
        });
        best = std::min(best, secondsSince(t));
        cells = table.size();
    }
    print("portfolio_cells", double(cells), "industry x province");
    print("portfolio_aggregate_ms", best * 1e3, "ms");

    // The 看板 reads its data once (on a worker thread in the GUI) ...
    auto models = loadBuiltinModelSet();
    if (!models)
        die(models.errors());
    std::vector<double> loads;
    PortfolioData data;
    for (int round = 0; round < 3; ++round) {
        t = Clock_::now();
        auto loaded = loadPortfolioData(store.db(), models->model);
        if (!loaded)
            die(loaded.errors());
        loads.push_back(secondsSince(t) * 1e3);
        data = std::move(*loaded);
    }
    print("portfolio_load_ms", median(loads), "ms");
    print("portfolio_enterprises", double(data.enterprises.size()), "enterprises");
    print("portfolio_segments", double(data.segments.size()), "segments");

    // ... and every filter change then resolves the filter and aggregates in memory, as
    // PortfolioPage::recompute does. The changes take turns, so that no two runs in a row
    // aggregate the same enterprises.
    struct Change
    {
        PortfolioFilter filter;
        std::optional<PortfolioGroup> by;
    };
    std::vector<Change> changes(6);
    changes[0].by = PortfolioGroup::Segment; // everything, by segment
    changes[1].filter.pilot = true;
    changes[1].by = PortfolioGroup::Organisation;
    changes[2].filter.phase = AssessmentPhase::After;
    changes[2].by = PortfolioGroup::City;
    changes[3].filter.segment = "新型建材及陶瓷琉璃制品";
    changes[3].by = PortfolioGroup::Organisation;
    changes[4].filter.province = "浙江省";
    changes[4].filter.industry = "C";
    changes[4].by = PortfolioGroup::Division;
    changes[5].filter.batch = "2025-1";
    changes[5].filter.from = "2025-01-01";
    changes[5].filter.to = "2025-12-31";
    changes[5].by = PortfolioGroup::Phase;
    std::vector<double> runs;
    std::vector<std::vector<double>> byChange(changes.size());
    long sink = 0;
    for (int round = 0; round < 9; ++round) {
        for (std::size_t c = 0; c < changes.size(); ++c) {
            t = Clock_::now();
            auto resolved = resolveFilter(data, changes[c].filter);
            if (!resolved)
                die(resolved.errors());
            const PortfolioFigures figures = aggregatePortfolio(data, *resolved, changes[c].by);
            const double ms = secondsSince(t) * 1e3;
            sink += figures.counts.assessed + long(figures.groups.size());
            runs.push_back(ms);
            byChange[c].push_back(ms);
        }
    }
    double slowest = 0;
    for (std::size_t c = 0; c < changes.size(); ++c) {
        slowest = std::max(slowest, median(byChange[c]));
        std::fprintf(stderr, "filter change %zu: median %.3f ms\n", c, median(byChange[c]));
    }
    print("portfolio_filter_change_ms", median(runs), "ms");
    print("portfolio_filter_change_best_ms", *std::min_element(runs.begin(), runs.end()), "ms");
    print("portfolio_filter_change_slowest_ms", slowest, "ms");

    // 同行对标 of one assessment: the latest of enterprises spread over the city.
    std::vector<double> peers;
    int found = 0;
    const std::size_t n = data.enterprises.size();
    for (std::size_t k = 0; k < 25; ++k) {
        const PortfolioEnterprise &e = data.enterprises[k * n / 25];
        if (e.assessments.empty())
            continue;
        const std::int64_t id = data.assessments[std::size_t(e.assessments.back())].id;
        t = Clock_::now();
        const auto b = peerBenchmark(data, id);
        peers.push_back(secondsSince(t) * 1e3);
        found += b.has_value();
        sink += b ? b->peers : 0;
    }
    print("peer_percentiles_ms", median(peers), "ms");
    print("peer_percentiles_best_ms", *std::min_element(peers.begin(), peers.end()), "ms");
    print("peer_percentiles_found", found, "of 25 assessments");
    return sink > 0 ? 0 : 1;
}

// The database as `parts` bundles: an import reads a bundle whole and refuses one above 1 GiB
// (so does an export), and the whole pilot-city database is larger than that.
int exportAll(const std::string &path, const std::string &prefix, int parts)
{
    Store store = openStore(path);
    auto all = store.enterprises();
    if (!all)
        die(all.errors());
    auto t = Clock_::now();
    double bytes = 0;
    for (int p = 0; p < parts; ++p) {
        ExportSelection selection;
        for (std::size_t k = std::size_t(p); k < all->size(); k += std::size_t(parts))
            selection.enterprises.push_back((*all)[k].id);
        const std::string bundle = prefix + "-" + std::to_string(p + 1) + ".dlb";
        auto done = exportBundle(store, selection, bundle, "benchmark");
        if (!done)
            die(done.errors());
        bytes += double(std::filesystem::file_size(bundle));
    }
    print("export_s", secondsSince(t), "s");
    // This process does nothing else: its peak is the export's.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    print("export_peak_rss_mb", double(usage.ru_maxrss) / 1024, "MB");
    print("bundle_parts", parts, "bundles");
    print("bundle_mb", bytes / 1e6, "MB");
    return 0;
}

int importInto(const std::string &path, const std::vector<std::string> &bundles)
{
    std::filesystem::remove(path);
    Store store = openStore(path);
    auto t = Clock_::now();
    int enterprises = 0, answers = 0;
    for (const auto &report : importBundles(store, bundles)) {
        if (!report)
            die(report.errors());
        enterprises += report->enterprisesAdded;
        answers += report->answersAdded;
    }
    print("import_s", secondsSince(t), "s");
    print("import_enterprises", enterprises, "enterprises");
    print("import_answers", answers, "answers");
    return 0;
}

// One CSV per table with the same rows, for the sqlite3 command-line tool's .import.
int csv(const std::string &path, const std::string &dir)
{
    Store store = openStore(path);
    std::filesystem::create_directories(dir);
    for (const char *table :
         {"model", "enterprise", "assessment", "answer", "audit", "evidence_check"}) {
        auto st = store.db().prepare(std::string("SELECT * FROM ") + table);
        if (!st)
            die(st.errors());
        std::ofstream out(dir + "/" + table + ".csv", std::ios::binary);
        for (;;) {
            auto row = st->step();
            if (!row)
                die(row.errors());
            if (!*row)
                break;
            for (int c = 0; c < st->columnCount(); ++c) {
                if (c > 0)
                    out << ',';
                out << csvField(st->isNull(c) ? std::string() : st->text(c));
            }
            out << "\r\n";
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> a(argv + 1, argv + argc);
    if (a.size() == 1 && a[0] == "model")
        return model();
    if (a.size() == 2 && a[0] == "rescore")
        return rescore(a[1]);
    if (a.size() == 2 && a[0] == "portfolio")
        return portfolio(a[1]);
    if (a.size() == 4 && a[0] == "export")
        return exportAll(a[1], a[2], std::max(1, std::atoi(a[3].c_str())));
    if (a.size() >= 3 && a[0] == "import")
        return importInto(a[1], {a.begin() + 2, a.end()});
    if (a.size() == 3 && a[0] == "csv")
        return csv(a[1], a[2]);
    std::fprintf(stderr, "usage: digilevel-bench model | rescore DB | portfolio DB | export DB "
                         "PREFIX N | import DB BUNDLE... | csv DB DIR\n");
    return 2;
}
