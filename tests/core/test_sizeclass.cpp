// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/embedded.h"
#include "enterprise/sizeclass.h"
#include "model/industry.h"
#include "testsupport.h"

#include <set>

using namespace dl;

namespace {

// "" and -1 stand for a figure left out.
struct SizeCase
{
    const char *industry;
    int employees;
    const char *revenueWan;
    const char *assetsWan;
    SizeClass expected;
    const char *group; // the notice's group, "" when none is expected
};

std::optional<Rational> wan(const char *text)
{
    return *text ? std::optional(R(text)) : std::nullopt;
}

SizeClassResult classify(const SizeCase &c)
{
    return classifySize(c.industry, c.employees < 0 ? std::nullopt : std::optional(c.employees),
                        wan(c.revenueWan), wan(c.assetsWan));
}

constexpr auto L = SizeClass::Large;
constexpr auto M = SizeClass::Medium;
constexpr auto S = SizeClass::Small;
constexpr auto XS = SizeClass::Micro;
constexpr auto U = SizeClass::Unknown;

// Every row worked by hand from 工信部联企业〔2011〕300号: 大型 at or above both of the 中型
// upper bounds, 中型/小型 at or above both lower bounds, 微型 under either 微型 upper bound.
const SizeCase kCases[] = {
    // 工业: 中型 >= 300 and >= 2000; 大型 >= 1000 and >= 40000; 小型 >= 20 and >= 300.
    {"C", 300, "2000", "", M, "工业"},
    {"C", 299, "2000", "", S, "工业"},
    {"C", 300, "1999.99", "", S, "工业"},
    {"C", 20, "300", "", S, "工业"},
    {"C", 19, "300", "", XS, "工业"},
    {"C", 20, "299", "", XS, "工业"},
    {"C", 1000, "40000", "", L, "工业"},
    {"C", 999, "40000", "", M, "工业"},
    {"C", 1000, "39999", "", M, "工业"},
    {"C", 5000, "1000", "", S, "工业"}, // many people, little revenue: 下划一档 to 小型
    {"C3670", 20, "300", "", S, "工业"},
    {"b06", 300, "2000", "", M, "工业"},
    {"44", 1000, "40000", "", L, "工业"},
    // 农林牧渔业: revenue only; 中型 >= 500, ceiling 20000, 小型 >= 50.
    {"A", -1, "20000", "", L, "农林牧渔业"},
    {"01", -1, "19999", "", M, "农林牧渔业"},
    {"A", -1, "500", "", M, "农林牧渔业"},
    {"A", -1, "499", "", S, "农林牧渔业"},
    {"A", 3, "50", "", S, "农林牧渔业"},
    {"A", -1, "49", "", XS, "农林牧渔业"},
    // 建筑业: revenue and assets; 中型 >= 6000 and >= 5000; ceiling 80000/80000; 小型 300/300.
    {"E", -1, "6000", "5000", M, "建筑业"},
    {"E", -1, "80000", "80000", L, "建筑业"},
    {"E", -1, "80000", "79999", M, "建筑业"},
    {"47", 5, "6000", "4999", S, "建筑业"},
    {"E", -1, "300", "300", S, "建筑业"},
    {"E", -1, "300", "299", XS, "建筑业"},
    {"E", -1, "299", "", XS, "建筑业"}, // under 300 decides 微型 without the assets
    {"E", -1, "6000", "", U, "建筑业"},
    // 批发业: 中型 >= 20 and >= 5000; ceiling 200/40000; 小型 5/1000.
    {"51", 20, "5000", "", M, "批发业"},
    {"51", 20, "4999", "", S, "批发业"},
    {"51", 5, "1000", "", S, "批发业"},
    {"51", 4, "1000000", "", XS, "批发业"},
    {"51", 200, "40000", "", L, "批发业"},
    {"51", 199, "40000", "", M, "批发业"},
    // 零售业: 中型 >= 50 and >= 500; ceiling 300/20000; 小型 10/100.
    {"52", 50, "500", "", M, "零售业"},
    {"52", 49, "500", "", S, "零售业"},
    {"52", 10, "100", "", S, "零售业"},
    {"52", 9, "100", "", XS, "零售业"},
    {"F52", 10, "99.5", "", XS, "零售业"},
    {"52", 300, "20000", "", L, "零售业"},
    {"52", 299, "20000", "", M, "零售业"},
    // 交通运输业 (54-58 and 591): 中型 300/3000; ceiling 1000/30000; 小型 20/200.
    {"54", 300, "3000", "", M, "交通运输业"},
    {"591", 1000, "30000", "", L, "交通运输业"},
    {"5910", 20, "200", "", S, "交通运输业"},
    {"G58", 19, "200", "", XS, "交通运输业"},
    // 仓储业 (592-599): 中型 100/1000; ceiling 200/30000; 小型 20/100.
    {"592", 200, "30000", "", L, "仓储业"},
    {"5990", 100, "1000", "", M, "仓储业"},
    {"595", 20, "99", "", XS, "仓储业"},
    // 邮政业: 中型 300/2000; ceiling 1000/30000; 小型 20/100.
    {"60", 300, "2000", "", M, "邮政业"},
    {"60", 20, "100", "", S, "邮政业"},
    // 住宿业, 餐饮业: 中型 100/2000; ceiling 300/10000; 小型 10/100.
    {"61", 300, "10000", "", L, "住宿业"},
    {"62", 100, "2000", "", M, "餐饮业"},
    {"62", 10, "99", "", XS, "餐饮业"},
    // 信息传输业 (63, 64): 中型 100/1000; ceiling 2000/100000; 小型 10/100.
    {"64", 2000, "100000", "", L, "信息传输业"},
    {"63", 1999, "100000", "", M, "信息传输业"},
    // 软件和信息技术服务业: 中型 100/1000; ceiling 300/10000; 小型 10/50.
    {"65", 100, "1000", "", M, "软件和信息技术服务业"},
    {"I6510", 300, "10000", "", L, "软件和信息技术服务业"},
    {"65", 299, "10000", "", M, "软件和信息技术服务业"},
    {"65", 10, "50", "", S, "软件和信息技术服务业"},
    {"65", 10, "49", "", XS, "软件和信息技术服务业"},
    {"65", 9, "50", "", XS, "软件和信息技术服务业"},
    // 房地产开发经营 (7010): revenue and assets; 中型 1000/5000; ceiling 200000/10000; 小型
    // 100/2000.
    {"7010", -1, "1000", "5000", M, "房地产开发经营"},
    {"K7010", -1, "200000", "10000", L, "房地产开发经营"},
    {"701", -1, "200000", "9999", M, "房地产开发经营"},
    {"7010", -1, "1000", "4999", S, "房地产开发经营"},
    {"7010", -1, "100", "2000", S, "房地产开发经营"},
    {"7010", -1, "100", "1999", XS, "房地产开发经营"},
    {"7010", -1, "99", "1000000", XS, "房地产开发经营"},
    // 物业管理 (7020): 中型 300/1000; ceiling 1000/5000; 小型 100/500.
    {"7020", 300, "1000", "", M, "物业管理"},
    {"7020", 1000, "5000", "", L, "物业管理"},
    {"702", 999, "5000", "", M, "物业管理"},
    {"7020", 100, "500", "", S, "物业管理"},
    {"7020", 99, "500", "", XS, "物业管理"},
    {"7020", 100, "499", "", XS, "物业管理"},
    // 租赁和商务服务业: employees and assets; 中型 100/8000; ceiling 300/120000; 小型 10/100.
    {"L", 100, "", "8000", M, "租赁和商务服务业"},
    {"71", 300, "", "120000", L, "租赁和商务服务业"},
    {"72", 10, "", "100", S, "租赁和商务服务业"},
    {"72", 10, "5000", "99", XS, "租赁和商务服务业"},
    {"72", 100, "", "", U, "租赁和商务服务业"},
    // 其他未列明行业: employees only; 中型 >= 100; ceiling 300; 小型 >= 10.
    {"M", 300, "", "", L, "其他未列明行业"},
    {"M", 299, "", "", M, "其他未列明行业"},
    {"75", 100, "", "", M, "其他未列明行业"},
    {"N", 99, "1000000", "", S, "其他未列明行业"},
    {"85", 10, "", "", S, "其他未列明行业"},
    {"R", 9, "", "", XS, "其他未列明行业"},
    {"703", 9, "", "", XS, "其他未列明行业"},
    {"7090", 300, "", "", L, "其他未列明行业"},
    // Not named by the notice: its catch-all "等" applies.
    {"P", 50, "", "", S, "其他未列明行业"},
    {"66", 50, "", "", S, "其他未列明行业"},
    {"53", 500, "", "", L, "其他未列明行业"},
    // 自有房地产经营活动 is excluded outright.
    {"704", 50, "", "", U, ""},
    {"7040", 50, "", "", U, ""},
    // Codes too coarse for the notice's groups.
    {"59", 50, "500", "", U, ""},
    {"70", 50, "500", "500", U, ""},
    {"K", 50, "500", "500", U, ""},
    {"F", 50, "500", "", U, ""},
    {"G", 50, "500", "", U, ""},
    // Not GB/T 4754-2017 codes.
    {"", 50, "500", "", U, ""},
    {"Z", 50, "500", "", U, ""},
    {"99", 50, "500", "", U, ""},
    {"A36", 50, "500", "", U, ""},
    // Figures missing: decided when what is given is enough, otherwise not.
    {"C", -1, "", "", U, "工业"},
    {"C", 5, "", "", XS, "工业"},
    {"C", -1, "100", "", XS, "工业"},
    {"C", 500, "", "", U, "工业"},
    {"C", 1500, "", "", U, "工业"},
    {"C", -1, "50000", "", U, "工业"},
};

} // namespace

