// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: exit codes (0 ok, 1 invalid input, 2 usage), what goes to stdout and what to
// stderr, the JSON report. In-process through dl::cli::run, and a few runs of the real binary.
#include "testsupport.h"

#include "clicommands.h"
#include "clitest.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const std::string kModel = sourceFile("assessments/miit-sme-2024.yaml");
const std::string kSample = testData("answers/cli-sample.yaml");

std::string malformedModel(const std::string &name)
{
    return testData("malformed/models/" + name);
}

std::string malformedAnswers(const std::string &name)
{
    return testData("malformed/answers/" + name);
}

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// "PATH: message" or "PATH:LINE:COLUMN: message", with LINE and COLUMN positive.
bool isDiagnosticLine(const std::string &line, const std::string &path)
{
    if (!line.starts_with(path + ":"))
        return false;
    std::string_view rest = std::string_view(line).substr(path.size());
    if (rest.starts_with(": "))
        return rest.size() > 2;
    for (int part = 0; part < 2; ++part) {
        rest.remove_prefix(1); // ':'
        const auto digits = rest.find_first_not_of("0123456789");
        if (digits == 0 || digits == std::string_view::npos || rest[0] == '0')
            return false;
        rest.remove_prefix(digits);
    }
    return rest.starts_with(": ") && rest.size() > 2;
}

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct TempDir
{
    fs::path path = fs::temp_directory_path() /
                    ("digilevel-cli-" + std::to_string(::getpid()) + "-" +
                     std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    TempDir() { fs::create_directories(path); }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string shellQuote(const std::string &s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs the real digilevel-cli; `signalled` is set if it died of a signal (a crash).
struct ProcessRun
{
    int code = -1;
    bool signalled = false;
    std::string out, err;
};

ProcessRun runBinary(const std::vector<std::string> &args)
{
    TempDir tmp;
    std::string command = shellQuote(DIGILEVEL_CLI);
    for (const std::string &a : args)
        command += " " + shellQuote(a);
    command += " >" + shellQuote((tmp.path / "out").string()) + " 2>" +
               shellQuote((tmp.path / "err").string()) + " </dev/null";
    const int status = std::system(command.c_str());
    ProcessRun r;
    r.signalled = status == -1 || !WIFEXITED(status) ||
                  WEXITSTATUS(status) > 125; // 126+ : the shell reports a signal or no exec
    if (status != -1 && WIFEXITED(status))
        r.code = WEXITSTATUS(status);
    r.out = slurp(tmp.path / "out");
    r.err = slurp(tmp.path / "err");
    return r;
}

nlohmann::json scoreJson(const std::string &lang)
{
    const Run r = cli({"score", kSample, "--json", "--lang", lang});
    INFO(r.err);
    REQUIRE(r.code == 0);
    REQUIRE(r.err.empty());
    return nlohmann::json::parse(r.out);
}

} // namespace

TEST_CASE("validate accepts the bundled model and prints a summary", "[cli]")
{
    const Run r = cli({"validate", kModel});
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::Contains(kModel + ": OK"));
    CHECK_THAT(r.out, Catch::Contains("16 scenarios"));
    CHECK_THAT(r.out, Catch::Contains("miit-sme-2024 version 2024.2 (official)"));
    CHECK_THAT(r.out, Catch::Contains("overlay digilevel-auto-parts"));
}

TEST_CASE("validate lists the unverified facts and says when an official model was edited", "[cli]")
{
    const Run r = cli({"validate", kModel, "--lang", "zh_CN"});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("4 facts marked unverified:"));
    CHECK_THAT(r.out, Catch::Contains("plan-implementation-top (plan-implementation)"));
    CHECK_THAT(r.out, Catch::Contains("官方界定“约束性”“指导性”含义的原文尚未找到"));
    CHECK_THAT(r.out, Catch::Contains("supersedes miit-sme-2024 2024.1"));
    CHECK_THAT(r.out, Catch::Contains("recheck: energy-intensity-after pass-rate-after"));

    TempDir dir;
    const fs::path copy = dir.path / "miit-copy.yaml";
    std::string text = slurp(kModel);
    const std::string from = "    min_base_score: 60\n";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "    min_base_score: 55\n");
    std::ofstream(copy, std::ios::binary) << text;
    const Run edited = cli({"validate", copy.string(), "--no-overlays", "--lang", "en"});
    INFO(edited.err);
    REQUIRE(edited.code == 0); // a valid model, only not the official one
    CHECK_THAT(edited.out, Catch::Contains("version 2024.2 (modified — not the official scheme)"));
    CHECK_THAT(edited.out, Catch::Contains("matches no official version this program knows"));
}

TEST_CASE("validate refuses a malformed model with file:line:column on stderr only", "[cli]")
{
    const std::string path = malformedModel("bands-gap.yaml");
    const Run r = cli({"validate", path, "--lang", "en"});
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    const auto errLines = lines(r.err);
    REQUIRE(errLines.size() == 2);
    CHECK(errLines[0] == path + ":45:17: [digitalisation] item digitalisation: bands [0%,20%] and "
                                "(30%,60%] leave a gap at 20%");
    CHECK(errLines[1] == "1 problem found");
}

