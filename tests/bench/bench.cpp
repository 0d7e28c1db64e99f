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
//   digilevel-bench sync-server ADMIN USER PASSWORD
//                                          the team server's schema on an empty database and
//                                          an office user (ADMIN: a superuser's conninfo)
//   digilevel-bench sync-first DB SERVER   the first sync of the whole database into the server,
//                                          then the second one (it receives its own rows back)
//   digilevel-bench sync-one DB SERVER RUNS
//                                          one answer changed, then a sync; median of RUNS
//   digilevel-bench sync-pull DB COPY SERVER N
//                                          COPY (a copy of DB as synced) changes one answer in
//                                          each of N assessments and syncs; then DB pulls them

#include "base/embedded.h"
#include "enterprise/answercodec.h"
#include "exchange/bundle.h"
#include "exchange/csvexport.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "portfolio/aggregate.h"
#include "portfolio/peerbenchmark.h"
#include "scoring/scoring.h"
#include "server/pgconnection.h"
#include "server/serverschema.h"
#include "server/serverusers.h"
#include "server/sync.h"
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

// The team server: its schema on an empty database and one office user.
int syncServer(const std::string &admin, const std::string &user, const std::string &password)
{
    auto conn = PgConnection::connect(admin);
    if (!conn)
        die(conn.errors());
    if (auto init = initServerSchema(*conn, "digilevel-bench"); !init)
        die(init.errors());
    if (auto added = addServerUser(*conn, {user, "市工信局", ServerRole::Office, password}); !added)
        die(added.errors());
    return 0;
}

SyncReport syncOrDie(Store &store, const std::string &server)
{
    auto r = synchronise(store, {server, {}, {}});
    if (!r)
        die(r.errors());
    return std::move(*r);
}

// An answer whose value is a whole number (figures are stored as their canonical text).
const std::string kWholeNumber =
    "value GLOB '[0-9]*' AND NOT value GLOB '*[^0-9]*' AND length(value) < 15";

// Changes one answer of an assessment through the store's answer path: its first figure (a whole
// number) goes one up or down (an answer row and its audit row, recorded for the next sync).
void changeOneAnswer(Store &store, std::int64_t assessmentId)
{
    auto st = store.db().prepare("SELECT layer, key, value, note FROM answer WHERE assessment_id "
                                 "= ? AND kind = 'figure' AND " +
                                 kWholeNumber + " ORDER BY layer, key LIMIT 1");
    if (!st)
        die(st.errors());
    st->bind(1, assessmentId);
    auto row = st->step();
    if (!row)
        die(row.errors());
    if (!*row) {
        std::fprintf(stderr, "digilevel-bench: assessment %lld has no figure to change\n",
                     static_cast<long long>(assessmentId));
        std::exit(1);
    }
    StoredAnswer a;
    a.layer = parseLayer(st->text(0)).value_or(Layer::Self);
    a.kind = AnswerKind::Figure;
    a.key = st->text(1);
    const long long v = std::stoll(st->text(2));
    a.value = std::to_string(v % 2 == 0 ? v + 1 : v - 1);
    a.note = st->text(3);
    if (auto done = store.setAnswer(assessmentId, a, "benchmark"); !done)
        die(done.errors());
}

// `count` assessment ids spread evenly over those that have a figure to change.
std::vector<std::int64_t> spreadAssessments(Store &store, std::size_t count)
{
    auto st = store.db().prepare("SELECT DISTINCT assessment_id FROM answer WHERE kind = "
                                 "'figure' AND " +
                                 kWholeNumber + " ORDER BY assessment_id");
    if (!st)
        die(st.errors());
    std::vector<std::int64_t> all;
    for (;;) {
        auto row = st->step();
        if (!row)
            die(row.errors());
        if (!*row)
            break;
        all.push_back(st->integer(0));
    }
    std::vector<std::int64_t> ids;
    const std::size_t n = all.size();
    for (std::size_t k = 0; k < count && k < n; ++k)
        ids.push_back(all[k * n / std::min(count, n)]);
    return ids;
}