TEST_CASE("size class at every boundary of the 2011 thresholds", "[sizeclass]")
{
    for (const SizeCase &c : kCases) {
        CAPTURE(c.industry, c.employees, c.revenueWan, c.assetsWan);
        const SizeClassResult r = classify(c);
        CAPTURE(r.reason.en);
        CHECK(sizeClassName(r.size, Lang::En) == std::string(sizeClassName(c.expected, Lang::En)));
        CHECK(r.group.zh == c.group);
        CHECK_FALSE(r.reason.zh.empty());
        CHECK_FALSE(r.reason.en.empty());
        CHECK(r.missing.empty() == (r.size != SizeClass::Unknown || r.group.empty()));
    }
}

TEST_CASE("size class table covers every group of the thresholds file", "[sizeclass]")
{
    std::set<std::string> inFile;
    const std::string_view csv =
        embeddedFile("resources/data/sme-size-thresholds-2011.csv").value_or("");
    std::size_t start = csv.find('\n');
    while (start != std::string_view::npos && start + 1 < csv.size()) {
        const std::size_t end = csv.find('\n', start + 1);
        inFile.insert(splitCsvLine(csv.substr(start + 1, end - start - 1)).front());
        start = end;
    }
    std::set<std::string> tested;
    for (const SizeCase &c : kCases) {
        if (*c.group)
            tested.insert(c.group);
    }
    CHECK(inFile.size() == 16);
    CHECK(tested == inFile);
}