TEST_CASE("validate reports every malformed model as invalid input, never as success", "[cli]")
{
    for (const auto &entry : fs::directory_iterator(testData("malformed/models"))) {
        const std::string path = entry.path().string();
        DYNAMIC_SECTION(entry.path().filename().string())
        {
            const Run r = cli({"validate", path, "--lang", "en"});
            INFO(r.err);
            CHECK(r.code == 1);
            CHECK(r.out.empty());
            const auto errLines = lines(r.err);
            REQUIRE(errLines.size() >= 2);
            CHECK_THAT(errLines.back(), Catch::EndsWith(" found"));
            for (std::size_t k = 0; k + 1 < errLines.size(); ++k)
                CHECK(isDiagnosticLine(errLines[k], path));
        }
    }
}

TEST_CASE("score uses the bundled model when no --model is given", "[cli]")
{
    const Run r = cli({"score", kSample, "--lang", "en"});
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::Contains("示例精密机械有限公司"));
    CHECK_THAT(r.out, Catch::Contains("Base score: 19 / 100"));

    const Run explicitModel = cli({"score", "--model", kModel, kSample, "--lang", "en"});
    CHECK(explicitModel.code == 0);
    CHECK(explicitModel.out == r.out);
}

TEST_CASE("score --json has the documented structure", "[cli]")
{
    const nlohmann::json j = scoreJson("en");

    REQUIRE(j.contains("model"));
    CHECK(j["model"]["id"] == "miit-sme-2024");
    CHECK(j["model"]["version"] == "2024.2");
    CHECK(j["base_score"] == 19);
    CHECK(j["max_base_score"] == 100);

    REQUIRE(j["dimensions"].is_array());
    REQUIRE(j["dimensions"].size() == 3); // foundation, management, outcomes
    for (const auto &d : j["dimensions"]) {
        for (const char *key : {"id", "name", "score", "max"})
            CHECK(d.contains(key));
    }
    CHECK(j["dimensions"][0]["id"] == "foundation");
    CHECK(j["dimensions"][0]["score"] == 12);
    CHECK(j["dimensions"][0]["max"] == 50);

    const auto &counts = j["scenario_counts"];
    const int total[] = {3, 2, 1, 0};
    for (int level = 1; level <= 4; ++level) {
        const std::string key = std::to_string(level);
        INFO("scenario_counts " << key);
        REQUIRE(counts.contains(key));
        CHECK(counts[key]["total"] == total[level - 1]);
        CHECK(counts[key]["constrained"] == total[level - 1]);
    }

    CHECK(j["level"] == 0);
    REQUIRE(j["next_level"].is_object());
    CHECK(j["next_level"]["level"] == 1);
    const auto &failing = j["next_level"]["failing"];
    REQUIRE(failing.is_array());
    REQUIRE(failing.size() == 2);
    for (const auto &f : failing) {
        for (const char *key : {"condition", "actual", "required"})
            CHECK(f.contains(key));
    }
    CHECK(failing[0]["condition"] == "base_score");
    CHECK(failing[0]["actual"] == 19);
    CHECK(failing[0]["required"] == 20);
    CHECK(failing[1]["condition"] == "scenarios");
    CHECK(failing[1]["actual"] == 3);
    CHECK(failing[1]["required"] == 6);

    REQUIRE(j["what_if"].is_array());
    CHECK_FALSE(j["what_if"].empty());
    CHECK(j["what_if"][0]["target_level"] == 1);

    REQUIRE(j["unanswered"].is_array());
    const auto unanswered = j["unanswered"].get<std::vector<std::string>>();
    CHECK(std::find(unanswered.begin(), unanswered.end(), "pass-rate") != unanswered.end());
    CHECK(std::find(unanswered.begin(), unanswered.end(), "network") == unanswered.end());
}

TEST_CASE("the --lang option chooses the language of names", "[cli]")
{
    const nlohmann::json en = scoreJson("en");
    const nlohmann::json zh = scoreJson("zh_CN");
    CHECK(en["language"] == "en");
    CHECK(zh["language"] == "zh_CN");
    CHECK(en["dimensions"][0]["name"] == "Digital foundation");
    CHECK(zh["dimensions"][0]["name"] == "数字化基础");
    CHECK(en["next_level"]["name"] != zh["next_level"]["name"]);
    // Only the language changes, not the result.
    CHECK(en["base_score"] == zh["base_score"]);
    CHECK(en["scenario_counts"] == zh["scenario_counts"]);
    CHECK(en["level"] == zh["level"]);
}

