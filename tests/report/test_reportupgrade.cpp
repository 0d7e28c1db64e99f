// SPDX-License-Identifier: GPL-3.0-or-later
// The report of an assessment upgraded to a new model version compares it with the assessment it
// came from without presenting the items whose meaning changed as progress.
#include "reporttestsupport.h"

#include <catch2/catch.hpp>

#include <fstream>

TEST_CASE("a report across model versions marks the items whose meaning changed and counts only "
          "the comparable ones",
          "[report][pdf][upgrade]")
{
    ReportTempDir dir;
    const std::string db = dir.path("upgrade.sqlite");
    REQUIRE(cli({"enterprise", "add", "--name", "示例精密机械有限公司", "--industry", "C34", "--db",
                 db}) == 0);
    REQUIRE(cli({"assessment", "new", "1", "--model",
                 sourceFile("assessments/history/miit-sme-2024.1.yaml"), "--db", db}) == 0);
    const std::string answers = dir.path("answers.yaml");
    std::ofstream(answers) << "format: digilevel-answers/1\n"
                              "model: {id: miit-sme-2024, version: \"2024.1\"}\n"
                              "figures: {energy-intensity-before: 2.5, energy-intensity-after: 2.0,"
                              " pass-rate-after: 98.5}\n"
                              "items: {system-coverage: several, pass-rate: same}\n";
    REQUIRE(cli({"assessment", "load", "1", answers, "--db", db}) == 0);
    REQUIRE(cli({"assessment", "upgrade", "1", "--db", db}) == 0);
    REQUIRE(cli({"assessment", "answer", "2", "figure", "pass-rate-before", "95", "--db", db}) ==
            0);
    REQUIRE(cli({"assessment", "answer", "2", "item", "system-coverage", "most", "--db", db}) == 0);

    // 2024.1: systems 5 + energy 7 + pass rate 3.5 = 15.5. 2024.2: systems 7.5 + energy 0 (the
    // figure from before the transformation is not given) + pass rate 95 -> 98.5 7 = 14.5.
    // Comparable: systems alone, 5 -> 7.5.
    const std::string zh = dir.path("zh.pdf");
    REQUIRE(cli({"report", "2", "--db", db, "--lang", "zh_CN", "-o", zh}) == 0);
    const std::string text = squeezed(pdfText(zh));
    CHECK(text.find("基础分：15.5→14.5（-1）；口径相同的指标：5→7.5（+2.5）") != std::string::npos);
    CHECK(text.find("提升1项，下降0项。") != std::string::npos);
    CHECK(text.find("以下指标在两个版本之间口径变化（口径变化，不可比）") != std::string::npos);
    CHECK(text.find("口径变化，不可比") != std::string::npos);

    const std::string en = dir.path("en.pdf");
    REQUIRE(cli({"report", "2", "--db", db, "--lang", "en", "-o", en}) == 0);
    const std::string english = squeezed(pdfText(en));
    CHECK(english.find("basescore:15.5->14.5(-1);comparableitems:5->7.5(+2.5)") !=
          std::string::npos);
    CHECK(english.find("1improved,0worsened.") != std::string::npos);
    CHECK(english.find("meaningchanged—notcomparable") != std::string::npos);
}
