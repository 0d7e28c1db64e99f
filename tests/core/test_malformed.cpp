// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed input: every fixture in tests/data/malformed gives a precise diagnostic (code, line,
// column, id, what was expected) and never a crash. Large inputs are generated at run time.
#include "testsupport.h"

#include "base/yamltree.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// One fixture: the diagnostic it must give. line/column 0 = "not known" (a problem with the whole
// file); column -1 = not checked. `expects` is part of the message saying what was expected.
// `alone`: nothing else may be reported (a follow-on error would mislead).
struct Case
{
    const char *file;
    const char *code;
    int line;
    int column;
    const char *id;
    const char *expects;
    bool alone = false;
};

// Lines and columns below are read from the fixtures (columns count characters, not bytes).
const Case kModelCases[] = {
    // YAML itself
    {"syntax-unclosed-bracket.yaml", "yaml-syntax", 8, 15, "", "']'"},
    {"syntax-bad-indentation.yaml", "yaml-syntax", 7, -1, "", "indent"},
    {"syntax-tab-indentation.yaml", "yaml-syntax", 11, -1, "", "tab"},
    {"duplicate-key.yaml", "duplicate-key", 31, 13, "", "appears twice"},
    {"empty.yaml", "empty-file", 0, 0, "", "expected a YAML document", true},
    {"whitespace-only.yaml", "empty-file", 0, 0, "", "expected a YAML document", true},
    {"binary-junk.yaml", "invalid-utf8", 1, 1, "", "save it as UTF-8", true},
    {"invalid-utf8-gbk.yaml", "invalid-utf8", 5, 16, "", "save it as UTF-8", true},
    {"invalid-utf8-bom.yaml", "invalid-utf8", 1, 1, "", "save it as UTF-8", true},
    {"alias-bomb.yaml", "yaml-alias", 3, 7, "", "not allowed", true},
    {"deep-nesting.yaml", "yaml-depth", 3, 67, "", "64 levels", true},
    {"multiple-documents.yaml", "yaml-multiple-documents", 71, -1, "", "expected one", true},
    // wrong types
    {"wrong-type-points.yaml", "wrong-type", 29, 21, "network", "decimal number", true},
    {"wrong-type-option-points.yaml", "wrong-type", 33, 74, "network/wireless", "decimal number"},
    {"wrong-type-name.yaml", "wrong-type", 26, 19, "network", "{zh_CN: ..., en: ...}"},
    {"wrong-type-options.yaml", "wrong-type", 31, 22, "network", "must be a list"},
    // ids and keys
    {"duplicate-item-id.yaml", "duplicate-id", 35, 13, "network", "already used at line 25"},
    {"duplicate-option-id.yaml", "duplicate-id", 33, 17, "network", "'wired' is used twice"},
    {"duplicate-scenario-id.yaml", "duplicate-id", 59, 9, "sales", "already used at line 51"},
    {"duplicate-figure-id.yaml", "duplicate-id", 12, 5, "units", "'units' is used twice"},
    {"invalid-id.yaml", "invalid-id", 25, 17, "Network", "lower-case letters, digits and hyphens"},
    {"unknown-key.yaml", "unknown-key", 33, 66, "network", "expected one of: id, label, points"},
    {"unknown-figure.yaml", "unknown-reference", 41, 24, "digitalisation",
     "not declared under 'figures'"},
    {"unverified-unknown-reference.yaml", "unknown-reference", 9, -1, "band-edges",
     "not an id in this model"},
    {"override-unknown-reference.yaml", "unknown-reference", 72, 5, "services",
     "'digitalization', which is not an item or scenario"},
    {"applicability-unknown-industry.yaml", "unknown-industry", 8, -1, "mini",
     "section (A-T) or division (01-97)"},
    {"missing-translation.yaml", "missing-translation", 26, 19, "network", "no en text"},
    {"unknown-format.yaml", "unknown-format", 1, 9, "", "expected 'digilevel-model/1'", true},
    {"overlay-official.yaml", "overlay-official", 4, 11, "mini-extra", "official: false", true},
    // sums, bands, scenarios and level rules
    {"points-mismatch-options.yaml", "points-mismatch", 25, 13, "network",
     "options add up to 6, item declares 8", true},
    {"points-mismatch-subdimension.yaml", "points-mismatch", 21, 9, "equipment",
     "items add up to 10, sub-dimension declares 12", true},
    {"bands-gap.yaml", "bands-gap", 45, 17, "digitalisation", "leave a gap at 20%", true},
    {"bands-overlap.yaml", "bands-overlap", 45, 17, "digitalisation",
     "must fall in exactly one band", true},
    {"bands-short.yaml", "bands-gap", 46, 17, "digitalisation",
     "does not end where the range [0%,100%] ends", true},
    {"scenario-three-levels.yaml", "scenario-levels", 55, 11, "sales", "expected exactly 4", true},
    {"level-order.yaml", "level-order", 60, 5, "level-2", "expected levels 1, 2, 3"},
    {"level-easier.yaml", "level-order", 65, 5, "level-2", "a higher level must not be easier",
     true},
    {"level-inconsistent.yaml", "level-inconsistent", 60, 5, "level-1",
     "more constrained scenarios (1) than scenarios (0)", true},
    {"level-unreachable.yaml", "level-unreachable", 65, 5, "level-2",
     "2 constrained scenarios; the model has 1"},
};

