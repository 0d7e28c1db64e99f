// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatiftest.h"

#include "base/yamltree.h"

#include <set>

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

} // namespace

dl::ModelSet minimalWith(const std::string &from, const std::string &to)
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
        int large = 0;
        for (const WhatIfChange &c : plan.changes) {
            CHECK(c.steps > 0);
            steps += c.steps;
            large += c.isLargeInvestment();
            if (c.kind == WhatIfChange::Kind::Item)
                points += c.points;
            signature += std::to_string(int(c.kind)) + ":" + std::to_string(c.index) + ":" +
                         std::to_string(c.steps) + " ";
        }
        CHECK(plan.steps == steps);
        CHECK(plan.points == points);
        CHECK(plan.largeInvestments == large);
        CHECK(seen.insert(signature).second);
        if (p > 0) {
            const WhatIfPlan &prev = plans[p - 1];
            // fewest steps, then fewest large investments, then most points
            CHECK((prev.steps < plan.steps ||
                   (prev.steps == plan.steps && prev.largeInvestments < plan.largeInvestments) ||
                   (prev.steps == plan.steps && prev.largeInvestments == plan.largeInvestments &&
                    prev.points >= plan.points)));
        }
        const dl::ScoreResult after = dl::score(m, applyPlan(m, a, plan));
        CHECK(after.level >= target);
        CHECK(after.base == r.base + plan.points);
    }
}
