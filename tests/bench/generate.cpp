// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-generate: a realistic pilot city (试点城市) for the benchmarks. Enterprises spread
// over industries, regions and size classes; each has a 改造前 (baseline) assessment, some a
// second, on-site one; 40 % were transformed in a pilot batch (2025-1, 2025-2) and have a later
// 改造后 assessment with higher answers, a few of them a 复评 (follow-up) in 2026; 15 % more are
// in the batch under way (2026-1). Assessments are made by a handful of service providers
// (服务商). Every item and scenario is answered from a latent "maturity" so that levels 0-4 all
// occur, with some evidence. The rows are written with plain SQL in one transaction (a generator,
// not a user) into the schema the program creates; the segments (细分行业) are then added and
// the cached summaries written through the store's own functions, and a sample is decoded
// through the normal code. Deterministic for a seed.
//
//   digilevel-generate --db OUT.sqlite [--enterprises 40000] [--seed 1]
//
// Prints "name<TAB>value<TAB>unit" lines for tools/benchmark.sh: the time the store took to
// write every cached summary.

#include "base/embedded.h"
#include "enterprise/creditcode.h"
#include "enterprise/sizeclass.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "store/portfolio.h"
#include "store/segments.h"
#include "store/storedassessment.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace dl;

namespace {

const char *const kProvinces[][3] = {
    {"浙江省", "杭州市", "宁波市"}, {"江苏省", "苏州市", "无锡市"},
    {"广东省", "深圳市", "东莞市"}, {"山东省", "青岛市", "潍坊市"},
    {"福建省", "泉州市", "厦门市"}, {"河南省", "郑州市", "洛阳市"},
    {"湖北省", "武汉市", "襄阳市"}, {"四川省", "成都市", "绵阳市"},
    {"安徽省", "合肥市", "芜湖市"}, {"河北省", "石家庄市", "保定市"},
    {"湖南省", "长沙市", "株洲市"}, {"辽宁省", "沈阳市", "大连市"},
    {"上海市", "上海市", "上海市"}, {"北京市", "北京市", "北京市"},
    {"重庆市", "重庆市", "重庆市"}, {"天津市", "天津市", "天津市"},
    {"江西省", "南昌市", "赣州市"}, {"陕西省", "西安市", "宝鸡市"},
};

// Service providers (服务商) that assess for the pilot, most used first (invented names).
const char *const kOrganisations[] = {
    "浙江数智工场科技有限公司",         "华信智造咨询服务有限公司",
    "中工互联（杭州）信息技术有限公司", "江苏云链数字科技股份有限公司",
    "粤港湾工业互联网研究院",           "中小企业数字化转型促进中心",
    "启明星辰管理咨询有限公司",         "鲁信产业数字化服务有限公司",
};

const char *const kAssessors[] = {"王工", "李审", "张工", "陈工", "刘审", "赵工", "周工"};

// An organisation, the first ones more often (a few providers do most of a city's work).
const char *organisationFor(std::mt19937_64 &rng)
{
    const std::size_t n = std::size(kOrganisations);
    return kOrganisations[std::min(
        n - 1, std::size_t(double(n) * std::pow(double(rng() % 1000) / 1000.0, 1.6)))];
}

struct Sql
{
    sqlite3 *db = nullptr;
    void exec(const char *sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::fprintf(stderr, "digilevel-generate: %s\n", err);
            std::exit(1);
        }
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "digilevel-generate: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
        return st;
    }
};

void bindText(sqlite3_stmt *st, int i, const std::string &s)
{
    sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
}

void run(sqlite3 *db, sqlite3_stmt *st)
{
    if (sqlite3_step(st) != SQLITE_DONE) {
        std::fprintf(stderr, "digilevel-generate: %s in %s\n", sqlite3_errmsg(db),
                     sqlite3_expanded_sql(st));
        std::exit(1);
    }
    sqlite3_reset(st);
}

std::string uuid(std::mt19937_64 &rng)
{
    const std::uint64_t a = rng(), b = rng();
    char out[40];
    std::snprintf(out, sizeof out, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xffff), unsigned(a & 0xfff),
                  unsigned(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return out;
}

std::string creditCode(std::mt19937_64 &rng)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    std::string code = "91";
    code += "330100"; // a registration area; real enough for the check character
    while (code.size() < 17)
        code += alphabet[rng() % 31];
    code += creditCodeCheckCharacter(code);
    return code;
}

