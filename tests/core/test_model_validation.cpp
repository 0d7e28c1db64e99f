// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "base/yamltree.h"
#include "model/builtinmodels.h"
#include "scoring/scoring.h"

#include <algorithm>
#include <string>
#include <vector>

namespace {

std::string fileText(const std::string &path)
{
    auto text = dl::readTextFile(path);
    REQUIRE(text.ok());
    return *text;
}

const std::string &minimalText()
{
    static const std::string text = fileText(testData("models/minimal.yaml"));
    return text;
}

// `text` with the one occurrence of `from` replaced by `to`; an empty `from` appends `to`.
std::string mutated(std::string text, const std::string &from, const std::string &to)
{
    if (from.empty())
        return text + to;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos); // the row must be unambiguous
    return text.replace(at, from.size(), to);
}

std::string joined(const dl::Diagnostics &diags)
{
    std::string all;
    for (const auto &d : diags)
        all += d.code + " " + d.toString() + "\n";
    return all;
}

bool has(const dl::Diagnostics &diags,
         const std::string &code,
         const std::string &id,
         const std::string &part)
{
    return std::any_of(diags.begin(), diags.end(), [&](const dl::Diagnostic &d) {
        return d.code == code && d.id == id && d.message.find(part) != std::string::npos;
    });
}

struct Row
{
    const char *what;
    std::string from;
    std::string to;
    const char *code;
    const char *id;
    const char *message; // a part of the message
};

const char *kOverride = "overrides:\n  - id: services\n    industries: [F, G]\n";
const char *kSupersedes = "supersedes:\n  - id: minimal\n    version: \"0.9\"\n    changes:\n";
const char *kRuleTail = "        refers_to: [energy]\n        note: {zh_CN: 变了, en: Changed}\n";

} // namespace

TEST_CASE("the minimal fixture model loads", "[validation]")
{
    const dl::Model m = modelFromText(minimalText());
    CHECK(m.id == "minimal");
    CHECK(m.items.size() == 6);
    CHECK(m.dimensions.size() == 2);
    CHECK(m.groups.size() == 2);
    CHECK(m.scenarios.size() == 5);
    CHECK(m.levelRules.size() == 2);
    CHECK(m.maxBaseScore() == dl::Rational(24));
    const dl::ItemType types[] = {dl::ItemType::Multi, dl::ItemType::Ratio,  dl::ItemType::Single,
                                  dl::ItemType::Trend, dl::ItemType::Number, dl::ItemType::YesNo};
    for (int k = 0; k < 6; ++k)
        CHECK(m.items[std::size_t(k)].type == types[k]);
    CHECK(m.items[0].options.back().exclusive);
    CHECK(m.items[4].bands[1].points == R("0.5"));
    CHECK(int(std::count_if(m.scenarios.begin(), m.scenarios.end(),
                            [](const dl::Scenario &s) { return s.constrained; })) == 3);
}

