// SPDX-License-Identifier: GPL-3.0-or-later
// report --portfolio (PDF and Excel) and the peer benchmark of the assessment report, over the
// pilot city of tests/store/portfoliocity.h. Every expected figure is worked out by hand from the
// city's table:
//   representatives E1 46/2, E2 49/2, E3 24/1, E4 61/3, E5 29/1, E6 52/2, E7 45/2, E8 15/0,
//   E9 22/1, E10 50/2, E11 45/2, E12 47/2, E13 35/1, E14 12/0, E15 26/1, E16 55/2, E17 31/1,
//   E18 19/0, E19 24/1, E20 65/3, E21 37/1, E22 62/3, E23 27/1, E24 44/2, E25 16/0, E26 29/1,
//   E27 40/2; E28-E30 never assessed.
//   30 enterprises, 27 assessed, base 1007 / 27 = 37.30, median 37, 13 at 二级+ = 48.1 %.
//   Uplift 11 pairs, 1 -> 2 four times, mean gain 110 / 11 = 10, 7 rose = 63.6 %.
//   专精特新 E2 E4 E6 E12 E21 E22: 6, five at 二级+ (83.3 %), one (E21) still to go.
//   The model's 二级 rule: base 40, 6 scenarios at level 2, 3 of them constrained. Below 二级:
//   14 enterprises; E8 has 15, 25 short; E21 has 37, 3 short (the closest); product design is the
//   only scenario rated, min(level, 4), so the six scenarios at level 2 are never met below 二级.
#include "portfoliocity.h"
#include "reporttestsupport.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

