// SPDX-License-Identifier: GPL-3.0-or-later
// Worked examples (tests/data/worked, see its README): realistic enterprises whose results were
// computed BY HAND from the rules of 中小企业数字化水平评测指标（2024年版）
// (/work/shared/reference/miit-sme-digital-level-2024.md). Every expectation below is written
// as the arithmetic of the rules, one comment per item, in model order:
//   foundation: network, equipment digitalisation, equipment networking, data collection,
//               information systems, network security, data security
//   management: plan implementation, management mechanisms, digital talent, digital investment
//   outcomes:   energy intensity, pass rate, revenue per employee, cost per revenue
// Ratio bands (percent): [0,10] (10,20] (20,40] (40,60] (60,100]. Level table:
//   L1 base>=20, >=6 scenarios rated>=1, >=3 of them constrained
//   L2 base>=40, >=6 rated>=2, >=3 constrained;  L3 base>=60, >=8 rated>=3, >=5 constrained
//   L4 base>=80, >=10 rated>=4, >=6 constrained. The level is the highest whose conditions hold.
#include "testsupport.h"

#include "model/builtinmodels.h"
#include "scoring/evaluation.h"
#include "scoring/explanation.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using dl::ConditionKind;
using dl::Rational;

namespace {

using Counts = std::array<int, 4>; // scenarios rated >= 1, >= 2, >= 3, >= 4
using ItemPoints = std::vector<std::pair<const char *, Rational>>;

// The one unmet condition of the next level, as the explanation must report it.
struct Shortfall
{
    int level;
    ConditionKind kind;
    Rational actual, required, shortfall;
};

struct Example
{
    const char *file;
    const char *base; // the hand total, written out; the dimension sums must add up to it
    Rational foundation, management, outcomes;
    Counts atLeast, constrained;
    int level;
    int unanswered;
    ItemPoints items = {};
    std::optional<Shortfall> next = {};
    const char *modelVersion = "2024.2"; // the compiled-in version the file is written for
};

std::vector<Example> examples()
{
    return {
        {.file = "01-level0-furniture.yaml",
         .base = "18.15",
         // network [none] = 0; 0 of 0 units -> ratio 0 -> [0,10] = 0; networked 0 of 0 = 0;
         // data: 人力资源 only = 0.9; systems: one link = 2.5; net security [none] = 0;
         // data security: 1 x 1.25
         .foundation = R("0") + R("0") + R("0") + R("0.9") + R("2.5") + R("0") + R("1.25"),
         // learning = 1.5; mechanisms [none] = 0; talent 1 x 1.5; spend 12/800 = 1.5% -> 0
         .management = R("1.5") + R("0") + R("1.5") + R("0"),
         // energy 5.2 -> 5.2 equal = same 3.5; pass rate given "better" = 7; revenue/employee
         // given "worse" = 0; cost 88.5 -> 90.1 rose (lower is better) = worse 0
         .outcomes = R("3.5") + R("7") + R("0") + R("0"),
         // rated: sales 1, procurement 1, warehousing 1, finance 2 (constrained), HR 1, office 2
         .atLeast = {6, 2, 0, 0},
         .constrained = {4, 1, 0, 0},
         // L1 scenarios hold (6 >= 6, 4 >= 3) but base 18.15 < 20 decides: level 0
         .level = 0,
         .unanswered = 0,
         .items = {{"network", R("0")},
                   {"equipment-digitalisation", R("0")},
                   {"data-collection-links", R("0.9")},
                   {"energy-intensity", R("3.5")}},
         .next = Shortfall{1, ConditionKind::BaseScore, R("18.15"), R("20"), R("1.85")}},

        {.file = "02-level1-food-base20.yaml",
         .base = "20",
         // network 1 x 2; 10/50 = 20% exactly -> (10,20] = 1.5; 5/50 = 10% -> [0,10] = 0;
         // data 3 x 0.7 + 人力资源 0.9 = 3.0; several = 5; net security 2 x 1.25; data [none] 0
         .foundation = R("2") + R("1.5") + R("0") + R("3.0") + R("5") + R("2.5") + R("0"),
         // learning 1.5; mechanisms [none] 0; talent 1 x 1.5; spend 3/300 = 1% -> 0
         .management = R("1.5") + R("0") + R("1.5") + R("0"),
         // energy 3.1 -> 3.4 rose = worse 0; pass 97.2 -> 96.8 fell = worse 0;
         // revenue/employee 32.5 -> 32.5 = same 1.5; cost given "same" = 1.5
         .outcomes = R("0") + R("0") + R("1.5") + R("1.5"),
         // rated >= 1: sales 2*, planning 1, warehousing 1*, finance 2*, HR 1, office 2
         .atLeast = {6, 3, 0, 0},
         .constrained = {3, 2, 0, 0},
         // L1: base 20 >= 20 (exactly), 6 >= 6, constrained 3 >= 3 (exactly); L2 fails on 20 < 40
         .level = 1,
         .unanswered = 0,
         .items = {{"equipment-digitalisation", R("1.5")},
                   {"equipment-networking", R("0")},
                   {"revenue-per-employee", R("1.5")}}},

        {.file = "03-level2-hardware-base40.yaml",
         .base = "40",
         // network 2 x 2; 13/120 = 10.83% -> (10,20] = 1.5; 12/120 = 10% exactly -> [0,10] = 0;
         // data 5 x 0.7 = 3.5; several = 5; net security 3 x 1.25; data security 2 x 1.25
         .foundation = R("4") + R("1.5") + R("0") + R("3.5") + R("5") + R("3.75") + R("2.5"),
         // started = 4.5; mechanisms 2 x 1.875; talent 3 x 1.5; spend 50/1000 = 5% -> 0
         .management = R("4.5") + R("3.75") + R("4.5") + R("0"),
         // energy 0.82 -> 0.78 fell (lower is better) = better 7; pass 98.5 -> 98.1 worse 0;
         // revenue/employee 41.0 -> 39.5 worse 0; cost 91.2 -> 92.0 rose = worse 0
         .outcomes = R("7") + R("0") + R("0") + R("0"),
         // rated 2: planning, control*, quality*, warehousing*, HR, office; rated 1: equipment*,
         // procurement*, finance*
         .atLeast = {9, 6, 0, 0},
         .constrained = {6, 3, 0, 0},
         // L2: base 40 >= 40 (exactly), 6 >= 6 (exactly), constrained 3 >= 3; L3 fails on 40 < 60
         .level = 2,
         .unanswered = 0,
         .items = {{"equipment-digitalisation", R("1.5")},
                   {"equipment-networking", R("0")},
                   {"energy-intensity", R("7")}}},

        {.file = "04-level1-plastics-constrained-short.yaml",
         .base = "66.875",
         // network 3 x 2; 48/80 = 60% exactly -> (40,60] = 4.5; 32/80 = 40% exactly -> (20,40] = 3;
         // data 8 x 0.7 + 0.9 = 6.5; most = 7.5; net security 3 x 1.25; data security 2 x 1.25
         .foundation = R("6") + R("4.5") + R("3") + R("6.5") + R("7.5") + R("3.75") + R("2.5"),
         // started 4.5; mechanisms 3 x 1.875; talent 3 x 1.5; spend 80/4000 = 2% -> 0
         .management = R("4.5") + R("5.625") + R("4.5") + R("0"),
         // energy "better" 7; pass 96.0 -> 96.5 rose = better 7; revenue/employee "better" 3;
         // cost "same" 1.5
         .outcomes = R("7") + R("7") + R("3") + R("1.5"),
         // rated 2+: process, after-sales, planning(3), control*, quality*, HR, office, decision;
         // rated 1: sales*, procurement*, warehousing*, finance*
         .atLeast = {12, 8, 1, 0},
         .constrained = {6, 2, 0, 0},
         // L2: base and 8 >= 6 hold, constrained 2 < 3 (one short) decides: level 1
         .level = 1,
         .unanswered = 0,
         .items = {{"equipment-digitalisation", R("4.5")},
                   {"equipment-networking", R("3")},
                   {"data-collection-links", R("6.5")}},
         .next = Shortfall{2, ConditionKind::ConstrainedScenarios, R("2"), R("3"), R("1")}},

        {.file = "05-level3-electronics-base60.yaml",
         .base = "60",
         // network 3 x 2; 140/200 = 70% -> 6; 100/200 = 50% -> 4.5; data 10 x 0.7 = 7;
         // several = 5; net security 4 x 1.25; data security 3 x 1.25
         .foundation = R("6") + R("6") + R("4.5") + R("7") + R("5") + R("5") + R("3.75"),
         // transformed 6; mechanisms 2 x 1.875; talent 4 x 1.5; spend 300/5000 = 6% -> 0
         .management = R("6") + R("3.75") + R("6") + R("0"),
         // energy 0.45 -> 0.45 same 3.5; pass 99.1 -> 99.1 same 3.5; revenue/employee 52 -> 50
         // worse 0; cost "worse" 0
         .outcomes = R("3.5") + R("3.5") + R("0") + R("0"),
         // rated 3: design*, process, sales*, planning, control*, quality*, procurement*, office;
         // rated 2: equipment*, energy*, warehousing*, finance*, HR; rated 1: the other three
         .atLeast = {16, 13, 8, 0},
         .constrained = {10, 9, 5, 0},
         // L3: 60 >= 60, 8 >= 8, constrained 5 >= 5, all exactly; L4 fails on 60 < 80
         .level = 3,
         .unanswered = 0},

        {.file = "06-level2-machinery-base59_25.yaml",
         .base = "59.25",
         // network 2 x 2; 64/64 = 100% -> 6; 38/64 = 59.375% -> (40,60] = 4.5; data 10 x 0.7 = 7;
         // several = 5; net security 4 x 1.25; data security 4 x 1.25
         .foundation = R("4") + R("6") + R("4.5") + R("7") + R("5") + R("5") + R("5"),
         // transformed 6; mechanisms 2 x 1.875; talent 4 x 1.5; spend 150/1500 = 10% -> [0,10] = 0
         .management = R("6") + R("3.75") + R("6") + R("0"),
         // energy 0.92 -> 0.85 fell = better 7; pass, revenue/employee, cost given "worse" = 0
         .outcomes = R("7") + R("0") + R("0") + R("0"),
         // rated 4: planning; 3: design*, process, sales*, control*, quality*, equipment*,
         // procurement*, HR; 2: safety*, energy*, warehousing*, finance*, office; 1: 2 others
         .atLeast = {16, 14, 9, 1},
         .constrained = {10, 10, 6, 0},
         // L3 scenarios hold (9 >= 8, 6 >= 5) but base 59.25 < 60 decides: level 2
         .level = 2,
         .unanswered = 0,
         .items = {{"equipment-digitalisation", R("6")}, {"digital-investment", R("0")}},
         .next = Shortfall{3, ConditionKind::BaseScore, R("59.25"), R("60"), R("0.75")}},

        {.file = "07-level4-instruments-base80.yaml",
         .base = "80",
         // network 4 x 2; 150/150 = 100% -> 6; 135/150 = 90% -> 6; all 14 links 13 x 0.7 + 0.9
         // = 10; all = 10; net security 4 x 1.25; data security 4 x 1.25
         .foundation = R("8") + R("6") + R("6") + R("10") + R("10") + R("5") + R("5"),
         // transformed 6; mechanisms 3 x 1.875; talent 4 x 1.5; spend 660/6000 = 11% -> 1.875
         .management = R("6") + R("5.625") + R("6") + R("1.875"),
         // energy 0.38 -> 0.35 fell = better 7; pass 99.6 -> 99.6 same 3.5; revenue/employee
         // and cost given "worse" = 0
         .outcomes = R("7") + R("3.5") + R("0") + R("0"),
         // rated 4: design*, process, sales*, planning, control*, quality*, equipment*, finance*,
         // office, decision; after-sales 2; the other five 3
         .atLeast = {16, 16, 15, 10},
         .constrained = {10, 10, 10, 6},
         // L4: 80 >= 80, 10 >= 10, constrained 6 >= 6, all exactly
         .level = 4,
         .unanswered = 0,
         .items = {{"data-collection-links", R("10")}, {"equipment-networking", R("6")}}},

        {.file = "08-level3-equipment-base79_875.yaml",
         .base = "79.875",
         // network 3 x 2; 85/90 = 94.4% -> 6; 81/90 = 90% -> 6; all 14 links = 10; all = 10;
         // net security 4 x 1.25; data security 4 x 1.25
         .foundation = R("6") + R("6") + R("6") + R("10") + R("10") + R("5") + R("5"),
         // transformed 6; mechanisms 4 x 1.875; talent 3 x 1.5; spend 1200/8000 = 15% -> 1.875
         .management = R("6") + R("7.5") + R("4.5") + R("1.875"),
         // energy "better" 7; pass 98.8 -> 98.8 same 3.5; revenue/employee 60 -> 60 same 1.5;
         // cost 85.0 -> 86.2 rose = worse 0
         .outcomes = R("7") + R("3.5") + R("1.5") + R("0"),
         // rated 4: design*, process, sales*, planning, control*, quality*, equipment*, energy*,
         // finance*, office, decision; the other five 3
         .atLeast = {16, 16, 16, 11},
         .constrained = {10, 10, 10, 7},
         // L4 scenarios hold (11 >= 10, 7 >= 6) but base 79.875 < 80 decides: level 3
         .level = 3,
         .unanswered = 0,
         .next = Shortfall{4, ConditionKind::BaseScore, R("79.875"), R("80"), R("0.125")}},

        {.file = "09-level2-buildmat-scenarios-short.yaml",
         .base = "93.475",
         // network 4 x 2; 40/40 = 100% -> 6; 40/40 -> 6; 13 links without 人力资源 13 x 0.7 = 9.1;
         // all = 10; net security 4 x 1.25; data security 4 x 1.25
         .foundation = R("8") + R("6") + R("6") + R("9.1") + R("10") + R("5") + R("5"),
         // exporting 7.5; mechanisms 4 x 1.875; talent 5 x 1.5; 240/1200 = 20% -> (10,20] = 1.875
         .management = R("7.5") + R("7.5") + R("7.5") + R("1.875"),
         // energy "better" 7; pass 96.2 -> 97.0 rose = 7; revenue/employee "better" 3;
         // cost 80.0 -> 78.5 fell (lower is better) = 3
         .outcomes = R("7") + R("7") + R("3") + R("3"),
         // rated 3: process, sales*, control*, quality*, warehousing*, finance*, office;
         // rated 2: design*, after-sales, planning, equipment*, procurement*; 1: 3; decision 0
         .atLeast = {15, 12, 7, 0},
         .constrained = {10, 8, 5, 0},
         // L3: base and constrained 5 >= 5 hold, 7 < 8 scenarios decides: level 2
         .level = 2,
         .unanswered = 0,
         .items = {{"digital-investment", R("1.875")}, {"cost-per-revenue", R("3")}},
         .next = Shortfall{3, ConditionKind::Scenarios, R("7"), R("8"), R("1")}},

        {.file = "10-draft-agrimachinery.yaml",
         .base = "10.5",
         // network 1 x 2; no digital/networked units given -> unanswered 0 (twice); data links
         // unanswered 0; one link = 2.5; network security unanswered 0; data security note only 0
         .foundation = R("2") + R("0") + R("0") + R("0") + R("2.5") + R("0") + R("0"),
         // planned 3; mechanisms unanswered 0; talent 2 x 1.5 (long form); no spend figures 0
         .management = R("3") + R("0") + R("3") + R("0"),
         // energy: no figures; pass rate: only last year's before-figure; the rest unanswered
         .outcomes = R("0") + R("0") + R("0") + R("0"),
         // rated 1: sales*, finance*, office; 13 scenarios not rated
         .atLeast = {3, 0, 0, 0},
         .constrained = {2, 0, 0, 0},
         // L1 fails on base 10.5 < 20 and on 3 < 6 scenarios: level 0
         // unanswered: 11 of 15 items + 13 of 16 scenarios = 24
         .level = 0,
         .unanswered = 24,
         .items = {{"digital-talent", R("3")}, {"equipment-digitalisation", R("0")}}},

        {.file = "11-autoparts-c36.yaml",
         .base = "59.9",
         // network 2 x 2; 154/220 = 70% -> 6; 88/220 = 40% exactly -> (20,40] = 3;
         // data 7 x 0.7 = 4.9; most = 7.5; net security 3 x 1.25; data security 2 x 1.25
         .foundation = R("4") + R("6") + R("3") + R("4.9") + R("7.5") + R("3.75") + R("2.5"),
         // started 4.5; mechanisms 2 x 1.875; talent 3 x 1.5; spend 900/18000 = 5% -> 0
         .management = R("4.5") + R("3.75") + R("4.5") + R("0"),
         // energy 1.20 -> 1.12 fell = better 7; pass "better" 7; revenue/employee "same" 1.5;
         // cost 83.0 -> 84.1 rose = worse 0
         .outcomes = R("7") + R("7") + R("1.5") + R("0"),
         // rated 3: control*, quality*; 2: planning, equipment*, procurement*, warehousing*,
         // finance*, office; 1: design*, process, sales*, after-sales, safety*, energy*, HR
         .atLeast = {15, 8, 2, 0},
         .constrained = {10, 6, 2, 0},
         // L2: 59.9 >= 40, 8 >= 6, 6 >= 3; L3 fails on 59.9 < 60 and 2 < 8: level 2
         .level = 2,
         .unanswered = 0},

        {.file = "12-apparel-c18.yaml",
         .base = "41.025",
         // network 1 x 2; 75/300 = 25% -> (20,40] = 3; 36/300 = 12% -> (10,20] = 1.5;
         // data 5 x 0.7 + 0.9 = 4.4; several = 5; net security 2 x 1.25; data security 1 x 1.25
         .foundation = R("2") + R("3") + R("1.5") + R("4.4") + R("5") + R("2.5") + R("1.25"),
         // started 4.5; mechanisms 1 x 1.875; talent 2 x 1.5; spend 150/9000 = 1.7% -> 0
         .management = R("4.5") + R("1.875") + R("3") + R("0"),
         // energy "same" 3.5; pass 95.5 -> 96.3 rose = 7; revenue/employee 28.0 -> 27.2 fell = 0;
         // cost 90.0 -> 90.0 equal = same 1.5
         .outcomes = R("3.5") + R("7") + R("0") + R("1.5"),
         // rated 2: process, sales*, planning, control*, quality*, warehousing*, office;
         // rated 1: design*, after-sales, procurement*, finance*, HR; 4 rated 0
         .atLeast = {12, 7, 0, 0},
         .constrained = {7, 4, 0, 0},
         // L2: 41.025 >= 40, 7 >= 6, 4 >= 3; L3 fails on base and scenarios: level 2
         .level = 2,
         .unanswered = 0},

        {.file = "13-motors-verified.yaml",
         .base = "71.175", // the enterprise's own answers
                           // network 3 x 2; 65/100 -> 6; 45/100 -> 4.5; data 9 x 0.7 = 6.3; most
                           // = 7.5; net security 3 x 1.25; data security 2 x 1.25
         .foundation = R("6") + R("6") + R("4.5") + R("6.3") + R("7.5") + R("3.75") + R("2.5"),
         // transformed 6; mechanisms 3 x 1.875; talent 3 x 1.5; spend 400/10000 = 4% -> 0
         .management = R("6") + R("5.625") + R("4.5") + R("0"),
         // all four trends given: better 7, better 7, better 3, same 1.5
         .outcomes = R("7") + R("7") + R("3") + R("1.5"),
         // rated 3: design*, process, sales*, planning, control*, quality*, equipment*,
         // procurement*, office; 2: after-sales, safety*, energy*, warehousing*, finance*, HR
         .atLeast = {16, 15, 9, 0},
         .constrained = {10, 10, 6, 0},
         // L3: 71.175 >= 60, 9 >= 8, 6 >= 5; L4 fails on base: level 3
         .level = 3,
         .unanswered = 0},

        // ---- 2024.2: the outcome periods and funding base of reference §5 ----
        {.file = "14-ceramics-before-after-transformation.yaml",
         .base = "50.5",
         // network 2 x 2; 36/80 = 45% -> (40,60] = 4.5; 30/80 = 37.5% -> (20,40] = 3;
         // data 5 x 0.7 = 3.5; several = 5; net security 2 x 1.25; data security 1 x 1.25
         .foundation = R("4") + R("4.5") + R("3") + R("3.5") + R("5") + R("2.5") + R("1.25"),
         // started 4.5; mechanisms 2 x 1.875; talent 2 x 1.5; spend 90/6000 = 1.5% -> 0
         .management = R("4.5") + R("3.75") + R("3") + R("0"),
         // energy after vs before the transformation 0.92 -> 0.81 fell (lower better) = 7;
         // pass rate 96.2 -> 98.5 rose = 7; revenue/employee 52.0 -> 49.5 fell = 0;
         // cost 81.3 -> 81.3 = same 1.5
         .outcomes = R("7") + R("7") + R("0") + R("1.5"),
         // rated 3: control*, quality*, energy*; 2: sales*, equipment*, warehousing*, finance*,
         // office; 1: design*, procurement*, HR; 5 rated 0
         .atLeast = {11, 8, 3, 0},
         .constrained = {9, 7, 3, 0},
         // L2: 50.5 >= 40, 8 >= 6, 7 >= 3; L3 fails on base and scenarios: level 2
         .level = 2,
         .unanswered = 0,
         .items = {{"energy-intensity", R("7")},
                   {"pass-rate", R("7")},
                   {"revenue-per-employee", R("0")},
                   {"cost-per-revenue", R("1.5")}}},

        {.file = "15-electronics-young-fund-average.yaml",
         .base = "70.15",
         // network 4 x 2; 20/20 = 100% -> 6; 20/20 -> 6; data 10 x 0.7 + 人力资源 0.9 = 7.9;
         // most = 7.5; net security 4 x 1.25; data security 3 x 1.25
         .foundation = R("8") + R("6") + R("6") + R("7.9") + R("7.5") + R("5") + R("3.75"),
         // transformed 6; mechanisms 3 x 1.875; talent 4 x 1.5; spend over the actual two years
         // 260 / 2 = 130 of 1000 = 13% -> (10,20] = 1.875 (260 / 3 = 86.7 would be 8.7% -> 0)
         .management = R("6") + R("5.625") + R("6") + R("1.875"),
         // energy 0.75 -> 0.79 rose = worse 0; pass rate 99.1 -> 99.1 = same 3.5;
         // revenue/employee given better 3; cost given worse 0
         .outcomes = R("0") + R("3.5") + R("3") + R("0"),
         // rated 4: control*; 3: design*, process, sales*, planning, quality*, equipment*,
         // procurement*, warehousing*, finance*, office; 2: after-sales, safety*, energy*, HR,
         // decision
         .atLeast = {16, 16, 11, 1},
         .constrained = {10, 10, 8, 1},
         // L3: 70.15 >= 60, 11 >= 8, 8 >= 5; L4 fails on base and scenarios: level 3
         .level = 3,
         .unanswered = 0,
         .items = {{"digital-investment", R("1.875")}, {"energy-intensity", R("0")}}},

        {.file = "16-packaging-networked-of-all-units.yaml",
         .base = "28.85",
         // network 1 x 2; 90/120 = 75% -> 6; networked 24 of ALL 120 units = 20% exactly ->
         // (10,20] = 1.5; data 0.7 + 人力资源 0.9 = 1.6; one = 2.5; net security 1 x 1.25;
         // data security [none] 0
         .foundation = R("2") + R("6") + R("1.5") + R("1.6") + R("2.5") + R("1.25") + R("0"),
         // planned 3; mechanisms [none] 0; talent 1 x 1.5; spend 50/500 = 10% exactly -> [0,10] 0
         .management = R("3") + R("0") + R("1.5") + R("0"),
         // energy given same 3.5; pass rate unanswered 0; revenue/employee 30 -> 31.2 rose 3;
         // cost given better 3
         .outcomes = R("3.5") + R("0") + R("3") + R("3"),
         // rated 2: finance*, HR; 1: sales*, procurement*, warehousing*, office
         .atLeast = {6, 2, 0, 0},
         .constrained = {4, 1, 0, 0},
         // L1: 28.85 >= 20, 6 >= 6, 4 >= 3; L2 fails on base and scenarios: level 1
         .level = 1,
         .unanswered = 1,
         .items = {{"equipment-networking", R("1.5")}, {"digital-investment", R("0")}}},

        {.file = "17-equipment-three-year-average-level4.yaml",
         .base = "81.25",
         // network 4 x 2; 150/250 = 60% exactly -> (40,60] = 4.5; 100/250 = 40% exactly ->
         // (20,40] = 3; all 14 links = 10; all = 10; net security 4 x 1.25; data security 4 x 1.25
         .foundation = R("8") + R("4.5") + R("3") + R("10") + R("10") + R("5") + R("5"),
         // exporting 7.5; mechanisms 4 x 1.875; talent 5 x 1.5; spend (400 + 500 + 600) / 3 =
         // 500 of 2400 = 20.83% -> (20,40] = 3.75
         .management = R("7.5") + R("7.5") + R("7.5") + R("3.75"),
         // energy 0.40 -> 0.40 = same 3.5; pass rate 98.9 -> 98.7 fell = worse 0; revenue per
         // employee given better 3; cost given better 3
         .outcomes = R("3.5") + R("0") + R("3") + R("3"),
         // rated 4: design*, process, sales*, planning, control*, quality*, equipment*, energy*,
         // office, decision; 3: after-sales, safety*, procurement*, warehousing*, finance*, HR
         .atLeast = {16, 16, 16, 10},
         .constrained = {10, 10, 10, 6},
         // L4: 81.25 >= 80, 10 >= 10, 6 >= 6 (exactly): level 4
         .level = 4,
         .unanswered = 0,
         .items = {{"equipment-digitalisation", R("4.5")},
                   {"equipment-networking", R("3")},
                   {"digital-investment", R("3.75")},
                   {"pass-rate", R("0")}}},

        // Written for 2024.1 and read against 2024.1 (assessments/history): same rules.
        {.file = "18-textiles-stored-on-2024.1.yaml",
         .base = "51.325",
         // network 3 x 2; 100/200 = 50% -> (40,60] = 4.5; 60/200 = 30% -> (20,40] = 3;
         // data 6 x 0.7 = 4.2; several = 5; net security 3 x 1.25; data security 2 x 1.25
         .foundation = R("6") + R("4.5") + R("3") + R("4.2") + R("5") + R("3.75") + R("2.5"),
         // started 4.5; mechanisms 1 x 1.875; talent 2 x 1.5; spend 80/8000 = 1% -> 0
         .management = R("4.5") + R("1.875") + R("3") + R("0"),
         // last year against the year before (2024.1): energy 1.20 -> 1.10 fell = 7; pass rate
         // 95.0 -> 94.0 fell = 0; revenue/employee 40 -> 44 rose = 3; cost 85 -> 83 fell = 3
         .outcomes = R("7") + R("0") + R("3") + R("3"),
         // rated 2: sales*, planning, control*, quality*, HR, office; 1: design*, process,
         // equipment*, safety*, energy*, procurement*, warehousing*, finance*; 2 rated 0
         .atLeast = {14, 6, 0, 0},
         .constrained = {10, 3, 0, 0},
         // L2: 51.325 >= 40, 6 >= 6, 3 >= 3 (both exactly); L3 fails: level 2
         .level = 2,
         .unanswered = 0,
         .modelVersion = "2024.1"},

        {.file = "19-food-one-year-old-edges.yaml",
         .base = "24.225",
         // network 1 x 2; 4/30 = 13.3% -> (10,20] = 1.5; networked 3 of ALL 30 = 10% exactly ->
         // [0,10] = 0; data 3 x 0.7 = 2.1; one = 2.5; net security 2 x 1.25; data security 1.25
         .foundation = R("2") + R("1.5") + R("0") + R("2.1") + R("2.5") + R("2.5") + R("1.25"),
         // planned 3; mechanisms [none] 0; talent 2 x 1.5; spend in its only year 35 of 300 =
         // 11.67% -> (10,20] = 1.875
         .management = R("3") + R("0") + R("3") + R("1.875"),
         // energy and pass rate unanswered (no period before a transformation yet) 0 + 0;
         // revenue/employee given same 1.5; cost given better 3
         .outcomes = R("0") + R("0") + R("1.5") + R("3"),
         // rated 2: sales*, finance*; 1: after-sales, planning, control*, quality*, safety*,
         // procurement*, warehousing*, HR, office; 5 rated 0
         .atLeast = {11, 2, 0, 0},
         .constrained = {7, 2, 0, 0},
         // L1: 24.225 >= 20, 11 >= 6, 7 >= 3; L2 fails on base and scenarios: level 1
         .level = 1,
         .unanswered = 2,
         .items = {{"equipment-networking", R("0")}, {"digital-investment", R("1.875")}}},
    };
}

int dimensionIndex(const dl::Model &model, const std::string &id)
{
    for (int k = 0; k < int(model.dimensions.size()); ++k) {
        if (model.dimensions[k].id == id)
            return k;
    }
    FAIL("no dimension " << id);
    return -1;
}

Counts countsFrom(const std::array<int, 5> &a)
{
    return {a[1], a[2], a[3], a[4]};
}

void checkItems(const dl::Model &model, const dl::ScoreResult &r, const ItemPoints &items)
{
    for (const auto &[id, points] : items) {
        INFO("item " << id);
        const int k = model.findItem(id);
        REQUIRE(k >= 0);
        CHECK(r.items[k].points == points);
    }
}

// The explanation of `level` must have exactly one unmet condition: `s`.
void checkShortfall(const dl::Explanation &ex, const Shortfall &s)
{
    INFO("level " << s.level);
    const auto lc = std::find_if(ex.levels.begin(), ex.levels.end(),
                                 [&](const dl::LevelCheck &l) { return l.level == s.level; });
    REQUIRE(lc != ex.levels.end());
    CHECK_FALSE(lc->met);
    const auto unmet = std::count_if(lc->conditions.begin(), lc->conditions.end(),
                                     [](const dl::ConditionCheck &c) { return !c.met; });
    CHECK(unmet == 1);
    const auto c = std::find_if(lc->conditions.begin(), lc->conditions.end(),
                                [&](const dl::ConditionCheck &cc) { return cc.kind == s.kind; });
    REQUIRE(c != lc->conditions.end());
    CHECK_FALSE(c->met);
    CHECK(c->actual == s.actual);
    CHECK(c->required == s.required);
    CHECK(c->shortfall == s.shortfall);
}

// The official view (base model only) of two evaluations is identical.
void checkSameOfficial(const dl::ScoreResult &a, const dl::ScoreResult &b)
{
    CHECK(a.base == b.base);
    CHECK(a.dimensions == b.dimensions);
    CHECK(a.subdimensions == b.subdimensions);
    REQUIRE(a.items.size() == b.items.size());
    for (std::size_t k = 0; k < a.items.size(); ++k)
        CHECK(a.items[k].points == b.items[k].points);
    CHECK(a.atLeast == b.atLeast);
    CHECK(a.constrainedAtLeast == b.constrainedAtLeast);
    CHECK(a.level == b.level);
    CHECK(a.unanswered == b.unanswered);
}

dl::AnswerFile worked(const std::string &file)
{
    return loadAnswersOrFail(testData("worked/" + file), miit2024());
}

} // namespace

