// SPDX-License-Identifier: GPL-3.0-or-later
// Plans a user steers from the command line: `score --lock`, the locks stored with an assessment
// (`assessment lock` / `unlock`), and large investments (大额投入) marked in text and JSON. The
// answers are tests/data/answers/minimal-locks.yaml on tests/data/models/minimal.yaml; every
// expected plan is worked out by hand in the comments.
//
// Base 14.5, level 1; level 2 lacks 1.5 base points (its scenario conditions hold). One-step
// gains: energy worse -> same +2; staff 20 -> above 100 ((100,1000]) +1.5, which asks for more
// than 2 x 20 = 40 staff: a large investment; systems none -> one +1 (too little; none -> several
// is two steps, +2). Network, share and security are at their maximum.
#include "testsupport.h"

#include "clitest.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const std::string kModel = testData("models/minimal.yaml");
const std::string kAnswers = testData("answers/minimal-locks.yaml");

Run score(std::vector<std::string> more)
{
    std::vector<std::string> args = {"score", "--model", kModel, kAnswers, "--lang", "en"};
    args.insert(args.end(), more.begin(), more.end());
    return cli(args);
}

nlohmann::json json(const Run &r)
{
    INFO(r.err);
    REQUIRE(r.code == 0);
    return nlohmann::json::parse(r.out);
}

// The ids the changes of one JSON plan touch.
std::vector<std::string> changed(const nlohmann::json &plan)
{
    std::vector<std::string> ids;
    for (const auto &c : plan["changes"])
        ids.push_back(c["id"]);
    return ids;
}

} // namespace

TEST_CASE("score marks large investments and lists the locks it kept to", "[cli][locks]")
{
    SECTION("no locks: the plan without a large investment first")
    {
        const Run r = score({});
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains("  1. 1 steps, base +2\n"
                                          "     - Energy worse -> same: +2\n"
                                          "  2. 1 steps, base +1.5, large investments: 1\n"
                                          "     - Size (10,100] -> (100,1000]: +1.5 [large "
                                          "investment: Staff more than doubles]\n"));
        CHECK_THAT(r.out, !Catch::Contains("Not in our plans"));

        const auto j = json(score({"--json"}));
        CHECK(j["plan_locks"].empty());
        CHECK(j["what_if_status"] == "planned");
        REQUIRE(j["what_if"].size() == 2);
        CHECK(j["what_if"][0]["large_investments"] == 0);
        CHECK(j["what_if"][0]["changes"][0]["id"] == "energy");
        CHECK(j["what_if"][0]["changes"][0]["large_investment"] == false);
        CHECK_FALSE(j["what_if"][0]["changes"][0].contains("large_investment_reason"));
        const auto &staff = j["what_if"][1]["changes"][0];
        CHECK(staff["id"] == "headcount-size");
        CHECK(staff["large_investment"] == true);
        CHECK(staff["large_investment_reason"] == "more-than-double");
        CHECK(j["what_if"][1]["large_investments"] == 1);
    }
    SECTION("energy locked: staff in one step, or systems none -> several in two")
    {
        const Run r = score({"--lock", "energy"});
        REQUIRE(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains("Not in our plans (the plans leave them): Energy\n"));
        CHECK_THAT(r.out, Catch::Contains("  1. 1 steps, base +1.5, large investments: 1\n"));
        CHECK_THAT(r.out, Catch::Contains("  2. 2 steps, base +2\n"
                                          "     - System coverage None -> Several: +2\n"));
        CHECK_THAT(r.out, !Catch::Contains("Energy worse"));
    }
    SECTION("a comma list and a repeated option lock the same")
    {
        // Energy and staff locked: only systems none -> several (+2, two steps) is left.
        const Run listed = score({"--lock", "energy,headcount-size", "--json"});
        const Run repeated = score({"--lock", "headcount-size", "--lock", " energy ", "--json"});
        CHECK(listed.out == repeated.out);
        const auto j = json(listed);
        REQUIRE(j["plan_locks"].size() == 2);
        CHECK(j["plan_locks"][0] ==
              nlohmann::json({{"kind", "item"}, {"id", "energy"}, {"name", "Energy"}}));
        CHECK(j["plan_locks"][1]["id"] == "headcount-size");
        REQUIRE(j["what_if"].size() == 1);
        CHECK(changed(j["what_if"][0]) == std::vector<std::string>{"systems"});
        CHECK(j["what_if"][0]["steps"] == 2);
    }
    SECTION("no plan remains with the locks: said in text, JSON and both languages")
    {
        const std::vector<std::string> lock = {"--lock", "energy,headcount-size,systems"};
        Run r = score(lock);
        REQUIRE(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains(
                              "Not in our plans (the plans leave them): System coverage, Energy, "
                              "Size\n"));
        CHECK_THAT(r.out, Catch::Contains("No plan to Level 2 remains with these locks: only "
                                          "changing what is not in our plans would reach it."));
        CHECK_THAT(r.out, !Catch::Contains("cannot be reached"));
        std::vector<std::string> zh = lock;
        zh.insert(zh.end(), {"--lang", "zh_CN"});
        r = score(zh);
        CHECK_THAT(r.out, Catch::Contains("不在计划内（方案不改变）：系统覆盖、能耗、规模"));
        CHECK_THAT(r.out, Catch::Contains("在这些锁定下没有能升到二级的方案"));
        std::vector<std::string> asJson = lock;
        asJson.push_back("--json");
        const auto j = json(score(asJson));
        CHECK(j["what_if"].empty());
        CHECK(j["what_if_status"] == "blocked-by-locks");
    }
    SECTION("an unknown id is refused, named, before anything is scored")
    {
        const Run r = score({"--lock", "planning,bogus"});
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains("--lock: [bogus] cannot lock 'bogus' out of the plans: "
                                          "model minimal has no item or scenario with this id"));
    }
}

