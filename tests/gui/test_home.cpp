// SPDX-License-Identifier: GPL-3.0-or-later
// The enterprise list: its model (QAbstractItemModelTester, filters and sorting on hand-made
// rows, a 40,000-row database), and the home page's actions and navigation.
#include "test_home_support.h"

#include "home/enterprisedialog.h"
#include "home/enterprisetablemodel.h"
#include "home/homepage.h"
#include "store/sqlitedb.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using Col = EnterpriseTableModel::Column;

namespace {

QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type != QtDebugMsg && QLatin1String(context.category) == QLatin1String("qt.modeltest"))
        g_modelWarnings << text;
}

dl::EnterpriseRow row(std::int64_t id,
                      const char *name,
                      const char *industry,
                      const char *province,
                      const char *city,
                      const char *size,
                      const char *srdi,
                      const char *status = "",
                      int level = 0,
                      const char *score = "",
                      int answered = 0)
{
    dl::EnterpriseRow r;
    r.id = id;
    r.name = name;
    r.industry = industry;
    r.province = province;
    r.city = city;
    r.sizeClass = *dl::parseSizeClass(size);
    r.srdi = *dl::parseSrdiStatus(srdi);
    r.updatedAt = "2026-01-0" + std::to_string(id) + "T08:00:00Z";
    if (*status) {
        r.assessmentCount = 1;
        r.latestAssessment = 100 + id;
        r.latestStatus = dl::parseAssessmentStatus(status);
        r.latestDate = "2026-02-0" + std::to_string(id) + "T08:00:00Z";
        r.summary = dl::AssessmentSummary{dl::Layer::Self, level, score, answered, 31, {}};
    }
    return r;
}

// Five enterprises, each differing in what the filters and sort keys look at.
std::vector<dl::EnterpriseRow> handMadeRows()
{
    std::vector<dl::EnterpriseRow> rows = {
        row(1, "甲精密机械有限公司", "C34", "浙江省", "杭州市", "small", "innovative", "submitted",
            2, "65.75", 31),
        row(2, "乙汽车零部件有限公司", "C36", "浙江省", "宁波市", "medium", "none", "draft", 0,
            "12.5", 10),
        row(3, "Alpha Textiles Ltd", "C18", "江苏省", "苏州市", "micro", "little-giant"),
        row(4, "丙电子科技有限公司", "C39", "广东省", "深圳市", "large", "provincial", "verified",
            3, "70", 31),
        // A draft with nothing answered yet is "not scored", not 未达一级.
        row(5, "丁食品有限公司", "C14", "浙江省", "杭州市", "small", "none", "draft", 0, "0", 0),
    };
    rows[0].creditCode = "91330106MA2CF3K8X6";
    rows[0].pilot = true;
    rows[0].pilotBatch = "2025年第一批";
    rows[3].pilot = true; // no batch given
    using P = dl::AssessmentPhase;
    rows[0].latestPhase = P::After;
    rows[1].latestPhase = P::Baseline;
    rows[3].latestPhase = P::FollowUp;
    rows[4].latestPhase = P::Baseline;
    return rows;
}

QStringList ids(const EnterpriseTableModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << QString::number(m.enterpriseId(r));
    return out;
}

} // namespace

TEST_CASE("the enterprise list model passes QAbstractItemModelTester", "[gui][home]")
{
    TestSession t;
    const qint64 a = t.addEnterprise(QStringLiteral("甲精密机械有限公司"));
    t.addAssessment(a);
    t.addEnterprise(QStringLiteral("乙汽车零部件有限公司"));
    t.addEnterprise(QStringLiteral("Alpha Textiles Ltd"));
    EnterpriseTableModel model(*t.session);
    model.reload();
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelWarnings);
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        REQUIRE(model.rowCount() == 3);
        model.setSearchText(QStringLiteral("有限"));
        model.sort(Col::Name, Qt::DescendingOrder);
        model.setLevelFilter(EnterpriseTableModel::NotScored);
        model.setStatusFilter(QStringLiteral("none"));
        model.setSearchText({});
        t.addEnterprise(QStringLiteral("丁食品有限公司"));
        t.session->notifyEnterprisesChanged(); // reloads: not deferred
        model.setStatusFilter({});
        model.setLevelFilter(EnterpriseTableModel::AnyLevel);
        CHECK(model.rowCount() == 4);
        for (int c = 0; c < EnterpriseTableModel::ColumnCount; ++c)
            model.sort(c, c % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
    qInstallMessageHandler(previous);
    CHECK(g_modelWarnings.isEmpty());
}

