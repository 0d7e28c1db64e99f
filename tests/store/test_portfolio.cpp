// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio (试点看板) over the pilot city of portfoliocity.h: 30 enterprises whose summaries
// are set by hand (the aggregate reads cached summaries; scoring is tested elsewhere). Every
// expected figure below is worked out by hand from its table, never read from the program.
#include "portfoliocity.h"
#include "storetestsupport.h"
#include "testsupport.h"

#include "exchange/portfolioexport.h"
#include "exchange/portfolioxlsx.h"
#include "portfolio/aggregate.h"
#include "portfolio/levelgap.h"
#include "portfolio/peerbenchmark.h"
#include "store/portfolio.h"

#include <catch2/catch.hpp>

namespace {

const char *A = PortfolioCity::orgA, *B = PortfolioCity::orgB, *C = PortfolioCity::orgC;
const char *B2 = PortfolioCity::batch2;

struct CityFolder
{
    TempDir dir{"portfolio"};
};

// The city on the stand-in model (the store keeps its text by hash and never parses it).
struct City : CityFolder, PortfolioCity
{
    City()
        : PortfolioCity(dir.file("city.sqlite"), tinyModel(), "tiny model")
    {}
};

const dl::PortfolioGroupRow &group(const dl::PortfolioFigures &f, const std::string &key)
{
    for (const auto &g : f.groups)
        if (g.key == key)
            return g;
    FAIL("no group " << key);
    throw 0;
}

} // namespace

TEST_CASE("the portfolio of a pilot city, computed by hand", "[portfolio]")
{
    City c;
    const dl::PortfolioFigures all = c.figures({});
    // Representatives (latest assessment): E1 46/2, E2 49/2 (follow-up), E3 24/1, E4 61/3, E5 29/1,
    // E6 52/2, E7 45/2, E8 15/0, E9 22/1, E10 50/2; E11 45/2, E12 47/2, E13 35/1, E14 12/0,
    // E15 26/1, E16 55/2, E17 31/1, E18 19/0, E19 24/1; E20 65/3, E21 37/1, E22 62/3, E23 27/1,
    // E24 44/2, E25 16/0, E26 29/1, E27 40/2; E28-E30 none.
    CHECK(all.counts.enterprises == 30);
    CHECK(all.counts.assessed == 27);
    CHECK(all.counts.levels == std::array<int, 5>{4, 10, 10, 3, 0});
    CHECK(all.counts.atOrAboveLevel2 == 13);
    // 393 + 294 + 320 = 1007 over 27; sorted, the 14th of 27 is 37.
    CHECK(*all.counts.meanBase == dl::Rational::fraction(1007, 27));
    CHECK(*all.counts.medianBase == dl::Rational(37));
    // 专精特新: E2 2, E4 3, E6 2, E12 2, E21 1, E22 3 -> 6, five at 二级 or higher.
    CHECK(all.srdiTotal == 6);
    CHECK(all.srdiAtOrAbove2 == 5);
    // foundation = base / 2 everywhere: 1007 / 54.
    CHECK(*all.partMeans[std::size_t(c.data.findPart("foundation"))] ==
          dl::Rational::fraction(1007, 54));
    CHECK_FALSE(all.partMeans[std::size_t(c.data.findPart("management"))]);
    // product design rated = level: >= 1 for 23, >= 2 for 13, >= 3 for 3, of 27.
    CHECK(all.scenarioAtLeast[std::size_t(c.data.findPart("product-design"))] ==
          std::array<int, 5>{27, 23, 13, 3, 0});
    // Uplift: E1 1->2 +16, E2 1->2 +8 (its follow-up is not an "after"), E3 0->1 +6,
    // E4 2->3 +19, E5 1->1 +4, E6 1->2 +14, E11 1->2 +17, E12 2->2 +6, E13 1->1 +2,
    // E20 2->3 +17, E21 1->1 +1: 11 pairs, 110 / 11 = 10, seven rose.
    CHECK(all.uplift.pairs == 11);
    CHECK(all.uplift.matrix[0][1] == 1);
    CHECK(all.uplift.matrix[1][1] == 3);
    CHECK(all.uplift.matrix[1][2] == 4);
    CHECK(all.uplift.matrix[2][2] == 1);
    CHECK(all.uplift.matrix[2][3] == 2);
    CHECK(*all.uplift.meanGain == dl::Rational(10));
    CHECK(all.uplift.rose == 7);
    CHECK(dl::roundedDecimal(dl::shareOf(all.counts.atOrAboveLevel2, all.counts.assessed), 4) ==
          "0.4815");
}

