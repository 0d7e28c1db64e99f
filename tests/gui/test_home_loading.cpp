// SPDX-License-Identifier: GPL-3.0-or-later
// The enterprise list is read in the background after start (EnterpriseTableModel::
// loadInBackground): the home page says so meanwhile, never shows the welcome panel of an empty
// database for a database that has enterprises, and then shows every row.
#include "test_home_support.h"
#include "tsvtranslator.h"

#include "home/enterprisetablemodel.h"
#include "home/homepage.h"
#include "store/portfolio.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>

#include <set>

namespace {

QString statusText(const HomePage &page)
{
    auto *status = page.findChild<QLabel *>(QStringLiteral("status"));
    REQUIRE(status);
    return status->text();
}

// Waits for the rows like waitForList, noting whether the welcome panel ever showed meanwhile.
bool waitNoticingWelcome(const HomePage &page, bool &welcomeShown)
{
    return QTest::qWaitFor(
        [&] {
            welcomeShown = welcomeShown || page.isWelcomeShown();
            return !page.model()->isLoading();
        },
        10'000);
}

std::set<QString> listedNames(const EnterpriseTableModel &model)
{
    std::set<QString> names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.insert(model.index(r, EnterpriseTableModel::Name).data().toString());
    return names;
}

} // namespace

TEST_CASE("the home page shows a loading line, then every enterprise of the database",
          "[gui][home][loading]")
{
    // Enterprises in the database -> what shows before the rows are read.
    const int counts[] = {0, 1, 3, 250};
    for (const int count : counts) {
        DYNAMIC_SECTION(count << " enterprises")
        {
            TestSession t;
            std::set<QString> names;
            for (int i = 0; i < count; ++i) {
                const QString name = QStringLiteral("企业%1精密机械有限公司").arg(i);
                t.addEnterprise(name);
                names.insert(name);
            }
            HomePage page(*t.session);
            page.resize(1200, 700);
            page.show();
            // Nothing has been handed over yet: no event has been processed since the start.
            if (count == 0) {
                // Nothing to read: the welcome panel at once, no loading line first.
                CHECK_FALSE(page.model()->isLoading());
                CHECK(page.isWelcomeShown());
                CHECK_FALSE(page.isLoadingShown());
                continue;
            }
            CHECK(page.model()->isLoading());
            CHECK(page.isLoadingShown());
            CHECK_FALSE(page.isWelcomeShown());
            CHECK(page.model()->rowCount() == 0);
            // Hidden with the table: not measured before the first paint.
            CHECK(page.view()->horizontalHeader()->isHidden());
            CHECK(statusText(page) == QStringLiteral("Loading %1 enterprises…")
                                          .arg(QLocale(QLocale::English).toString(count)));

            bool welcomeShown = false;
            REQUIRE(waitNoticingWelcome(page, welcomeShown));
            CHECK_FALSE(welcomeShown);
            CHECK_FALSE(page.isLoadingShown());
            CHECK_FALSE(page.view()->horizontalHeader()->isHidden());
            CHECK(page.view()->horizontalHeader()->height() > 0);
            CHECK(page.model()->rowCount() == count);
            CHECK(page.model()->totalCount() == count);
            CHECK(listedNames(*page.model()) == names);
            CHECK(statusText(page) == QStringLiteral("%1 of %1 enterprises").arg(count));
        }
    }
}

TEST_CASE("the list model loaded in the background passes QAbstractItemModelTester",
          "[gui][home][loading]")
{
    TestSession t;
    // Added in this order; by name in pinyin order: bing, jia, yi.
    for (const QString &name : {QStringLiteral("甲精密机械有限公司"),
                                QStringLiteral("乙食品有限公司"), QStringLiteral("丙纺织有限公司")})
        t.addEnterprise(name);
    EnterpriseTableModel model(*t.session);
    // Fatal: a broken model contract aborts the test run.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(EnterpriseTableModel::Name, Qt::AscendingOrder);
    model.loadInBackground();
    CHECK(model.isLoading());
    CHECK(model.expectedRows() == 3);
    CHECK(model.rowCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
    CHECK(columnTexts(model, EnterpriseTableModel::Name) ==
          QStringList{QStringLiteral("丙纺织有限公司"), QStringLiteral("甲精密机械有限公司"),
                      QStringLiteral("乙食品有限公司")});
}

TEST_CASE("search text typed while the list loads applies when the rows are in",
          "[gui][home][loading]")
{
    TestSession t;
    // name -> whether the search "精密" finds it
    const std::pair<QString, bool> enterprises[] = {
        {QStringLiteral("甲精密机械有限公司"), true},
        {QStringLiteral("乙汽车零部件有限公司"), false},
        {QStringLiteral("丙精密仪器有限公司"), true},
        {QStringLiteral("丁食品有限公司"), false},
    };
    std::set<QString> found;
    for (const auto &[name, matches] : enterprises) {
        t.addEnterprise(name);
        if (matches)
            found.insert(name);
    }
    HomePage page(*t.session);
    page.show();
    REQUIRE(page.isLoadingShown());
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    CHECK(search->isEnabled());
    search->setText(QStringLiteral("精密"));
    REQUIRE(waitForList(page));
    CHECK(listedNames(*page.model()) == found);
    CHECK(statusText(page) ==
          QStringLiteral("%1 of %2 enterprises").arg(found.size()).arg(std::size(enterprises)));
}

TEST_CASE("a change while the list loads wins over the rows read before it", "[gui][home][loading]")
{
    TestSession t;
    t.addEnterprise(QStringLiteral("甲精密机械有限公司"));
    t.addEnterprise(QStringLiteral("乙汽车零部件有限公司"));
    HomePage page(*t.session);
    page.show();
    REQUIRE(page.model()->isLoading());
    // Written before the worker's rows (two enterprises) are handed over.
    const qint64 added = t.addEnterprise(QStringLiteral("丙新建企业有限公司"));
    t.session->notifyEnterprisesChanged();
    CHECK_FALSE(page.model()->isLoading());
    CHECK(page.model()->rowCount() == 3);
    // The worker's older rows arrive later and are dropped.
    QTest::qWait(300);
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.model()->rowOfEnterprise(added) >= 0);
}

TEST_CASE("missing summaries are scored before the rows read at start show", "[gui][home][loading]")
{
    TestSession t;
    const qint64 e = t.addEnterprise();
    t.addAssessment(e); // a new assessment has no summary yet
    {
        auto rows = dl::enterpriseRows(t.session->store());
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        REQUIRE_FALSE(rows->front().summary.has_value());
    }
    HomePage page(*t.session);
    page.show();
    CHECK(page.isLoadingShown());
    REQUIRE(waitForList(page));
    // Scored when they first show: never a row without its level in between.
    REQUIRE(page.model()->rowCount() == 1);
    REQUIRE(page.model()->rowAt(0).summary.has_value());
    // Nothing answered yet.
    CHECK(page.model()->rowAt(0).summary->answered == 0);
    CHECK(page.model()->index(0, EnterpriseTableModel::Level).data().toString() ==
          QStringLiteral("Not scored"));
}

TEST_CASE("home screen while the list loads and after, for looking at", "[.home-loading-shots]")
{
    TsvTranslator zh;
    QApplication::installTranslator(&zh);
    const QDir out(qEnvironmentVariable("DIGILEVEL_SHOTS", QStringLiteral("/tmp/home-loading")));
    QDir().mkpath(out.path());
    TestSession t;
    for (int i = 0; i < 120; ++i)
        t.addEnterprise(
            QStringLiteral("浙江企业%1精密机械有限公司").arg(i, 3, 10, QLatin1Char('0')));
    {
        HomePage page(*t.session);
        page.resize(1400, 760);
        page.show();
        // No event processed yet, so the rows cannot have been handed over.
        REQUIRE(page.isLoadingShown());
        CHECK(page.grab().save(out.filePath(QStringLiteral("loading-zh.png"))));
        REQUIRE(waitForList(page));
        QApplication::processEvents();
        CHECK(page.grab().save(out.filePath(QStringLiteral("loaded-zh.png"))));
    }
    QApplication::removeTranslator(&zh);
}

TEST_CASE("the enterprise rows name each enterprise's latest assessment and its summary",
          "[gui][home][loading]")
{
    TestSession t;
    dl::Store &store = t.session->store();
    // enterprise -> its assessments' creation times, in the order they are added (ids ascend)
    const std::vector<std::pair<QString, std::vector<const char *>>> enterprises = {
        {QStringLiteral("甲"),
         {"2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z", "2024-02-01T00:00:00Z"}},
        {QStringLiteral("乙"),
         {"2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z"}}, // a tie: the higher id
        {QStringLiteral("丙"), {}},
        {QStringLiteral("丁"), {"2023-12-31T23:59:59Z"}},
    };
    // By hand from the times above: the index of the latest assessment of each.
    const int latest[] = {1, 1, -1, 0};
    // Submitted: 甲's third (not its latest) and 乙's second (its latest); the rest are drafts.
    const std::set<std::pair<int, int>> submitted = {{0, 2}, {1, 1}};
    const char *latestStatus[] = {"draft", "submitted", "", "draft"};
    std::vector<std::vector<qint64>> ids;
    for (const auto &[name, times] : enterprises) {
        const qint64 e = t.addEnterprise(name);
        ids.emplace_back();
        for (const char *time : times) {
            const qint64 a = t.addAssessment(e);
            ids.back().push_back(a);
            auto st = store.db().prepare("UPDATE assessment SET created_at=? WHERE id=?");
            REQUIRE(st.ok());
            st->bind(1, std::string(time)).bind(2, std::int64_t(a));
            REQUIRE_FALSE(st->run());
            if (submitted.count({int(ids.size()) - 1, int(ids.back().size()) - 1}))
                REQUIRE(store.setStatus(a, dl::AssessmentStatus::Submitted, "测试员").ok());
            // A summary per assessment, its level the position: which one a row shows tells
            // which assessment it took.
            const int position = int(ids.back().size()) - 1;
            REQUIRE(dl::storeSummary(store, a, {dl::Layer::Self, position, "10", 1, 31, {}}).ok());
        }
    }
    auto rows = dl::enterpriseRows(store);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == enterprises.size());
    for (std::size_t i = 0; i < enterprises.size(); ++i) {
        const dl::EnterpriseRow &row = (*rows)[i];
        INFO(enterprises[i].first.toStdString());
        CHECK(row.name == enterprises[i].first.toStdString());
        CHECK(row.assessmentCount == int(enterprises[i].second.size()));
        CHECK(row.latestStatus == dl::parseAssessmentStatus(latestStatus[i]));
        if (latest[i] < 0) {
            CHECK_FALSE(row.latestAssessment.has_value());
            CHECK_FALSE(row.summary.has_value());
            continue;
        }
        REQUIRE(row.latestAssessment.has_value());
        CHECK(*row.latestAssessment == ids[i][std::size_t(latest[i])]);
        REQUIRE(row.summary.has_value());
        CHECK(row.summary->level == latest[i]);
    }
}