TEST_CASE("the enterprise list filters by search text, level and status", "[gui][home]")
{
    TestSession t;
    EnterpriseTableModel model(*t.session);
    model.setRows(handMadeRows());
    struct Case
    {
        const char *search;
        int level;
        const char *status;
        QStringList expected; // enterprise ids, in store order (no sort)
    };
    const Case cases[] = {
        {"", EnterpriseTableModel::AnyLevel, "", {"1", "2", "3", "4", "5"}},
        {"杭州", EnterpriseTableModel::AnyLevel, "", {"1", "5"}}, // region (city)
        {"machinery", EnterpriseTableModel::AnyLevel, "", {"1"}}, // C34, English name
        {"汽车", EnterpriseTableModel::AnyLevel, "", {"2"}},      // name and C36 汽车制造业
        {"ALPHA", EnterpriseTableModel::AnyLevel, "", {"3"}},     // case-insensitive
        {"c39", EnterpriseTableModel::AnyLevel, "", {"4"}},       // industry code
        {"91330106ma2cf3k8x6", EnterpriseTableModel::AnyLevel, "", {"1"}}, // credit code
        {"浙江  机械", EnterpriseTableModel::AnyLevel, "", {"1"}},         // every term must match
        {"", 2, "", {"1"}},
        {"", 0, "", {"2"}}, // 5 answered nothing: not 未达一级
        {"", EnterpriseTableModel::NotScored, "", {"3", "5"}},
        {"", EnterpriseTableModel::AnyLevel, "none", {"3"}},
        {"", EnterpriseTableModel::AnyLevel, "draft", {"2", "5"}},
        {"", EnterpriseTableModel::AnyLevel, "verified", {"4"}},
        {"浙江", EnterpriseTableModel::NotScored, "draft", {"5"}},
        {"nothing like this", EnterpriseTableModel::AnyLevel, "", {}},
    };
    for (const Case &c : cases) {
        INFO("search '" << c.search << "', level " << c.level << ", status '" << c.status << "'");
        model.setSearchText(QString::fromUtf8(c.search));
        model.setLevelFilter(c.level);
        model.setStatusFilter(QString::fromUtf8(c.status));
        CHECK(ids(model) == c.expected);
        CHECK(model.totalCount() == 5);
    }
}