TEST_CASE("worked examples score as computed by hand from the 2024 rules", "[worked]")
{
    for (const Example &ex : examples()) {
        DYNAMIC_SECTION(ex.file)
        {
            // The hand arithmetic itself: the dimension sums add up to the total written out.
            REQUIRE(ex.foundation + ex.management + ex.outcomes == R(ex.base));

            const dl::ModelSet *models = dl::findBuiltinModelSet("miit-sme-2024", ex.modelVersion);
            REQUIRE(models);
            const dl::AnswerFile answers =
                loadAnswersOrFail(testData(std::string("worked/") + ex.file), *models);
            const dl::Evaluation e = dl::evaluate(*models, answers.self, answers.industry);
            const dl::ScoreResult &r = e.result;
            CHECK(e.model.version == ex.modelVersion);
            CHECK(r.dimensions[dimensionIndex(e.model, "foundation")] == ex.foundation);
            CHECK(r.dimensions[dimensionIndex(e.model, "management")] == ex.management);
            CHECK(r.dimensions[dimensionIndex(e.model, "outcomes")] == ex.outcomes);
            CHECK(r.base == R(ex.base));
            CHECK(r.maxBase == R("100"));
            CHECK(countsFrom(r.atLeast) == ex.atLeast);
            CHECK(countsFrom(r.constrainedAtLeast) == ex.constrained);
            CHECK(r.level == ex.level);
            CHECK(e.explanation.level == ex.level);
            CHECK(r.unanswered.size() == std::size_t(ex.unanswered));
            checkItems(e.model, r, ex.items);
            if (ex.next)
                checkShortfall(e.explanation, *ex.next);
        }
    }
}

