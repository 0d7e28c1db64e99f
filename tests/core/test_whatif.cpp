// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if search on the minimal model and the MIIT model: fewest steps, then most points.
#include "whatiftest.h"

using dl::Rational;
using dl::WhatIfChange;
using dl::WhatIfPlan;

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
            const auto plans = dl::planForLevel(set.model, a, r, 2).plans;
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
    const auto plans = dl::planForLevel(set.model, a, r, 1).plans;
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
    const auto plans = dl::planForLevel(set.model, a, r, 2).plans;
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
            const auto plans = dl::planForLevel(set.model, a, r, 2).plans;
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
        CHECK(dl::planForLevel(set.model, top, r, target).plans.empty());
    CHECK(dl::planForLevel(set.model, top, r, 2, 5).plans.empty());
}

TEST_CASE("maxPlans limits the number of plans", "[whatif]")
{
    const auto set = minimalWith();
    const dl::AnswerSet a =
        answers(set, "scenarios: {stock: 2, hr: 2, planning: 1, quality: 0}\n"
                     "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
                     "  systems: all\n  energy: better\n");
    const dl::ScoreResult r = dl::score(set.model, a);
    CHECK(dl::planForLevel(set.model, a, r, 2, 1).plans.size() == 1);
    CHECK(dl::planForLevel(set.model, a, r, 2, 2).plans.size() == 2);
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
                const auto plans = dl::planForLevel(set.model, a, r, target).plans;
                REQUIRE_FALSE(plans.empty()); // always reachable: every item and scenario can rise
                checkPlans(set.model, a, r, target, plans);
            }
        }
        ++n;
    }
}
