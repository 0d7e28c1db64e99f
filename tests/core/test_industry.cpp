// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "base/yamltree.h"
#include "model/industry.h"
#include "scoring/scoring.h"

#include <optional>
#include <string>
#include <vector>

using dl::IndustryCode;
using dl::IndustryTable;
using dl::Rational;

namespace {

// The minimal model with hr disabled unless enabled by an override, and three overrides.
const dl::Model &overrideModel()
{
    static const dl::Model model = [] {
        auto text = dl::readTextFile(testData("models/minimal.yaml"));
        REQUIRE(text.ok());
        std::string t = *text;
        const std::string hr = "      - id: hr\n";
        const auto at = t.find(hr);
        REQUIRE(at != std::string::npos);
        t.insert(at + hr.size(), "        enabled: false\n");
        t += "overrides:\n"
             "  - id: makers\n    industries: [C]\n    disable: [security-policy]\n"
             "  - id: cars\n    industries: [\"36\"]\n    reweight: {network: 4}\n"
             "  - id: research\n    industries: [M]\n    enable: [hr]\n";
        return modelFromText(t);
    }();
    return model;
}

std::optional<IndustryCode> code(const char *text)
{
    auto c = IndustryTable::gbt4754().parse(text);
    REQUIRE(c);
    return c;
}

const dl::Item &item(const dl::Model &m, const char *id)
{
    const int k = m.findItem(id);
    REQUIRE(k >= 0);
    return m.items[std::size_t(k)];
}

} // namespace

TEST_CASE("the GB/T 4754-2017 table: 20 sections, 97 divisions", "[industry]")
{
    const IndustryTable &t = IndustryTable::gbt4754();
    REQUIRE(t.sections().size() == 20);
    REQUIRE(t.divisions().size() == 97);
    for (std::size_t k = 0; k < 20; ++k)
        CHECK(t.sections()[k].code == std::string(1, char('A' + k)));
    for (std::size_t k = 0; k < 97; ++k) {
        const auto &d = t.divisions()[k];
        CHECK(d.code == (k < 9 ? "0" : "") + std::to_string(k + 1));
        CHECK(t.find(d.section) != nullptr);
        CHECK_FALSE(d.name.zh.empty());
        CHECK_FALSE(d.name.en.empty());
    }
    CHECK(t.find("C")->name.en == "Manufacturing");
    CHECK(t.find("36")->section == "C");
    CHECK(t.find("97")->section == "T");
    CHECK(t.find("98") == nullptr);
}

TEST_CASE("industry codes are parsed and normalised", "[industry]")
{
    struct Row
    {
        const char *text;
        bool ok;
        const char *section, *division;
    };
    const Row rows[] = {
        {"C36", true, "C", "36"},   {"36", true, "C", "36"},   {"C", true, "C", ""},
        {"C3670", true, "C", "36"}, {"3670", true, "C", "36"}, {"C367", true, "C", "36"},
        {"01", true, "A", "01"},    {"A01", true, "A", "01"},  {"T97", true, "T", "97"},
        {"18", true, "C", "18"},    {"S96", true, "S", "96"},  {"A36", false, "", ""},
        {"99", false, "", ""},      {"c36", false, "", ""},    {"c", false, "", ""},
        {"", false, "", ""},        {"U", false, "", ""},      {"3", false, "", ""},
        {"C3", false, "", ""},      {"C36701", false, "", ""}, {"36A", false, "", ""},
        {" C36", false, "", ""},    {"C36 ", false, "", ""},   {"00", false, "", ""},
        {"98", false, "", ""},      {"CC36", false, "", ""},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION("'" << row.text << "'")
        {
            const auto c = IndustryTable::gbt4754().parse(row.text);
            REQUIRE(c.has_value() == row.ok);
            if (row.ok) {
                CHECK(c->section == row.section);
                CHECK(c->division == row.division);
            }
        }
    }
}

TEST_CASE("industryMatches: sections, divisions and the empty list", "[industry]")
{
    struct Row
    {
        std::vector<std::string> patterns;
        const char *code;
        bool matches;
    };
    const Row rows[] = {
        {{}, "C36", true},
        {{}, "F", true},
        {{"C"}, "C36", true},
        {{"C"}, "C", true},
        {{"36"}, "C36", true},
        {{"36"}, "C", false},
        {{"36"}, "C34", false},
        {{"17", "18"}, "18", true},
        {{"17", "18"}, "C34", false},
        {{"F", "G", "H"}, "C36", false},
        {{"F", "G", "H"}, "51", true},
        {{"A"}, "01", true},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.code << " in " << row.patterns.size() << " pattern(s)")
        {
            CHECK(dl::industryMatches(row.patterns, *code(row.code)) == row.matches);
        }
    }
}

