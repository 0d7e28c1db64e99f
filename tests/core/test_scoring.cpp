// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "base/yamltree.h"
#include "scoring/scoring.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

using dl::Rational;

namespace {

std::string miitAnswers(const std::string &body)
{
    return "format: digilevel-answers/1\nmodel: {id: miit-sme-2024, version: \"2024.2\"}\n" + body;
}

std::string minimalAnswers(const std::string &body)
{
    return "format: digilevel-answers/1\nmodel: {id: minimal, version: \"1\"}\n" + body;
}

dl::ScoreResult scoreText(const std::string &yaml, const dl::ModelSet &set = miit2024())
{
    const dl::AnswerFile f = answersFromText(yaml, set);
    return dl::score(set.model, f.self.base);
}

const dl::ItemScore &itemScore(const dl::ScoreResult &r, const dl::ModelSet &set, const char *id)
{
    const int k = set.model.findItem(id);
    REQUIRE(k >= 0);
    return r.items[std::size_t(k)];
}

// The diagnostics of answers expected to be refused.
dl::Diagnostics answerErrors(const std::string &yaml, const dl::ModelSet &set = miit2024())
{
    auto r = dl::loadAnswersText(yaml, "inline.yaml", set);
    return r ? dl::Diagnostics{} : r.errors();
}

} // namespace

TEST_CASE("every band edge of the three ratio items", "[scoring]")
{
    struct Item
    {
        const char *id, *numerator, *denominator;
        const char *points[5];
    };
    const Item items[] = {
        {"equipment-digitalisation",
         "digital-units",
         "production-units",
         {"0", "1.5", "3", "4.5", "6"}},
        {"equipment-networking",
         "networked-units",
         "production-units",
         {"0", "1.5", "3", "4.5", "6"}},
        {"digital-investment",
         "digital-spend",
         "annual-revenue",
         {"0", "1.875", "3.75", "5.625", "7.5"}},
    };
    struct Row
    {
        const char *numerator, *denominator;
        int band;
        bool amountsOnly; // decimals: only for the investment item (amounts)
    };
    const Row rows[] = {
        {"0", "120", 0, false},        {"12", "120", 0, false},       {"13", "120", 1, false},
        {"24", "120", 1, false},       {"25", "120", 2, false},       {"48", "120", 2, false},
        {"49", "120", 3, false},       {"72", "120", 3, false},       {"73", "120", 4, false},
        {"120", "120", 4, false},      {"0", "0", 0, false},          {"1", "10", 0, false},
        {"2", "10", 1, false},         {"1", "7", 1, false}, // 14.28...%
        {"3", "7", 3, false},                                // 42.85...%
        {"11.999999", "120", 0, true}, {"12.000001", "120", 1, true}, {"24.000001", "120", 2, true},
        {"48.000001", "120", 3, true}, {"72.000001", "120", 4, true}, {"0.1", "1", 0, true},
        {"0.100001", "1", 1, true},
    };
    for (const Item &item : items) {
        for (const Row &row : rows) {
            if (row.amountsOnly && std::string(item.id) != "digital-investment")
                continue;
            DYNAMIC_SECTION(item.id << " " << row.numerator << " of " << row.denominator)
            {
                const auto r = scoreText(miitAnswers(
                    std::string("figures:\n  ") + item.numerator + ": " + row.numerator + "\n  " +
                    item.denominator + ": " + row.denominator + "\n"));
                const dl::ItemScore &s = itemScore(r, miit2024(), item.id);
                CHECK(s.answered);
                CHECK(s.state == row.band);
                CHECK(s.points == R(item.points[row.band]));
                CHECK(r.base == s.points);
            }
        }
    }
    SECTION("ratioPercent and bandIndex directly")
    {
        CHECK(dl::ratioPercent(12, 120) == Rational(10));
        CHECK(dl::ratioPercent(13, 120) == Rational::fraction(65, 6));
        CHECK(dl::ratioPercent(0, 0) == Rational(0));
        const auto &bands =
            miit2024()
                .model.items[std::size_t(miit2024().model.findItem("equipment-digitalisation"))]
                .bands;
        CHECK(dl::bandIndex(bands, Rational(10)) == 0);
        CHECK(dl::bandIndex(bands, R("10.000001")) == 1);
        CHECK(dl::bandIndex(bands, Rational(100)) == 4);
        CHECK(dl::bandIndex(bands, R("100.000001")) == -1);
        CHECK(dl::bandIndex(bands, R("-0.000001")) == -1);
    }
}