TEST_CASE("each inconsistency in a model is reported with code, id and message", "[validation]")
{
    const Row rows[] = {
        {"multi options add up to less than the item", "id: coverage, points: 4",
         "id: coverage, points: 2", "points-mismatch", "network",
         "options add up to 6, item declares 8"},
        {"single: best option below the item", "id: all, points: 4", "id: all, points: 3",
         "points-mismatch", "systems", "the best option scores 3, item declares 4"},
        {"sub-dimension sum", "    points: 4\n            type: single",
         "    points: 5\n            type: single", "points-mismatch", "information",
         "items add up to 5, sub-dimension declares 4"},
        {"dimension sum", "    points: 16\n", "    points: 17\n", "points-mismatch", "foundation",
         "sub-dimensions add up to 16, dimension declares 17"},
        {"yes points differ from the item", "yes_points: 2", "yes_points: 1.5", "points-mismatch",
         "security-policy", "yes scores 1.5, item declares 2"},
        {"trend: better differs from the item", "better: 4}", "better: 3}", "points-mismatch",
         "energy", "'better' scores 3, item declares 4"},
        {"trend: worse above same", "{worse: 0, same: 2", "{worse: 3, same: 2", "points-order",
         "energy", "worse <= same <= better"},
        {"exclusive option scores points", "points: 0, exclusive: true",
         "points: 1, exclusive: true", "points-mismatch", "network",
         "an exclusive ('none') option scores 0"},
        {"two exclusive options", "id: wired, points: 1,", "id: wired, points: 0, exclusive: true,",
         "too-many-exclusive", "network", "2 options are exclusive"},
        {"exclusive on a single item", "{id: none, points: 0, label:",
         "{id: none, points: 0, exclusive: true, label:", "invalid-value", "systems",
         "'exclusive' applies only to multi items"},
        {"bands: gap between (50 excluded twice)", "\"[0, 50]\"", "\"[0, 50)\"", "bands-gap",
         "digital-share", "leave a gap at 50%"},
        {"bands: gap (60 instead of 50)", "\"(50, 80]\"", "\"(60, 80]\"", "bands-gap",
         "digital-share", "[0%,50%] and (60%,80%] leave a gap at 50%"},
        {"bands: 50 in two bands", "\"(50, 80]\"", "\"[50, 80]\"", "bands-overlap", "digital-share",
         "[0%,50%] and [50%,80%] overlap"},
        {"bands: overlapping ranges", "\"(50, 80]\"", "\"(40, 80]\"", "bands-overlap",
         "digital-share", "overlap"},
        {"bands: first band does not start at 0", "\"[0, 50]\"", "\"(0, 50]\"", "bands-gap",
         "digital-share", "does not start where the range [0%,100%] starts"},
        {"number: bands do not reach the end of the range", "range: \"[0, 1000]\"",
         "range: \"[0, 2000]\"", "bands-gap", "headcount-size",
         "does not end where the range [0,2000] ends"},
        {"ratio of a percent figure", "{id: digital-units, kind: count",
         "{id: digital-units, kind: percent", "invalid-value", "digital-share",
         "of a ratio must be of kind count or amount"},
        {"level 2 easier than level 1 (base)", "min_base_score: 16", "min_base_score: 7",
         "level-order", "level-2", "needs base score 7, less than level 1's 8"},
        {"level 2 easier than level 1 (scenarios)", "min_scenarios: 3", "min_scenarios: 1",
         "level-order", "level-2", "less than level 1's 2 at level 1"},
        {"level 2 easier than level 1 (constrained)", "min_constrained_scenarios: 2",
         "min_constrained_scenarios: 0", "level-order", "level-2",
         "needs constrained scenarios 0 at level 2, less than level 1's 1 at level 1"},
        {"levels out of order", "  - level: 2\n", "  - level: 3\n", "level-order", "level-3",
         "level rule 3 is in position 2"},
        {"base above the maximum", "min_base_score: 16", "min_base_score: 24.5",
         "level-unreachable", "level-2", "needs base score 24.5, above the maximum 24"},
        {"more scenarios than the model has", "min_scenarios: 3", "min_scenarios: 6",
         "level-unreachable", "level-2", "needs 6 scenarios; the model has 5"},
        {"more constrained scenarios than the model has", "min_constrained_scenarios: 2",
         "min_constrained_scenarios: 4", "level-unreachable", "level-2",
         "needs 4 constrained scenarios; the model has 3"},
        {"more constrained than scenarios", "min_constrained_scenarios: 1",
         "min_constrained_scenarios: 3", "level-inconsistent", "level-1",
         "more constrained scenarios (3) than scenarios (2)"},
        {"level rule without a condition",
         "    min_base_score: 8\n    min_scenarios: 2\n    min_constrained_scenarios: 1\n", "",
         "level-rule-empty", "level-1", "level rule has no condition"},
        {"unknown figure", "numerator: digital-units", "numerator: digital-unit",
         "unknown-reference", "digital-share", "refers to figure 'digital-unit'"},
        {"unknown override target", "", std::string(kOverride) + "    disable: [no-such-item]\n",
         "unknown-reference", "services", "refers to 'no-such-item'"},
        {"unknown item re-weighted", "", std::string(kOverride) + "    reweight: {nothing: 2}\n",
         "unknown-reference", "services", "re-weights 'nothing'"},
        {"re-weight to zero", "", std::string(kOverride) + "    reweight: {systems: 0}\n",
         "invalid-value", "services", "expected more than 0"},
        {"unknown unverified reference", "refers_to: [digital-share, level-2]",
         "refers_to: [digital-shares, level-2]", "unknown-reference", "share-bands",
         "refers to 'digital-shares'"},
        {"duplicate item id", "- id: systems", "- id: network", "duplicate-id", "network",
         "item id 'network' is already used"},
        {"scenario id equal to an item id", "- id: stock", "- id: energy", "duplicate-id", "energy",
         "scenario id 'energy' is already used"},
        {"duplicate option id", "id: wireless, points: 1", "id: wired, points: 1", "duplicate-id",
         "network", "option id 'wired' is used twice"},
        {"duplicate figure id", "{id: staff,", "{id: all-units,", "duplicate-id", "all-units",
         "figure id 'all-units' is used twice"},
        {"override with an unknown industry", "",
         "overrides:\n  - id: odd\n    industries: [\"99\"]\n    disable: [hr]\n",
         "unknown-industry", "odd", "industry '99' is not a GB/T 4754-2017"},
        {"applicability with an unknown industry", "", "applicability:\n  industries: [c]\n",
         "unknown-industry", "minimal", "industry 'c'"},
        {"carry-over that is not same, recheck or drop", "",
         std::string(kSupersedes) + "      - carry: keep\n" + kRuleTail, "invalid-value", "minimal",
         "carry must be 'same', 'recheck' or 'drop', found 'keep'"},
        {"carry-over naming an unknown id", "",
         std::string(kSupersedes) + "      - carry: drop\n        refers_to: [energy, nothing]\n" +
             "        note: {zh_CN: 变了, en: Changed}\n",
         "unknown-reference", "minimal", "refers to 'nothing', which is not a figure, item"},
        {"a model superseding its own version", "",
         "supersedes:\n  - id: minimal\n    version: \"1\"\n", "invalid-value", "minimal",
         "supersedes itself"},
        {"large investment above 100 %", "            denominator: all-units\n",
         "            denominator: all-units\n            large_investment_above: 120\n",
         "out-of-range", "digital-share", "large_investment_above is 120; expected a percentage"},
        {"large investment on a trend item", "            better: lower\n",
         "            better: lower\n            large_investment_above: 10\n", "unknown-key",
         "energy", "large_investment_above"},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            const auto errors = modelErrors(mutated(minimalText(), row.from, row.to));
            INFO(joined(errors));
            REQUIRE_FALSE(errors.empty());
            CHECK(has(errors, row.code, row.id, row.message));
            for (const auto &d : errors)
                CHECK(d.file == "inline.yaml");
        }
    }
}