TEST_CASE("size class reasons name the thresholds or what is missing", "[sizeclass]")
{
    SECTION("a decided size quotes the bounds it met")
    {
        const SizeClassResult r = classifySize("C", 300, R("2000"), std::nullopt);
        CHECK(r.reason.zh ==
              "工业：从业人员300人（≥300，<1000）且营业收入2000万元（≥2000，<40000） → 中型");
        CHECK(r.reason.en ==
              "Industry (mining, manufacturing, utilities): employees 300 (>= 300, < 1000) and "
              "revenue 2000 (>= 2000, < 40000; in 10k yuan) -> Medium");
        CHECK(r.group.en == "Industry (mining, manufacturing, utilities)");
    }
    SECTION("micro quotes the upper bound it is under")
    {
        const SizeClassResult r = classifySize("52", 9, R("5000"), std::nullopt);
        CHECK(r.reason.zh == "零售业：从业人员9人（<10） → 微型");
    }
    SECTION("construction without assets")
    {
        const SizeClassResult r = classifySize("E", 50, R("6000"), std::nullopt);
        CHECK(r.size == SizeClass::Unknown);
        CHECK(r.missing == std::vector{SizeMetric::Assets});
        CHECK(r.reason.zh == "建筑业：需要资产总额才能划型");
        CHECK(r.reason.en == "total assets needed for Construction to decide the size");
    }
    SECTION("nothing given")
    {
        const SizeClassResult r = classifySize("C", std::nullopt, std::nullopt, std::nullopt);
        CHECK(r.missing == std::vector{SizeMetric::Employees, SizeMetric::Revenue});
    }
    SECTION("a code the notice splits")
    {
        const SizeClassResult r = classifySize("59", 50, R("500"), std::nullopt);
        CHECK(r.reason.zh == "行业“59”在划型标准中分属交通运输业、仓储业，请给出更细的行业代码");
    }
    SECTION("an industry the notice leaves out")
    {
        const SizeClassResult r = classifySize("704", 50, std::nullopt, std::nullopt);
        CHECK(r.reason.en == "industry 704 is outside the scope of the 2011 SME size thresholds");
    }
    SECTION("an industry the notice does not name")
    {
        const SizeClassResult r = classifySize("P", 50, std::nullopt, std::nullopt);
        CHECK(r.reason.zh.ends_with("（行业“P”未在通知中单列，按其他未列明行业划型）"));
    }
    SECTION("an unknown code")
    {
        const SizeClassResult r = classifySize("Z9", 50, std::nullopt, std::nullopt);
        CHECK(r.group.empty());
        CHECK(r.reason.en == "unknown GB/T 4754-2017 industry code 'Z9'");
    }
    SECTION("negative figures")
    {
        const SizeClassResult r = classifySize("C", -3, R("100"), std::nullopt);
        CHECK(r.size == SizeClass::Unknown);
        CHECK(r.reason.en == "employees cannot be negative");
    }
}

TEST_CASE("size class from a parsed industry code", "[sizeclass]")
{
    const std::optional<IndustryCode> code = IndustryTable::gbt4754().parse("C3670");
    REQUIRE(code);
    const SizeClassResult r = classifySize(*code, 1000, R("40000"), std::nullopt);
    CHECK(r.size == SizeClass::Large);
    CHECK(r.group.zh == "工业");
}

TEST_CASE("size class names", "[sizeclass]")
{
    CHECK(std::string(sizeClassName(SizeClass::Large, Lang::ZhCN)) == "大型");
    CHECK(std::string(sizeClassName(SizeClass::Medium, Lang::ZhCN)) == "中型");
    CHECK(std::string(sizeClassName(SizeClass::Small, Lang::ZhCN)) == "小型");
    CHECK(std::string(sizeClassName(SizeClass::Micro, Lang::ZhCN)) == "微型");
    CHECK(std::string(sizeClassName(SizeClass::Micro, Lang::En)) == "Micro");
    CHECK(std::string(sizeClassName(SizeClass::Unknown, Lang::En)) == "Unknown");
}