TEST_CASE("single and multi items, and the exclusive none", "[scoring]")
{
    struct Row
    {
        const char *id, *answer, *points;
        int state; // -2: not checked (multi)
    };
    const Row rows[] = {
        {"system-coverage", "none", "0", 0},
        {"system-coverage", "one", "2.5", 1},
        {"system-coverage", "several", "5", 2},
        {"system-coverage", "most", "7.5", 3},
        {"system-coverage", "all", "10", 4},
        {"plan-implementation", "learning", "1.5", 1},
        {"plan-implementation", "exporting", "7.5", 5},
        {"network", "[control-network, industrial-5g]", "4", -2},
        {"network", "[control-network, application-network, industrial-5g, full-coverage]", "8",
         -2},
        {"network", "[none]", "0", -2},
        {"data-collection-links",
         "[product-design, process-design, sales, after-sales, planning, production-control, "
         "quality, "
         "equipment, safety, energy, procurement, warehousing, finance, human-resources]",
         "10", -2},
        {"data-collection-links", "[human-resources]", "0.9", -2},
        {"management-mechanisms",
         "[transformation-workflow, it-operations, data-management, innovation-incentives]", "7.5",
         -2},
        {"digital-talent", "[digital-staff, training, talent-tiers]", "4.5", -2},
        {"data-security", "[data-policy, data-inventory]", "2.5", -2},
        {"digital-talent", "{answer: [none], note: 无专职人员}", "0", -2},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.id << ": " << row.answer)
        {
            const auto r = scoreText(
                miitAnswers(std::string("items:\n  ") + row.id + ": " + row.answer + "\n"));
            const dl::ItemScore &s = itemScore(r, miit2024(), row.id);
            CHECK(s.answered);
            CHECK(s.points == R(row.points));
            if (row.state != -2)
                CHECK(s.state == row.state);
            CHECK(r.base == R(row.points));
            CHECK(std::find(r.unanswered.begin(), r.unanswered.end(), row.id) ==
                  r.unanswered.end());
        }
    }
}

TEST_CASE("answers that are refused name the code and the id", "[scoring]")
{
    struct Row
    {
        const char *what, *body, *code, *id;
    };
    const Row rows[] = {
        {"none with another option", "items:\n  network: [none, control-network]\n",
         "exclusive-combined", "network"},
        {"none after another option", "items:\n  data-security: [data-policy, none]\n",
         "exclusive-combined", "data-security"},
        {"empty list", "items:\n  network: []\n", "empty-choice", "network"},
        {"option twice", "items:\n  network: [industrial-5g, industrial-5g]\n", "duplicate-option",
         "network"},
        {"option of another item", "items:\n  network: [sales]\n", "unknown-option", "network"},
        {"numerator above denominator", "figures:\n  production-units: 120\n  digital-units: 121\n",
         "inconsistent-figures", "equipment-digitalisation"},
        {"fractional count", "figures:\n  production-units: 12.5\n", "invalid-figure",
         "production-units"},
        {"negative count", "figures:\n  production-units: -1\n", "invalid-figure",
         "production-units"},
        {"negative amount", "figures:\n  digital-spend: -0.5\n", "invalid-figure", "digital-spend"},
        {"percent above 100", "figures:\n  pass-rate-after: 100.5\n", "invalid-figure",
         "pass-rate-after"},
        {"trend disagreeing with its figures",
         "figures:\n  energy-intensity-before: 10\n  energy-intensity-after: 11\nitems:\n  "
         "energy-intensity: better\n",
         "inconsistent-figures", "energy-intensity"},
        {"rating 5", "scenarios:\n  product-design: 5\n", "invalid-rating", "product-design"},
        {"rating -1", "scenarios:\n  product-design: -1\n", "invalid-rating", "product-design"},
        {"unknown item", "items:\n  no-such-item: yes\n", "unknown-id", "no-such-item"},
        {"overlay item without the industry", "items:\n  ap-iatf-digital-records: yes\n",
         "overlay-not-active", "ap-iatf-digital-records"},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            const auto errors = answerErrors(miitAnswers(row.body));
            REQUIRE_FALSE(errors.empty());
            CHECK(errors.front().code == row.code);
            CHECK(errors.front().id == row.id);
            CHECK(errors.front().pos.line > 0);
        }
    }
}