TEST_CASE("searches find the same rows while and after the search text is made in slices",
          "[gui][home][loading]")
{
    TestSession t;
    // 6,000 enterprises, more than one slice of search text: every third a 精密 (precision) one.
    {
        dl::Store &store = t.session->store();
        dl::SqliteTransaction tx(store.db());
        REQUIRE_FALSE(tx.begin());
        bool added = true;
        for (int i = 0; i < 6'000; ++i) {
            dl::Enterprise e;
            e.name = QStringLiteral("企业%1%2有限公司")
                         .arg(i)
                         .arg(i % 3 == 0 ? QStringLiteral("精密") : QStringLiteral("食品"))
                         .toStdString();
            e.industry = "C34";
            added = store.addEnterprise(e).ok() && added;
        }
        REQUIRE(added);
        REQUIRE_FALSE(tx.commit());
    }
    HomePage page(*t.session);
    page.show();
    REQUIRE(waitForList(page));
    EnterpriseTableModel &model = *page.model();
    // At once, before the idle slices are done, and then after them.
    model.setSearchText(QStringLiteral("精密"));
    CHECK(model.rowCount() == 2'000);
    model.setSearchText({});
    QTest::qWait(300);
    model.setSearchText(QStringLiteral("食品"));
    CHECK(model.rowCount() == 4'000);
    model.setSearchText(QStringLiteral("c34 企业5999"));
    CHECK(model.rowCount() == 1);
}