TEST_CASE("valid variants of the minimal model load", "[validation]")
{
    SECTION("long form {count, at_level}")
    {
        const dl::Model m = modelFromText(
            mutated(minimalText(), "min_scenarios: 3", "min_scenarios: {count: 3, at_level: 1}"));
        REQUIRE(m.rule(2)->minScenarios);
        CHECK(m.rule(2)->minScenarios->count == 3);
        CHECK(m.rule(2)->minScenarios->atLevel == 1);
        CHECK(m.rule(2)->minConstrained->atLevel == 2); // the short form counts at the rule's level
    }
    SECTION("long form with the default level equals the short form")
    {
        const dl::Model m =
            modelFromText(mutated(minimalText(), "min_scenarios: 3", "min_scenarios: {count: 3}"));
        CHECK(m.rule(2)->minScenarios->count == 3);
        CHECK(m.rule(2)->minScenarios->atLevel == 2);
    }
    SECTION("an override with sections, divisions, disable, enable and reweight")
    {
        const dl::Model m =
            modelFromText(mutated(minimalText(), "",
                                  "overrides:\n  - id: makers\n    industries: [C, \"36\"]\n    "
                                  "disable: [security-policy]\n"
                                  "    enable: [hr]\n    reweight: {network: 4}\n"));
        REQUIRE(m.overrides.size() == 1);
        CHECK(m.overrides[0].industries == std::vector<std::string>{"C", "36"});
        CHECK(m.overrides[0].reweight.front().second == dl::Rational(4));
    }
    SECTION("level rules with only a base score")
    {
        const dl::Model m = modelFromText(mutated(
            mutated(minimalText(), "    min_scenarios: 3\n    min_constrained_scenarios: 2\n", ""),
            "    min_scenarios: 2\n    min_constrained_scenarios: 1\n", ""));
        CHECK_FALSE(m.rule(2)->minScenarios);
        CHECK_FALSE(m.rule(2)->minConstrained);
    }
    SECTION("but a higher level may not drop a condition the lower level has")
    {
        const auto errors = modelErrors(
            mutated(minimalText(), "    min_scenarios: 3\n    min_constrained_scenarios: 2\n", ""));
        CHECK(has(errors, "level-order", "level-2", "needs scenarios none"));
    }
}