TEST_CASE(
    "worked examples: DigiLevel additions are scored beside and never change the official result",
    "[worked]")
{
    struct Addition
    {
        const char *file, *twin, *overlay;
        Rational base;
        Counts atLeast;
        ItemPoints items;
    };
    const std::vector<Addition> additions = {
        {"11-autoparts-c36.yaml",
         "11-autoparts-twin.yaml",
         "digilevel-auto-parts",
         // IATF records yes = 4; traced 210/350 = 60% exactly -> (40,60] = 4.5;
         // OEM connection 3 x 1.25 = 3.75; PPAP in a document system = 2.5
         R("4") + R("4.5") + R("3.75") + R("2.5"),
         // OEM collaboration 3, traceability 2
         {2, 2, 1, 0},
         {{"ap-part-traceability", R("4.5")}, {"ap-oem-connection", R("3.75")}}},
        {"12-apparel-c18.yaml",
         "12-apparel-twin.yaml",
         "digilevel-textiles-apparel",
         // grading and marker = 2.5; quick response 540/1200 = 45% -> (40,60] = 3.75;
         // dye recipes [none] = 0; inspection with electronic records = 1; dye lots yes = 2
         R("2.5") + R("3.75") + R("0") + R("1") + R("2"),
         // flexible production 2, colour management 1
         {2, 1, 0, 0},
         {{"tx-quick-response-share", R("3.75")}, {"tx-dye-recipe", R("0")}}},
    };
    for (const Addition &add : additions) {
        DYNAMIC_SECTION(add.file)
        {
            const dl::AnswerFile answers = worked(add.file);
            const dl::Evaluation e = dl::evaluate(miit2024(), answers.self, answers.industry);
            REQUIRE(e.overlays.size() == 1);
            const auto &o = e.overlays.front();
            CHECK(o.overlay->id == add.overlay);
            CHECK_FALSE(o.overlay->official);
            CHECK(o.result.base == add.base);
            CHECK(o.result.maxBase == R("20"));
            CHECK(countsFrom(o.result.atLeast) == add.atLeast);
            CHECK(o.result.unanswered.empty());
            checkItems(*o.overlay, o.result, add.items);

            // Same official answers without the industry and the addition: identical official
            // result (whose values the table above checks by hand).
            const dl::AnswerFile twin = worked(add.twin);
            REQUIRE_FALSE(twin.industry);
            const dl::Evaluation t = dl::evaluate(miit2024(), twin.self, twin.industry);
            CHECK(t.overlays.empty());
            checkSameOfficial(e.result, t.result);
            // And the C36/C18 answers themselves evaluated without an industry.
            checkSameOfficial(e.result,
                              dl::evaluate(miit2024(), answers.self, std::nullopt).result);
        }
    }
}