// Checked against the bundled model assessments/miit-sme-2024.yaml and its overlays.
const Case kAnswerCases[] = {
    {"unknown-item.yaml", "unknown-id", 11, 3, "netwrok", "is not in model miit-sme-2024", true},
    {"unknown-option.yaml", "unknown-option", 11, 30, "network", "expected one of: control-network",
     true},
    {"none-combined.yaml", "exclusive-combined", 11, 12, "network", "give it alone", true},
    {"empty-multi.yaml", "empty-choice", 11, 12, "network", "'none' option", true},
    {"single-given-list.yaml", "wrong-type", 12, 20, "system-coverage", "takes one option id",
     true},
    {"negative-count.yaml", "invalid-figure", 7, 21, "production-units", "whole number >= 0", true},
    {"fractional-count.yaml", "invalid-figure", 8, 18, "digital-units", "whole number >= 0", true},
    {"networked-exceeds-production.yaml", "inconsistent-figures", 9, 20, "equipment-networking",
     "cannot exceed the whole", true},
    {"percent-over-100.yaml", "invalid-figure", 11, 20, "pass-rate-after", "expected 0 to 100",
     true},
    {"rating-five.yaml", "invalid-rating", 15, 19, "product-design",
     "expected 0 (not reached) to 4", true},
    {"rating-negative.yaml", "invalid-rating", 15, 19, "product-design",
     "expected 0 (not reached) to 4", true},
    {"rating-word.yaml", "invalid-rating", 16, 30, "sales-management", "0 (not reached) to 4",
     true},
    {"wrong-model-id.yaml", "model-mismatch", 2, 13, "miit-sme-2022",
     "the model loaded is 'miit-sme-2024'", true},
    {"wrong-model-version.yaml", "model-mismatch", 2, 37, "miit-sme-2024",
     "loaded is version '2024.2'", true},
    {"trend-up.yaml", "wrong-type", 13, 21, "energy-intensity", "takes worse, same or better",
     true},
    {"trend-disagrees.yaml", "inconsistent-figures", 15, 21, "energy-intensity",
     "disagrees with figures", true},
    {"overlay-inactive.yaml", "overlay-not-active", 11, 3, "ap-iatf-digital-records",
     "set enterprise.industry", true},
    {"unknown-industry.yaml", "unknown-industry", 5, 13, "", "expected a section letter (C)", true},
    {"unknown-format.yaml", "unknown-format", 1, 9, "", "expected 'digilevel-answers/1'", true},
    {"duplicate-key.yaml", "duplicate-key", 14, 3, "", "appears twice", true},
    {"wrong-type-figures.yaml", "wrong-type", 6, 10, "", "mapping of figure id to number", true},
};

std::string listing(const dl::Diagnostics &diags)
{
    std::string all;
    for (const auto &d : diags)
        all += "  [" + d.code + "] " + d.toString() + "\n";
    return all;
}

// The diagnostic of `c.code`, preferring the one on the expected line.
const dl::Diagnostic *findDiagnostic(const dl::Diagnostics &diags, const Case &c)
{
    const dl::Diagnostic *first = nullptr;
    for (const auto &d : diags) {
        if (d.code != c.code)
            continue;
        if (d.pos.line == c.line)
            return &d;
        if (!first)
            first = &d;
    }
    return first;
}

template<typename T>
void checkCase(const dl::Result<T> &loaded, const Case &c, const std::string &path)
{
    REQUIRE_FALSE(loaded.ok());
    const dl::Diagnostics &diags = loaded.errors();
    INFO("diagnostics:\n" << listing(diags));
    REQUIRE_FALSE(diags.empty());
    for (const auto &d : diags)
        CHECK(d.file == path);
    const dl::Diagnostic *d = findDiagnostic(diags, c);
    REQUIRE(d != nullptr);
    CHECK(d->pos.line == c.line);
    if (c.column >= 0)
        CHECK(d->pos.column == c.column);
    CHECK(d->id == c.id);
    CHECK_THAT(d->message, Catch::Contains(c.expects));
    if (c.alone)
        CHECK(diags.size() == 1);
}