std::string modelText()
{
    std::ifstream in(sourceFile("assessments/miit-sme-2024.yaml"), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The city on the bundled model, so that an assessment report can load its assessments.
struct CityFolder
{
    ReportTempDir dir;
};
struct City : CityFolder, PortfolioCity
{
    City()
        : PortfolioCity(dir.path("city.sqlite"), miit2024().model, modelText())
    {}
    std::string db() const { return store.path(); }
};

// openpyxl (Debian python3-openpyxl) prints "SHEET!CELL=value" for each cell asked.
std::string xlsxCells(const std::string &file, const std::vector<std::string> &cells)
{
    std::string list;
    for (const std::string &c : cells)
        list += " " + quoted(c);
    const std::string python =
        std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    return shell(python + " -c " +
                 quoted("import sys, openpyxl\n"
                        "book = openpyxl.load_workbook(sys.argv[1])\n"
                        "print(' '.join(book.sheetnames))\n"
                        "for ref in sys.argv[2:]:\n"
                        "    sheet, cell = ref.split('!')\n"
                        "    print(ref + '=' + repr(book[sheet][cell].value))\n") +
                 " " + quoted(file) + list);
}

} // namespace

TEST_CASE("the portfolio report in PDF, in Chinese and English, computed by hand",
          "[report][portfolio]")
{
    City c;
    struct Expect
    {
        const char *lang;
        std::vector<std::string> texts; // each found in the text without white space
    };
    const std::vector<Expect> rows = {
        {"zh_CN",
         {"中小企业数字化水平试点进展报告", "筛选条件：无", "企业数30", "已评测企业27",
          "平均基础分37.30", "基础分中位数37.00", "二级及以上企业13家（48.1%）", "可比企业11家",
          "平均提升10.00分，7家至少提升一级（63.6%）",
          "专精特新中小企业6家，其中二级及以上5家（83.3%），尚有1家未达到二级", "二级分数线40分",
          "E8广东佛山未达一级15.0025.00基础分15<40：还需+25", "E21浙江宁波一级37.003.00",
          "第1页/共"}},
        {"en",
         {"SMEDigitalLevel:PortfolioProgressReport", "Filters:none", "Enterprises30", "Assessed27",
          "Meanbasescore37.30", "Medianbasescore37.00", "Atlevel2orhigher13(48.1%)",
          "11enterpriseshaveabaseline", "roseby10.00onaverageand7roseatleastonelevel(63.6%)",
          "SRDISMEs:6,ofthematlevel2orhigher:5(83.3%);1stilltoreachlevel2", "thresholdof40points",
          "E8广东佛山Belowlevel115.0025.00base15<40:+25needed", "Page1of"}},
    };
    for (const Expect &e : rows) {
        DYNAMIC_SECTION(e.lang)
        {
            const std::string pdf = c.dir.path(std::string("city-") + e.lang + ".pdf");
            std::string out, err;
            REQUIRE(cli({"report", "--portfolio", "--db", c.db(), "--lang", e.lang, "-o", pdf},
                        &out, &err) == 0);
            INFO(err);
            const std::string text = squeezed(pdfText(pdf));
            for (const std::string &t : e.texts)
                CHECK_THAT(text, Catch::Contains(t));
            CHECK_THAT(text, !Catch::Contains("NaN"));
            CHECK_FALSE(std::filesystem::exists(pdf + ".part"));
        }
    }
}

TEST_CASE("the portfolio report groups, and an uplift cell stands where it belongs",
          "[report][portfolio]")
{
    City c;
    const std::string pdf = c.dir.path("by-segment.pdf");
    REQUIRE(cli({"report", "--portfolio", "--db", c.db(), "--by", "segment", "--lang", "en", "-o",
                 pdf}) == 0);
    const std::string text = squeezed(pdfText(pdf));
    // 建材 E1-E10: 10, 10 assessed, 393 / 10 = 39.30, six at 二级+ (60.0 %).
    CHECK_THAT(text, Catch::Contains("Buildingmaterialsandceramics101039.30"));
    CHECK_THAT(text, Catch::Contains("660.0%"));
    // The matrix row "Level 1": to below 1 none, to 1 three, to 2 four.
    CHECK_THAT(text, Catch::Contains("Level1·34··"));
}

TEST_CASE("the portfolio workbook, read back cell by cell", "[report][portfolio]")
{
    City c;
    const std::string zh = c.dir.path("city.xlsx"), en = c.dir.path("city-en.xlsx");
    REQUIRE(cli({"report", "--portfolio", "--db", c.db(), "--lang", "zh_CN", "-o", zh}) == 0);
    REQUIRE(cli({"report", "--portfolio", "--db", c.db(), "--lang", "en", "--by", "segment", "-o",
                 en}) == 0);
    const std::string z = xlsxCells(zh, {"概览!A4", "概览!B4", "概览!B5", "概览!B6", "概览!B7",
                                         "概览!B8", "概览!B9", "提升!A3", "提升!D3", "未达二级!A2",
                                         "未达二级!E2", "未达二级!G2", "未达二级!A1"});
    CHECK_THAT(z, Catch::Contains("概览 分组 提升 场景 维度 未达二级"));
    CHECK_THAT(z, Catch::Contains("概览!A4='企业数'"));
    CHECK_THAT(z, Catch::Contains("概览!B4=30\n"));
    CHECK_THAT(z, Catch::Contains("概览!B5=27\n"));
    CHECK_THAT(z, Catch::Contains("概览!B6=37.3\n"));
    CHECK_THAT(z, Catch::Contains("概览!B7=37\n"));
    CHECK_THAT(z, Catch::Contains("概览!B8=13\n"));
    CHECK_THAT(z, Catch::Contains("概览!B9=0.48148148")); // 13 / 27, a number
    CHECK_THAT(z, Catch::Contains("提升!A3='一级'"));
    CHECK_THAT(z, Catch::Contains("提升!D3=4\n")); // 一级 -> 二级
    CHECK_THAT(z, Catch::Contains("未达二级!A1='企业名称'"));
    CHECK_THAT(z, Catch::Contains("未达二级!A2='E21'")); // 3 short, the closest
    CHECK_THAT(z, Catch::Contains("未达二级!E2=37\n"));
    CHECK_THAT(z, Catch::Contains("未达二级!G2=3\n"));
    const std::string e = xlsxCells(en, {"Groups!A1", "Groups!A3", "Groups!B3", "Groups!I3",
                                         "Summary!B19", "Summary!B20", "Summary!B22"});
    CHECK_THAT(e, Catch::Contains("Summary Groups Uplift Scenarios Dimensions Below level 2"));
    CHECK_THAT(e, Catch::Contains("Groups!A1='Segment'"));
    // Groups by key: "" (none) first, then 1 建材.
    CHECK_THAT(e, Catch::Contains("Groups!A3='Building materials and ceramics'"));
    CHECK_THAT(e, Catch::Contains("Groups!B3=10\n"));   // 10 enterprises
    CHECK_THAT(e, Catch::Contains("Groups!I3=39.3\n")); // mean 393 / 10
    CHECK_THAT(e, Catch::Contains("Summary!B19=6\n"));  // SRDI SMEs
    CHECK_THAT(e, Catch::Contains("Summary!B20=5\n"));  // of them at level 2+
    CHECK_THAT(e, Catch::Contains("Summary!B22=1\n"));  // still to go
}

TEST_CASE("an empty portfolio says so, never 0/0", "[report][portfolio]")
{
    City c;
    const std::string pdf = c.dir.path("tibet.pdf"), xlsx = c.dir.path("tibet.xlsx");
    REQUIRE(cli({"report", "--portfolio", "--db", c.db(), "--province", "西藏", "--lang", "en",
                 "-o", pdf}) == 0);
    const std::string text = squeezed(pdfText(pdf));
    CHECK_THAT(text, Catch::Contains("Filters:province西藏"));
    CHECK_THAT(text, Catch::Contains("Noenterprisematchesthefilters"));
    CHECK_THAT(text, Catch::Contains("Enterprises0"));
    CHECK_THAT(text, Catch::Contains("Meanbasescore—"));
    CHECK_THAT(text, Catch::Contains("Atlevel2orhigher0(—)"));
    CHECK_THAT(text, !Catch::Contains("NaN"));
    CHECK_THAT(text, !Catch::Contains("0/0"));
    REQUIRE(cli({"report", "--portfolio", "--db", c.db(), "--province", "西藏", "--lang", "en",
                 "-o", xlsx}) == 0);
    const std::string e = xlsxCells(xlsx, {"Summary!B4", "Summary!B6", "Summary!B9"});
    CHECK_THAT(e, Catch::Contains("Summary!B4=0\n"));
    CHECK_THAT(e, Catch::Contains("Summary!B6='—'"));
    CHECK_THAT(e, Catch::Contains("Summary!B9='—'"));
}

TEST_CASE("report --portfolio refuses what it cannot mean", "[report][portfolio][cli]")
{
    City c;
    const std::string pdf = c.dir.path("x.pdf");
    struct Bad
    {
        std::vector<std::string> args;
        int code;
        const char *message;
    };
    const std::vector<Bad> rows = {
        {{"--portfolio", "-o", c.dir.path("x.txt")}, 2, "needs -o FILE.pdf or -o FILE.xlsx"},
        {{"--portfolio"}, 2, "needs -o FILE.pdf or -o FILE.xlsx"},
        {{"--portfolio", "12", "-o", pdf}, 2, "takes the filter options, --by and -o only"},
        {{"--portfolio", "--all", "-o", pdf}, 2, "takes the filter options, --by and -o only"},
        {{"--province", "广东", "12", "-o", pdf},
         2,
         "--province is an option of report --portfolio"},
        {{"--portfolio", "--size", "huge", "-o", pdf}, 2, "--size must be micro"},
        {{"--portfolio", "--by", "colour", "-o", pdf}, 2, "--by must be segment"},
        {{"--portfolio", "--segment", "不存在的细分行业", "-o", pdf},
         1,
         "no segment with id, uuid or name '不存在"},
        {{"--portfolio", "--from", "2026-06-01", "--to", "2026-01-01", "-o", pdf},
         1,
         "ends (2026-01-01) before it starts"},
        {{"--portfolio", "--industry", "Z99", "-o", pdf}, 1, "'Z99' is not a GB/T 4754-2017"},
        {{"12", "--min-peers", "many", "-o", pdf}, 2, "--min-peers takes a positive whole number"},
    };
    for (const Bad &b : rows) {
        std::vector<std::string> args{"report", "--db", c.db(), "--lang", "en"};
        args.insert(args.end(), b.args.begin(), b.args.end());
        std::string out, err;
        INFO(b.message);
        CHECK(cli(args, &out, &err) == b.code);
        CHECK_THAT(err, Catch::Contains(b.message));
        CHECK_FALSE(std::filesystem::exists(pdf));
    }
}

TEST_CASE("the assessment report ranks among peers, and leaves out a group too small",
          "[report][portfolio]")
{
    City c;
    const std::string e7 = std::to_string(c.assessments[6].back());
    SECTION("E7 among the nine other 建材 enterprises: 4 below, none equal -> 44")
    {
        const std::string pdf = c.dir.path("e7.pdf");
        REQUIRE(cli({"report", "--db", c.db(), e7, "--lang", "zh_CN", "-o", pdf}) == 0);
        const std::string text = squeezed(pdfText(pdf));
        CHECK_THAT(text, Catch::Contains("同行对标"));
        CHECK_THAT(
            text,
            Catch::Contains("同行组：细分行业“新型建材及陶瓷琉璃制品”，本数据库中已评测的同行9家"));
        // pdftotext reads a table column by column: the header, then the base score's row.
        CHECK_THAT(text, Catch::Contains("百分位44"));
        for (const char *peer : {"E4", "E6", "E8", "E9"}) // no peer named
            CHECK_THAT(text, !Catch::Contains(peer));
    }
    SECTION("asking for 30 peers: none shown, and a line says why")
    {
        const std::string pdf = c.dir.path("e7-30.pdf");
        REQUIRE(cli({"report", "--db", c.db(), e7, "--lang", "en", "--min-peers", "30", "-o",
                     pdf}) == 0);
        const std::string text = squeezed(pdfText(pdf));
        CHECK_THAT(text, Catch::Contains("Peerbenchmark"));
        CHECK_THAT(text, Catch::Contains("has30assessedpeers,sonopeerbenchmarkisshown"));
        CHECK_THAT(text, !Catch::Contains("Peergroup:"));
    }
    SECTION("--min-peers below the floor is raised to 3, and says so")
    {
        // E22 (62) in 小组 with two peers: below 3, so its division C34 answers with 7 peers.
        const std::string pdf = c.dir.path("e22.pdf");
        std::string out, err;
        REQUIRE(cli({"report", "--db", c.db(), std::to_string(c.assessments[21].back()), "--lang",
                     "en", "--min-peers", "1", "-o", pdf},
                    &out, &err) == 0);
        CHECK_THAT(err, Catch::Contains("--min-peers 1 is below 3"));
        const std::string text = squeezed(pdfText(pdf));
        CHECK_THAT(text, Catch::Contains("7assessedpeersinthisdatabase"));
        CHECK_THAT(text, Catch::Contains("Percentile86")); // 6 / 7 x 100 = 85.7
    }
}

TEST_CASE("a report from an answer file has no peer benchmark", "[report][portfolio]")
{
    ReportTempDir dir;
    const std::string pdf = dir.path("file.pdf");
    REQUIRE(cli({"report", testData("worked/02-level1-food-base20.yaml"), "--lang", "zh_CN", "-o",
                 pdf}) == 0);
    const std::string text = squeezed(pdfText(pdf));
    CHECK_THAT(text, Catch::Contains("评测结论"));
    CHECK_THAT(text, !Catch::Contains("同行"));
}
