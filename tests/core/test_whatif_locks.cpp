// SPDX-License-Identifier: GPL-3.0-or-later
// What-if plans a user steers: items and scenarios locked out of the plans ("not in our plans"),
// and steps marked as large investments (大额投入), which plans of equal steps avoid. Every
// expectation is worked out by hand from tests/data/models/minimal.yaml and
// assessments/miit-sme-2024.yaml (the arithmetic is in the comments).
#include "whatiftest.h"

#include "scoring/textreport.h"

#include <algorithm>

using dl::LargeInvestment;
using dl::PlanStatus;
using dl::Rational;
using dl::WhatIfChange;
using dl::WhatIfPlan;

namespace {

dl::PlanLocks locks(const dl::Model &m, const std::vector<std::string> &ids)
{
    auto resolved = dl::resolvePlanLocks(m, ids, "test");
    REQUIRE(resolved);
    return *resolved;
}

bool touches(const WhatIfPlan &plan, const dl::Model &m, const std::string &id)
{
    return std::any_of(plan.changes.begin(), plan.changes.end(), [&](const WhatIfChange &c) {
        return c.kind == WhatIfChange::Kind::Item ? m.items[std::size_t(c.index)].id == id
                                                  : m.scenarios[std::size_t(c.index)].id == id;
    });
}

// Minimal model, level 0: network wired 1 + systems several 2 + energy same 2 + staff 50 in
// (10,100] 0.5 + security no 0 (digital share unanswered: no units entered) = 5.5; planning 1
// and stock 1 meet level 1's scenario conditions, so level 1 lacks 8 - 5.5 = 2.5 base points.
const char *const kShortOfLevel1 = "figures: {staff: 50}\nitems:\n  network: [wired]\n"
                                   "  systems: several\n  energy: same\n  security-policy: no\n"
                                   "scenarios: {planning: 1, stock: 1}\n";

// Minimal model, level 1: base 8 + 4 + 4 = 16 reaches level 2's 16, but only stock 2 and hr 2
// are at level 2 and no constrained scenario (planning, quality, finance) is: two constrained
// scenarios must rise to 2.
const char *const kScenariosShort =
    "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
    "  systems: all\n  energy: better\n"
    "scenarios: {stock: 2, hr: 2, planning: 1, quality: 0}\n";

} // namespace

TEST_CASE("plans never change a locked item or scenario", "[whatif][locks]")
{
    SECTION("a locked item")
    {
        // Without locks one step does it: coverage +4 >= 2.5. With network locked no single step
        // gains 2.5 (systems several -> all +2, energy same -> better +2, security yes +2, the
        // share's first band +2, staff over 100 +1.5), so two steps of +2 each: 4 points.
        const auto set = minimalWith();
        const dl::AnswerSet a = answers(set, kShortOfLevel1);
        const dl::ScoreResult r = dl::score(set.model, a);
        REQUIRE(r.base == R("5.5"));
        REQUIRE(r.level == 0);
        const auto free = dl::planForLevel(set.model, a, r, 1);
        REQUIRE(free.status == PlanStatus::Planned);
        REQUIRE(free.plans.front().steps == 1);
        REQUIRE(touches(free.plans.front(), set.model, "network"));

        const auto out = dl::planForLevel(set.model, a, r, 1, 5, locks(set.model, {"network"}));
        CHECK(out.status == PlanStatus::Planned);
        REQUIRE_FALSE(out.plans.empty());
        CHECK(out.plans.front().steps == 2);
        CHECK(out.plans.front().points == Rational(4));
        CHECK(out.plans.front().largeInvestments == 0);
        for (const WhatIfPlan &p : out.plans)
            CHECK_FALSE(touches(p, set.model, "network"));
        checkPlans(set.model, a, r, 1, out.plans);
    }
    SECTION("a locked scenario")
    {
        // Unlocked the cheapest is planning 1 -> 2 and quality 0 -> 2 (3 steps). With planning
        // locked the constrained ones left are quality and finance, both 0 -> 2: 4 steps, and no
        // alternative (avoiding either leaves one constrained scenario).
        const auto set = minimalWith();
        const dl::AnswerSet a = answers(set, kScenariosShort);
        const dl::ScoreResult r = dl::score(set.model, a);
        REQUIRE(r.level == 1);
        const auto out = dl::planForLevel(set.model, a, r, 2, 5, locks(set.model, {"planning"}));
        CHECK(out.status == PlanStatus::Planned);
        REQUIRE(out.plans.size() == 1);
        CHECK(out.plans[0].steps == 4);
        CHECK_FALSE(touches(out.plans[0], set.model, "planning"));
        CHECK(touches(out.plans[0], set.model, "quality"));
        CHECK(touches(out.plans[0], set.model, "finance"));
        checkPlans(set.model, a, r, 2, out.plans);
    }
    SECTION("locks on the MIIT model, from empty answers")
    {
        const dl::ModelSet &set = miit2024();
        const dl::AnswerSet a = answers(set, "");
        const dl::ScoreResult r = dl::score(set.model, a);
        const auto out = dl::planForLevel(set.model, a, r, r.level + 1, 5,
                                          locks(set.model, {"network", "product-design"}));
        REQUIRE(out.status == PlanStatus::Planned);
        for (const WhatIfPlan &p : out.plans) {
            CHECK_FALSE(touches(p, set.model, "network"));
            CHECK_FALSE(touches(p, set.model, "product-design"));
        }
        checkPlans(set.model, a, r, r.level + 1, out.plans);
    }
}