TEST_CASE("overlays: official must be false, ids must not clash", "[validation]")
{
    auto overlay = [](const char *official, const char *itemId) {
        return std::string("format: digilevel-overlay/1\nid: extra\nversion: \"1\"\nofficial: ") +
               official +
               "\nextends: minimal\ntitle: {zh_CN: 补充, en: Addition}\nsource: {zh_CN: 测试, en: "
               "Test}\n"
               "dimensions:\n  - id: extra-dim\n    name: {zh_CN: 补充, en: Extra}\n    points: 3\n"
               "    subdimensions:\n      - id: extra-sub\n        name: {zh_CN: 补充, en: Extra}\n"
               "        points: 3\n        items:\n          - id: " +
               itemId +
               "\n            name: {zh_CN: 问, en: Q}\n            question: {zh_CN: 问, en: Q}\n"
               "            recommendation: {zh_CN: 答, en: A}\n            points: 3\n"
               "            type: yesno\n            yes_points: 3\n";
    };
    SECTION("official: false loads as an overlay")
    {
        const dl::Model o = modelFromText(overlay("false", "extra-item"));
        CHECK(o.isOverlay);
        CHECK(o.extends == "minimal");
        CHECK(o.levelRules.empty());
        CHECK(dl::checkOverlay(modelFromText(minimalText()), o).empty());
    }
    SECTION("official: true is refused")
    {
        const auto errors = modelErrors(overlay("true", "extra-item"));
        INFO(joined(errors));
        CHECK(has(errors, "overlay-official", "extra", "must say 'official: false'"));
    }
    SECTION("an overlay item with a model item's id clashes")
    {
        const auto clash = dl::checkOverlay(modelFromText(minimalText()),
                                            modelFromText(overlay("false", "network")));
        INFO(joined(clash));
        CHECK(has(clash, "duplicate-id", "network", "already used by the model 'minimal'"));
    }
}

TEST_CASE("the bundled MIIT 2024 model encodes the reference", "[validation]")
{
    const dl::ModelSet &set = miit2024();
    const dl::Model &m = set.model;
    CHECK(m.id == "miit-sme-2024");
    CHECK(m.version == "2024.2");
    CHECK(m.official);
    CHECK(m.items.size() == 15);
    CHECK(m.scenarios.size() == 16);
    CHECK(std::count_if(m.scenarios.begin(), m.scenarios.end(),
                        [](const dl::Scenario &s) { return s.constrained; }) == 10);
    CHECK(m.maxBaseScore() == dl::Rational(100));
    REQUIRE(m.dimensions.size() == 3);
    CHECK(m.dimensions[0].points == dl::Rational(50));
    CHECK(m.dimensions[1].points == dl::Rational(30));
    CHECK(m.dimensions[2].points == dl::Rational(20));

    struct RuleRow
    {
        int level, base, scenarios, constrained;
    };
    const RuleRow rules[] = {{1, 20, 6, 3}, {2, 40, 6, 3}, {3, 60, 8, 5}, {4, 80, 10, 6}};
    REQUIRE(m.levelRules.size() == 4);
    for (const RuleRow &row : rules) {
        DYNAMIC_SECTION("level " << row.level)
        {
            const dl::LevelRule *r = m.rule(row.level);
            REQUIRE(r);
            CHECK(r->level == row.level);
            REQUIRE(r->minBaseScore);
            CHECK(*r->minBaseScore == dl::Rational(row.base));
            REQUIRE(r->minScenarios);
            CHECK(r->minScenarios->count == row.scenarios);
            CHECK(r->minScenarios->atLevel == row.level);
            REQUIRE(r->minConstrained);
            CHECK(r->minConstrained->count == row.constrained);
            CHECK(r->minConstrained->atLevel == row.level);
        }
    }
    CHECK(set.overlays.size() == 2);
}