std::set<std::string> filesIn(const std::string &dir)
{
    std::set<std::string> names;
    for (const auto &e : fs::directory_iterator(dir))
        names.insert(e.path().filename().string());
    return names;
}

template<std::size_t N>
std::set<std::string> namesOf(const Case (&cases)[N])
{
    std::set<std::string> names;
    for (const Case &c : cases)
        names.insert(c.file);
    return names;
}

// A scratch folder under the system temp directory, removed at the end of the test.
struct TempDir
{
    fs::path path;
    TempDir()
    {
        path = fs::temp_directory_path() /
               ("digilevel-malformed-" + std::to_string(::getpid()) + "-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string write(const std::string &name, const std::string &text) const
    {
        const fs::path p = path / name;
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
};

std::string nested(char open, char close, std::size_t depth)
{
    return std::string(depth, open) + std::string(depth, close) + "\n";
}

// anchors &l0 .. &lN, each level aliasing the one before it `fanOut` times.
std::string aliasBomb(int levels, int fanOut)
{
    std::string text =
        "format: digilevel-model/1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int k = 1; k <= levels; ++k) {
        text += "l" + std::to_string(k) + ": &l" + std::to_string(k) + " [";
        for (int j = 0; j < fanOut; ++j)
            text += (j ? ", *l" : "*l") + std::to_string(k - 1);
        text += "]\n";
    }
    return text;
}

const dl::Diagnostic *withCode(const dl::Diagnostics &diags, const std::string &code)
{
    for (const auto &d : diags) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_CASE("malformed models give a precise diagnostic each", "[malformed]")
{
    for (const Case &c : kModelCases) {
        DYNAMIC_SECTION(c.file)
        {
            const std::string path = testData(std::string("malformed/models/") + c.file);
            REQUIRE(fs::exists(path));
            checkCase(dl::loadModelFile(path), c, path);
        }
    }
}

TEST_CASE("malformed answer files give a precise diagnostic each", "[malformed]")
{
    const dl::ModelSet &models = miit2024();
    for (const Case &c : kAnswerCases) {
        DYNAMIC_SECTION(c.file)
        {
            const std::string path = testData(std::string("malformed/answers/") + c.file);
            REQUIRE(fs::exists(path));
            checkCase(dl::loadAnswersFile(path, models), c, path);
        }
    }
}

TEST_CASE("the malformed corpus and the tables list the same files", "[malformed]")
{
    CHECK(filesIn(testData("malformed/models")) == namesOf(kModelCases));
    CHECK(filesIn(testData("malformed/answers")) == namesOf(kAnswerCases));
    CHECK(std::size(kModelCases) + std::size(kAnswerCases) >= 34);
}

TEST_CASE("every file of the malformed corpus is refused with a located diagnostic", "[malformed]")
{
    const dl::ModelSet &models = miit2024();
    for (const char *kind : {"models", "answers"}) {
        for (const auto &entry :
             fs::directory_iterator(testData(std::string("malformed/") + kind))) {
            const std::string path = entry.path().string();
            INFO(path);
            const dl::Diagnostics errors = std::string(kind) == "models"
                                               ? dl::loadModelSet(path).errors()
                                               : dl::loadAnswersFile(path, models).errors();
            REQUIRE_FALSE(errors.empty());
            for (const auto &d : errors) {
                CHECK(d.file == path);
                CHECK_FALSE(d.code.empty());
                CHECK_FALSE(d.message.empty());
                CHECK(d.pos.line >= 0);
                CHECK(d.pos.column >= 0);
            }
        }
    }
}

TEST_CASE("the fixtures' base model is valid, so each fixture holds only its own problem",
          "[malformed]")
{
    // duplicate-item-id.yaml with its second item renamed back is the untouched base model.
    auto text = dl::readTextFile(testData("malformed/models/duplicate-item-id.yaml"));
    REQUIRE(text.ok());
    const auto at = text->find("- id: network", text->find("- id: network") + 1);
    REQUIRE(at != std::string::npos);
    text->replace(at, 13, "- id: digitalisation");
    const dl::Model model = modelFromText(*text);
    CHECK(model.items.size() == 2);
    CHECK(model.scenarios.size() == 1);
}

TEST_CASE("a 50 MB file is refused as too large without being parsed", "[malformed]")
{
    TempDir tmp;
    std::string big = "format: digilevel-model/1\n";
    big.reserve(50u << 20);
    while (big.size() < (50u << 20))
        big += "# padding padding padding padding padding padding padding padding padding\n";
    const std::string path = tmp.write("huge.yaml", big);
    REQUIRE(fs::file_size(path) >= (50u << 20));

    for (const dl::Diagnostics &errors :
         {dl::loadModelFile(path).errors(), dl::loadModelSet(path).errors(),
          dl::loadAnswersFile(path, miit2024()).errors()}) {
        INFO(listing(errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].code == "file-too-large");
        CHECK(errors[0].file == path);
        CHECK_THAT(errors[0].message, Catch::Contains(std::to_string(fs::file_size(path))));
    }
    CHECK_THAT(dl::loadModelFile(path).errors()[0].message, Catch::Contains("8388608"));

    // The same text given directly is refused by its length, before parsing.
    const auto parsed = dl::parseYaml(big, "huge.yaml");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.errors()[0].code == "file-too-large");

    // Answer files have a smaller limit (4 MiB).
    const std::string answers = tmp.write("answers.yaml", big.substr(0, 5u << 20));
    const auto a = dl::loadAnswersFile(answers, miit2024());
    REQUIRE_FALSE(a.ok());
    CHECK(a.errors()[0].code == "file-too-large");
    CHECK_THAT(a.errors()[0].message, Catch::Contains("4194304"));
}

TEST_CASE("100000 nested brackets give a depth diagnostic, not a stack overflow", "[malformed]")
{
    TempDir tmp;
    struct Row
    {
        const char *what;
        std::string text;
    };
    const Row rows[] = {
        {"[ flow sequences", nested('[', ']', 100000)},
        {"{a: flow mappings",
         [] {
             std::string s;
             for (int k = 0; k < 100000; ++k)
                 s += "{a: ";
             return s + "x" + std::string(100000, '}') + "\n";
         }()},
        {"- block sequences",
         [] {
             std::string s;
             for (int k = 0; k < 100000; ++k)
                 s += "- ";
             return s + "x\n";
         }()},
        {"key: [ after a key", "format: digilevel-model/1\nx: " + nested('[', ']', 100000)},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            const std::string path = tmp.write("deep.yaml", row.text);
            for (const dl::Diagnostics &errors : {dl::loadModelFile(path).errors(),
                                                  dl::loadAnswersFile(path, miit2024()).errors()}) {
                INFO(listing(errors));
                const dl::Diagnostic *d = withCode(errors, "yaml-depth");
                REQUIRE(d != nullptr);
                CHECK(d->file == path);
                CHECK(d->pos.line >= 1);
                CHECK_THAT(d->message, Catch::Contains("64"));
            }
        }
    }
}

TEST_CASE("a large alias bomb is refused at its first anchor without expanding", "[malformed]")
{
    // 20 levels of 16 aliases would expand to 8 * 16^20 values.
    const std::string text = aliasBomb(20, 16);
    const auto start = std::chrono::steady_clock::now();
    const auto loaded = dl::loadModelText(text, "bomb.yaml");
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE_FALSE(loaded.ok());
    INFO(listing(loaded.errors()));
    REQUIRE(loaded.errors().size() == 1);
    const dl::Diagnostic &d = loaded.errors()[0];
    CHECK(d.code == "yaml-alias");
    CHECK(d.file == "bomb.yaml");
    CHECK(d.pos.line == 2);
    CHECK(d.pos.column == 5);
    CHECK(seconds < 2.0);

    // An alias whose anchor is never defined is refused as well.
    const auto dangling =
        dl::loadModelText("format: digilevel-model/1\nid: *nowhere\n", "alias.yaml");
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.errors()[0].pos.line == 2);
}