TEST_CASE("trends from figures and given directly", "[scoring]")
{
    struct Row
    {
        const char *id, *before, *after; // before == nullptr: `after` is the trend given directly
        dl::TrendDirection trend;
        const char *points;
    };
    using T = dl::TrendDirection;
    const Row rows[] = {
        {"energy-intensity", "10", "10", T::Same, "3.5"},
        {"energy-intensity", "0.35", "0.350", T::Same, "3.5"},
        {"energy-intensity", "10", "9.5", T::Better, "7"},
        {"energy-intensity", "10", "10.000001", T::Worse, "0"},
        {"pass-rate", "98.5", "98.50", T::Same, "3.5"},
        {"pass-rate", "98", "99", T::Better, "7"},
        {"pass-rate", "99", "98", T::Worse, "0"},
        {"pass-rate", "100", "100", T::Same, "3.5"},
        {"revenue-per-employee", "50", "60", T::Better, "3"},
        {"revenue-per-employee", "60", "50", T::Worse, "0"},
        {"revenue-per-employee", "60", "60", T::Same, "1.5"},
        {"cost-per-revenue", "80", "75", T::Better, "3"},
        {"cost-per-revenue", "75", "80", T::Worse, "0"},
        {"energy-intensity", nullptr, "better", T::Better, "7"},
        {"energy-intensity", nullptr, "same", T::Same, "3.5"},
        {"energy-intensity", nullptr, "worse", T::Worse, "0"},
        {"pass-rate", nullptr, "better", T::Better, "7"},
        {"cost-per-revenue", nullptr, "same", T::Same, "1.5"},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.id << " " << (row.before ? row.before : "given") << " -> " << row.after)
        {
            std::string body;
            if (row.before)
                body = std::string("figures:\n  ") + row.id + "-before: " + row.before + "\n  " +
                       row.id + "-after: " + row.after + "\n";
            else
                body = std::string("items:\n  ") + row.id + ": " + row.after + "\n";
            const auto r = scoreText(miitAnswers(body));
            const dl::ItemScore &s = itemScore(r, miit2024(), row.id);
            CHECK(s.answered);
            CHECK(s.state == int(row.trend));
            CHECK(s.points == R(row.points));
        }
    }
    SECTION("a trend given directly that agrees with its figures is accepted")
    {
        const auto r =
            scoreText(miitAnswers("figures:\n  pass-rate-before: 90\n  pass-rate-after: 95\n"
                                  "items:\n  pass-rate: better\n"));
        CHECK(itemScore(r, miit2024(), "pass-rate").points == Rational(7));
    }
    SECTION("only one of the two figures leaves the trend unanswered")
    {
        const auto r = scoreText(miitAnswers("figures:\n  energy-intensity-before: 10\n"));
        CHECK_FALSE(itemScore(r, miit2024(), "energy-intensity").answered);
    }
}

TEST_CASE("yes/no and number items (minimal model)", "[scoring]")
{
    struct Row
    {
        const char *id, *body, *points;
        int state;
    };
    const Row rows[] = {
        {"security-policy", "items:\n  security-policy: yes\n", "2", 1},
        {"security-policy", "items:\n  security-policy: true\n", "2", 1},
        {"security-policy", "items:\n  security-policy: no\n", "0", 0},
        {"headcount-size", "figures:\n  staff: 0\n", "0", 0},
        {"headcount-size", "figures:\n  staff: 10\n", "0", 0},
        {"headcount-size", "figures:\n  staff: 11\n", "0.5", 1},
        {"headcount-size", "figures:\n  staff: 100\n", "0.5", 1},
        {"headcount-size", "figures:\n  staff: 101\n", "2", 2},
        {"headcount-size", "figures:\n  staff: 1000\n", "2", 2},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.body)
        {
            const auto r = scoreText(minimalAnswers(row.body), minimalSet());
            const dl::ItemScore &s = itemScore(r, minimalSet(), row.id);
            CHECK(s.answered);
            CHECK(s.state == row.state);
            CHECK(s.points == R(row.points));
        }
    }
    SECTION("refused: a quoted 'yes', and a number outside the item's range")
    {
        auto e1 = answerErrors(minimalAnswers("items:\n  security-policy: 'yes'\n"), minimalSet());
        REQUIRE(e1.size() == 1);
        CHECK(e1[0].code == "wrong-type");
        auto e2 = answerErrors(minimalAnswers("figures:\n  staff: 1001\n"), minimalSet());
        REQUIRE(e2.size() == 1);
        CHECK(e2[0].code == "invalid-figure");
        CHECK(e2[0].id == "headcount-size");
    }
}