TEST_CASE("a level reachable only through what is locked is told apart from an unreachable one",
          "[whatif][locks]")
{
    const auto set = minimalWith();
    SECTION("items")
    {
        // Everything locked but the staff figure: its best is (100,1000] 2 - 0.5 = +1.5, and
        // 5.5 + 1.5 = 7 < 8. Without the locks coverage reaches level 1 in one step.
        const dl::AnswerSet a = answers(set, kShortOfLevel1);
        const dl::ScoreResult r = dl::score(set.model, a);
        const auto out = dl::planForLevel(
            set.model, a, r, 1, 5,
            locks(set.model, {"network", "digital-share", "systems", "energy", "security-policy"}));
        CHECK(out.status == PlanStatus::BlockedByLocks);
        CHECK(out.plans.empty());
    }
    SECTION("scenarios")
    {
        // Two constrained scenarios must reach 2; with planning and quality locked only finance
        // is left. Unlocked: planning 1 -> 2 and quality 0 -> 2.
        const dl::AnswerSet a = answers(set, kScenariosShort);
        const dl::ScoreResult r = dl::score(set.model, a);
        const auto out =
            dl::planForLevel(set.model, a, r, 2, 5, locks(set.model, {"planning", "quality"}));
        CHECK(out.status == PlanStatus::BlockedByLocks);
        CHECK(out.plans.empty());
        CHECK(dl::planForLevel(set.model, a, r, 2).status == PlanStatus::Planned);
    }
    SECTION("a level the scheme does not have cannot be reached at all, locks or not")
    {
        // The minimal model stops at level 2; from level 1 there is no level 3 to reach.
        const dl::AnswerSet a = answers(set, kScenariosShort);
        const dl::ScoreResult r = dl::score(set.model, a);
        CHECK(dl::planForLevel(set.model, a, r, 3).status == PlanStatus::Unreachable);
        CHECK(dl::planForLevel(set.model, a, r, 3, 5, locks(set.model, {"planning"})).status ==
              PlanStatus::Unreachable);
        CHECK(dl::planForLevel(set.model, a, r, 1).status == PlanStatus::Reached);
    }
    SECTION("the sentences that say so")
    {
        CHECK(dl::whatIfStatusText(set.model, PlanStatus::BlockedByLocks, 2, dl::Lang::En) ==
              "No plan to Level 2 remains with these locks: only changing what is not in our "
              "plans would reach it.");
        CHECK(dl::whatIfStatusText(set.model, PlanStatus::BlockedByLocks, 2, dl::Lang::ZhCN) ==
              "在这些锁定下没有能升到二级的方案：只有改变不在计划内的指标或场景才能达到。");
        CHECK(dl::whatIfStatusText(set.model, PlanStatus::Unreachable, 2, dl::Lang::En) ==
              "The next level cannot be reached by improving answers.");
        CHECK(dl::whatIfStatusText(set.model, PlanStatus::Planned, 2, dl::Lang::En).empty());
    }
}

