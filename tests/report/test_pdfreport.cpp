// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports of the worked examples in both languages: embedded fonts (no Type 3), text that
// pdftotext returns exactly (enterprise, level, a recommendation), "page X of Y" and the
// fingerprint on every page, and the fingerprint in the XMP metadata.
#include "reporttestsupport.h"

#include "base/sha256.h"
#include "pdfreport.h"
#include "store/fingerprint.h"

#include <fstream>
#include <optional>
#include <sstream>

namespace {

struct Example
{
    const char *file;
    std::string layer;
    int level; // by hand: tests/core/test_worked_examples.cpp
    // The enabled item furthest from its maximum, worked out by hand from the same file; the
    // plan always recommends it (on the path, or first among the weakest items).
    const char *largestGap = nullptr;
};

const std::vector<Example> kExamples = {
    // data collection 0.9 of 10 (gap 9.1) beats network 0 of 8 and the 7.5-point items
    {"01-level0-furniture.yaml", "self", 0, "data-collection-links"},
    {"02-level1-food-base20.yaml", "self", 1},
    // digital investment 0 of 7.5 (5 % of revenue); next data collection 3.5 of 10 (6.5)
    {"03-level2-hardware-base40.yaml", "self", 2, "digital-investment"},
    {"04-level1-plastics-constrained-short.yaml", "self", 1},
    {"05-level3-electronics-base60.yaml", "self", 3},
    {"06-level2-machinery-base59_25.yaml", "self", 2},
    {"07-level4-instruments-base80.yaml", "self", 4},
    {"08-level3-equipment-base79_875.yaml", "self", 3},
    {"09-level2-buildmat-scenarios-short.yaml", "self", 2},
    {"10-draft-agrimachinery.yaml", "self", 0},
    {"11-autoparts-c36.yaml", "self", 2},
    {"11-autoparts-twin.yaml", "self", 2},
    {"12-apparel-c18.yaml", "self", 2},
    {"12-apparel-twin.yaml", "self", 2},
    // investment 400 of 10000 = 4 % -> 0 of 7.5, the only item more than 3.7 short
    {"13-motors-verified.yaml", "self", 3, "digital-investment"},
    {"13-motors-verified.yaml", "verified", 2, "digital-investment"},
};

const char *const kLevelZh[] = {"未达一级", "一级", "二级", "三级", "四级"};
const char *const kLevelEn[] = {"Below level 1", "Level 1", "Level 2", "Level 3", "Level 4"};

// Every page says "page i of n" and carries the fingerprint.
void checkPages(const std::string &pdf, dl::Lang lang, const std::string &fingerprint)
{
    const int pages = pdfPages(pdf);
    CHECK(pages >= 5); // cover, summary, detail, why, plan at least
    for (int i = 1; i <= pages; ++i) {
        const std::string text = squeezed(pdfText(pdf, i));
        INFO("page " << i << " of " << pages);
        const std::string footer =
            lang == dl::Lang::ZhCN
                ? "第" + std::to_string(i) + "页/共" + std::to_string(pages) + "页"
                : "Page" + std::to_string(i) + "of" + std::to_string(pages);
        CHECK(text.find(footer) != std::string::npos);
        CHECK(text.find(fingerprint) != std::string::npos);
    }
}

} // namespace

