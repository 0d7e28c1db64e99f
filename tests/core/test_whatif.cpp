// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "base/yamltree.h"
#include "scoring/scoring.h"
#include "scoring/whatif.h"

#include <set>
#include <string>
#include <vector>

using dl::Rational;
using dl::WhatIfChange;
using dl::WhatIfPlan;

namespace {

const std::string &minimalText()
{
    static const std::string text = [] {
        auto r = dl::readTextFile(testData("models/minimal.yaml"));
        REQUIRE(r.ok());
        return *r;
    }();
    return text;
}

std::string mutated(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

dl::ModelSet minimalWith(const std::string &from = {}, const std::string &to = {})
{
    return dl::ModelSet{
        modelFromText(from.empty() ? minimalText() : mutated(minimalText(), from, to)), {}};
}

dl::AnswerSet answers(const dl::ModelSet &set, const std::string &body)
{
    const std::string head = "format: digilevel-answers/1\nmodel: {id: " + set.model.id +
                             ", version: \"" + set.model.version + "\"}\n";
    return answersFromText(head + body, set).self.base;
}

Rational floorOf(const Rational &r)
{
    return Rational(r.numerator() / r.denominator());
}

// A value inside `range` (the smallest one for a closed low edge).
Rational valueIn(const dl::Interval &range, bool whole)
{
    if (range.lowClosed)
        return range.low;
    const Rational step = whole ? Rational(1) : Rational::fraction(1, 1000000);
    return whole ? floorOf(range.low) + step : range.low + step;
}

// The answers with every change of `plan` made, as a user would make them.
dl::AnswerSet applyPlan(const dl::Model &m, dl::AnswerSet a, const WhatIfPlan &plan)
{
    for (const WhatIfChange &c : plan.changes) { // a ratio without a whole gets one of 100
        if (c.kind == WhatIfChange::Kind::Item &&
            m.items[std::size_t(c.index)].type == dl::ItemType::Ratio) {
            auto &den = a.figures[std::size_t(m.items[std::size_t(c.index)].figureB)];
            if (!den || den->isZero())
                den = Rational(100);
        }
    }
    for (const WhatIfChange &c : plan.changes) {
        if (c.kind == WhatIfChange::Kind::Scenario) {
            CHECK(c.toRating > c.fromRating);
            CHECK(c.steps == c.toRating - c.fromRating);
            a.scenarios[std::size_t(c.index)].rating = c.toRating;
            continue;
        }
        const dl::Item &item = m.items[std::size_t(c.index)];
        dl::ItemAnswer &ans = a.items[std::size_t(c.index)];
        switch (item.type) {
        case dl::ItemType::Single:
        case dl::ItemType::YesNo:
        case dl::ItemType::Trend:
            ans.answered = true;
            ans.choice = c.toState;
            break;
        case dl::ItemType::Multi:
            CHECK(int(c.addedOptions.size()) == c.steps);
            ans.answered = true;
            for (std::size_t k = 0; k < item.options.size(); ++k)
                if (item.options[k].exclusive)
                    ans.selected &= ~(std::uint64_t(1) << k);
            for (int o : c.addedOptions) {
                CHECK_FALSE(item.options[std::size_t(o)].exclusive);
                ans.selected |= std::uint64_t(1) << o;
            }
            break;
        case dl::ItemType::Number:
            a.figures[std::size_t(item.figureA)] =
                valueIn(item.bands[std::size_t(c.toState)].range, true);
            break;
        case dl::ItemType::Ratio: {
            const Rational den = *a.figures[std::size_t(item.figureB)];
            const dl::Interval &band = item.bands[std::size_t(c.toState)].range;
            const Rational need = band.low * den / Rational(100);
            if (c.numeratorNeeded) {
                CHECK(*c.numeratorNeeded == need);
                CHECK(c.numeratorStrict == !band.lowClosed);
            }
            const bool whole = m.figures[std::size_t(item.figureA)].kind == dl::FigureKind::Count;
            Rational num = need;
            if (whole)
                num = floorOf(need) == need && band.lowClosed ? need : floorOf(need) + Rational(1);
            else if (!band.lowClosed)
                num = need + Rational::fraction(1, 1000000);
            REQUIRE(num <= den);
            a.figures[std::size_t(item.figureA)] = num;
            break;
        }
        }
    }
    return a;
}

// Every plan: consistent totals, sorted, distinct, and reaching the target once applied.
void checkPlans(const dl::Model &m,
                const dl::AnswerSet &a,
                const dl::ScoreResult &r,
                int target,
                const std::vector<WhatIfPlan> &plans)
{
    std::set<std::string> seen;
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const WhatIfPlan &plan = plans[p];
        INFO("plan " << p << " for level " << target);
        CHECK(plan.targetLevel == target);
        int steps = 0;
        Rational points;
        std::string signature;
        for (const WhatIfChange &c : plan.changes) {
            CHECK(c.steps > 0);
            steps += c.steps;
            if (c.kind == WhatIfChange::Kind::Item)
                points += c.points;
            signature += std::to_string(int(c.kind)) + ":" + std::to_string(c.index) + ":" +
                         std::to_string(c.steps) + " ";
        }
        CHECK(plan.steps == steps);
        CHECK(plan.points == points);
        CHECK(seen.insert(signature).second);
        if (p > 0) {
            const WhatIfPlan &prev = plans[p - 1];
            CHECK((prev.steps < plan.steps ||
                   (prev.steps == plan.steps && prev.points >= plan.points)));
        }
        const dl::ScoreResult after = dl::score(m, applyPlan(m, a, plan));
        CHECK(after.level >= target);
        CHECK(after.base == r.base + plan.points);
    }
}

} // namespace

