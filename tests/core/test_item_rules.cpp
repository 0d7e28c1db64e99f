// SPDX-License-Identifier: GPL-3.0-or-later
// The item rules that the what-if search, the report's improvement plan and the questionnaire's
// figure editor share: the next notch of an item, the numerator that reaches a band, the figures
// of an item that contradict each other, and the words of a trend. Expectations by hand from the
// bands in assessments/miit-sme-2024.yaml and tests/data/models/minimal.yaml.
#include "testsupport.h"

#include "scoring/scoring.h"
#include "scoring/whatif.h"

#include <optional>
#include <string>
#include <vector>

using dl::Rational;

namespace {

dl::AnswerSet answersFor(const dl::ModelSet &set, const std::string &body)
{
    const std::string head = "format: digilevel-answers/1\nmodel: {id: " + set.model.id +
                             ", version: \"" + set.model.version + "\"}\n";
    return answersFromText(head + body, set).self.base;
}

int itemIndex(const dl::Model &m, const std::string &id)
{
    const int k = m.findItem(id);
    REQUIRE(k >= 0);
    return k;
}

} // namespace

TEST_CASE("the numerator that reaches a band of a ratio item", "[scoring][itemrules]")
{
    // MIIT bands of the three ratio items: [0,10] (10,20] (20,40] (40,60] (60,100].
    struct Row
    {
        const char *item;
        const char *denominator;
        int band;
        std::optional<const char *> need; // nullopt: a zero denominator
        bool strict;
        const char *whole; // wholeNumerator(need)
    };
    const std::vector<Row> rows = {
        {"equipment-networking", "120", 3, "48", true, "49"}, // 40 % of 120 = 48, above it
        {"equipment-networking", "120", 1, "12", true, "13"}, // 10 % of 120
        {"equipment-networking", "120", 0, "0", false, "0"},  // [0, 10]: 0 itself qualifies
        {"equipment-digitalisation", "125", 1, "12.5", true, "13"},
        {"equipment-digitalisation", "125", 4, "75", true, "76"}, // 60 % of 125
        {"digital-investment", "850", 2, "170", true, "171"},     // 20 % of 850 万元
        {"digital-investment", "33.3", 1, "3.33", true, "4"},
        {"equipment-networking", "0", 2, std::nullopt, false, ""},
    };
    const dl::Model &m = miit2024().model;
    for (const Row &row : rows) {
        INFO(row.item << ", denominator " << row.denominator << ", band " << row.band);
        const dl::Item &item = m.items[std::size_t(itemIndex(m, row.item))];
        const auto need = dl::numeratorForBand(item, row.band, R(row.denominator));
        REQUIRE(need.has_value() == row.need.has_value());
        if (!need)
            continue;
        CHECK(need->value == R(*row.need));
        CHECK(need->strict == row.strict);
        const dl::NumeratorNeeded whole = dl::wholeNumerator(*need);
        CHECK(whole.value == R(row.whole));
        CHECK_FALSE(whole.strict);
        // The whole number reaches the band; one less does not (unless it is the band's floor).
        const Rational den = R(row.denominator);
        CHECK(dl::bandIndex(item.bands, dl::ratioPercent(whole.value, den)) == row.band);
        if (whole.value > Rational(0))
            CHECK(dl::bandIndex(item.bands, dl::ratioPercent(whole.value - Rational(1), den)) <
                  row.band);
    }
    // An exact whole number at a closed edge stays as it is.
    CHECK(dl::wholeNumerator({R("12"), false}).value == R("12"));
    CHECK(dl::wholeNumerator({R("12.5"), false}).value == R("13"));
}

