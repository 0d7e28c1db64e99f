// SPDX-License-Identifier: GPL-3.0-or-later
// Each verb of digilevel-cli owns its options: an option of another verb is refused (exit 2,
// naming it) before anything is done, and `VERB --help` lists the verb's own options only.
#include "testsupport.h"

#include "clicommands.h"
#include "clitest.h"
#include "storecommands.h"
#include "verifycommands.h"

#include <filesystem>
#include <set>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::vector<std::string> words(const std::string &name)
{
    std::vector<std::string> out;
    std::istringstream in(name);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// The options `--help` lists: the first word of each option line ("  --db PATH  the ...").
std::set<std::string> listedOptions(const std::string &help)
{
    std::set<std::string> out;
    std::istringstream in(help);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("  -"))
            out.insert(line.substr(2, line.find_first_of(" ,", 2) - 2));
    }
    return out;
}

} // namespace

TEST_CASE("every verb refuses an option of another verb, naming it", "[cli]")
{
    const fs::path dir =
        fs::temp_directory_path() / ("digilevel-verbs-" + std::to_string(::getpid()));
    const std::string db = (dir / "never-created.sqlite").string();
    const std::string model = sourceFile("assessments/miit-sme-2024.yaml");
    const std::string answers = testData("answers/cli-sample.yaml");
    struct Row
    {
        std::vector<std::string> args; // the verb and its arguments
        const char *verb;
        const char *option; // another verb's, given last with a value when it takes one
    };
    const Row rows[] = {
        {{"validate", model}, "validate", "--db"},
        {{"score", answers}, "score", "--bundle"},
        {{"enterprise", "add", "--name", "N"}, "enterprise add", "--assessor"},
        {{"enterprise", "list"}, "enterprise list", "--credit-code"},
        {{"enterprise", "show", "1"}, "enterprise show", "--search"},
        {{"assessment", "new", "1"}, "assessment new", "--note"},
        {{"assessment", "answer", "1", "item", "network", "wired"},
         "assessment answer",
         "--assessor"},
        {{"assessment", "load", "1", answers}, "assessment load", "--layer"},
        {{"assessment", "score", "1"}, "assessment score", "--by"},
        {{"assessment", "status", "1", "draft"}, "assessment status", "--json"},
        {{"assessment", "list"}, "assessment list", "--mode"},
        {{"assessment", "compare", "1", "2"}, "assessment compare", "--note"},
        {{"assessment", "history", "1"}, "assessment history", "--type"},
        {{"assessment", "evidence", "1"}, "assessment evidence", "--restore"},
        {{"assessment", "lock", "1", "network"}, "assessment lock", "--all"},
        {{"assessment", "unlock", "1", "--all"}, "assessment unlock", "--lock"},
        {{"assessment", "upgrade", "1"}, "assessment upgrade", "--layer"},
        {{"assessment", "confirm", "1", "--all"}, "assessment confirm", "--model"},
        {{"export", "--all", "-o", (dir / "x.dlb").string()}, "export", "--search"},
        {{"import", (dir / "x.dlb").string()}, "import", "-o"},
        {{"conflicts"}, "conflicts", "--by"},
        {{"conflicts", "resolve", "1", "local"}, "conflicts resolve", "--restore"},
        {{"backup"}, "backup", "--srdi"},
        {{"check"}, "check", "--name"},
        {{"verify", "report.pdf"}, "verify", "--model"},
    };
    const std::set<std::string> flags = {"--json", "--restore", "--all", "--above-scale"};
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.verb << " " << row.option)
        {
            EnglishLocale english;
            std::vector<std::string> args = row.args;
            args.push_back(row.option);
            if (!flags.count(row.option))
                args.push_back("x");
            args.insert(args.end(), {"--db", db});
            if (std::string(row.verb) == "validate" || std::string(row.verb) == "score")
                args.resize(args.size() - 2); // these verbs have no --db either
            const Run r = cli(args);
            INFO(r.err);
            CHECK(r.code == 2);
            CHECK(r.out.empty());
            CHECK_THAT(r.err, Catch::Contains(std::string("unknown option ") + row.option +
                                              " for " + row.verb));
            CHECK_THAT(r.err,
                       Catch::Contains(std::string("digilevel-cli ") + row.verb + " --help"));
            CHECK_FALSE(fs::exists(db)); // refused before the database is opened
        }
    }
}

TEST_CASE("a refused option is named in the default language too", "[cli]")
{
    NoLocale chinese;
    const Run r = cli({"backup", "--srdi", "x"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("未知选项 --srdi：backup 命令没有这个选项"));
    CHECK_THAT(r.err, Catch::Contains("digilevel-cli backup --help"));
}

TEST_CASE("--help of a verb lists its own options only", "[cli]")
{
    std::vector<dl::cli::Verb> verbs = dl::cli::storeVerbs();
    verbs.insert(verbs.end(), dl::cli::verifyVerbs().begin(), dl::cli::verifyVerbs().end());
    REQUIRE(verbs.size() >= 19);
    for (const dl::cli::Verb &verb : verbs) {
        DYNAMIC_SECTION(verb.spec.name)
        {
            std::vector<std::string> args = words(verb.spec.name);
            args.insert(args.end(), {"--help", "--lang", "en"});
            const Run r = cli(args);
            CHECK(r.code == 0);
            CHECK(r.err.empty());
            CHECK_THAT(r.out,
                       Catch::StartsWith(std::string("Usage: digilevel-cli ") + verb.spec.name));
            std::set<std::string> own = {"--lang", "-h"};
            for (const dl::cli::OptionSpec &o : verb.spec.options)
                own.insert(o.name);
            CHECK(listedOptions(r.out) == own);
        }
    }
    // validate and score, built into clicommands.cpp.
    CHECK(listedOptions(cli({"validate", "--help"}).out) ==
          std::set<std::string>{"--no-overlays", "--lang", "-h"});
    CHECK(listedOptions(cli({"score", "-h"}).out) ==
          std::set<std::string>{"--model", "--json", "--layer", "--industry", "--plans", "--lock",
                                "--no-overlays", "--lang", "-h"});
}

TEST_CASE("a command without its subcommand says which ones there are", "[cli]")
{
    EnglishLocale english;
    const Run r = cli({"assessment", "frobnicate", "1"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("assessment needs one of: new, answer, load, score, status, "
                                      "list, compare, history, evidence, lock, unlock, upgrade, "
                                      "confirm, phase"));
    const Run help = cli({"enterprise", "--help"});
    CHECK(help.code == 0);
    CHECK_THAT(help.out, Catch::Contains("Usage: digilevel-cli enterprise add"));
    CHECK_THAT(help.out, Catch::Contains("Usage: digilevel-cli enterprise show"));
}

TEST_CASE("options may come before a verb's subcommand", "[cli]")
{
    EnglishLocale english;
    const fs::path dir =
        fs::temp_directory_path() / ("digilevel-verbs-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string db = (dir / "order.sqlite").string();
    CHECK(cli({"enterprise", "--db", db, "add", "--name", "示例"}).code == 0);
    const Run list = cli({"enterprise", "--db=" + db, "list"});
    CHECK(list.code == 0);
    CHECK_THAT(list.out, Catch::Contains("1 enterprise(s)"));
    fs::remove_all(dir);
}
