// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire workbook's round trip as a consultant runs it: `questionnaire export`, the
// enterprise fills it in with another program (tests/data/questionnaire/fill.py, openpyxl: every
// string inline, numbers and booleans typed, a sheet moved, rows and columns inserted), and
// `questionnaire import` stores what was written there. The values expected in the database are
// written out by hand.
#include "testsupport.h"

#include "clitest.h"

#include "store/store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Folder
{
    fs::path path =
        fs::temp_directory_path() / ("digilevel-cli-questionnaire-" + std::to_string(::getpid()) +
                                     "-" + std::to_string(std::rand()));
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

// A database with one enterprise (C34) and its assessment 1.
struct Field
{
    Folder dir;
    std::string db = dir.file("field.sqlite");
    Field()
    {
        REQUIRE(
            cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--industry", "C34"}, db)
                .code == 0);
        REQUIRE(cli({"assessment", "new", "1", "--assessor", "王工"}, db).code == 0);
    }
    // Runs fill.py on `in` with the edits (JSON), writing `out`.
    void fill(const std::string &in, const std::string &out, const std::string &edits) const
    {
        const std::string spec = dir.file("edits.json");
        std::ofstream(spec) << edits;
        const std::string command = std::string(DIGILEVEL_PYTHON3) + " '" +
                                    sourceFile("tests/data/questionnaire/fill.py") + "' '" + in +
                                    "' '" + out + "' '" + spec + "'";
        REQUIRE(std::system(command.c_str()) == 0);
    }
    // Every stored answer of assessment 1 as "layer kind key = value [note]".
    std::map<std::string, std::string> stored() const
    {
        auto store = dl::Store::open(db);
        REQUIRE(store.ok());
        auto rows = store->answers(1);
        REQUIRE(rows.ok());
        std::map<std::string, std::string> out;
        for (const dl::StoredAnswer &a : *rows)
            out[std::string(key(a.layer)) + " " + key(a.kind) + " " + a.key] =
                a.value + (a.note.empty() ? "" : " [" + a.note + "]");
        return out;
    }
};

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("a questionnaire goes out as a workbook and its answers come back",
          "[cli][questionnaire]")
{
    EnglishLocale english;
    struct Case
    {
        const char *what;
        const char *lang;
        const char *layer;
        std::string edits; // fill.py's JSON
        std::map<std::string, std::string> expected;
    };
    // Stored before the export: the workbook shows them, and what the enterprise leaves alone
    // stays as it is.
    const std::map<std::string, std::string> before = {
        {"self item system-coverage", "one"},
        {"self scenario product-design", "2 [MES 试点]"},
    };
    const std::vector<Case> cases = {
        {"English, re-saved with a sheet moved, rows and a column inserted",
         "en",
         "self",
         R"({"restructure": [
               {"op": "move-sheet", "sheet": 3, "to": 0},
               {"op": "insert-rows", "sheet": 1, "at": 1, "count": 2},
               {"op": "insert-cols", "sheet": 2, "at": 2},
               {"op": "rename-sheet", "sheet": 2, "name": "Fragen"}],
             "edits": [
               {"id": "production-units", "value": 120, "as": "number"},
               {"id": "networked-units", "value": "45", "as": "text"},
               {"id": "networked-units", "column": "note", "value": "incl. 5 robots"},
               {"id": "digital-spend", "value": 85.5, "as": "number"},
               {"id": "annual-revenue", "value": "8000", "as": "text"},
               {"id": "pass-rate-before", "value": 96.5, "as": "number"},
               {"id": "pass-rate-after", "value": "98", "as": "text"},
               {"id": "plan-implementation", "value": "A transformation plan with safeguards is in place"},
               {"id": "network/control-network", "value": "Yes"},
               {"id": "network/industrial-5g", "value": true, "as": "bool"},
               {"id": "network/none", "value": "No"},
               {"id": "energy-intensity", "value": "better"},
               {"id": "sales-management", "value": "Level 3"},
               {"id": "after-sales-service", "value": 1, "as": "number"}]})",
         {{"self item system-coverage", "one"},
          {"self scenario product-design", "2 [MES 试点]"},
          {"self figure production-units", "120"},
          {"self figure networked-units", "45 [incl. 5 robots]"},
          {"self figure digital-spend", "85.5"},
          {"self figure annual-revenue", "8000"},
          {"self figure pass-rate-before", "96.5"},
          {"self figure pass-rate-after", "98"},
          {"self item plan-implementation", "planned"},
          {"self item network", "control-network,industrial-5g"},
          {"self item energy-intensity", "better"},
          {"self scenario sales-management", "3"},
          {"self scenario after-sales-service", "1"}}},
        {"Chinese, into the verified layer, labels changed from the stored ones",
         "zh_CN",
         "verified",
         R"({"restructure": [{"op": "insert-cols", "sheet": 1, "at": 3}],
             "edits": [
               {"id": "digital-units", "value": 30, "as": "number"},
               {"id": "system-coverage", "value": "全部业务环节使用信息系统"},
               {"id": "system-coverage", "column": "note", "value": "ERP、MES、WMS"},
               {"id": "data-security/none", "value": "是"},
               {"id": "pass-rate", "value": "持平"},
               {"id": "product-design", "value": "未达一级"}]})",
         {{"self item system-coverage", "one"},
          {"self scenario product-design", "2 [MES 试点]"},
          {"verified figure digital-units", "30"},
          {"verified item system-coverage", "all [ERP、MES、WMS]"},
          {"verified item data-security", "none"},
          {"verified item pass-rate", "same"},
          {"verified scenario product-design", "0"}}},
    };
    for (const Case &c : cases) {
        SECTION(c.what)
        {
            Field f;
            REQUIRE(
                cli({"assessment", "answer", "1", "item", "system-coverage", "one"}, f.db).code ==
                0);
            REQUIRE(cli({"assessment", "answer", "1", "scenario", "product-design", "2", "--note",
                         "MES 试点"},
                        f.db)
                        .code == 0);
            REQUIRE(f.stored() == before);
            const std::string out = f.dir.file("questionnaire.xlsx");
            const std::string back = f.dir.file("returned.xlsx");
            Run r = cli(
                {"questionnaire", "export", "1", "-o", out, "--lang", c.lang, "--layer", c.layer},
                f.db);
            REQUIRE(r.code == 0);
            f.fill(out, back, c.edits);

            r = cli({"questionnaire", "import", "1", back, "--dry-run", "--layer", c.layer}, f.db);
            INFO(r.err);
            REQUIRE(r.code == 0);
            CHECK(f.stored() == before); // a dry run stores nothing

            r = cli({"questionnaire", "import", "1", back, "--layer", c.layer, "--by", "王工"},
                    f.db);
            INFO(r.err);
            REQUIRE(r.code == 0);
            CHECK(f.stored() == c.expected);
            r = cli({"assessment", "history", "1"}, f.db);
            CHECK(r.out.find("王工 (returned.xlsx)") != std::string::npos);
        }
    }
}