TEST_CASE("unanswered items and scenarios score 0 and are listed", "[scoring]")
{
    const dl::Model &m = miit2024().model;
    SECTION("an empty answer file")
    {
        const auto r = scoreText(miitAnswers(""));
        CHECK(r.base == Rational(0));
        CHECK(r.maxBase == Rational(100));
        CHECK(r.level == 0);
        CHECK(r.unanswered.size() == 15 + 16);
        for (const auto &s : r.items) {
            CHECK_FALSE(s.answered);
            CHECK(s.points.isZero());
            CHECK(s.state == -1);
        }
        CHECK(r.atLeast == std::array<int, 5>{});
    }
    SECTION("a ratio needs both figures; a rating of 0 is an answer")
    {
        const auto r = scoreText(miitAnswers("figures:\n  production-units: 120\n"
                                             "items:\n  network: [none]\n"
                                             "scenarios:\n  product-design: 0\n"));
        auto listed = [&](const char *id) {
            return std::find(r.unanswered.begin(), r.unanswered.end(), id) != r.unanswered.end();
        };
        CHECK(listed("equipment-digitalisation"));
        CHECK(listed("equipment-networking"));
        CHECK_FALSE(listed("network"));
        CHECK_FALSE(listed("product-design"));
        CHECK(listed("process-design"));
        CHECK(r.unanswered.size() == 31 - 2);
        CHECK(r.atLeast[0] == 1);
        CHECK(r.atLeast[1] == 0);
        CHECK(r.constrainedAtLeast[0] == 1);
    }
    SECTION("scenario counts at each level")
    {
        const auto r =
            scoreText(miitAnswers("scenarios:\n  product-design: 4\n  process-design: 2\n"
                                  "  sales-management: 0\n  quality-management: 3\n"));
        CHECK(r.atLeast == std::array<int, 5>{4, 3, 3, 2, 1});
        CHECK(r.constrainedAtLeast == std::array<int, 5>{3, 2, 2, 2, 1});
        CHECK(r.unanswered.size() == 15 + 12);
    }
    CHECK(m.items.size() == 15);
}

TEST_CASE("levelFor: each condition at and just below its threshold", "[scoring]")
{
    const dl::Model &m = miit2024().model;
    struct Row
    {
        const char *base;
        std::array<int, 5> at, constrained;
        int level;
    };
    const Row rows[] = {
        {"20", {16, 6, 0, 0, 0}, {10, 3, 0, 0, 0}, 1},
        {"19.999999", {16, 6, 0, 0, 0}, {10, 3, 0, 0, 0}, 0},
        {"20", {16, 5, 0, 0, 0}, {10, 3, 0, 0, 0}, 0},
        {"20", {16, 6, 0, 0, 0}, {10, 2, 0, 0, 0}, 0},
        {"40", {16, 6, 6, 0, 0}, {10, 3, 3, 0, 0}, 2},
        {"39.999999", {16, 6, 6, 0, 0}, {10, 3, 3, 0, 0}, 1},
        {"40", {16, 6, 5, 0, 0}, {10, 3, 3, 0, 0}, 1},
        {"40", {16, 6, 6, 0, 0}, {10, 3, 2, 0, 0}, 1},
        {"60", {16, 8, 8, 8, 0}, {10, 5, 5, 5, 0}, 3},
        {"59.999999", {16, 8, 8, 8, 0}, {10, 5, 5, 5, 0}, 2},
        {"60", {16, 8, 8, 7, 0}, {10, 5, 5, 5, 0}, 2},
        {"60", {16, 8, 8, 8, 0}, {10, 5, 5, 4, 0}, 2},
        {"80", {16, 10, 10, 10, 10}, {10, 6, 6, 6, 6}, 4},
        {"79.999999", {16, 10, 10, 10, 10}, {10, 6, 6, 6, 6}, 3},
        {"80", {16, 10, 10, 10, 9}, {10, 6, 6, 6, 6}, 3},
        {"80", {16, 10, 10, 10, 10}, {10, 6, 6, 6, 5}, 3},
        {"100", {16, 16, 16, 16, 16}, {10, 10, 10, 10, 10}, 4},
        {"100", {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, 0},
        {"0", {16, 16, 16, 16, 16}, {10, 10, 10, 10, 10}, 0},
        {"85", {16, 6, 6, 0, 0}, {10, 3, 3, 0, 0}, 2}, // a high score alone does not lift the level
    };
    int k = 0;
    for (const Row &row : rows) {
        DYNAMIC_SECTION("row " << k++ << ": base " << row.base)
        {
            CHECK(dl::levelFor(m, R(row.base), row.at, row.constrained) == row.level);
        }
    }
}

TEST_CASE("score: level 2 at exactly 40 points, and one step below each condition", "[scoring]")
{
    const std::string items =
        "items:\n"
        "  network: [control-network, application-network, industrial-5g, full-coverage]\n"
        "  system-coverage: all\n"
        "  energy-intensity: better\n"
        "  pass-rate: better\n"
        "  revenue-per-employee: better\n";
    const std::string security =
        "  network-security: [security-policy, security-products, risk-assessment";
    const std::string scenarios = "scenarios:\n  sales-management: 2\n  production-control: 2\n"
                                  "  after-sales-service: 2\n";
    struct Row
    {
        const char *what, *securityTail, *extraScenarios, *base;
        int level;
    };
    const Row rows[] = {
        {"at every threshold of level 2", ", boundary-protection]\n",
         "  product-design: 2\n  process-design: 2\n  production-planning: 2\n", "40", 2},
        {"base 38.75", "]\n",
         "  product-design: 2\n  process-design: 2\n  production-planning: 2\n", "38.75", 1},
        {"2 constrained at level 2", ", boundary-protection]\n",
         "  product-design: 1\n  process-design: 2\n  production-planning: 2\n", "40", 1},
        {"5 scenarios at level 2", ", boundary-protection]\n",
         "  product-design: 2\n  process-design: 2\n  production-planning: 1\n", "40", 1},
        {"5 scenarios rated at all", ", boundary-protection]\n",
         "  product-design: 2\n  process-design: 2\n", "40", 0},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            const auto r = scoreText(
                miitAnswers(items + security + row.securityTail + scenarios + row.extraScenarios));
            CHECK(r.base == R(row.base));
            CHECK(r.level == row.level);
        }
    }
    SECTION("exactly 20 from 13 x 0.7 + 0.9 + 10 reaches level 1; without 0.9 it does not")
    {
        const std::string links =
            "[product-design, process-design, sales, after-sales, planning, "
            "production-control, quality, equipment, safety, energy, procurement, "
            "warehousing, finance";
        const std::string rest =
            "  system-coverage: all\nscenarios:\n  product-design: 1\n"
            "  sales-management: 1\n  financial-management: 1\n  process-design: 1\n"
            "  human-resources: 1\n  decision-support: 1\n";
        const auto at20 = scoreText(miitAnswers("items:\n  data-collection-links: " + links +
                                                ", human-resources]\n" + rest));
        CHECK(at20.base == Rational(20));
        CHECK(at20.level == 1);
        const auto below =
            scoreText(miitAnswers("items:\n  data-collection-links: " + links + "]\n" + rest));
        CHECK(below.base == R("19.1"));
        CHECK(below.level == 0);
    }
}