TEST_CASE("portfolio groups and filters, computed by hand", "[portfolio]")
{
    City c;
    SECTION("by segment: an enterprise in none is grouped apart")
    {
        const auto f = c.figures({}, dl::PortfolioGroup::Segment);
        REQUIRE(f.groups.size() == 4);
        // 建材 E1-E10: levels 1 x 0, 3 x 1, 5 x 2, 1 x 3; 393 / 10.
        const auto &building = group(f, "1");
        CHECK(building.name.zh == "新型建材及陶瓷琉璃制品");
        CHECK(building.counts.levels == std::array<int, 5>{1, 3, 5, 1, 0});
        CHECK(building.counts.atOrAboveLevel2 == 6);
        CHECK(*building.counts.meanBase == R("39.3"));
        // 食品 E11-E18 by code C14, E19 (C13) as a member: 294 / 9.
        const auto &food = group(f, "2");
        CHECK(food.counts.enterprises == 9);
        CHECK(food.counts.levels == std::array<int, 5>{2, 4, 3, 0, 0});
        CHECK(*food.counts.meanBase == dl::Rational::fraction(294, 9));
        // 小组 E20-E22: 65, 37, 62.
        const auto &small = group(f, "3");
        CHECK(small.members ==
              std::vector<std::int64_t>{c.enterprise[19], c.enterprise[20], c.enterprise[21]});
        CHECK(small.counts.levels == std::array<int, 5>{0, 1, 0, 2, 0});
        CHECK(*small.counts.meanBase == dl::Rational::fraction(164, 3));
        // none: E23-E30, five assessed: 27, 44, 16, 29, 40 = 156.
        const auto &none = group(f, "");
        CHECK(none.counts.enterprises == 8);
        CHECK(none.counts.assessed == 5);
        CHECK(*none.counts.meanBase == R("31.2"));
        CHECK(*none.counts.medianBase == dl::Rational(29));
        // Its members, E23-E30, assessed or not, for opening the group in the list.
        CHECK(none.members ==
              std::vector<std::int64_t>(c.enterprise.begin() + 22, c.enterprise.end()));
    }
    SECTION("by organisation and by phase of the representing assessment")
    {
        const auto org = c.figures({}, dl::PortfolioGroup::Organisation);
        CHECK(group(org, A).counts.assessed == 10);
        CHECK(group(org, B).counts.assessed == 9);
        CHECK(group(org, C).counts.assessed == 8);
        CHECK(group(org, "").counts.enterprises == 3); // E28-E30, never assessed
        CHECK(group(org, "").counts.assessed == 0);
        CHECK_FALSE(group(org, "").counts.meanBase);
        const auto phase = c.figures({}, dl::PortfolioGroup::Phase);
        CHECK(group(phase, "after").counts.assessed == 10);    // E1, 3-6, 11-13, 20, 21
        CHECK(group(phase, "follow-up").counts.assessed == 1); // E2
        CHECK(group(phase, "baseline").counts.assessed == 16);
    }
    SECTION("a segment's baselines only")
    {
        dl::PortfolioFilter f;
        f.segment = "新型建材及陶瓷琉璃制品";
        f.phase = dl::AssessmentPhase::Baseline;
        const auto fig = c.figures(f);
        // 30 35 18 42 25 38 45 15 22 50 = 320; 二级: E4, E7, E10.
        CHECK(fig.counts.assessed == 10);
        CHECK(*fig.counts.meanBase == dl::Rational(32));
        CHECK(fig.counts.atOrAboveLevel2 == 3);
        CHECK(fig.uplift.pairs == 6); // the phase filter does not hide the pairs: E1-E6
    }
    SECTION("pilot, batch, province, industry and dates")
    {
        dl::PortfolioFilter pilot;
        pilot.pilot = true;
        const auto p = c.figures(pilot);
        // E1-E15: 393 + 45 + 47 + 35 + 12 + 26 = 558 over 15; 二级: 6 + E11 + E12.
        CHECK(p.counts.enterprises == 15);
        CHECK(*p.counts.meanBase == R("37.2"));
        CHECK(p.counts.atOrAboveLevel2 == 8);
        dl::PortfolioFilter batch;
        batch.batch = B2;
        const auto b = c.figures(batch);
        // E9-E15: 22 50 45 47 35 12 26 = 237.
        CHECK(b.counts.enterprises == 7);
        CHECK(*b.counts.meanBase == dl::Rational::fraction(237, 7));
        dl::PortfolioFilter zhejiang;
        zhejiang.province = "浙江";
        zhejiang.industry = "34";
        CHECK(c.figures(zhejiang).counts.enterprises == 11);
        dl::PortfolioFilter before;
        before.to = "2026-01-01";
        // Only the baselines: 二级 or higher E4 E7 E10 E12 E16 E20 E22 E24 E27.
        const auto d = c.figures(before);
        CHECK(d.counts.assessed == 27);
        CHECK(d.counts.atOrAboveLevel2 == 9);
        CHECK(d.uplift.pairs == 0);
    }
    SECTION("an empty result is zeros, not 0/0")
    {
        dl::PortfolioFilter tibet;
        tibet.province = "西藏";
        const auto t = c.figures(tibet);
        CHECK(t.counts.enterprises == 0);
        CHECK_FALSE(t.counts.meanBase);
        CHECK(dl::shareOf(t.counts.atOrAboveLevel2, t.counts.assessed) == dl::Rational(0));
        const auto j = dl::portfolioJson(c.data, t, std::nullopt, dl::Lang::En);
        CHECK(j["at_or_above_level2"]["share"] == 0.0);
        CHECK(j["mean_base_score"].is_null());
    }
}

