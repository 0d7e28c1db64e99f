// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-generate: a realistic database at pilot-city scale for the benchmarks. Enterprises
// spread over industries, regions and size classes, 1-3 assessments each over two years, every
// item and scenario answered from a latent "maturity" so that levels 0-4 all occur, some
// evidence. Written with plain SQL in one transaction (a generator, not a user), into the schema
// the program creates, then checked by decoding a sample through the normal code.
//
//   digilevel-generate --db OUT.sqlite [--enterprises 40000] [--seed 1]

#include "base/embedded.h"
#include "enterprise/creditcode.h"
#include "enterprise/sizeclass.h"
#include "model/builtinmodels.h"
#include "model/industry.h"
#include "store/storedassessment.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
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
    {
        Store::Options o;
        o.dailyBackup = false;
        auto created = Store::open(path, o); // the real schema, through the real migrations
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
        "revenue_wan, size_class, above_scale, srdi, created_at, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *insAss = sql.prepare(
        "INSERT INTO assessment (uuid, enterprise_id, model_hash, status, mode, assessor_name, "
        "assessor_org, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
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
        bindText(insEnt, 12, created);
        bindText(insEnt, 13, created);
        run(sql.db, insEnt);
        const sqlite3_int64 enterpriseId = sqlite3_last_insert_rowid(sql.db);

        // Maturity grows between assessments; its spread puts enterprises at every level.
        double m = std::pow(unit(rng), 1.3) * 0.95;
        const int n = 1 + int(rng() % 3);
        for (int k = 0; k < n; ++k) {
            const int day = 150 + k * 240 + int(rng() % 90);
            const std::string when = isoDate(day, e % 36000);
            const std::string assessor = k % 2 ? "李审" : "王工";
            bindText(insAss, 1, uuid(rng));
            sqlite3_bind_int64(insAss, 2, enterpriseId);
            bindText(insAss, 3, model.contentHash);
            bindText(insAss, 4, k + 1 < n ? "verified" : (rng() % 2 ? "submitted" : "draft"));
            bindText(insAss, 5, k % 2 ? "onsite" : "self");
            bindText(insAss, 6, assessor);
            bindText(insAss, 7, "示例咨询");
            bindText(insAss, 8, when);
            bindText(insAss, 9, when);
            run(sql.db, insAss);
            const sqlite3_int64 assessmentId = sqlite3_last_insert_rowid(sql.db);
            ++assessments;
            for (const auto &[kind, kv] : answersFor(model, m, rng)) {
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
                if (item.evidence.empty() || unit(rng) > m)
                    continue;
                sqlite3_bind_int64(insCheck, 1, assessmentId);
                bindText(insCheck, 2, item.id);
                bindText(insCheck, 3, item.evidence.front().id);
                sqlite3_bind_int(insCheck, 4, 1);
                bindText(insCheck, 5, when);
                run(sql.db, insCheck);
            }
            m = std::min(1.0, m + 0.05 + unit(rng) * 0.15);
        }
    }
    for (sqlite3_stmt *st : {insModel, insEnt, insAss, insAns, insAudit, insCheck})
        sqlite3_finalize(st);
    sql.exec("COMMIT");
    sqlite3_close(sql.db);

    // Every generated answer must be one the program accepts: decode a sample the normal way.
    Store::Options options;
    options.dailyBackup = false;
    auto store = Store::open(path, options);
    if (!store)
        return 1;
    for (long id = 1; id <= assessments; id += std::max(1L, assessments / 200)) {
        auto loaded = loadAssessment(*store, std::to_string(id));
        if (!loaded) {
            std::fprintf(stderr, "generated assessment %ld does not decode: %s\n", id,
                         loaded.errors().front().toString().c_str());
            return 1;
        }
    }
    std::printf("%d enterprises, %ld assessments, %ld answers in %s\n", count, assessments, answers,
                path.c_str());
    return 0;
}
