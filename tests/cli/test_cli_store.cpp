// SPDX-License-Identifier: GPL-3.0-or-later
// The database commands as a consultant scripts them: profile, assessment, answers from a file,
// scores, export to a bundle and import on another machine, integrity check.
#include "testsupport.h"

#include "clitest.h"

#include "clicommands.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Folder
{
    fs::path path =
        fs::temp_directory_path() /
        ("digilevel-cli-store-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

int countLines(const std::string &text, const std::string &needle)
{
    int n = 0;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        n += line.find(needle) != std::string::npos;
    return n;
}

} // namespace

TEST_CASE("a consultant's workflow through the database commands", "[cli][store]")
{
    Folder dir;
    const std::string db = dir.file("field.sqlite");

    // A wrong check character is refused, naming the expected one (computed by GB 32100).
    Run r = cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--credit-code",
                 "91330100MA2XXXXXX3", "--industry", "C34", "--lang", "en"},
                db);
    CHECK(r.code == 1);
    CHECK(r.err.find("should be '2' (position 18)") != std::string::npos);

    r = cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--credit-code",
             "91330100MA2XXXXXX2", "--industry", "C34", "--employees", "120", "--revenue", "8000"},
            db);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("size class: small") != std::string::npos);
    REQUIRE(cli({"assessment", "new", "1", "--assessor", "王工"}, db).code == 0);

    // A file with one bad value is refused whole: nothing of it is stored.
    const std::string bad = dir.file("bad.yaml");
    {
        std::ifstream in(testData("answers/cli-sample.yaml"));
        std::stringstream s;
        s << in.rdbuf();
        std::string text = s.str();
        const auto at = text.find("system-coverage: several");
        REQUIRE(at != std::string::npos);
        text.replace(at, 24, "system-coverage: plenty");
        std::ofstream(bad) << text;
    }
    r = cli({"assessment", "load", "1", bad}, db);
    CHECK(r.code == 1);
    CHECK(r.err.find("bad.yaml:") != std::string::npos);
    CHECK(r.err.find("plenty") != std::string::npos);
    r = cli({"assessment", "history", "1"}, db);
    CHECK(countLines(r.out, "system-coverage") == 0);
    CHECK(countLines(r.out, "product-design") == 0);

    // The sample stores 3 figures, 3 items and 3 scenarios.
    r = cli({"assessment", "load", "1", testData("answers/cli-sample.yaml")}, db);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("9 answers stored in assessment 1") != std::string::npos);

    r = cli({"assessment", "answer", "1", "scenario", "production-control", "2", "--layer",
             "verified", "--by", "李审"},
            db);
    REQUIRE(r.code == 0);
    r = cli({"assessment", "score", "1", "--layer", "verified", "--json"}, db);
    REQUIRE(r.code == 0);

    // Export, then import into the office database; importing twice adds nothing.
    const std::string bundle = dir.file("field.dlb");
    REQUIRE(cli({"export", "--all", "-o", bundle}, db).code == 0);
    const std::string office = dir.file("office.sqlite");
    r = cli({"import", bundle}, office);
    REQUIRE(r.code == 0);
    r = cli({"import", bundle}, office);
    REQUIRE(r.code == 0);
    r = cli({"enterprise", "list"}, office);
    CHECK(r.out.find("1 enterprise(s)") != std::string::npos);
    r = cli({"assessment", "list"}, office);
    CHECK(countLines(r.out, "miit-sme-2024") == 1);
    CHECK(cli({"check"}, office).code == 0);

    // A truncated bundle is refused and the office database is unchanged.
    const std::string cut = dir.file("cut.dlb");
    {
        std::ifstream in(bundle, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        std::ofstream(cut, std::ios::binary) << s.str().substr(0, s.str().size() / 3);
    }
    r = cli({"import", cut}, office);
    CHECK(r.code == 1);
    CHECK(r.err.find("cut.dlb") != std::string::npos);
    r = cli({"assessment", "list"}, office);
    CHECK(countLines(r.out, "miit-sme-2024") == 1);

    // Several bundles at once: the damaged one is reported, the good one still merges.
    r = cli({"import", cut, bundle}, office);
    CHECK(r.code == 1);
    CHECK(r.err.find("cut.dlb") != std::string::npos);
    CHECK(r.out.find("imported " + bundle + ": enterprises 0 new, 1 matched") != std::string::npos);
}

TEST_CASE("enterprise add refuses a credit code already registered, naming who has it",
          "[cli][store]")
{
    Folder dir;
    const std::string db = dir.file("codes.sqlite");
    Run r = cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--credit-code",
                 "91330100MA2XXXXXX2"},
                db);
    REQUIRE(r.code == 0);
    for (const char *code : {"91330100MA2XXXXXX2", "91330100ma2xxxxxx2"}) {
        INFO(code);
        // Chinese by default, English on request: the same facts in both.
        r = cli({"enterprise", "add", "--name", "另一家公司", "--credit-code", code}, db);
        CHECK(r.code == 1);
        CHECK(r.err.find("已登记给 示例精密机械有限公司（编号 1，uuid ") != std::string::npos);
        r = cli(
            {"enterprise", "add", "--lang", "en", "--name", "另一家公司", "--credit-code", code},
            db);
        CHECK(r.code == 1);
        CHECK(r.err.find("already registered to 示例精密机械有限公司 (id 1, uuid ") !=
              std::string::npos);
    }
    r = cli({"enterprise", "list"}, db);
    CHECK(r.out.find("1 enterprise(s)") != std::string::npos);
}

TEST_CASE("assessment answer saves by the same rules as the questionnaire", "[cli][store]")
{
    Folder dir;
    const std::string db = dir.file("rules.sqlite");
    REQUIRE(cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--industry", "C34"}, db)
                .code == 0);
    REQUIRE(cli({"assessment", "new", "1"}, db).code == 0);
    auto answer = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"assessment", "answer", "1"});
        args.insert(args.end(), {"--by", "王工"});
        Run r = cli(args, db);
        INFO(r.err);
        CHECK(r.code == 0);
        return r.out;
    };
    CHECK(answer({"item", "system-coverage", "several", "--note", "ERP"}) ==
          "saved self item system-coverage = several\n");
    // The same value again: nothing written, not even a line of history.
    CHECK(answer({"item", "system-coverage", "several"}) ==
          "unchanged self item system-coverage = several\n");
    // "-" removes the value and keeps the note.
    CHECK(answer({"item", "system-coverage", "-"}) == "cleared self item system-coverage\n");
    // Both figures of a trend replace the trend answered directly.
    answer({"item", "energy-intensity", "better"});
    answer({"figure", "energy-intensity-before", "10"});
    answer({"figure", "energy-intensity-after", "8"});

    Run history = cli({"assessment", "history", "1"}, db);
    REQUIRE(history.code == 0);
    CHECK(countLines(history.out, "system-coverage") == 2);
    CHECK(countLines(history.out, "\tenergy-intensity\tbetter -> -") == 1);
    auto store = dl::Store::open(db);
    REQUIRE(store.ok());
    auto rows = store->answers(1);
    REQUIRE(rows.ok());
    std::vector<std::string> seen;
    for (const dl::StoredAnswer &a : *rows)
        seen.push_back(a.key + "=" + a.value + "/" + a.note);
    CHECK(seen == std::vector<std::string>{"energy-intensity-after=8/",
                                           "energy-intensity-before=10/", "system-coverage=/ERP"});
}