TEST_CASE("reports of the worked examples embed their fonts and round-trip their text",
          "[report][pdf]")
{
    ReportTempDir dir;
    for (const Example &ex : kExamples) {
        for (const dl::Lang lang : {dl::Lang::ZhCN, dl::Lang::En}) {
            INFO(ex.file << " " << ex.layer << " " << dl::langCode(lang));
            dl::AnswerFile answers =
                loadAnswersOrFail(testData(std::string("worked/") + ex.file), miit2024());
            const std::string name = answers.enterpriseName;
            auto input = dl::report::reportInputFromAnswers(
                miit2024(), std::move(answers), *dl::parseLayer(ex.layer), std::nullopt);
            REQUIRE(input);
            const std::string pdf =
                dir.path(std::string(ex.file) + "-" + ex.layer + "-" + dl::langCode(lang) + ".pdf");
            auto written = dl::report::writeReport(*input, lang, pdf);
            REQUIRE(written);

            checkEmbeddedCjkFonts(pdf);
            checkPages(pdf, lang, input->fingerprint);
            const std::string text = squeezed(pdfText(pdf));
            CHECK(text.find(squeezed(name)) != std::string::npos);
            const std::string level =
                lang == dl::Lang::ZhCN
                    ? std::string("评测等级：") + kLevelZh[ex.level]
                    : std::string("Assessedlevel:") + squeezed(kLevelEn[ex.level]);
            CHECK(text.find(level) != std::string::npos);
            if (ex.largestGap) {
                const dl::Model &m = miit2024().model;
                const std::string advice =
                    m.items[m.findItem(ex.largestGap)].recommendation.get(lang);
                REQUIRE_FALSE(advice.empty());
                CHECK(text.find(squeezed(advice)) != std::string::npos);
            }
            if (ex.layer == "verified")
                CHECK(text.find(lang == dl::Lang::ZhCN ? "核验答案" : "Verifiedanswer") !=
                      std::string::npos);

            const auto mark = dl::readReportMark(readBytes(pdf));
            REQUIRE(mark);
            CHECK(mark->fingerprint == input->fingerprint);
            CHECK(mark->layer == ex.layer);
        }
    }
}

TEST_CASE("a stored report compares with the previous assessment and lists the evidence",
          "[report][pdf]")
{
    ReportTempDir dir;
    const std::string db = dir.path("history.sqlite");
    // The same enterprise a year apart: worked 06 (base 59.25) first, then 13 (self 71.175).
    const std::vector<long long> ids = storeWorkedExamples(
        db, {"06-level2-machinery-base59_25.yaml", "13-motors-verified.yaml"}, true);
    const std::string evidence = dir.path("设备台账.xlsx");
    std::ofstream(evidence) << "ledger";
    REQUIRE(cli({"assessment", "evidence", std::to_string(ids[1]), "add",
                 "equipment-digitalisation", evidence, "--db", db}) == 0);
    auto store = dl::Store::open(db);
    REQUIRE(store);
    for (const dl::Lang lang : {dl::Lang::ZhCN, dl::Lang::En}) {
        INFO(dl::langCode(lang));
        const std::string pdf = dir.path(std::string("history-") + dl::langCode(lang) + ".pdf");
        REQUIRE(writeAssessmentReport(*store, ids[1], dl::Layer::Self, lang, pdf));
        checkEmbeddedCjkFonts(pdf);
        const std::string text = squeezed(pdfText(pdf));
        // 71.175 - 59.25 = 11.925; both are 二级 or 三级 by hand (06: 2, 13: 3)
        CHECK(text.find(lang == dl::Lang::ZhCN ? "等级：二级→三级；基础分：59.25→71.175（+11.925）"
                                               : "Level:Level2->Level3;basescore:59.25->71.175(+"
                                                 "11.925)") != std::string::npos);
        CHECK(text.find("设备台账.xlsx") != std::string::npos);
        CHECK(text.find(dl::Sha256::hex("ledger")) != std::string::npos);
        CHECK(text.find("测试机构") != std::string::npos); // assessor's organisation on the cover

        // The first assessment has no predecessor: no comparison section.
        const std::string first = dir.path(std::string("first-") + dl::langCode(lang) + ".pdf");
        REQUIRE(writeAssessmentReport(*store, ids[0], dl::Layer::Self, lang, first));
        CHECK(squeezed(pdfText(first))
                  .find(lang == dl::Lang::ZhCN ? "与上次评测比较" : "Comparisonwith") ==
              std::string::npos);
    }
    // A verified report needs verified answers; 06 has none.
    auto refused = writeAssessmentReport(*store, ids[0], dl::Layer::Verified, dl::Lang::ZhCN,
                                         dir.path("refused.pdf"));
    REQUIRE_FALSE(refused);
    CHECK(refused.errors().front().code == "no-verified-answers");
}