TEST_CASE("assessment lock and unlock keep a stored assessment's plans to its locks",
          "[cli][locks][store]")
{
    const fs::path dir =
        fs::temp_directory_path() /
        ("digilevel-cli-locks-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    fs::create_directories(dir);
    const std::string db = (dir / "locks.sqlite").string();
    EnglishLocale english;
    REQUIRE(cli({"enterprise", "add", "--name", "锁定测试企业"}, db).code == 0);
    REQUIRE(cli({"assessment", "new", "1", "--model", kModel}, db).code == 0);
    REQUIRE(cli({"assessment", "load", "1", kAnswers}, db).code == 0);

    Run r = cli({"assessment", "lock", "1", "energy,headcount-size"}, db);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out == "assessment 1: not in the plans: energy, headcount-size\n");
    // As with score --lock energy,headcount-size: systems none -> several, two steps.
    r = cli({"assessment", "score", "1", "--json"}, db);
    auto j = json(r);
    REQUIRE(j["plan_locks"].size() == 2);
    REQUIRE(j["what_if"].size() == 1);
    CHECK(changed(j["what_if"][0]) == std::vector<std::string>{"systems"});
    r = cli({"assessment", "score", "1"}, db);
    CHECK_THAT(r.out, Catch::Contains("Not in our plans (the plans leave them): Energy, Size"));

    // An id the assessment's model lacks is refused and the stored locks stay.
    r = cli({"assessment", "lock", "1", "hr,bogus"}, db);
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains("[bogus] cannot lock 'bogus'"));
    CHECK(json(cli({"assessment", "score", "1", "--json"}, db))["plan_locks"].size() == 2);

    // Staff unlocked: its large investment is the one-step plan again.
    r = cli({"assessment", "unlock", "1", "headcount-size"}, db);
    CHECK(r.out == "assessment 1: not in the plans: energy\n");
    j = json(cli({"assessment", "score", "1", "--json"}, db));
    CHECK(changed(j["what_if"][0]) == std::vector<std::string>{"headcount-size"});
    CHECK(j["what_if"][0]["changes"][0]["large_investment"] == true);

    r = cli({"assessment", "unlock", "1", "--all"}, db);
    CHECK(r.out == "assessment 1: nothing is locked out of the plans\n");
    j = json(cli({"assessment", "score", "1", "--json"}, db));
    CHECK(j["plan_locks"].empty());
    CHECK(changed(j["what_if"][0]) == std::vector<std::string>{"energy"});

    // Usage: lock needs ids; unlock needs ids or --all, not both.
    CHECK(cli({"assessment", "lock", "1"}, db).code == 2);
    CHECK(cli({"assessment", "unlock", "1"}, db).code == 2);
    CHECK(cli({"assessment", "unlock", "1", "energy", "--all"}, db).code == 2);
    CHECK(cli({"assessment", "lock", "99", "energy"}, db).code == 1); // no such assessment
    fs::remove_all(dir);
}