TEST_CASE("portfolio filters refuse what they cannot mean", "[portfolio]")
{
    City c;
    struct Bad
    {
        dl::PortfolioFilter filter;
        const char *code, *message;
    };
    dl::PortfolioFilter segment, industry, date, backwards;
    segment.segment = "不存在的细分行业";
    industry.industry = "Z99";
    date.from = "2026-13-01";
    backwards.from = "2026-06-01";
    backwards.to = "2026-01-01";
    for (const Bad &b : {Bad{segment, "not-found", "no segment with id, uuid or name '不存在"},
                         Bad{industry, "unknown-industry", "'Z99' is not a GB/T 4754-2017"},
                         Bad{date, "invalid-value", "--from: '2026-13-01' is not a date"},
                         Bad{backwards, "invalid-value", "ends (2026-01-01) before it starts"}}) {
        auto r = dl::resolveFilter(c.data, b.filter);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == b.code);
        CHECK_THAT(r.errors().front().text(dl::Lang::En), Catch::Contains(b.message));
        CHECK_FALSE(r.errors().front().text(dl::Lang::ZhCN).empty());
    }
}

TEST_CASE("the peer benchmark ranks without naming, and hides small groups", "[portfolio]")
{
    City c;
    // E7 (45) among the nine other 建材 enterprises 46 49 24 61 29 52 15 22 50: four below, none
    // equal -> 4 / 9 x 100. Foundation is base / 2, so the same rank.
    const std::int64_t e7 = c.assessments[6].back();
    auto b = dl::peerBenchmark(c.data, e7);
    REQUIRE(b);
    CHECK(b->group == dl::PeerBenchmark::Group::Segment);
    CHECK(b->groupName.zh == "新型建材及陶瓷琉璃制品");
    CHECK(b->peers == 9);
    CHECK(b->basePercentile == dl::Rational::fraction(400, 9));
    CHECK(*b->partPercentiles[std::size_t(c.data.findPart("foundation"))] ==
          dl::Rational::fraction(400, 9));
    // E22 (62) is in 小组 with two peers only: below the floor of 3 even when asked for 1, so its
    // division C34 answers: E20 E21 E23-E27 = 7 peers, 65 above, 37 27 44 16 29 40 below -> 6/7.
    const std::int64_t e22 = c.assessments[21].back();
    auto d = dl::peerBenchmark(c.data, e22, 1);
    REQUIRE(d);
    CHECK(d->group == dl::PeerBenchmark::Group::Division);
    CHECK(d->peers == 7);
    CHECK(d->basePercentile == dl::Rational::fraction(600, 7));
    // Asking for 30 peers: no group of the 27 assessed enterprises has them.
    CHECK_FALSE(dl::peerBenchmark(c.data, e7, 30));
    // E2's follow-up (49) ties nobody; E1 has 46 -> E2 among 建材: 46 24 61 29 52 45 15 22 50
    // below 49: 46 24 29 45 15 22 = 6 -> 6 / 9.
    auto e2 = dl::peerBenchmark(c.data, c.assessments[1].back());
    REQUIRE(e2);
    CHECK(e2->basePercentile == dl::Rational::fraction(600, 9));
}