TEST_CASE("the enterprise list sorts every column, ties in store order", "[gui][home]")
{
    TestSession t;
    EnterpriseTableModel model(*t.session);
    model.setRows(handMadeRows());
    struct Case
    {
        int column;
        Qt::SortOrder order;
        QStringList expected;
    };
    const Case cases[] = {
        // Chinese collation: Han by pinyin (丙 bing, 丁 ding, 甲 jia, 乙 yi), then Latin.
        {Col::Name, Qt::AscendingOrder, {"4", "5", "1", "2", "3"}},
        {Col::Name, Qt::DescendingOrder, {"3", "2", "1", "5", "4"}},
        // not scored (3, 5) < 未达一级 (2) < 二级 (1) < 三级 (4)
        {Col::Level, Qt::AscendingOrder, {"3", "5", "2", "1", "4"}},
        {Col::Level, Qt::DescendingOrder, {"4", "1", "2", "3", "5"}},
        // unknown < micro < small < medium < large
        {Col::Size, Qt::AscendingOrder, {"3", "1", "5", "2", "4"}},
        // none (2, 5) < innovative < provincial < little giant
        {Col::Srdi, Qt::AscendingOrder, {"2", "5", "1", "4", "3"}},
        // no assessment < draft < submitted < verified
        {Col::Status, Qt::AscendingOrder, {"3", "2", "5", "1", "4"}},
        // pilots first, by batch ("" before 2025年第一批), then the others in store order
        {Col::Pilot, Qt::AscendingOrder, {"4", "1", "2", "3", "5"}},
        // no assessment < 改造前 < 改造后 < 复评
        {Col::Phase, Qt::AscendingOrder, {"3", "2", "5", "1", "4"}},
        {Col::Industry, Qt::AscendingOrder, {"5", "3", "1", "2", "4"}}, // C14 C18 C34 C36 C39
        {Col::Score, Qt::DescendingOrder, {"4", "1", "2", "3", "5"}},   // 70 65.75 12.5
        {Col::Progress, Qt::AscendingOrder, {"3", "5", "2", "1", "4"}}, // none, 0, 10, 31, 31
        {Col::LastChange, Qt::DescendingOrder, {"5", "4", "2", "1", "3"}},
    };
    for (const Case &c : cases) {
        INFO("column " << c.column
                       << (c.order == Qt::AscendingOrder ? " ascending" : " descending"));
        model.sort(c.column, c.order);
        CHECK(ids(model) == c.expected);
    }
    // A filter keeps the sort, a reload keeps both.
    model.sort(Col::Level, Qt::DescendingOrder);
    model.setSearchText(QStringLiteral("浙江"));
    CHECK(ids(model) == QStringList{"1", "2", "5"});
    model.setRows(handMadeRows());
    CHECK(ids(model) == QStringList{"1", "2", "5"});
}

TEST_CASE("the enterprise list shows the level, score and progress of the latest assessment",
          "[gui][home]")
{
    TestSession t;
    EnterpriseTableModel model(*t.session);
    model.setRows(handMadeRows());
    CHECK(columnTexts(model, Col::Level) ==
          QStringList{"二级", "未达一级", "", "三级", "Not scored"});
    CHECK(columnTexts(model, Col::Score) == QStringList{"65.75", "12.5", "", "70", ""});
    CHECK(columnTexts(model, Col::Progress) == QStringList{"31/31", "10/31", "", "31/31", "0/31"});
    CHECK(columnTexts(model, Col::Pilot) == QStringList{"2025年第一批", "", "", "Pilot", ""});
    CHECK(columnTexts(model, Col::Phase) == QStringList{"改造后", "改造前", "", "复评", "改造前"});
    CHECK(columnTexts(model, Col::Industry).first() == QStringLiteral("C34 通用设备制造业"));
    CHECK(columnTexts(model, Col::Region).first() == QStringLiteral("浙江省 杭州市"));
    CHECK(model.index(0, 0).data(EnterpriseTableModel::AssessmentIdRole).toLongLong() == 101);
    CHECK_FALSE(model.index(2, 0).data(EnterpriseTableModel::AssessmentIdRole).isValid());
}