TEST_CASE("base shortfall met by the cheapest options", "[whatif]")
{
    // Everything at its maximum except network (wired 1 + coverage 4 ticked; wireless 1 and
    // 5G 2 open): base 21 of 24, scenarios enough for level 2.
    const std::string body =
        "figures: {all-units: 10, digital-units: 9, staff: 500}\n"
        "items:\n  network: [wired, coverage]\n  systems: all\n  energy: better\n"
        "  security-policy: yes\nscenarios: {planning: 2, quality: 2, stock: 2}\n";
    struct Row
    {
        const char *threshold;
        int steps;
        const char *points;
        std::vector<int> added; // option indices: wired 0, wireless 1, industrial-5g 2, coverage 3
    };
    const Row rows[] = {
        {"22.5", 1, "2", {2}},    // short by 1.5: one step, the 2-point option
        {"23", 1, "2", {2}},      // short by 2
        {"23.5", 2, "3", {2, 1}}, // short by 2.5: both open options
        {"24", 2, "3", {2, 1}},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION("level 2 at base " << row.threshold)
        {
            const auto set =
                minimalWith("min_base_score: 16", std::string("min_base_score: ") + row.threshold);
            const dl::AnswerSet a = answers(set, body);
            const dl::ScoreResult r = dl::score(set.model, a);
            REQUIRE(r.base == Rational(21));
            REQUIRE(r.level == 1);
            const auto plans = dl::planForLevel(set.model, a, r, 2);
            REQUIRE(plans.size() == 1); // without network no plan exists
            CHECK(plans[0].steps == row.steps);
            CHECK(plans[0].points == R(row.points));
            REQUIRE(plans[0].changes.size() == 1);
            CHECK(plans[0].changes[0].index == set.model.findItem("network"));
            CHECK(plans[0].changes[0].addedOptions == row.added);
            checkPlans(set.model, a, r, 2, plans);
        }
    }
}

TEST_CASE("a one-step plan beats two steps; the alternative avoids its change", "[whatif]")
{
    // Base 5.5: network wired 1, systems several 2, energy same 2, staff 50 -> 0.5.
    const auto set = minimalWith();
    const dl::AnswerSet a =
        answers(set, "figures: {staff: 50}\nitems:\n  network: [wired]\n"
                     "  systems: several\n  energy: same\n  security-policy: no\n"
                     "scenarios: {planning: 1, stock: 1}\n");
    const dl::ScoreResult r = dl::score(set.model, a);
    REQUIRE(r.base == R("5.5"));
    REQUIRE(r.level == 0);
    const auto plans = dl::planForLevel(set.model, a, r, 1);
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].steps == 1); // tick coverage: +4 covers the 2.5 missing
    CHECK(plans[0].points == Rational(4));
    REQUIRE(plans[0].changes.size() == 1);
    CHECK(plans[0].changes[0].addedOptions == std::vector<int>{3});
    CHECK(plans[1].steps == 2); // without network: two notches of +2
    CHECK(plans[1].points == Rational(4));
    for (const WhatIfChange &c : plans[1].changes)
        CHECK(c.index != set.model.findItem("network"));
    checkPlans(set.model, a, r, 1, plans);
}