TEST_CASE("a 2022-style score-only rule set is valid", "[validation]")
{
    std::string text = fileText(sourceFile("assessments/miit-sme-2024.yaml"));
    const auto at = text.find("\nlevel_rules:");
    REQUIRE(at != std::string::npos);
    text.resize(at + 1);
    text += "level_rules:\n";
    const char *names[] = {"一级", "二级", "三级", "四级"};
    for (int level = 1; level <= 4; ++level)
        text += "  - level: " + std::to_string(level) + "\n    name: {zh_CN: " + names[level - 1] +
                ", en: Level " + std::to_string(level) +
                "}\n    description: {zh_CN: 按分数, en: By score}\n    min_base_score: " +
                std::to_string(20 * level) + "\n";
    const dl::Model m = modelFromText(text);
    REQUIRE(m.levelRules.size() == 4);
    for (const auto &r : m.levelRules) {
        CHECK(r.minBaseScore);
        CHECK_FALSE(r.minScenarios);
        CHECK_FALSE(r.minConstrained);
    }
    const std::array<int, 5> none{};
    struct Row
    {
        const char *base;
        int level;
    };
    const Row rows[] = {{"19.999999", 0}, {"20", 1},   {"39.5", 1}, {"40", 2},
                        {"60", 3},        {"79.9", 3}, {"80", 4},   {"100", 4}};
    for (const Row &row : rows)
        CHECK(dl::levelFor(m, R(row.base), none, none) == row.level);
}