TEST_CASE("lock ids are checked against the model", "[whatif][locks]")
{
    const auto &m = minimalSet().model;
    auto refused =
        dl::resolvePlanLocks(m, {"network", "no-such-item", "quality", "gone"}, "--lock");
    REQUIRE_FALSE(refused);
    REQUIRE(refused.errors().size() == 2); // each unknown id, named
    const dl::Diagnostic &d = refused.errors()[0];
    CHECK(d.code == "unknown-lock");
    CHECK(d.id == "no-such-item");
    CHECK(d.toString(dl::Lang::En) ==
          "--lock: [no-such-item] cannot lock 'no-such-item' out of the plans: model minimal "
          "has no item or scenario with this id");
    CHECK(d.text(dl::Lang::ZhCN) ==
          "无法把“no-such-item”设为不在计划内：评测模型 minimal 中没有这个编号的评分项或场景");
    CHECK(refused.errors()[1].id == "gone");

    // Items and scenarios apart, each once, in the model's order.
    const dl::PlanLocks l = locks(m, {"quality", "network", "network", "energy"});
    CHECK(l.items == std::vector<int>{m.findItem("network"), m.findItem("energy")});
    CHECK(l.scenarios == std::vector<int>{m.findScenario("quality")});
    CHECK(l.ids(m) == std::vector<std::string>{"network", "energy", "quality"});
    CHECK(dl::planLocksText(m, l, dl::Lang::ZhCN) == "网络、能耗、质量");
    CHECK(dl::planLocksText(m, l, dl::Lang::En) == "Network, Energy, Quality");
    // Stored locks an assessment's model lacks lock nothing and are left out.
    const dl::PlanLocks stored = dl::knownPlanLocks(m, {"gone", "hr"});
    CHECK(stored.items.empty());
    CHECK(stored.scenarios == std::vector<int>{m.findScenario("hr")});
}

TEST_CASE("a funding share above the model's threshold is a large investment", "[whatif][large]")
{
    const dl::ModelSet &set = miit2024();
    const int k = set.model.findItem("digital-investment");
    REQUIRE(k >= 0);
    REQUIRE(set.model.items[std::size_t(k)].largeInvestmentAbove == Rational(10));
    SECTION("6 % of revenue: the next band, (10,20], lies above 10 %")
    {
        // 6 / 100 = 6 % in [0,10] (0 points). The next notch is (10,20] at 1.875: spend above
        // 10; by the doubling rule alone it would not count (10 < 2 x 6 = 12), by the threshold
        // it does.
        const dl::AnswerSet a = answers(set, "figures: {digital-spend: 6, annual-revenue: 100}\n");
        const dl::ScoreResult r = dl::score(set.model, a);
        const auto c = dl::nextNotch(set.model, a, r, k);
        REQUIRE(c);
        CHECK(c->toState == 1);
        CHECK(c->points == R("1.875"));
        CHECK(*c->numeratorNeeded == Rational(10));
        CHECK(c->numeratorStrict);
        CHECK(c->largeInvestment == LargeInvestment::ShareAbove);
        CHECK(std::string(dl::key(c->largeInvestment)) == "share-above");
        CHECK_THAT(dl::changeText(set.model, a, *c, dl::Lang::ZhCN),
                   Catch::EndsWith("【大额投入：占比需超过 10%】"));
        CHECK_THAT(dl::changeText(set.model, a, *c, dl::Lang::En),
                   Catch::EndsWith(" [large investment: a share above 10%]"));
    }
    SECTION("a ratio without a threshold that does not double is no large investment")
    {
        // 45 of 100 units digital = 45 % in (40,60]; (60,100] needs more than 60 units, and
        // 60 < 2 x 45 = 90.
        const dl::AnswerSet a =
            answers(set, "figures: {production-units: 100, digital-units: 45}\n");
        const dl::ScoreResult r = dl::score(set.model, a);
        const auto c =
            dl::nextNotch(set.model, a, r, set.model.findItem("equipment-digitalisation"));
        REQUIRE(c);
        CHECK(*c->numeratorNeeded == Rational(60));
        CHECK(c->largeInvestment == LargeInvestment::None);
        CHECK(dl::largeInvestmentText(set.model, *c, dl::Lang::ZhCN).empty());
    }
}