int syncFirst(const std::string &path, const std::string &server)
{
    Store store = openStore(path);
    auto t = Clock_::now();
    const SyncReport first = syncOrDie(store, server);
    print("sync_first_s", secondsSince(t), "s");
    print("sync_first_enterprises", first.sentEnterprises, "enterprises");
    print("sync_first_assessments", first.sentAssessments, "assessments");
    print("sync_first_answers", first.sentAnswers, "answers");
    print("sync_first_audit", first.sentAudit, "audit rows");
    // The pull of the first sync came before its push: the second sync receives every row
    // it sent (and merges them as unchanged).
    t = Clock_::now();
    const SyncReport second = syncOrDie(store, server);
    print("sync_second_s", secondsSince(t), "s");
    print("sync_second_assessments_received",
          second.received.assessmentsAdded + second.received.assessmentsMatched, "assessments");
    return 0;
}

int syncOne(const std::string &path, const std::string &server, int runs)
{
    Store store = openStore(path);
    const auto ids = spreadAssessments(store, std::size_t(runs));
    std::vector<double> times;
    int sent = 0;
    for (std::int64_t id : ids) {
        changeOneAnswer(store, id);
        auto t = Clock_::now();
        const SyncReport r = syncOrDie(store, server);
        times.push_back(secondsSince(t) * 1e3);
        sent += r.sentAnswers;
    }
    if (ids.empty()) {
        std::fprintf(stderr, "digilevel-bench: no assessment has a figure to change\n");
        return 1;
    }
    if (sent != int(ids.size())) {
        std::fprintf(stderr, "digilevel-bench: %d answers sent for %zu changes\n", sent,
                     ids.size());
        return 1;
    }
    print("sync_one_answer_ms", median(times), "ms");
    print("sync_one_answer_best_ms", *std::min_element(times.begin(), times.end()), "ms");
    print("sync_one_answer_worst_ms", *std::max_element(times.begin(), times.end()), "ms");
    print("sync_one_answer_runs", double(times.size()), "runs");
    return 0;
}

int syncPull(const std::string &path, const std::string &copy, const std::string &server, int count)
{
    {
        // The other laptop: one answer changed in each of `count` assessments, then its sync.
        Store other = openStore(copy);
        for (std::int64_t id : spreadAssessments(other, std::size_t(count)))
            changeOneAnswer(other, id);
        auto t = Clock_::now();
        const SyncReport pushed = syncOrDie(other, server);
        print("sync_push_changed_s", secondsSince(t), "s");
        print("sync_push_changed_answers", pushed.sentAnswers, "answers");
    }
    Store store = openStore(path);
    auto t = Clock_::now();
    const SyncReport pulled = syncOrDie(store, server);
    print("sync_pull_changed_s", secondsSince(t), "s");
    print("sync_pull_changed_assessments",
          pulled.received.assessmentsAdded + pulled.received.assessmentsMatched, "assessments");
    print("sync_pull_changed_answers", pulled.received.answersUpdated, "answers");
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
    if (a.size() == 4 && a[0] == "sync-server")
        return syncServer(a[1], a[2], a[3]);
    if (a.size() == 3 && a[0] == "sync-first")
        return syncFirst(a[1], a[2]);
    if (a.size() == 4 && a[0] == "sync-one")
        return syncOne(a[1], a[2], std::max(1, std::atoi(a[3].c_str())));
    if (a.size() == 5 && a[0] == "sync-pull")
        return syncPull(a[1], a[2], a[3], std::max(1, std::atoi(a[4].c_str())));
    std::fprintf(stderr, "usage: digilevel-bench model | rescore DB | portfolio DB | export DB "
                         "PREFIX N | import DB BUNDLE... | csv DB DIR | sync-server ADMIN USER "
                         "PASSWORD | sync-first DB SERVER | sync-one DB SERVER RUNS | sync-pull "
                         "DB COPY SERVER N\n");
    return 2;
}
