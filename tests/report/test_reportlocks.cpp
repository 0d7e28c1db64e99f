// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report of an assessment with plan locks: the improvement plan (一企一策) and the what-if
// paths name the items and scenarios locked out of them, in the report's language, mark a large
// investment (大额投入), and say when only the locks stand in the way. Worked example 06, by hand
// from assessments/miit-sme-2024.yaml (the arithmetic is in the comments).
#include "reporttestsupport.h"

namespace {

// Every item that can gain 0.75 points in one step without a large investment (network +2,
// networking +1.5, data collection HR +0.9, systems +2.5, planning +1.5, mechanisms +1.875,
// talent +1.5, pass rate +3.5, revenue per employee +1.5, cost +1.5), and one scenario. The other
// items are at their maximum (digitalisation 64 of 64 units 6, both securities 4 x 1.25 = 5,
// energy 0.92 -> 0.85 better 7), except funding.
const char *const kLocks = "network,equipment-networking,data-collection-links,system-coverage,"
                           "plan-implementation,management-mechanisms,digital-talent,pass-rate,"
                           "revenue-per-employee,cost-per-revenue,decision-support";

std::string
report(const std::string &db, const std::string &id, const char *lang, const std::string &pdf)
{
    std::string out, err;
    INFO(err);
    REQUIRE(cli({"report", "--db", db, id, "--lang", lang, "-o", pdf}, &out, &err) == 0);
    return squeezed(pdfText(pdf));
}

} // namespace

TEST_CASE("the improvement plan lists the locks that shaped it and marks large investments",
          "[report][pdf][locks]")
{
    ReportTempDir dir;
    const std::string db = dir.path("locks.sqlite");
    // Worked example 06: 59.25, scenarios meeting 三级, 0.75 base points short.
    const std::string id =
        std::to_string(storeWorkedExamples(db, {"06-level2-machinery-base59_25.yaml"})[0]);
    REQUIRE(cli({"assessment", "lock", id, kLocks, "--db", db}) == 0);

    // The one step left: funding 150 of 1500 = 10 %, in [0,10], into (10,20] for +1.875 >= 0.75.
    // (10,20] asks for a share above the model's 10 %: a large investment.
    std::string text = report(db, id, "zh_CN", dir.path("zh.pdf"));
    CHECK(
        text.find(squeezed("不在计划内（以下方案和建议不改变）：网络建设、设备联网、业务环节数据采"
                           "集、信息系统覆盖、规划实施、管理机制、人才建设、产品合格率、人均营业收"
                           "入、每百元营业收入成本、决策支持。")) != std::string::npos);
    CHECK(text.find(squeezed("A. 升到三级的路径 1. 资金保障【大额投入】")) != std::string::npos);
    CHECK(text.find(squeezed("调整：资金保障 [0%,10%] → (10%,20%]：+1.875")) != std::string::npos);
    CHECK(text.find("【大额投入：占比需超过10%】") != std::string::npos);
    // Every other item is locked or at its maximum: no "other weak items" to recommend.
    CHECK(text.find("B.其他薄弱指标") == std::string::npos);

    text = report(db, id, "en", dir.path("en.pdf"));
    CHECK(text.find(squeezed(
              "Not in our plans (the plans and recommendations leave them unchanged): Network "
              "infrastructure, Equipment networking, Automatic data collection by business link, "
              "Information system coverage, Transformation planning and implementation, "
              "Management mechanisms, Digital talent, Product pass rate, Revenue per employee, "
              "Cost per 100 CNY of revenue, Decision support.")) != std::string::npos);
    CHECK(text.find(squeezed("1. Funding [large investment]")) != std::string::npos);
    CHECK(text.find(squeezed("[large investment: a share above 10%]")) != std::string::npos);

    // Funding locked too: nothing that is not locked gains a point, so no plan remains.
    REQUIRE(cli({"assessment", "lock", id, "digital-investment", "--db", db}) == 0);
    text = report(db, id, "zh_CN", dir.path("blocked.pdf"));
    CHECK(text.find(squeezed("在这些锁定下没有能升到三级的方案：只有改变不在计划内的指标或场景才能"
                             "达到。")) != std::string::npos);
    CHECK(text.find("A.升到三级的路径") == std::string::npos);
}