TEST_CASE("a figure that must more than double is a large investment", "[whatif][large]")
{
    const auto set = minimalWith();
    const dl::Model &m = set.model;
    struct Row
    {
        const char *figures;
        const char *item;
        LargeInvestment expected;
    };
    const Row rows[] = {
        // 2 of 10 units = 20 % in [0,50]; (50,80] needs more than 10 x 50 / 100 = 5 units, and
        // 5 > 2 x 2 = 4.
        {"{all-units: 10, digital-units: 2}", "digital-share", LargeInvestment::MoreThanDouble},
        // 3 of 10: still more than 5 units, but 6 = 2 x 3 qualifies: exactly double, not more.
        {"{all-units: 10, digital-units: 3}", "digital-share", LargeInvestment::None},
        // staff 50 in (10,100]; (100,1000] needs more than 100 = 2 x 50: more than double.
        {"{staff: 50}", "headcount-size", LargeInvestment::MoreThanDouble},
        // staff 51: more than 100 is less than 2 x 51 = 102.
        {"{staff: 51}", "headcount-size", LargeInvestment::None},
        // no staff entered: nothing to double ([0,10] scores 0, the next notch is (10,100]).
        {"{}", "headcount-size", LargeInvestment::None},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.item << " with " << row.figures)
        {
            const dl::AnswerSet a = answers(set, std::string("figures: ") + row.figures + "\n");
            const dl::ScoreResult r = dl::score(m, a);
            const auto c = dl::nextNotch(m, a, r, m.findItem(row.item));
            REQUIRE(c);
            CHECK(c->largeInvestment == row.expected);
        }
    }
    const dl::AnswerSet a = answers(set, "figures: {staff: 50}\n");
    const auto c = dl::nextNotch(m, a, dl::score(m, a), m.findItem("headcount-size"));
    REQUIRE(c);
    CHECK(std::string(dl::key(c->largeInvestment)) == "more-than-double");
    CHECK_THAT(dl::changeText(m, a, *c, dl::Lang::En),
               Catch::EndsWith(" [large investment: Staff more than doubles]"));
    CHECK_THAT(dl::changeText(m, a, *c, dl::Lang::ZhCN),
               Catch::EndsWith("【大额投入：员工数需增至现在的两倍以上】"));
}

TEST_CASE("of plans with equal steps the one without a large investment comes first",
          "[whatif][large]")
{
    // Level 2 asks for 19.5 here. Base: network all 8 + share 9 of 10 = 90 % in (80,100] 4 +
    // systems none 0 + energy better 4 + staff 20 in (10,100] 0.5 + security 2 = 18.5, 1 short;
    // planning, quality, stock at 2 meet the scenario conditions. One step is enough either way:
    // systems none -> one +1, or staff into (100,1000] +1.5, which needs more than 100 staff,
    // more than 2 x 20 = 40: a large investment. By points alone the +1.5 would come first.
    const auto set = minimalWith("min_base_score: 16", "min_base_score: 19.5");
    const dl::Model &m = set.model;
    const dl::AnswerSet a =
        answers(set, "figures: {all-units: 10, digital-units: 9, staff: 20}\n"
                     "items:\n  network: [wired, wireless, industrial-5g, coverage]\n"
                     "  systems: none\n  energy: better\n  security-policy: yes\n"
                     "scenarios: {planning: 2, quality: 2, stock: 2}\n");
    const dl::ScoreResult r = dl::score(m, a);
    REQUIRE(r.base == R("18.5"));
    REQUIRE(r.level == 1);
    const auto out = dl::planForLevel(m, a, r, 2);
    REQUIRE(out.plans.size() == 2);
    const WhatIfPlan &first = out.plans[0], &second = out.plans[1];
    CHECK(first.steps == 1);
    CHECK(first.points == Rational(1));
    CHECK(first.largeInvestments == 0);
    REQUIRE(first.changes.size() == 1);
    CHECK(first.changes[0].index == m.findItem("systems"));
    CHECK(first.changes[0].toState == 1); // "one"
    CHECK_FALSE(first.changes[0].isLargeInvestment());
    CHECK(second.steps == 1);
    CHECK(second.points == R("1.5"));
    CHECK(second.largeInvestments == 1);
    REQUIRE(second.changes.size() == 1);
    CHECK(second.changes[0].index == m.findItem("headcount-size"));
    CHECK(second.changes[0].largeInvestment == LargeInvestment::MoreThanDouble);
    checkPlans(m, a, r, 2, out.plans);

    // Locking systems leaves the large investment as the only one-step plan.
    const auto locked = dl::planForLevel(m, a, r, 2, 5, locks(m, {"systems"}));
    REQUIRE_FALSE(locked.plans.empty());
    CHECK(locked.plans[0].changes.size() == 1);
    CHECK(locked.plans[0].changes[0].index == m.findItem("headcount-size"));
    CHECK(locked.plans[0].largeInvestments == 1);
}