TEST_CASE("a questionnaire exported with the stored answers comes back unchanged",
          "[cli][questionnaire]")
{
    EnglishLocale english;
    Field f;
    for (const auto &answer : std::vector<std::vector<std::string>>{
             {"figure", "production-units", "100"},
             {"item", "network", "control-network,application-network"},
             {"item", "system-coverage", "several"},
             {"item", "cost-per-revenue", "worse"},
             {"scenario", "quality-management", "4"}}) {
        std::vector<std::string> args = {"assessment", "answer", "1"};
        args.insert(args.end(), answer.begin(), answer.end());
        REQUIRE(cli(args, f.db).code == 0);
    }
    const auto before = f.stored();
    for (const char *lang : {"en", "zh_CN"}) {
        // libxlsxwriter's own file: shared strings, numbers, the drop-downs' labels.
        const std::string out = f.dir.file(std::string(lang) + ".xlsx");
        REQUIRE(cli({"questionnaire", "export", "1", "-o", out, "--lang", lang}, f.db).code == 0);
        Run r = cli({"questionnaire", "import", "1", out}, f.db);
        INFO(r.out << r.err);
        CHECK(r.code == 0);
        CHECK(r.out.find("stored: 0 answer(s) changed") != std::string::npos);
        CHECK(f.stored() == before);
        // A blank one changes nothing either: an empty cell leaves the answer as it is.
        REQUIRE(cli({"questionnaire", "export", "1", "-o", out, "--lang", lang, "--blank"}, f.db)
                    .code == 0);
        r = cli({"questionnaire", "import", "1", out}, f.db);
        CHECK(r.code == 0);
        CHECK(f.stored() == before);
    }
}