TEST_CASE("the --help command prints the usage on stdout and exits 0", "[cli]")
{
    const Run r = cli({"--help", "--lang", "en"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::StartsWith("Usage:"));
    CHECK_THAT(r.out, Catch::Contains("digilevel-cli validate MODEL.yaml"));

    NoLocale chinese;
    const Run zh = cli({"--help"});
    CHECK(zh.code == 0);
    CHECK_THAT(zh.out, Catch::StartsWith("用法："));
    CHECK_THAT(zh.out, Catch::Contains("digilevel-cli validate MODEL.yaml"));
}

TEST_CASE("usage errors exit 2 and point to --help on stderr", "[cli]")
{
    EnglishLocale english;
    struct Row
    {
        const char *what;
        std::vector<std::string> args;
        const char *message;
    };
    const Row rows[] = {
        {"no arguments", {}, "no command given"},
        {"unknown command", {"grade", kSample}, "unknown command 'grade'"},
        {"unknown option", {"score", kSample, "--colour"}, "unknown option --colour"},
        {"unknown validate option", {"validate", kModel, "--json"}, "unknown option --json"},
        {"unsupported language", {"score", kSample, "--lang", "fr"}, "--lang must be zh_CN or en"},
        {"option without its value", {"score", kSample, "--lang"}, "--lang needs a value"},
        {"score without a file", {"score"}, "score takes one answer file"},
        {"score with two files", {"score", kSample, kSample}, "score takes one answer file"},
        {"validate without a file", {"validate"}, "validate takes one model file"},
        {"bad layer", {"score", kSample, "--layer", "draft"}, "--layer must be self or verified"},
        {"bad plans", {"score", kSample, "--plans", "-1"}, "--plans must be a number"},
        {"bad industry", {"score", kSample, "--industry", "Z99"}, "--industry 'Z99'"},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            const Run r = cli(row.args);
            CHECK(r.code == 2);
            CHECK(r.out.empty());
            CHECK_THAT(r.err, Catch::Contains(row.message));
            CHECK_THAT(r.err, Catch::StartsWith("digilevel-cli: "));
            CHECK_THAT(r.err, Catch::Contains("digilevel-cli --help"));
        }
    }
}

TEST_CASE("invalid input exits 1 and names the file", "[cli]")
{
    EnglishLocale english;
    SECTION("a missing answer file")
    {
        const std::string path = testData("answers/no-such-file.yaml");
        const Run r = cli({"score", path});
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::StartsWith(path + ": "));
        CHECK_THAT(r.err, Catch::Contains("no such file"));
    }
    SECTION("a missing model file")
    {
        const std::string path = testData("models/no-such-model.yaml");
        const Run r = cli({"score", "--model", path, kSample});
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::StartsWith(path + ": "));
    }
    SECTION("a malformed answer file")
    {
        const std::string path = malformedAnswers("rating-five.yaml");
        const Run r = cli({"score", path, "--json"});
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::StartsWith(path + ":15:19: [product-design] "));
    }
    SECTION("a malformed model given with --model")
    {
        const Run r = cli({"score", "--model", malformedModel("bands-gap.yaml"), kSample});
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains("bands-gap.yaml:45:17:"));
    }
    SECTION("--layer verified on a file without verified answers")
    {
        const Run r = cli({"score", kSample, "--layer", "verified"});
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains(kSample));
    }
}

TEST_CASE("the real binary returns the documented exit codes", "[cli]")
{
    const ProcessRun ok = runBinary({"validate", kModel});
    CHECK_FALSE(ok.signalled);
    CHECK(ok.code == 0);
    CHECK_THAT(ok.out, Catch::Contains("16 scenarios"));

    const ProcessRun scored = runBinary({"score", kSample, "--json", "--lang", "en"});
    CHECK(scored.code == 0);
    CHECK(nlohmann::json::parse(scored.out)["base_score"] == 19);

    const std::string bad = malformedModel("duplicate-item-id.yaml");
    const ProcessRun invalid = runBinary({"validate", bad});
    CHECK_FALSE(invalid.signalled);
    CHECK(invalid.code == 1);
    CHECK(invalid.out.empty());
    CHECK_THAT(invalid.err, Catch::Contains(bad + ":35:13: [network]"));

    const ProcessRun usage = runBinary({});
    CHECK_FALSE(usage.signalled);
    CHECK(usage.code == 2);
    CHECK_THAT(usage.err, Catch::Contains("digilevel-cli --help"));
}

TEST_CASE("the real binary never crashes on the malformed corpus or on huge input", "[cli]")
{
    for (const char *kind : {"models", "answers"}) {
        for (const auto &entry :
             fs::directory_iterator(testData(std::string("malformed/") + kind))) {
            const std::string path = entry.path().string();
            INFO(path);
            const ProcessRun r = std::string(kind) == "models" ? runBinary({"validate", path})
                                                               : runBinary({"score", path});
            CHECK_FALSE(r.signalled);
            CHECK(r.code == 1);
            CHECK_THAT(r.err, Catch::Contains(path));
        }
    }
    TempDir tmp;
    const std::string deep = (tmp.path / "deep.yaml").string();
    std::ofstream(deep) << std::string(100000, '[') << std::string(100000, ']') << '\n';
    for (const auto &args :
         {std::vector<std::string>{"validate", deep}, std::vector<std::string>{"score", deep}}) {
        const ProcessRun r = runBinary(args);
        INFO(args[0] << ": " << r.err);
        CHECK_FALSE(r.signalled);
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains(deep + ":1:"));
    }
}