std::string isoDate(int daysFrom2024, int seconds)
{
    const auto day =
        std::chrono::sys_days{std::chrono::year{2024} / 1 / 1} + std::chrono::days{daysFrom2024};
    const std::chrono::year_month_day ymd{day};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), 8 + seconds / 3600 % 10,
                  seconds / 60 % 60, seconds % 60);
    return out;
}

// Canonical answers (core/enterprise/answercodec.h) for one assessment at maturity m in [0, 1].
std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
answersFor(const Model &model, double m, std::mt19937_64 &rng)
{
    std::normal_distribution<double> noise(0.0, 0.18);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto around = [&](double x) { return std::clamp(x + noise(rng), 0.0, 1.0); };
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
        out; // kind, key, value
    std::map<int, long> figures;
    for (const Item &item : model.items) {
        switch (item.type) {
        case ItemType::Single: {
            std::vector<int> order(item.options.size());
            for (std::size_t k = 0; k < order.size(); ++k)
                order[k] = int(k);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return item.options[a].points < item.options[b].points;
            });
            const int pick = order[std::size_t(std::lround(around(m) * double(order.size() - 1)))];
            out.push_back({"item", {item.id, item.options[pick].id}});
            break;
        }
        case ItemType::Multi: {
            std::string ticked, none;
            for (const Option &o : item.options) {
                if (o.exclusive)
                    none = o.id;
                else if (unit(rng) < around(m))
                    ticked += (ticked.empty() ? "" : ",") + o.id;
            }
            if (ticked.empty() && none.empty())
                ticked = item.options.front().id;
            out.push_back({"item", {item.id, ticked.empty() ? none : ticked}});
            break;
        }
        case ItemType::YesNo:
            out.push_back({"item", {item.id, unit(rng) < around(m) ? "yes" : "no"}});
            break;
        case ItemType::Ratio: {
            const long all =
                figures.count(item.figureB) ? figures[item.figureB] : 20 + long(rng() % 500);
            figures[item.figureB] = all;
            if (!figures.count(item.figureA))
                figures[item.figureA] = std::lround(double(all) * around(m));
            break;
        }
        case ItemType::Number: {
            const double low = std::stod(item.numberRange.low.toString());
            const double high = std::min(std::stod(item.numberRange.high.toString()), 1e6);
            if (!figures.count(item.figureA))
                figures[item.figureA] = std::lround(low + (high - low) * around(m) * 0.6);
            break;
        }
        case ItemType::Trend: {
            if (item.figureA >= 0 && item.figureB >= 0) {
                const bool percent =
                    model.figures[std::size_t(item.figureA)].kind == FigureKind::Percent;
                const long before =
                    figures.count(item.figureA)
                        ? figures[item.figureA]
                        : (percent ? 50 + long(rng() % 45) : 1000 + long(rng() % 9000));
                figures[item.figureA] = before;
                const double change = (around(m) - 0.45) * 0.3; // better with maturity
                double after = double(before) * (1 + (item.higherIsBetter ? change : -change));
                if (percent)
                    after = std::min(after, 100.0);
                if (!figures.count(item.figureB))
                    figures[item.figureB] = std::max(0L, std::lround(after));
            } else {
                const double x = around(m);
                out.push_back({"item",
                               {item.id, x < 0.33   ? "worse"
                                         : x < 0.66 ? "same"
                                                    : "better"}});
            }
            break;
        }
        }
    }
    for (const auto &[index, value] : figures)
        if (index >= 0)
            out.push_back(
                {"figure", {model.figures[std::size_t(index)].id, std::to_string(value)}});
    for (const Scenario &s : model.scenarios) {
        const double r = 4.0 * m + noise(rng) * 4.0;
        out.push_back({"scenario", {s.id, std::to_string(std::clamp(int(std::lround(r)), 0, 4))}});
    }
    return out;
}

// One assessment of an enterprise, in time order.
struct Planned
{
    const char *phase;
    const char *mode;
    int day; // from 2024-01-01
    const char *organisation;
    double maturity;
};