TEST_CASE("the enterprise list reloads, searches and sorts 40,000 enterprises", "[gui][home]")
{
    // Correctness at the national programme's scale; the timings belong to benchmarks.
    TestSession t;
    dl::Store &store = t.session->store();
    const char *industries[] = {"C34", "C36", "C18", "C39"};
    const char *provinces[] = {"浙江省", "江苏省", "广东省", "四川省", "山东省"};
    {
        dl::SqliteTransaction tx(store.db());
        REQUIRE_FALSE(tx.begin());
        bool added = true;
        for (int i = 0; i < 40'000; ++i) {
            dl::Enterprise e;
            e.name = QStringLiteral("企业%1").arg(i, 5, 10, QLatin1Char('0')).toStdString();
            e.industry = industries[i % 4];
            e.province = provinces[i % 5];
            added = store.addEnterprise(e).ok() && added;
        }
        REQUIRE(added);
        REQUIRE_FALSE(tx.commit());
    }
    EnterpriseTableModel model(*t.session);
    model.reload();
    CHECK(model.totalCount() == 40'000);
    model.setSearchText(QStringLiteral("c36")); // i % 4 == 1
    CHECK(model.rowCount() == 10'000);
    model.setSearchText(QStringLiteral("江苏 c36")); // and i % 5 == 1: i % 20 == 1
    CHECK(model.rowCount() == 2'000);
    model.sort(Col::Name, Qt::DescendingOrder);
    CHECK(model.index(0, Col::Name).data().toString() == QStringLiteral("企业39981"));
    model.setSearchText({});
    CHECK(model.index(0, Col::Name).data().toString() == QStringLiteral("企业39999"));
    model.sort(Col::Name, Qt::AscendingOrder);
    CHECK(model.index(0, Col::Name).data().toString() == QStringLiteral("企业00000"));
    model.reload();
    CHECK(model.rowCount() == 40'000);
    CHECK(model.index(39'999, Col::Name).data().toString() == QStringLiteral("企业39999"));
}

TEST_CASE("the home page enables the actions for the selected enterprise and navigates",
          "[gui][home]")
{
    TestSession t;
    const qint64 assessed = t.addEnterprise(QStringLiteral("甲精密机械有限公司"));
    const qint64 assessment = t.addAssessment(assessed);
    const qint64 bare = t.addEnterprise(QStringLiteral("乙汽车零部件有限公司"));
    HomePage page(*t.session);
    page.resize(1200, 700);
    page.show();
    REQUIRE(waitForList(page));
    CHECK_FALSE(page.isWelcomeShown());
    auto action = [&](const char *name) {
        auto *a = page.findChild<QAction *>(QLatin1String(name));
        REQUIRE(a);
        return a;
    };
    page.view()->clearSelection();
    for (const char *name : {"editProfile", "newAssessment", "continueQuestionnaire",
                             "verifyOnSite", "results", "history"})
        CHECK_FALSE(action(name)->isEnabled());
    CHECK(action("newEnterprise")->isEnabled());

    page.selectEnterprise(bare);
    CHECK(page.currentEnterprise() == bare);
    CHECK(action("editProfile")->isEnabled());
    CHECK(action("history")->isEnabled());
    CHECK_FALSE(action("results")->isEnabled()); // no assessment yet
    CHECK_FALSE(action("verifyOnSite")->isEnabled());

    page.selectEnterprise(assessed);
    CHECK(action("results")->isEnabled());
    QSignalSpy questionnaire(t.session.get(), &AppSession::questionnaireRequested);
    QSignalSpy verification(t.session.get(), &AppSession::verificationRequested);
    QSignalSpy history(t.session.get(), &AppSession::historyRequested);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(questionnaire.count() == 1);
    CHECK(questionnaire.first().first().toLongLong() == assessment);
    action("verifyOnSite")->trigger();
    REQUIRE(verification.count() == 1);
    CHECK(verification.first().first().toLongLong() == assessment);
    action("history")->trigger();
    REQUIRE(history.count() == 1);
    CHECK(history.first().first().toLongLong() == assessed);

    // Typing in the search field filters at once; the status line counts.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    typeText(search, QStringLiteral("汽车"));
    CHECK(page.model()->rowCount() == 1);
    auto *status = page.findChild<QLabel *>(QStringLiteral("status"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("1 of 2 enterprises"));
    auto *level = page.findChild<QComboBox *>(QStringLiteral("levelFilter"));
    REQUIRE(level);
    level->setCurrentIndex(level->findData(EnterpriseTableModel::NotScored));
    CHECK(page.model()->rowCount() == 1); // the bare enterprise is not scored
    level->setCurrentIndex(level->findData(2));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("the home page's keyboard: Ctrl+F searches, Enter goes to the list, F2 edits",
          "[gui][home]")
{
    TestSession t;
    t.addEnterprise(QStringLiteral("甲精密机械有限公司"));
    HomePage page(*t.session);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(waitForList(page));
    page.view()->setFocus();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    typeText(search, QStringLiteral("精密"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.view()->hasFocus());
    CHECK(page.currentEnterprise() == page.model()->enterpriseId(0));

    QString edited;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<EnterpriseDialog *>(QApplication::activeModalWidget())) {
            edited = dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text();
            dialog->reject();
        }
    });
    QTest::keyClick(page.view(), Qt::Key_F2);
    CHECK(edited == QStringLiteral("甲精密机械有限公司"));
}