TEST_CASE("worked examples: the verified view puts the assessor's answers over the enterprise's",
          "[worked]")
{
    const dl::AnswerFile answers = worked("13-motors-verified.yaml");
    REQUIRE(answers.verified);
    std::vector<std::string> unverified;
    const dl::AnswerLayer merged =
        dl::mergeVerified(miit2024(), answers.self, *answers.verified, &unverified);
    const dl::Evaluation v = dl::evaluate(miit2024(), merged, answers.industry);
    const dl::ScoreResult &r = v.result;

    // verified: network 2 x 2 (5G not confirmed); 55/100 = 55% -> (40,60] = 4.5;
    // 30/100 = 30% -> (20,40] = 3; own data links 9 x 0.7 = 6.3; verified several = 5;
    // own net security 3 x 1.25 and data security 2 x 1.25
    const Rational foundation =
        R("4") + R("4.5") + R("3") + R("6.3") + R("5") + R("3.75") + R("2.5");
    // all own answers: transformed 6; mechanisms 3 x 1.875; talent 3 x 1.5; 4% -> 0
    const Rational management = R("6") + R("5.625") + R("4.5") + R("0");
    // verified energy "same" 3.5; own pass rate better 7, revenue/employee better 3, cost same 1.5
    const Rational outcomes = R("3.5") + R("7") + R("3") + R("1.5");
    REQUIRE(foundation + management + outcomes == R("60.175"));

    CHECK(r.dimensions[dimensionIndex(v.model, "foundation")] == foundation);
    CHECK(r.dimensions[dimensionIndex(v.model, "management")] == management);
    CHECK(r.dimensions[dimensionIndex(v.model, "outcomes")] == outcomes);
    CHECK(r.base == R("60.175"));
    // verified ratings: control 3 -> 2, procurement 3 -> 2, process design 3 -> 2, quality 3;
    // rated 3 now: design*, sales*, planning, quality*, equipment*, office
    CHECK(countsFrom(r.atLeast) == Counts{16, 15, 6, 0});
    CHECK(countsFrom(r.constrainedAtLeast) == Counts{10, 10, 4, 0});
    // L3: base 60.175 >= 60 holds, but 6 < 8 scenarios and 4 < 5 constrained: level 2
    CHECK(r.level == 2);
    const auto l3 = std::find_if(v.explanation.levels.begin(), v.explanation.levels.end(),
                                 [](const dl::LevelCheck &l) { return l.level == 3; });
    REQUIRE(l3 != v.explanation.levels.end());
    for (const dl::ConditionCheck &c : l3->conditions) {
        if (c.kind == ConditionKind::BaseScore)
            CHECK(c.met);
        else if (c.kind == ConditionKind::Scenarios)
            CHECK((c.actual == R("6") && c.shortfall == R("2")));
        else
            CHECK((c.actual == R("4") && c.shortfall == R("1")));
    }
    for (const char *id :
         {"network", "system-coverage", "energy-intensity", "quality-management", "procurement"})
        CHECK(std::find(unverified.begin(), unverified.end(), id) == unverified.end());
    for (const char *id : {"data-collection-links", "digital-talent", "decision-support"})
        CHECK(std::find(unverified.begin(), unverified.end(), id) != unverified.end());

    // The enterprise's own view is unchanged by the verified layer (table row 13: 71.175, level 3).
    const dl::Evaluation self = dl::evaluate(miit2024(), answers.self, answers.industry);
    CHECK(self.result.base == R("71.175"));
    CHECK(self.result.level == 3);
}