Segment segment(std::mt19937_64 &rng,
                const char *zh,
                const char *en,
                std::vector<std::string> codes,
                std::vector<std::int64_t> members = {})
{
    Segment s;
    s.uuid = uuid(rng);
    s.nameZh = zh;
    s.nameEn = en;
    s.industries = std::move(codes);
    s.members = std::move(members);
    s.createdAt = s.updatedAt = "2025-01-06T09:00:00Z";
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    std::string path;
    int count = 40000;
    unsigned seed = 1;
    for (int k = 1; k + 1 < argc; k += 2) {
        const std::string a = argv[k];
        if (a == "--db")
            path = argv[k + 1];
        else if (a == "--enterprises")
            count = std::max(1, std::atoi(argv[k + 1]));
        else if (a == "--seed")
            seed = unsigned(std::atoi(argv[k + 1]));
    }
    if (path.empty()) {
        std::fprintf(stderr,
                     "usage: digilevel-generate --db OUT.sqlite [--enterprises N] [--seed S]\n");
        return 2;
    }
    std::filesystem::remove(path);
    Store::Options storeOptions;
    storeOptions.dailyBackup = false;
    storeOptions.clock = [] { // what the store stamps (segments, summaries): one fixed day
        return std::chrono::system_clock::time_point{
            std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}};
    };
    {
        auto created = Store::open(path, storeOptions); // the real schema, by the real migrations
        if (!created) {
            std::fprintf(stderr, "%s\n", created.errors().front().toString().c_str());
            return 1;
        }
    }
    auto models = loadBuiltinModelSet();
    if (!models)
        return 1;
    const Model &model = models->model;
    const std::string_view modelText = *embeddedFile("assessments/miit-sme-2024.yaml");

    Sql sql;
    sqlite3_open(path.c_str(), &sql.db);
    sql.exec("PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON; BEGIN");
    sqlite3_stmt *insModel = sql.prepare(
        "INSERT INTO model (content_hash, model_id, version, content) VALUES (?,?,?,?)");
    bindText(insModel, 1, model.contentHash);
    bindText(insModel, 2, model.id);
    bindText(insModel, 3, model.version);
    sqlite3_bind_blob(insModel, 4, modelText.data(), int(modelText.size()), SQLITE_STATIC);
    run(sql.db, insModel);
    sqlite3_stmt *insEnt = sql.prepare(
        "INSERT INTO enterprise (uuid, name, credit_code, industry, province, city, employees, "
        "revenue_wan, size_class, above_scale, srdi, pilot, pilot_batch, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *insAss = sql.prepare(
        "INSERT INTO assessment (uuid, enterprise_id, model_hash, status, mode, assessor_name, "
        "assessor_org, phase, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *insAns = sql.prepare(
        "INSERT INTO answer (assessment_id, layer, kind, key, value, updated_at, updated_by, "
        "change_uuid) VALUES (?,?,?,?,?,?,?,?)");
    sqlite3_stmt *insAudit = sql.prepare(
        "INSERT INTO audit (uuid, assessment_id, layer, kind, key, new_value, changed_at, "
        "changed_by) VALUES (?,?,?,?,?,?,?,?)");
    sqlite3_stmt *insCheck = sql.prepare(
        "INSERT INTO evidence_check (assessment_id, target, evidence_id, ticked, updated_at) "
        "VALUES (?,?,?,?,?)");

    std::mt19937_64 rng(seed);
    const auto &divisions = IndustryTable::gbt4754().divisions();
    std::vector<const IndustryEntry *> manufacturing, other;
    for (const IndustryEntry &d : divisions)
        (d.section == "C" ? manufacturing : other).push_back(&d);
    const char *const names[] = {"精密", "智能", "新材料", "机电", "电子",
                                 "食品", "纺织", "汽配",   "化工", "医疗器械",
                                 "包装", "家居", "模具",   "光电", "环保"};
    const char *const suffixes[] = {"有限公司", "股份有限公司", "科技有限公司", "制造有限公司"};
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    long answers = 0, assessments = 0;
    std::vector<std::int64_t> chainMembers; // the segment defined by its members
    for (int e = 0; e < count; ++e) {
        // Three in four are manufacturers: the evaluation targets them first.
        const IndustryEntry &ind = unit(rng) < 0.75 ? *manufacturing[rng() % manufacturing.size()]
                                                    : *other[rng() % other.size()];
        const auto &region = kProvinces[rng() % std::size(kProvinces)];
        const int employees = int(std::exp(std::log(5.0) + unit(rng) * std::log(1500.0 / 5.0)));
        const long revenue = std::lround(employees * (20 + unit(rng) * 120));
        const auto size = classifySize(ind.section + ind.code, employees, Rational(revenue));
        const char *sizeKey = key(size.size);
        const double srdiDraw = unit(rng);
        const char *srdi = srdiDraw < 0.80   ? "none"
                           : srdiDraw < 0.93 ? "innovative"
                           : srdiDraw < 0.99 ? "provincial"
                                             : "little-giant";
        const std::string name = std::string(region[1 + rng() % 2]).substr(0, 6) +
                                 names[rng() % std::size(names)] + std::to_string(e + 1) +
                                 suffixes[rng() % std::size(suffixes)];
        // 40 % transformed in the batches of 2025 (they have a 改造后 assessment), 15 % in the
        // batch of 2026 under way, the rest outside the pilot.
        const double pilotDraw = unit(rng);
        const char *batch = pilotDraw < 0.22   ? "2025-1"
                            : pilotDraw < 0.40 ? "2025-2"
                            : pilotDraw < 0.55 ? "2026-1"
                                               : "";
        const std::string created = isoDate(int(rng() % 120), e % 36000);
        bindText(insEnt, 1, uuid(rng));
        bindText(insEnt, 2, name);
        bindText(insEnt, 3, creditCode(rng));
        bindText(insEnt, 4, ind.section + ind.code);
        bindText(insEnt, 5, region[0]);
        bindText(insEnt, 6, region[1 + rng() % 2]);
        sqlite3_bind_int(insEnt, 7, employees);
        bindText(insEnt, 8, std::to_string(revenue));
        bindText(insEnt, 9, sizeKey);
        sqlite3_bind_int(insEnt, 10, revenue >= 2000);
        bindText(insEnt, 11, srdi);
        sqlite3_bind_int(insEnt, 12, *batch != '\0');
        bindText(insEnt, 13, batch);
        bindText(insEnt, 14, created);
        bindText(insEnt, 15, created);
        run(sql.db, insEnt);
        const sqlite3_int64 enterpriseId = sqlite3_last_insert_rowid(sql.db);
        if (e % 97 == 0 || (ind.code == "36" && unit(rng) < 0.3))
            chainMembers.push_back(enterpriseId);

        // The provider that diagnoses an enterprise usually transforms it and assesses after.
        const char *provider = unit(rng) < 0.05 ? "" : organisationFor(rng);
        // Maturity's spread puts enterprises at every level; a transformation raises it.
        const double m = std::pow(unit(rng), 1.3) * 0.95;
        std::vector<Planned> plan;
        const int diagnosed = 150 + int(rng() % 90); // mid-2024
        plan.push_back({"baseline", "self", diagnosed, provider, m});
        if (unit(rng) < 0.35) // confirmed on site by the provider
            plan.push_back({"baseline", "onsite", diagnosed + 30 + int(rng() % 60),
                            *provider ? provider : organisationFor(rng),
                            std::min(1.0, m + unit(rng) * 0.05)});
        if (std::string_view(batch).starts_with("2025")) { // transformed, assessed after
            const int after = (std::string_view(batch) == "2025-1" ? 520 : 680) + int(rng() % 60);
            const double raised = std::min(1.0, m + 0.12 + unit(rng) * 0.25);
            plan.push_back({"after", "onsite", after,
                            unit(rng) < 0.7 && *provider ? provider : organisationFor(rng),
                            raised});
            if (unit(rng) < 0.12) // 复评 a year on
                plan.push_back({"follow-up", "onsite", after + 330 + int(rng() % 30),
                                organisationFor(rng), std::min(1.0, raised + unit(rng) * 0.08)});
        }
        for (std::size_t k = 0; k < plan.size(); ++k) {
            const Planned &p = plan[k];
            const std::string when = isoDate(p.day, e % 36000);
            const std::string assessor = kAssessors[rng() % std::size(kAssessors)];
            const bool last = k + 1 == plan.size();
            bindText(insAss, 1, uuid(rng));
            sqlite3_bind_int64(insAss, 2, enterpriseId);
            bindText(insAss, 3, model.contentHash);
            bindText(insAss, 4,
                     !last || rng() % 3 ? "verified" : (rng() % 2 ? "submitted" : "draft"));
            bindText(insAss, 5, p.mode);
            bindText(insAss, 6, assessor);
            bindText(insAss, 7, p.organisation);
            bindText(insAss, 8, p.phase);
            bindText(insAss, 9, when);
            bindText(insAss, 10, when);
            run(sql.db, insAss);
            const sqlite3_int64 assessmentId = sqlite3_last_insert_rowid(sql.db);
            ++assessments;
            for (const auto &[kind, kv] : answersFor(model, p.maturity, rng)) {
                const std::string change = uuid(rng);
                bindText(insAudit, 1, change);
                sqlite3_bind_int64(insAudit, 2, assessmentId);
                bindText(insAudit, 3, "self");
                bindText(insAudit, 4, kind);
                bindText(insAudit, 5, kv.first);
                bindText(insAudit, 6, kv.second);
                bindText(insAudit, 7, when);
                bindText(insAudit, 8, assessor);
                run(sql.db, insAudit);
                sqlite3_bind_int64(insAns, 1, assessmentId);
                bindText(insAns, 2, "self");
                bindText(insAns, 3, kind);
                bindText(insAns, 4, kv.first);
                bindText(insAns, 5, kv.second);
                bindText(insAns, 6, when);
                bindText(insAns, 7, assessor);
                bindText(insAns, 8, change);
                run(sql.db, insAns);
                ++answers;
            }
            // Some evidence checklists ticked.
            for (const Item &item : model.items) {
                if (item.evidence.empty() || unit(rng) > p.maturity)
                    continue;
                sqlite3_bind_int64(insCheck, 1, assessmentId);
                bindText(insCheck, 2, item.id);
                bindText(insCheck, 3, item.evidence.front().id);
                sqlite3_bind_int(insCheck, 4, 1);
                bindText(insCheck, 5, when);
                run(sql.db, insCheck);
            }
        }
    }
    for (sqlite3_stmt *st : {insModel, insEnt, insAss, insAns, insAudit, insCheck})
        sqlite3_finalize(st);
    sql.exec("COMMIT");
    sqlite3_close(sql.db);

    auto store = Store::open(path, storeOptions);
    if (!store)
        return 1;
    // The segments a city office defines (细分行业), by GB/T 4754 codes and one by its members,
    // through the store as the GUI and the CLI add them.
    const Segment segments[] = {
        segment(rng, "新型建材及陶瓷琉璃制品", "New building materials, ceramics and glazed ware",
                {"C30"}),
        segment(rng, "特色食品加工", "Speciality food processing", {"C13", "C14"}),
        segment(rng, "智能装备制造", "Intelligent equipment", {"C34", "C35"}),
        segment(rng, "纺织服装", "Textiles and garments", {"C17", "C18"}),
        segment(rng, "新能源汽车链主配套企业", "Suppliers of the EV chain leader", {},
                chainMembers),
    };
    for (const Segment &s : segments) {
        if (auto added = addSegment(*store, s); !added) {
            std::fprintf(stderr, "digilevel-generate: %s\n",
                         added.errors().front().toString().c_str());
            return 1;
        }
    }
    // The cached summaries, written as the program writes them.
    const auto t = std::chrono::steady_clock::now();
    auto refreshed = refreshSummaries(*store);
    if (!refreshed) {
        std::fprintf(stderr, "digilevel-generate: %s\n",
                     refreshed.errors().front().toString().c_str());
        return 1;
    }
    std::printf("summaries_refreshed\t%d\tassessments\n", *refreshed);
    std::printf("summaries_refresh_s\t%.6g\ts\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count());

    // Every generated answer must be one the program accepts: decode a sample the normal way.
    for (long id = 1; id <= assessments; id += std::max(1L, assessments / 200)) {
        auto loaded = loadAssessment(*store, std::to_string(id));
        if (!loaded) {
            std::fprintf(stderr, "generated assessment %ld does not decode: %s\n", id,
                         loaded.errors().front().toString().c_str());
            return 1;
        }
    }
    std::fprintf(stderr, "%d enterprises, %ld assessments, %ld answers in %s\n", count, assessments,
                 answers, path.c_str());
    return 0;
}