// What §5 of the reference (checked against the national platform's data) settled for 2024.2.
TEST_CASE("2024.2 compares outcomes before and after the transformation and lists what is unsure",
          "[validation]")
{
    const dl::Model &m = miit2024().model;
    REQUIRE(m.version == "2024.2");
    std::vector<std::string> unverified;
    for (const dl::UnverifiedFact &f : m.unverified)
        unverified.push_back(f.id);
    // Band edges, the networking denominator, the funding base and the ten constrained
    // scenarios are confirmed; the level rule, the sector tables and the wording of the top
    // 规划实施 option are not; the definition of 约束性 was not found.
    CHECK(unverified == std::vector<std::string>{"constrained-definition", "level-rule-source",
                                                 "sector-tables", "plan-implementation-top"});

    auto figureName = [&](const char *id) {
        const int k = m.findFigure(id);
        REQUIRE(k >= 0);
        return m.figures[std::size_t(k)].name.zh;
    };
    CHECK(figureName("energy-intensity-before") == "改造前每百元营业收入综合能耗");
    CHECK(figureName("energy-intensity-after") == "改造后每百元营业收入综合能耗");
    CHECK(figureName("pass-rate-before") == "改造前产品月均合格率");
    CHECK(figureName("pass-rate-after") == "改造后产品月均合格率");
    CHECK(figureName("revenue-per-employee-before") == "前一年度人均营业收入");
    CHECK(figureName("cost-per-revenue-after") == "上一年度每百元营业收入中的成本");
    CHECK(m.figures[std::size_t(m.findFigure("digital-spend"))].unit.zh == "万元/年");
    const dl::Item &fund = m.items[std::size_t(m.findItem("digital-investment"))];
    CHECK_THAT(fund.help.zh, Catch::Contains("实际经营年数"));
    REQUIRE(fund.largeInvestmentAbove);
    CHECK(*fund.largeInvestmentAbove == dl::Rational(10));
    for (const char *id : {"energy-intensity", "pass-rate"}) {
        INFO(id);
        CHECK_THAT(m.items[std::size_t(m.findItem(id))].question.zh,
                   Catch::Contains("与数字化改造前相比"));
    }

    // The direction of the level texts (§5): a third-party app swaps L3 and L4 of these five.
    struct Order
    {
        const char *scenario, *level3, *level4;
    };
    const Order orders[] = {{"product-design", "知识库", "仿真"},
                            {"process-design", "工艺知识库", "三维工艺仿真"},
                            {"after-sales-service", "问题清单", "远程运维"},
                            {"equipment-management", "远程诊断", "预测"},
                            {"safety-production", "危险废物", "预测"}};
    for (const Order &o : orders) {
        INFO(o.scenario);
        const dl::Scenario &s = m.scenarios[std::size_t(m.findScenario(o.scenario))];
        CHECK_THAT(s.levels[2].description.zh, Catch::Contains(o.level3));
        CHECK_THAT(s.levels[3].description.zh, Catch::Contains(o.level4));
        CHECK_THAT(s.levels[3].description.zh, !Catch::Contains(o.level3));
    }
    CHECK_THAT(
        m.scenarios[std::size_t(m.findScenario("equipment-management"))].levels[2].description.zh,
        Catch::Contains("OEE"));

    // Upgrading from 2024.1: the after-figures are rechecked, the before-figures and directly
    // chosen directions of the two outcome items are dropped, everything else is copied.
    const dl::Supersession *from = m.supersession("miit-sme-2024", "2024.1");
    REQUIRE(from);
    auto carry = [&](const char *id) {
        const dl::CarryRule *r = from->ruleFor(id);
        return r ? r->carry : dl::CarryOver::Same;
    };
    CHECK(carry("energy-intensity-after") == dl::CarryOver::Recheck);
    CHECK(carry("pass-rate-after") == dl::CarryOver::Recheck);
    CHECK(carry("energy-intensity-before") == dl::CarryOver::Drop);
    CHECK(carry("pass-rate") == dl::CarryOver::Drop);
    CHECK(carry("digital-spend") == dl::CarryOver::Same);
    CHECK(carry("revenue-per-employee-before") == dl::CarryOver::Same);
    CHECK(dl::changedMeaning(m, *from) ==
          std::vector<std::string>{"energy-intensity", "pass-rate"});
}

TEST_CASE("2024.1 stays as it was and scores by the same rules as 2024.2", "[validation]")
{
    const dl::ModelSet *old = dl::findBuiltinModelSet("miit-sme-2024", "2024.1");
    REQUIRE(old);
    const dl::Model &a = old->model, &b = miit2024().model;
    CHECK(a.official);
    CHECK(a.supersedes.empty());
    CHECK(a.unverified.size() == 8);
    REQUIRE(a.items.size() == b.items.size());
    for (std::size_t k = 0; k < a.items.size(); ++k) {
        INFO(a.items[k].id);
        CHECK(a.items[k].id == b.items[k].id);
        CHECK(a.items[k].points == b.items[k].points);
        REQUIRE(a.items[k].options.size() == b.items[k].options.size());
        for (std::size_t o = 0; o < a.items[k].options.size(); ++o)
            CHECK(a.items[k].options[o].points == b.items[k].options[o].points);
        REQUIRE(a.items[k].bands.size() == b.items[k].bands.size());
        for (std::size_t o = 0; o < a.items[k].bands.size(); ++o)
            CHECK(a.items[k].bands[o].range.toString() == b.items[k].bands[o].range.toString());
    }
    REQUIRE(a.levelRules.size() == b.levelRules.size());
    for (std::size_t k = 0; k < a.levelRules.size(); ++k)
        CHECK(*a.levelRules[k].minBaseScore == *b.levelRules[k].minBaseScore);
    CHECK(a.figures[std::size_t(a.findFigure("energy-intensity-before"))].name.zh ==
          "前一年度每百元营业收入综合能耗");
}