TEST_CASE("a returned questionnaire with problems is refused whole, each problem at its cell",
          "[cli][questionnaire]")
{
    EnglishLocale english;
    Field f;
    const std::string out = f.dir.file("questionnaire.xlsx");
    const std::string back = f.dir.file("returned.xlsx");
    REQUIRE(cli({"questionnaire", "export", "1", "-o", out, "--lang", "en"}, f.db).code == 0);
    // The English layout: Figures rows 2.. in the model's order (production-units, digital-units,
    // networked-units), answers in column D; Items: network in row 2 with its five options in
    // rows 3-7, data-collection-links in row 8 with its 15 options, system-coverage in row 24.
    f.fill(out, back, R"({"edits": [
        {"id": "production-units", "value": 20, "as": "number"},
        {"id": "digital-units", "value": "3.5"},
        {"id": "networked-units", "value": 30, "as": "number"},
        {"id": "network/control-network", "value": "Yes"},
        {"id": "network/none", "value": "Yes"},
        {"id": "system-coverage", "value": "plenty"}]})");
    const auto db = slurp(f.db);
    for (const char *dry : {"--dry-run", "--by"}) {
        Run r = dry == std::string("--by")
                    ? cli({"questionnaire", "import", "1", back, dry, "x"}, f.db)
                    : cli({"questionnaire", "import", "1", back, dry}, f.db);
        CHECK(r.code == 1);
        INFO(r.err);
        for (const char *where :
             {"returned.xlsx:3:4: [digital-units] sheet 'Figures', cell D3: figure digital-units",
              "returned.xlsx:4:4: [equipment-networking] sheet 'Figures', cell D4:",
              "returned.xlsx:3:4: [network] sheet 'Items', cell D3:",
              "returned.xlsx:24:4: [system-coverage] sheet 'Items', cell D24: 'plenty'",
              "4 problem(s); nothing stored"})
            CHECK(r.err.find(where) != std::string::npos);
        CHECK(slurp(f.db) == db);
    }

    // A workbook of another version of the model is refused before anything is compared.
    f.fill(out, back, R"({"edits": [{"id": "#model-version", "value": "2023.1"},
                                     {"id": "production-units", "value": 20, "as": "number"}]})");
    Run r = cli({"questionnaire", "import", "1", back}, f.db);
    CHECK(r.code == 1);
    CHECK(r.err.find("is a questionnaire of model miit-sme-2024 2023.1; this assessment uses "
                     "miit-sme-2024 2024.2") != std::string::npos);
    CHECK(slurp(f.db) == db);
}

TEST_CASE("questionnaire commands refuse wrong usage", "[cli][questionnaire]")
{
    EnglishLocale english;
    Field f;
    CHECK(cli({"questionnaire", "export", "1"}, f.db).code == 2);
    CHECK(cli({"questionnaire", "export", "1", "-o", f.dir.file("q.xlsx"), "--layer", "x"}, f.db)
              .code == 2);
    CHECK(cli({"questionnaire", "import", "1"}, f.db).code == 2);
    CHECK(cli({"questionnaire", "import", "1", "a.xlsx", "--blank"}, f.db).code == 2);
    CHECK(cli({"questionnaire", "import", "1", f.dir.file("missing.xlsx")}, f.db).code == 1);
}
