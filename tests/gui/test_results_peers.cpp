// SPDX-License-Identifier: GPL-3.0-or-later
// 同行对标 on the results page: six enterprises of GB/T 4754 division 34 with summaries stored by
// hand; the percentile is computed by hand below.
#include "appsettings.h"
#include "results/peerbenchmarkpanel.h"
#include "results/resultspage.h"
#include "store/portfolio.h"
#include "test_results_support.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTest>

namespace {

qint64 assessedAt(ClockedSession &s, const std::string &name, const std::string &score)
{
    const qint64 enterprise = s.addEnterprise(name, "C34");
    const qint64 assessment = s.addAssessment(enterprise);
    dl::AssessmentSummary summary;
    summary.level = 2;
    summary.score = score;
    REQUIRE(dl::storeSummary(s.session->store(), assessment, summary).ok());
    return assessment;
}

} // namespace

TEST_CASE("Results page: the peer benchmark shows where the base score stands among peers")
{
    ClockedSession s;
    // Five peers at 40, 50, 55, 60 and 70 under one at 60: 3 below, 1 equal ->
    // (3 + 1/2) / 5 = 70 %.
    const qint64 own = assessedAt(s, "甲机械有限公司", "60");
    int k = 0;
    for (const char *score : {"40", "50", "55", "60", "70"})
        assessedAt(s, "同行机械有限公司" + std::to_string(++k), score);

    ResultsPage page(*s.session);
    page.resize(1200, 900);
    page.show();
    page.openAssessment(own);
    auto *panel = page.findChild<PeerBenchmarkPanel *>(QStringLiteral("peer-benchmark"));
    REQUIRE(panel);
    REQUIRE(QTest::qWaitFor([&] { return !panel->isLoading(); }, 10000));
    CHECK(panel->isVisible());
    CHECK(panel->text().contains(QStringLiteral("above 70% of the peer group")));
    CHECK(panel->text().contains(QStringLiteral("5 peers")));
    CHECK(!panel->text().contains(QStringLiteral("同行机械")));
}

TEST_CASE("Results page: no peer benchmark with fewer than five peers")
{
    ClockedSession s;
    const qint64 own = assessedAt(s, "甲机械有限公司", "60");
    assessedAt(s, "乙机械有限公司", "50");
    ResultsPage page(*s.session);
    page.show();
    page.openAssessment(own);
    auto *panel = page.findChild<PeerBenchmarkPanel *>(QStringLiteral("peer-benchmark"));
    REQUIRE(panel);
    REQUIRE(QTest::qWaitFor([&] { return !panel->isLoading(); }, 10000));
    CHECK(panel->isHidden());
}

TEST_CASE("Results page: the smallest peer group is a setting, never below three")
{
    ClockedSession s;
    // Four peers: hidden at the default of five, shown from a setting of four or less.
    const qint64 own = assessedAt(s, "甲机械有限公司", "60");
    int k = 0;
    for (const char *score : {"40", "50", "60", "70"})
        assessedAt(s, "同行机械有限公司" + std::to_string(++k), score);
    struct Restore
    {
        ~Restore() { QSettings().remove(QStringLiteral("peers/minimum")); }
    } restore;

    ResultsPage page(*s.session);
    page.show();
    auto *panel = page.findChild<PeerBenchmarkPanel *>(QStringLiteral("peer-benchmark"));
    REQUIRE(panel);
    auto shown = [&](int setting) {
        QSettings().setValue(QStringLiteral("peers/minimum"), setting);
        page.openAssessment(own);
        REQUIRE(QTest::qWaitFor([&] { return !panel->isLoading(); }, 10000));
        return panel->isVisible();
    };
    CHECK_FALSE(shown(5));
    CHECK(shown(4));
    CHECK(panel->text().contains(QStringLiteral("4 peers")));
    CHECK(shown(1)); // raised to three
    CHECK(AppSettings::load().minPeers == dl::kMinPeersFloor);
}

TEST_CASE("Results page: two peers are never enough, whatever the setting")
{
    ClockedSession s;
    const qint64 own = assessedAt(s, "甲机械有限公司", "60");
    assessedAt(s, "乙机械有限公司", "50");
    assessedAt(s, "丙机械有限公司", "70");
    QSettings().setValue(QStringLiteral("peers/minimum"), 2);
    ResultsPage page(*s.session);
    page.show();
    page.openAssessment(own);
    auto *panel = page.findChild<PeerBenchmarkPanel *>(QStringLiteral("peer-benchmark"));
    REQUIRE(panel);
    REQUIRE(QTest::qWaitFor([&] { return !panel->isLoading(); }, 10000));
    CHECK(panel->isHidden());
    QSettings().remove(QStringLiteral("peers/minimum"));
}
