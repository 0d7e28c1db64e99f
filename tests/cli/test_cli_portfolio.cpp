// SPDX-License-Identifier: GPL-3.0-or-later
// `digilevel-cli portfolio` and the verbs that feed it (segment, assessment phase, enterprise
// pilot options) on a database built through the command line from worked examples whose results
// were computed by hand (tests/data/worked): 06 = base 59.25, 二级; 17 = 81.25, 四级;
// 02 = 20, 一级; 16 = 28.85, 一级.
#include "testsupport.h"

#include "clitest.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Db
{
    fs::path dir = fs::temp_directory_path() /
                   ("digilevel-portfolio-" + std::to_string(::getpid()) + "-" +
                    std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::string path = (dir / "db.sqlite").string();
    Db() { fs::create_directories(dir); }
    ~Db()
    {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void ok(std::vector<std::string> args) const
    {
        const Run r = cli(std::move(args), path);
        INFO(r.err);
        REQUIRE(r.code == 0);
    }
};

// E1 甲 (C30, pilot, provincial 专精特新): baseline 06, then after 17; E2 乙 (C30): 02;
// E3 丙 (C14): 16. Segment 1 建材 = C30.
void build(const Db &db)
{
    db.ok({"enterprise", "add", "--name", "甲", "--industry", "C30", "--province", "广东", "--city",
           "佛山", "--pilot", "yes", "--batch", "2025年第一批", "--srdi", "provincial"});
    db.ok({"enterprise", "add", "--name", "乙", "--industry", "C30", "--province", "广东"});
    db.ok({"enterprise", "add", "--name", "丙", "--industry", "C14", "--province", "四川"});
    const std::pair<const char *, const char *> assessments[] = {
        {"1", "06-level2-machinery-base59_25.yaml"},
        {"1", "17-equipment-three-year-average-level4.yaml"},
        {"2", "02-level1-food-base20.yaml"},
        {"3", "16-packaging-networked-of-all-units.yaml"}};
    int id = 0;
    for (const auto &[enterprise, file] : assessments) {
        db.ok({"assessment", "new", enterprise, "--org", "数智咨询"});
        db.ok(
            {"assessment", "load", std::to_string(++id), testData(std::string("worked/") + file)});
    }
    db.ok({"assessment", "phase", "2", "after"});
    db.ok({"segment", "add", "建材", "--en", "Building materials", "--industry", "c30"});
}

nlohmann::json json(const Db &db, std::vector<std::string> args)
{
    args.insert(args.begin(), "portfolio");
    args.push_back("--json");
    const Run r = cli(args, db.path);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return nlohmann::json::parse(r.out);
}

} // namespace

TEST_CASE("portfolio --json over a small city, computed by hand", "[cli][portfolio]")
{
    Db db;
    build(db);
    // Representatives: 甲's after (81.25, 4), 乙 20 (1), 丙 28.85 (1).
    const auto all = json(db, {});
    CHECK(all["enterprises"] == 3);
    CHECK(all["assessed"] == 3);
    CHECK(all["levels"] == nlohmann::json{{"0", 0}, {"1", 2}, {"2", 0}, {"3", 0}, {"4", 1}});
    CHECK(all["at_or_above_level2"]["count"] == 1);
    CHECK(all["at_or_above_level2"]["share"] == 0.3333); // 1 / 3
    // (81.25 + 20 + 28.85) / 3 = 130.1 / 3 = 43.3666…
    CHECK(all["mean_base_score"] == 43.37);
    CHECK(all["median_base_score"] == 28.85);
    CHECK(all["srdi"] == nlohmann::json{{"total", 1}, {"at_or_above_level2", 1}});
    // 甲: 二级 59.25 before, 四级 81.25 after: +22.
    CHECK(all["uplift"]["pairs"] == 1);
    CHECK(all["uplift"]["matrix"]["2"]["4"] == 1);
    CHECK(all["uplift"]["mean_gain"] == 22.0);
    CHECK(all["uplift"]["rose"] == 1);
    CHECK(all["dimensions"].size() == 3);
    CHECK(all["scenarios"].size() == 16);

    const auto bySegment = json(db, {"--by", "segment", "--lang", "en"});
    REQUIRE(bySegment["groups"].size() == 2);
    CHECK(bySegment["groups"][0]["key"] == ""); // 丙, in no segment
    CHECK(bySegment["groups"][0]["name"] == "No segment");
    CHECK(bySegment["groups"][1]["name"] == "Building materials");
    CHECK(bySegment["groups"][1]["assessed"] == 2);
    CHECK(bySegment["groups"][1]["mean_base_score"] == 50.63); // (81.25 + 20) / 2 = 50.625

    // Baselines only: 甲 59.25 (二级), 乙 20, 丙 28.85 -> 108.1 / 3 = 36.0333…
    const auto baseline = json(db, {"--phase", "baseline"});
    CHECK(baseline["at_or_above_level2"]["count"] == 1);
    CHECK(baseline["mean_base_score"] == 36.03);
    CHECK(json(db, {"--pilot", "yes"})["enterprises"] == 1);
    CHECK(json(db, {"--segment", "建材", "--industry", "C30"})["assessed"] == 2);
    CHECK(json(db, {"--province", "西藏"})["mean_base_score"].is_null());
}

TEST_CASE("portfolio text and CSV, and what it refuses", "[cli][portfolio]")
{
    Db db;
    build(db);
    const Run text = cli({"portfolio", "--lang", "zh_CN", "--by", "org"}, db.path);
    REQUIRE(text.code == 0);
    CHECK_THAT(text.out, Catch::Contains("企业 3 家，已评测 3 家"));
    CHECK_THAT(text.out, Catch::Contains("二级及以上：1 家（33.3%）"));
    CHECK_THAT(text.out, Catch::Contains("改造前后：1 家可比，平均提升 22.00 分"));
    const Run csv = cli({"portfolio", "--lang", "en", "--by", "segment", "--csv"}, db.path);
    REQUIRE(csv.code == 0);
    CHECK(csv.out.starts_with("Segment,enterprises,assessed,level0"));
    CHECK_THAT(csv.out, Catch::Contains("Building materials,2,2,0,1,0,0,1,50.63,50.63,1,0.5000"));

    struct Bad
    {
        std::vector<std::string> args;
        int code;
        const char *message;
    };
    for (const Bad &b :
         {Bad{{"--from", "2026-02-01", "--to", "2026-01-01"}, 1, "before it starts"},
          Bad{{"--segment", "没有"}, 1, "no segment with id, uuid or name '没有'"},
          Bad{{"--from", "yesterday"}, 1, "'yesterday' is not a date; expected YYYY-MM-DD"},
          Bad{{"--by", "colour"}, 2, "--by must be segment"},
          Bad{{"--pilot", "maybe"}, 2, "--pilot must be yes or no"}}) {
        std::vector<std::string> args = {"portfolio", "--lang", "en"};
        args.insert(args.end(), b.args.begin(), b.args.end());
        const Run r = cli(args, db.path);
        INFO(r.err);
        CHECK(r.code == b.code);
        CHECK_THAT(r.err, Catch::Contains(b.message));
        CHECK(r.out.empty());
    }
    const Run list = cli({"segment", "list", "--lang", "en"}, db.path);
    CHECK_THAT(list.out, Catch::Contains("1\t建材\tBuilding materials\tC30\t0 named enterprises"));
    const Run phase = cli({"assessment", "phase", "1", "later"}, db.path);
    CHECK(phase.code == 2);
    // The phase chosen when the assessment is made, shown in the list.
    db.ok({"assessment", "new", "3", "--phase", "follow-up"});
    const Run listed = cli({"assessment", "list", "3"}, db.path);
    CHECK_THAT(listed.out, Catch::Contains("\tfollow-up\t"));
    CHECK(cli({"assessment", "new", "3", "--phase", "during"}, db.path).code == 2);
}