TEST_CASE("applyIndustry: disable, reweight and enable", "[industry]")
{
    const dl::Model &base = overrideModel();
    REQUIRE(base.maxBaseScore() == Rational(24));
    struct Row
    {
        const char *code; // nullptr: no industry
        const char *maxBase, *foundation, *results, *network;
        bool securityOn, hrOn;
    };
    const Row rows[] = {
        {nullptr, "24", "16", "8", "8", true, false},
        {"F", "24", "16", "8", "8", true, false},
        {"C34", "22", "16", "6", "8", false, false}, // makers: security-policy (2) off
        {"C36", "18", "12", "6", "4", false, false}, // makers and cars: network 8 -> 4
        {"36", "18", "12", "6", "4", false, false},
        {"C", "22", "16", "6", "8", false, false}, // a section alone: not division 36
        {"M73", "24", "16", "8", "8", true, true}, // research: hr on
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION((row.code ? row.code : "no industry"))
        {
            const dl::Model m = dl::applyIndustry(base, row.code ? code(row.code) : std::nullopt);
            CHECK(m.maxBaseScore() == R(row.maxBase));
            CHECK(m.dimensions[0].points == R(row.foundation));
            CHECK(m.dimensions[1].points == R(row.results));
            CHECK(item(m, "network").points == R(row.network));
            CHECK(item(m, "security-policy").enabled == row.securityOn);
            CHECK(m.scenarios[std::size_t(m.findScenario("hr"))].enabled == row.hrOn);
            // the model itself is untouched
            CHECK(item(base, "network").points == Rational(8));
        }
    }
    SECTION("reweighting 8 -> 4 halves every option exactly")
    {
        const dl::Model m = dl::applyIndustry(base, code("C36"));
        const char *want[] = {"0.5", "0.5", "1", "2", "0"};
        const auto &options = item(m, "network").options;
        REQUIRE(options.size() == 5);
        for (std::size_t k = 0; k < 5; ++k)
            CHECK(options[k].points == R(want[k]));
    }
    SECTION("a disabled item is not scored, a disabled scenario not counted")
    {
        const dl::ModelSet set{base, {}};
        const auto f =
            answersFromText("format: digilevel-answers/1\nmodel: {id: minimal, version: \"1\"}\n"
                            "items:\n  security-policy: yes\n  network: [wired, wireless, "
                            "industrial-5g, coverage]\n"
                            "scenarios: {hr: 3, stock: 1}\n",
                            set);
        const auto c36 = dl::score(dl::applyIndustry(base, code("C36")), f.self.base);
        CHECK(c36.base == Rational(4)); // network 4 after reweighting; security-policy off
        CHECK(c36.maxBase == Rational(18));
        CHECK(c36.atLeast[1] == 1); // hr disabled
        const auto m73 = dl::score(dl::applyIndustry(base, code("M73")), f.self.base);
        CHECK(m73.base == Rational(10));
        CHECK(m73.atLeast[1] == 2);
        CHECK(m73.atLeast[3] == 1);
    }
}

TEST_CASE("reweighting scales every kind of points in proportion", "[industry]")
{
    struct Row
    {
        const char *id, *points;
        std::vector<const char *> want; // options, bands, trend points or yes points
    };
    const Row rows[] = {
        {"network", "7", {"0.875", "0.875", "1.75", "3.5", "0"}},
        {"digital-share", "3", {"0", "1.5", "3"}},
        {"systems", "1", {"0", "0.25", "0.5", "1"}},
        {"energy", "1", {"0", "0.5", "1"}},
        {"headcount-size", "3", {"0", "0.75", "3"}},
        {"security-policy", "0.5", {"0.5"}},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.id << " -> " << row.points)
        {
            auto text = dl::readTextFile(testData("models/minimal.yaml"));
            REQUIRE(text.ok());
            const dl::Model m0 = modelFromText(*text +
                                               "overrides:\n  - id: w\n    industries: [C]\n"
                                               "    reweight: {" +
                                               row.id + ": " + row.points + "}\n");
            const dl::Model m = dl::applyIndustry(m0, code("C"));
            const dl::Item &i = item(m, row.id);
            CHECK(i.points == R(row.points));
            std::vector<Rational> got;
            for (const auto &o : i.options)
                got.push_back(o.points);
            for (const auto &b : i.bands)
                got.push_back(b.points);
            if (i.type == dl::ItemType::Trend)
                got.assign(std::begin(i.trendPoints), std::end(i.trendPoints));
            if (i.type == dl::ItemType::YesNo)
                got = {i.yesPoints};
            REQUIRE(got.size() == row.want.size());
            for (std::size_t k = 0; k < got.size(); ++k)
                CHECK(got[k] == R(row.want[k]));
            CHECK(m.maxBaseScore() == Rational(24) - item(m0, row.id).points + R(row.points));
        }
    }
}

TEST_CASE("overlays are selected by industry", "[industry]")
{
    const dl::ModelSet &set = miit2024();
    REQUIRE(set.overlays.size() == 2);
    struct Row
    {
        const char *code;
        std::vector<std::string> overlays;
    };
    const Row rows[] = {
        {"C36", {"digilevel-auto-parts"}},
        {"36", {"digilevel-auto-parts"}},
        {"C3670", {"digilevel-auto-parts"}},
        {"18", {"digilevel-textiles-apparel"}},
        {"C17", {"digilevel-textiles-apparel"}},
        {"C34", {}},
        {"C", {}}, // a section alone does not select a division's overlay
        {"F51", {}},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.code)
        {
            std::vector<std::string> got;
            for (int k : dl::activeOverlays(set, code(row.code)))
                got.push_back(set.overlays[std::size_t(k)].id);
            CHECK(got == row.overlays);
        }
    }
    CHECK(dl::activeOverlays(set, std::nullopt).empty());
    for (const dl::Model &o : set.overlays) {
        CHECK(o.isOverlay);
        CHECK_FALSE(o.official);
        CHECK(o.extends == "miit-sme-2024");
    }
}