TEST_CASE("scenario shortfall: constrained scenarios are raised first", "[whatif]")
{
    // Base 16; stock 2 and hr 2 count at level 2, but no constrained scenario does.
    const auto set = minimalWith();
    const dl::AnswerSet a =
        answers(set, "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
                     "  systems: all\n  energy: better\n"
                     "scenarios: {stock: 2, hr: 2, planning: 1, quality: 0}\n");
    const dl::ScoreResult r = dl::score(set.model, a);
    REQUIRE(r.base == Rational(16));
    REQUIRE(r.level == 1);
    const auto plans = dl::planForLevel(set.model, a, r, 2);
    struct Expected
    {
        int steps;
        std::vector<std::pair<const char *, int>> raises; // scenario, from rating
    };
    const Expected expected[] = {
        {3, {{"planning", 1}, {"quality", 0}}},
        {3, {{"planning", 1}, {"finance", 0}}}, // finance unanswered counts as 0
        {4, {{"quality", 0}, {"finance", 0}}},
    };
    REQUIRE(plans.size() == 3);
    for (std::size_t p = 0; p < 3; ++p) {
        CHECK(plans[p].steps == expected[p].steps);
        CHECK(plans[p].points.isZero());
        REQUIRE(plans[p].changes.size() == 2);
        for (std::size_t k = 0; k < 2; ++k) {
            const WhatIfChange &c = plans[p].changes[k];
            CHECK(c.kind == WhatIfChange::Kind::Scenario);
            CHECK(c.index == set.model.findScenario(expected[p].raises[k].first));
            CHECK(c.fromRating == expected[p].raises[k].second);
            CHECK(c.toRating == 2);
        }
    }
    checkPlans(set.model, a, r, 2, plans);
}

TEST_CASE("scenario conditions counted at different levels", "[whatif]")
{
    // Level 2 here: 3 scenarios at level 1 or above, and 2 constrained at level 2.
    const auto set = minimalWith("min_scenarios: 3", "min_scenarios: {count: 3, at_level: 1}");
    const std::string items = "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
                              "  systems: all\n  energy: better\n";
    struct Row
    {
        const char *what, *scenarios;
        int level, steps;
    };
    const Row rows[] = {
        // three at level 1 already; planning and quality (constrained) 1 -> 2: two steps
        {"count met, constrained short", "{planning: 1, quality: 1, stock: 1, finance: 0}", 1, 2},
        // planning and quality 0 -> 2 meet both conditions: four steps
        {"both short", "{planning: 0, quality: 0, stock: 1, hr: 1, finance: 0}", 0, 4},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            const dl::AnswerSet a = answers(set, items + "scenarios: " + row.scenarios + "\n");
            const dl::ScoreResult r = dl::score(set.model, a);
            REQUIRE(r.base == Rational(16));
            REQUIRE(r.level == row.level);
            const auto plans = dl::planForLevel(set.model, a, r, 2);
            REQUIRE_FALSE(plans.empty());
            CHECK(plans[0].steps == row.steps);
            checkPlans(set.model, a, r, 2, plans);
        }
    }
}

TEST_CASE("no plan once the level is reached or beyond the top level", "[whatif]")
{
    const auto set = minimalWith();
    const dl::AnswerSet top =
        answers(set, "figures: {all-units: 10, digital-units: 9, staff: 500}\n"
                     "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
                     "  systems: all\n  energy: better\n  security-policy: yes\n"
                     "scenarios: {planning: 4, quality: 4, stock: 4, finance: 4, hr: 4}\n");
    const dl::ScoreResult r = dl::score(set.model, top);
    REQUIRE(r.base == Rational(24));
    REQUIRE(r.level == 2);
    for (int target : {0, 1, 2, 3})
        CHECK(dl::planForLevel(set.model, top, r, target).empty());
    CHECK(dl::planForLevel(set.model, top, r, 2, 5).empty());
}

