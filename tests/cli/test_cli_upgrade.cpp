// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a stored assessment from the command line: `assessment upgrade` prints what was
// carried over, what waits for confirmation (with each rule's note) and what stayed behind;
// `assessment score` lists the answers waiting until `assessment confirm` confirms them;
// refusals exit 1 in the user's language.
#include "testsupport.h"

#include "clitest.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Folder
{
    fs::path path =
        fs::temp_directory_path() /
        ("digilevel-cli-upgrade-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

// An enterprise with a 2024.1 assessment (id 1) answered in the ids 2024.2 rechecks and drops.
std::string setUp(const Folder &dir)
{
    const std::string db = dir.file("db.sqlite");
    REQUIRE(cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--industry", "C34"}, db)
                .code == 0);
    REQUIRE(cli({"assessment", "new", "1", "--model",
                 sourceFile("assessments/history/miit-sme-2024.1.yaml")},
                db)
                .code == 0);
    const std::string answers = dir.file("answers.yaml");
    std::ofstream(answers) << "format: digilevel-answers/1\n"
                              "model: {id: miit-sme-2024, version: \"2024.1\"}\n"
                              "figures:\n"
                              "  energy-intensity-before: 2.5\n"
                              "  energy-intensity-after: 2.0\n"
                              "  pass-rate-after: 98.5\n"
                              "items:\n"
                              "  system-coverage: several\n"
                              "  pass-rate: same\n";
    const Run loaded = cli({"assessment", "load", "1", answers, "--by", "王工"}, db);
    INFO(loaded.err);
    REQUIRE(loaded.code == 0);
    return db;
}

} // namespace

TEST_CASE("assessment upgrade prints what it carried, rechecked and dropped; score lists the "
          "answers to confirm until confirm",
          "[cli][upgrade]")
{
    EnglishLocale english;
    Folder dir;
    const std::string db = setUp(dir);

    Run r = cli({"assessment", "upgrade", "1", "--by", "李四"}, db);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::StartsWith("assessment 1 (miit-sme-2024 2024.1) upgraded to "
                                        "assessment 2 (miit-sme-2024 2024.2), uuid "));
    CHECK_THAT(r.out, Catch::Contains("carried over unchanged: 1\n"
                                      "  self item system-coverage = several\n"));
    CHECK_THAT(r.out, Catch::Contains("carried over, to confirm: 2 (confirm with: digilevel-cli "
                                      "assessment confirm 2 ID...|--all)\n"
                                      "  self figure energy-intensity-after = 2\n"
                                      "  self figure pass-rate-after = 98.5\n"
                                      "    why: Version 2024.1 asked for last year's figure"));
    CHECK_THAT(r.out, Catch::Contains("not carried over: 2 (they stay in assessment 1)\n"
                                      "  self figure energy-intensity-before = 2.5\n"
                                      "  self item pass-rate = same\n"
                                      "    why: Version 2024.1 compared last year with the year "
                                      "before"));

    r = cli({"assessment", "score", "2"}, db);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Answers to confirm: 2"));
    CHECK_THAT(r.out, Catch::Contains("  self figure pass-rate-after = 98.5\n"));
    r = cli({"assessment", "score", "2", "--json"}, db);
    REQUIRE(r.code == 0);
    const auto json = nlohmann::json::parse(r.out);
    REQUIRE(json["needs_confirmation"].size() == 2);
    CHECK(json["needs_confirmation"][0]["id"] == "energy-intensity-after");
    CHECK(json["needs_confirmation"][0]["value"] == "2");
    CHECK_THAT(json["needs_confirmation"][0]["note"].get<std::string>(),
               Catch::StartsWith("Version 2024.1 asked"));
    r = cli({"enterprise", "show", "1"}, db);
    CHECK_THAT(r.out, Catch::Contains("(upgraded from assessment 1; 2 answer(s) to confirm)"));

    // One by id, then the rest; each leaves an audit row marked as a confirmation.
    r = cli({"assessment", "confirm", "2", "pass-rate-after", "--by", "王工"}, db);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::StartsWith("1 answer(s) confirmed\n"));
    CHECK_THAT(r.out, Catch::Contains("Answers to confirm: 1"));
    r = cli({"assessment", "confirm", "2", "--all", "--layer", "self"}, db);
    REQUIRE(r.code == 0);
    CHECK(r.out == "1 answer(s) confirmed\n");
    r = cli({"assessment", "score", "2"}, db);
    CHECK_THAT(r.out, !Catch::Contains("Answers to confirm"));
    r = cli({"assessment", "history", "2"}, db);
    CHECK_THAT(r.out, Catch::Contains("upgraded-from\t\t- -> "));
    CHECK_THAT(r.out, Catch::Contains("王工\tself\tfigure\tpass-rate-after\t98.5 -> 98.5  "
                                      "(confirmed)\n"));
    r = cli({"assessment", "history", "1"}, db);
    CHECK_THAT(r.out, Catch::Contains("李四\t\tupgraded-to\t\t- -> "));

    // Comparing across the versions: the two outcome items are not counted as progress.
    REQUIRE(cli({"assessment", "answer", "2", "figure", "pass-rate-before", "95"}, db).code == 0);
    r = cli({"assessment", "compare", "1", "2"}, db);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Base score: 15.5 -> 12 (-3.5); comparable items: 5 -> 5 "
                                      "(+0)\n"));
    CHECK_THAT(r.out, Catch::Contains("Changed in meaning between the versions (not comparable, "
                                      "not counted as better or worse): Energy"));
    CHECK_THAT(r.out, Catch::Contains("0 improved, 0 worsened\n"));
    CHECK_THAT(r.out, Catch::Contains("3.5 -> 7 (+3.5)  [meaning changed — not comparable]"));
}

TEST_CASE("assessment upgrade refuses, in the user's language, a version that does not "
          "supersede the assessment's, and an assessment upgraded before",
          "[cli][upgrade]")
{
    Folder dir;
    const std::string db = setUp(dir);
    {
        EnglishLocale english;
        const Run r =
            cli({"assessment", "upgrade", "1", "--model", testData("models/minimal.yaml")}, db);
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains("does not say that it supersedes miit-sme-2024 2024.1, "
                                          "the model of assessment 1"));
        CHECK_THAT(r.err, Catch::EndsWith("1 problem found\n"));
    }
    REQUIRE(cli({"assessment", "upgrade", "1"}, db).code == 0);
    {
        NoLocale chinese;
        Run r = cli({"assessment", "upgrade", "1"}, db);
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains("评测 1 已经升级过：它的答案已在评测 2"));
        r = cli({"assessment", "upgrade", "2"}, db);
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains("评测 2 已经使用 miit-sme-2024 2024.2"));
        // Only two assessments: the refusals made none.
        CHECK_THAT(cli({"assessment", "list"}, db).out, Catch::Contains("2 assessment(s)"));
    }
    EnglishLocale english;
    CHECK(cli({"assessment", "confirm", "2"}, db).code == 2);
    CHECK(cli({"assessment", "confirm", "2", "pass-rate-after", "--all"}, db).code == 2);
    CHECK(cli({"assessment", "confirm", "2", "--all", "--layer", "both"}, db).code == 2);
    const Run missing = cli({"assessment", "confirm", "2", "pass-rate-before"}, db);
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("'pass-rate-before' has no self answer to confirm"));
}