TEST_CASE("the next notch of an item is the first rung of its ladder", "[scoring][itemrules]")
{
    struct Row
    {
        bool minimal; // tests/data/models/minimal.yaml, else the MIIT model
        const char *answers;
        const char *item;
        bool exists;
        int fromState = -1;
        int toState = -1;
        std::vector<int> added = {};
        const char *points = "0";
        std::optional<const char *> numerator = std::nullopt;
        bool strict = false;
    };
    const std::vector<Row> rows = {
        // Single choice: none 0, one 2.5, several 5, most 7.5, all 10.
        {false, "items: {system-coverage: one}\n", "system-coverage", true, 1, 2, {}, "2.5"},
        {false, "", "system-coverage", true, -1, 1, {}, "2.5"},
        {false, "items: {system-coverage: all}\n", "system-coverage", false},
        // Multiple choice: the unticked option worth most; ties go to the first.
        {false,
         "items: {data-collection-links: [product-design]}\n",
         "data-collection-links",
         true,
         -1,
         -1,
         {13},
         "0.9"}, // human-resources, 0.9; the others 0.7
        {false, "items: {network: [control-network]}\n", "network", true, -1, -1, {1}, "2"},
        {false, "items: {network: [none]}\n", "network", true, -1, -1, {0}, "2"},
        {false,
         "items: {network: [control-network, application-network, industrial-5g, "
         "full-coverage]}\n",
         "network", false},
        // Ratio: 30 of 120 = 25 % in (20, 40] (3 points); next (40, 60] (4.5), above 48 units.
        {false,
         "figures: {production-units: 120, networked-units: 30}\n",
         "equipment-networking",
         true,
         2,
         3,
         {},
         "1.5",
         "48",
         true},
        // 30 万元 of 1000 = 3 % in [0, 10]; next (10, 20] (1.875), above 100 万元.
        {false,
         "figures: {digital-spend: 30, annual-revenue: 1000}\n",
         "digital-investment",
         true,
         0,
         1,
         {},
         "1.875",
         "100",
         true},
        // No denominator yet: the band, but no numerator to name.
        {false, "", "equipment-digitalisation", true, -1, 1, {}, "1.5"},
        {false, "figures: {production-units: 120, networked-units: 80}\n", "equipment-networking",
         false}, // 66.7 % is in the top band
        // Trend: worse 0, same 3.5, better 7.
        {false, "items: {energy-intensity: worse}\n", "energy-intensity", true, 0, 1, {}, "3.5"},
        {false, "items: {energy-intensity: same}\n", "energy-intensity", true, 1, 2, {}, "3.5"},
        {false, "items: {energy-intensity: better}\n", "energy-intensity", false},
        // Number: staff 50 in (10, 100] (0.5 points); next (100, 1000] (2 points).
        {true, "figures: {staff: 50}\n", "headcount-size", true, 1, 2, {}, "1.5"},
        // Yes/no: yes scores 2.
        {true, "items: {security-policy: no}\n", "security-policy", true, 0, 1, {}, "2"},
        {true, "", "security-policy", true, -1, 1, {}, "2"},
        {true, "items: {security-policy: yes}\n", "security-policy", false},
    };
    for (const Row &row : rows) {
        INFO(row.item << " with " << row.answers);
        const dl::ModelSet &set = row.minimal ? minimalSet() : miit2024();
        const dl::AnswerSet a = answersFor(set, row.answers);
        const dl::ScoreResult r = dl::score(set.model, a);
        const int k = itemIndex(set.model, row.item);
        const auto c = dl::nextNotch(set.model, a, r, k);
        REQUIRE(c.has_value() == row.exists);
        if (!c)
            continue;
        CHECK(c->kind == dl::WhatIfChange::Kind::Item);
        CHECK(c->index == k);
        CHECK(c->steps == 1);
        CHECK(c->fromState == row.fromState);
        CHECK(c->toState == row.toState);
        CHECK(c->addedOptions == row.added);
        CHECK(c->points == R(row.points));
        REQUIRE(c->numeratorNeeded.has_value() == row.numerator.has_value());
        if (row.numerator) {
            CHECK(*c->numeratorNeeded == R(*row.numerator));
            CHECK(c->numeratorStrict == row.strict);
        }
    }
}

TEST_CASE("figures of one item that contradict each other", "[scoring][itemrules]")
{
    struct Row
    {
        bool minimal;
        const char *item;
        const char *first;
        const char *second;
        dl::FigureConflict expected;
    };
    using C = dl::FigureConflict;
    const std::vector<Row> rows = {
        {false, "equipment-networking", "30", "20", C::PartExceedsWhole}, // 30 networked of 20
        {false, "equipment-networking", "20", "20", C::None},
        {false, "equipment-networking", "0", "0", C::None},
        {false, "digital-investment", "1000.5", "1000", C::PartExceedsWhole},
        {true, "headcount-size", "1000", "0", C::None}, // range [0, 1000]; no second figure
        {true, "headcount-size", "1001", "0", C::OutsideRange},
        {true, "headcount-size", "-1", "0", C::OutsideRange},
        {false, "energy-intensity", "5", "3", C::None}, // a trend's two years never conflict
    };
    for (const Row &row : rows) {
        INFO(row.item << ": " << row.first << ", " << row.second);
        const dl::Model &m = (row.minimal ? minimalSet() : miit2024()).model;
        const dl::Item &item = m.items[std::size_t(itemIndex(m, row.item))];
        CHECK(dl::figureConflict(item, R(row.first), R(row.second)) == row.expected);
    }
}

TEST_CASE("a trend's words", "[model][itemrules]")
{
    using T = dl::TrendDirection;
    for (const auto &[t, key] : std::vector<std::pair<T, std::string>>{
             {T::Worse, "worse"}, {T::Same, "same"}, {T::Better, "better"}}) {
        CHECK(dl::trendKey(t) == key);
        CHECK(dl::parseTrend(key) == t);
    }
    for (const char *bad : {"", "Better", "up", "better "})
        CHECK_FALSE(dl::parseTrend(bad).has_value());
}