TEST_CASE("more than a million values is refused, not parsed into memory", "[malformed]")
{
    std::string text = "x:\n";
    for (int line = 0; line < 11'000; ++line) {
        text += "  - [0";
        for (int k = 1; k < 100; ++k)
            text += ",0";
        text += "]\n";
    }
    REQUIRE(text.size() < (8u << 20));
    const auto start = std::chrono::steady_clock::now();
    const auto loaded = dl::loadModelText(text, "many.yaml");
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE_FALSE(loaded.ok());
    INFO(listing(loaded.errors()));
    CHECK(loaded.errors()[0].code == "yaml-size");
    CHECK(loaded.errors()[0].pos.line == 9902); // 3 + 101 values per line reach 1000001 there
    CHECK(seconds < 10.0);
}

TEST_CASE("a long single line of values parses in linear time", "[malformed]")
{
    // 50000 values on one 100 kB line: well inside every limit, so it must parse, quickly.
    std::string text = "x: [0";
    for (int k = 1; k < 50'000; ++k)
        text += ",0";
    text += "]\n";
    const auto start = std::chrono::steady_clock::now();
    const auto parsed = dl::parseYaml(text, "long-line.yaml");
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(parsed.ok());
    CHECK(parsed->mapValue(0).children.size() == 50'000);
    CHECK(parsed->mapValue(0).children.back().pos.column == int(text.size()) - 2);
    CHECK(seconds < 1.0);
}