TEST_CASE("the enterprise list's rows carry the pilot batch and the latest assessment's phase",
          "[portfolio]")
{
    City c;
    auto rows = dl::enterpriseRows(c.store);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 30);
    const auto &r = *rows;
    // E2: pilot, first batch; baseline, after, follow-up -> its latest is the follow-up.
    CHECK(r[1].pilot);
    CHECK(r[1].pilotBatch == PortfolioCity::batch1);
    CHECK(r[1].latestPhase == dl::AssessmentPhase::FollowUp);
    // E11: second batch, baseline then after.
    CHECK(r[10].pilotBatch == PortfolioCity::batch2);
    CHECK(r[10].latestPhase == dl::AssessmentPhase::After);
    // E16: not a pilot, a baseline only.
    CHECK_FALSE(r[15].pilot);
    CHECK(r[15].pilotBatch.empty());
    CHECK(r[15].latestPhase == dl::AssessmentPhase::Baseline);
    // E28: never assessed.
    CHECK_FALSE(r[27].latestPhase);
}

TEST_CASE("below 二级: points short of the rule's score, or the scenario condition that holds it",
          "[portfolio]")
{
    // The bundled model's 二级 rule: base 40, 6 scenarios at level 2 or higher, 3 of them
    // constrained. Three enterprises, summaries by hand:
    //   A: base 45, six scenarios at 2, two constrained -> the score suffices (0 short), one
    //      constrained scenario missing;
    //   B: base 31.5, the same scenarios -> 8.5 short, and the constrained condition;
    //   C: level 2 -> not listed.
    const dl::Model &m = miit2024().model;
    dl::PortfolioData data;
    std::vector<std::string> constrained, other;
    for (const dl::Scenario &s : m.scenarios) {
        data.catalogue.push_back({dl::PortfolioPart::Kind::Scenario, s.id, s.name});
        (s.constrained ? constrained : other).push_back(s.id);
    }
    REQUIRE(constrained.size() >= 2);
    REQUIRE(other.size() >= 4);
    auto enterprise = [&](const char *name, int level, const char *base) {
        dl::PortfolioEnterprise e;
        e.id = std::int64_t(data.enterprises.size() + 1);
        e.name = name;
        dl::PortfolioAssessment a;
        a.enterprise = int(data.enterprises.size());
        a.scored = true;
        a.level = level;
        a.base = R(base);
        a.parts.assign(data.catalogue.size(), dl::Rational(0));
        for (const std::string &id :
             {constrained[0], constrained[1], other[0], other[1], other[2], other[3]})
            a.parts[std::size_t(data.findPart(id))] = dl::Rational(2);
        e.assessments.push_back(int(data.assessments.size()));
        data.enterprises.push_back(e);
        data.assessments.push_back(a);
    };
    enterprise("A", 1, "45");
    enterprise("B", 1, "31.5");
    enterprise("C", 2, "52");
    dl::PortfolioFigures f;
    f.represented = {0, 1, 2};
    const auto gaps = dl::levelGaps(data, f, m, 2);
    REQUIRE(gaps.size() == 2);
    CHECK(data.enterprises[std::size_t(gaps[0].enterprise)].name == "A"); // 0 short: first
    CHECK(gaps[0].pointsShort == dl::Rational(0));
    REQUIRE(gaps[0].unmet.size() == 1);
    CHECK(gaps[0].unmet[0].kind == dl::ConditionKind::ConstrainedScenarios);
    CHECK(gaps[0].unmet[0].actual == dl::Rational(2));
    CHECK(gaps[0].unmet[0].shortfall == dl::Rational(1));
    CHECK(data.enterprises[std::size_t(gaps[1].enterprise)].name == "B");
    CHECK(gaps[1].pointsShort == R("8.5"));
    REQUIRE(gaps[1].unmet.size() == 2);
    CHECK(gaps[1].unmet[0].kind == dl::ConditionKind::BaseScore);
    CHECK(gaps[1].unmet[1].kind == dl::ConditionKind::ConstrainedScenarios);
    CHECK(dl::level2Threshold(m) == dl::Rational(40));
}