TEST_CASE("maxPlans limits the number of plans", "[whatif]")
{
    const auto set = minimalWith();
    const dl::AnswerSet a =
        answers(set, "scenarios: {stock: 2, hr: 2, planning: 1, quality: 0}\n"
                     "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
                     "  systems: all\n  energy: better\n");
    const dl::ScoreResult r = dl::score(set.model, a);
    CHECK(dl::planForLevel(set.model, a, r, 2, 1).size() == 1);
    CHECK(dl::planForLevel(set.model, a, r, 2, 2).size() == 2);
}

TEST_CASE("every plan on the MIIT model reaches its level when applied", "[whatif]")
{
    const dl::ModelSet &set = miit2024();
    const char *bodies[] = {
        "",
        // level 2 at exactly 40
        "items:\n  network: [control-network, application-network, industrial-5g, full-coverage]\n"
        "  system-coverage: all\n  energy-intensity: better\n  pass-rate: better\n"
        "  revenue-per-employee: better\n"
        "  network-security: [security-policy, security-products, risk-assessment, "
        "boundary-protection]\n"
        "scenarios: {product-design: 2, sales-management: 2, production-control: 2, "
        "process-design: 2,"
        " after-sales-service: 2, production-planning: 2}\n",
        // odd denominators, worse and equal trends from figures, none answers
        "figures: {production-units: 7, digital-units: 1, networked-units: 0, digital-spend: 0.5,"
        " annual-revenue: 3, energy-intensity-before: 10, energy-intensity-after: 12,"
        " pass-rate-before: 95, pass-rate-after: 95}\n"
        "items:\n  network: [none]\n  data-collection-links: [human-resources]\n  system-coverage: "
        "one\n"
        "  plan-implementation: planned\n  management-mechanisms: [none]\n  digital-talent: "
        "[digital-staff]\n"
        "scenarios: {product-design: 0, quality-management: 1, procurement: 3, human-resources: 4,"
        " decision-support: 2, financial-management: 1}\n",
        // 0 of 0 everywhere, every scenario at level 1
        "figures: {production-units: 0, digital-units: 0, networked-units: 0, digital-spend: 0,"
        " annual-revenue: 0}\n"
        "scenarios: {product-design: 1, process-design: 1, sales-management: 1, "
        "after-sales-service: 1,"
        " production-planning: 1, production-control: 1, quality-management: 1, "
        "equipment-management: 1,"
        " safety-production: 1, energy-management: 1, procurement: 1, warehousing-logistics: 1,"
        " financial-management: 1, human-resources: 1, collaborative-office: 1, decision-support: "
        "1}\n",
        // level 3, close to 4
        "figures: {production-units: 120, digital-units: 73, networked-units: 72, digital-spend: "
        "30,"
        " annual-revenue: 100}\n"
        "items:\n  network: [control-network, application-network, industrial-5g, full-coverage]\n"
        "  system-coverage: most\n  data-collection-links: [product-design, process-design, sales, "
        "quality]\n"
        "  network-security: [security-policy, security-products, risk-assessment, "
        "boundary-protection]\n"
        "  data-security: [data-policy]\n  plan-implementation: transformed\n"
        "  management-mechanisms: [transformation-workflow, it-operations]\n"
        "  digital-talent: [digital-staff, digital-post, training]\n  energy-intensity: better\n"
        "  pass-rate: same\n  revenue-per-employee: better\n  cost-per-revenue: worse\n"
        "scenarios: {product-design: 4, sales-management: 3, production-control: 3, "
        "quality-management: 3,"
        " equipment-management: 3, safety-production: 2, energy-management: 1, procurement: 3,"
        " process-design: 3, after-sales-service: 3, production-planning: 4, human-resources: 2}\n",
    };
    int n = 0;
    for (const char *body : bodies) {
        const dl::AnswerSet a = answers(set, body);
        const dl::ScoreResult r = dl::score(set.model, a);
        for (int target = r.level + 1; target <= set.model.maxLevel(); ++target) {
            DYNAMIC_SECTION("answers " << n << ", level " << r.level << " -> " << target)
            {
                const auto plans = dl::planForLevel(set.model, a, r, target);
                REQUIRE_FALSE(plans.empty()); // always reachable: every item and scenario can rise
                checkPlans(set.model, a, r, target, plans);
            }
        }
        ++n;
    }
}