TEST_CASE("mergeVerified takes the assessor's answers where given", "[scoring]")
{
    const dl::ModelSet &set = miit2024();
    const dl::AnswerFile f = answersFromText(
        miitAnswers("figures:\n  production-units: 120\n  digital-units: 30\n"
                    "items:\n  network: [control-network]\n  system-coverage: one\n"
                    "scenarios:\n  product-design: 1\n  process-design: 2\n"
                    "verified:\n  figures:\n    digital-units: 50\n"
                    "  items:\n    network: [control-network, application-network]\n"
                    "  scenarios:\n    product-design: 2\n"),
        set);
    REQUIRE(f.verified);
    std::vector<std::string> unverified;
    const dl::AnswerSet merged =
        dl::mergeVerified(set.model, f.self.base, f.verified->base, &unverified);
    const auto self = dl::score(set.model, f.self.base);
    const auto r = dl::score(set.model, merged);

    CHECK(self.base == Rational(2) + R("3") + R("2.5")); // network 2, 25 % -> 3, one system 2.5
    CHECK(itemScore(r, set, "network").points == Rational(4));
    CHECK(itemScore(r, set, "equipment-digitalisation").points == R("4.5")); // 50/120 = 41.7 %
    CHECK(itemScore(r, set, "system-coverage").points == R("2.5"));          // kept from self
    CHECK(r.base == R("11"));
    CHECK(merged.scenarios[std::size_t(set.model.findScenario("product-design"))].rating == 2);
    CHECK(merged.scenarios[std::size_t(set.model.findScenario("process-design"))].rating == 2);

    auto listed = [&](const char *id) {
        return std::find(unverified.begin(), unverified.end(), id) != unverified.end();
    };
    CHECK_FALSE(listed("network"));
    CHECK_FALSE(listed("product-design"));
    CHECK(listed("system-coverage"));
    CHECK(listed("equipment-digitalisation")); // its denominator was not verified
    CHECK(listed("process-design"));
    CHECK(unverified.size() == 14 + 15);
}
