// SPDX-License-Identifier: GPL-3.0-or-later
// Bundles from the home page: progress and cancel (which must leave nothing behind), and the
// import report with the conflicts' two values, who and when.
#include "test_home_support.h"
#include "tsvtranslator.h"

#include "exchange/bundle.h"
#include "home/bundletransfer.h"
#include "home/homepage.h"
#include "home/importreportdialog.h"
#include "home/transferprogress.h"
#include "store/portfolio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTimer>

namespace {

void answer(AppSession &s, qint64 assessment, const char *key, const char *value, const char *who)
{
    REQUIRE(s.store()
                .setAnswer(assessment,
                           {dl::Layer::Self, dl::AnswerKind::Item, key, value, {}, {}, {}}, who)
                .ok());
}

int enterpriseCount(AppSession &s)
{
    auto rows = dl::enterpriseRows(s.store());
    REQUIRE(rows.ok());
    return int(rows->size());
}

} // namespace

TEST_CASE("cancelling a bundle export writes no file; cancelling an import imports nothing",
          "[gui][home]")
{
    TestSession laptop;
    const qint64 a = laptop.addAssessment(laptop.addEnterprise(QStringLiteral("甲有限公司")));
    answer(*laptop.session, a, "system-coverage", "most", "王工");
    dl::Enterprise other; // no credit code: addEnterprise()'s shared one would merge the two
    other.name = "乙有限公司";
    REQUIRE(laptop.session->store().addEnterprise(other).ok());
    const std::string path = laptop.dir.filePath(QStringLiteral("out.dlb")).toStdString();

    // 1 assessment + 2 enterprises = 3 steps; cancel at the second.
    std::vector<std::pair<int, int>> calls;
    auto cancelSecond = [&](int done, int total) {
        calls.emplace_back(done, total);
        return calls.size() < 2;
    };
    auto cancelled =
        dl::exportBundle(laptop.session->store(), {{}, {}, true}, path, "t", cancelSecond);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.errors().front().code == "cancelled");
    CHECK_FALSE(QFile::exists(QString::fromStdString(path)));
    CHECK_FALSE(QFile::exists(QString::fromStdString(path + ".part")));

    calls.clear();
    auto written = dl::exportBundle(laptop.session->store(), {{}, {}, true}, path, "t",
                                    [&](int done, int total) {
                                        calls.emplace_back(done, total);
                                        return true;
                                    });
    REQUIRE(written.ok());
    REQUIRE_FALSE(calls.empty());
    CHECK(calls.back() == std::pair{3, 3});
    for (std::size_t i = 1; i < calls.size(); ++i)
        CHECK(calls[i].first >= calls[i - 1].first);

    TestSession office;
    auto stopped = dl::importBundle(office.session->store(), path,
                                    [](int done, int) { return done < 2; }); // after 2 of 3
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.errors().front().code == "cancelled");
    CHECK(enterpriseCount(*office.session) == 0); // the transaction rolled back
    auto imported = dl::importBundle(office.session->store(), path, [](int, int) { return true; });
    REQUIRE(imported.ok());
    CHECK(imported->enterprisesAdded == 2);
    CHECK(imported->assessmentsAdded == 1);
    CHECK(enterpriseCount(*office.session) == 2);
}

TEST_CASE("the import report lists what came in and each conflict with both sides", "[gui][home]")
{
    TestSession office, laptop;
    const qint64 a =
        office.addAssessment(office.addEnterprise(QStringLiteral("甲精密机械有限公司")));
    answer(*office.session, a, "system-coverage", "most", "王工");
    const QString first = office.dir.filePath(QStringLiteral("first.dlb"));
    REQUIRE(dl::exportBundle(office.session->store(), {{}, {}, true}, first.toStdString(), "o"));
    REQUIRE(dl::importBundle(laptop.session->store(), first.toStdString()));

    // Both sides change the same answer differently.
    const qint64 onLaptop = laptop.session->store().assessments()->front().id;
    answer(*laptop.session, onLaptop, "system-coverage", "all", "李工");
    answer(*office.session, a, "system-coverage", "several", "王工");
    answer(*laptop.session, onLaptop, "plan-implementation", "started", "李工");
    const QString back = laptop.dir.filePath(QStringLiteral("back.dlb"));
    REQUIRE(dl::exportBundle(laptop.session->store(), {{}, {}, true}, back.toStdString(), "l"));

    HomePage page(*office.session);
    page.show();
    REQUIRE(waitForList(page));
    const QString status = BundleTransfer::importBundle(*office.session, back, &page);
    CHECK(status == QStringLiteral("Imported back.dlb: 0 enterprises and 0 assessments added, 1 "
                                   "conflicts."));
    auto *report = page.findChild<ImportReportDialog *>();
    REQUIRE(report);
    auto *summary = report->findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    // plan-implementation is new here: added; system-coverage differs on both sides: conflict.
    CHECK(summary->text().contains(QStringLiteral("Answers: 1 added, 0 updated")));
    CHECK(summary->text().contains(QStringLiteral("Conflicts: 1.")));
    auto *table = report->findChild<QTableWidget *>(QStringLiteral("conflicts"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("甲精密机械有限公司"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("信息系统覆盖 (system-coverage)"));
    const QString here = table->item(0, 3)->text(), incoming = table->item(0, 4)->text();
    CHECK(here.startsWith(QStringLiteral("两个及以上业务环节使用信息系统\n王工, ")));
    CHECK(incoming.startsWith(QStringLiteral("全部业务环节使用信息系统\n李工, ")));
    report->close();
}

TEST_CASE("work on another thread shows a busy dialog once it takes long, which can cancel",
          "[gui][home][transfer]")
{
    QWidget window;
    window.show();
    QElapsedTimer clock;

    SECTION("quick work: no dialog, carry on")
    {
        TransferProgress progress(QStringLiteral("Importing a.dlb…"), &window);
        clock.start();
        CHECK(progress.waitUntil(QStringLiteral("Reading a.dlb…"),
                                 [&] { return clock.elapsed() > 50; }));
        CHECK_FALSE(progress.dialog().isVisible());
        CHECK(progress.dialog().labelText() == QStringLiteral("Importing a.dlb…"));
    }
    SECTION("slow work: the dialog shows, busy, with the work's label")
    {
        TransferProgress progress(QStringLiteral("Importing a.dlb…"), &window);
        bool sawDialog = false;
        clock.start();
        CHECK(progress.waitUntil(QStringLiteral("Reading a.dlb…"), [&] {
            if (progress.dialog().isVisible()) {
                sawDialog = true;
                CHECK(progress.dialog().labelText() == QStringLiteral("Reading a.dlb…"));
                CHECK(progress.dialog().maximum() == 0); // busy
                CHECK(progress.dialog().windowModality() == Qt::WindowModal);
            }
            // Until a while after the dialog showed (at 400 ms; 10 s at most on a busy machine).
            return clock.elapsed() > (sawDialog ? 900 : 10'000);
        }));
        CHECK(sawDialog);
        CHECK(progress.dialog().labelText() == QStringLiteral("Importing a.dlb…"));
    }
    SECTION("Cancel: the work is still waited for, then the answer is to stop")
    {
        TransferProgress progress(QStringLiteral("Importing a.dlb…"), &window);
        QTimer::singleShot(600, &progress.dialog(), [&] { progress.dialog().cancel(); });
        bool sawCancelling = false;
        clock.start();
        // The work ends a while after the cancel (or, if the timer never came, after 10 s).
        CHECK_FALSE(progress.waitUntil(QStringLiteral("Reading a.dlb…"), [&] {
            sawCancelling =
                sawCancelling || progress.dialog().labelText() == QStringLiteral("Cancelling…");
            return clock.elapsed() > (sawCancelling ? 1000 : 10'000);
        }));
        CHECK(sawCancelling);
    }
}

TEST_CASE("a damaged bundle imported from the home page is refused whole", "[gui][home][transfer]")
{
    TestSession laptop, office;
    laptop.addAssessment(laptop.addEnterprise(QStringLiteral("甲有限公司")));
    const QString path = laptop.dir.filePath(QStringLiteral("damaged.dlb"));
    REQUIRE(dl::exportBundle(laptop.session->store(), {{}, {}, true}, path.toStdString(), "l"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace("甲有限公司", "乙有限公司"); // the checksum no longer matches
    file.seek(0);
    file.write(bytes);
    file.close();

    HomePage page(*office.session);
    page.show();
    REQUIRE(waitForList(page));
    // The error box is modal: read it and close it when it comes.
    QString shown;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->informativeText();
            box->accept();
        }
    });
    closer.start();
    const QString status = BundleTransfer::importBundle(*office.session, path, &page);
    CHECK(status == QStringLiteral("Import failed; nothing was imported."));
    CHECK(shown.contains(QStringLiteral("SHA-256")));
    CHECK(enterpriseCount(*office.session) == 0);
}

TEST_CASE("several bundles import one after the other; a damaged one does not stop the others",
          "[gui][home][transfer]")
{
    // Three laptops: two good bundles and one damaged in between.
    TestSession first, second, office;
    first.addAssessment(first.addEnterprise(QStringLiteral("甲有限公司")));
    dl::Enterprise other; // no credit code: addEnterprise()'s shared one would merge them
    other.name = "乙有限公司";
    auto added = second.session->store().addEnterprise(other);
    REQUIRE(added.ok());
    second.addAssessment(added->id);
    const QString a = first.dir.filePath(QStringLiteral("a.dlb"));
    const QString b = first.dir.filePath(QStringLiteral("b-damaged.dlb"));
    const QString c = second.dir.filePath(QStringLiteral("c.dlb"));
    REQUIRE(dl::exportBundle(first.session->store(), {{}, {}, true}, a.toStdString(), "1"));
    REQUIRE(dl::exportBundle(first.session->store(), {{}, {}, true}, b.toStdString(), "1"));
    REQUIRE(dl::exportBundle(second.session->store(), {{}, {}, true}, c.toStdString(), "2"));
    {
        QFile file(b);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2)); // cut off
    }

    HomePage page(*office.session);
    page.show();
    REQUIRE(waitForList(page));
    const QString status = BundleTransfer::importBundles(*office.session, {a, b, c}, &page);
    CHECK(status == QStringLiteral("Imported 2 of 3 bundles: 2 enterprises and 2 assessments "
                                   "added, 0 conflicts."));
    CHECK(enterpriseCount(*office.session) == 2);

    auto *report = page.findChild<ImportReportDialog *>();
    REQUIRE(report);
    auto *bundles = report->findChild<QTableWidget *>(QStringLiteral("bundles"));
    REQUIRE(bundles);
    REQUIRE(bundles->rowCount() == 3);
    CHECK(bundles->item(0, 0)->text() == QStringLiteral("a.dlb"));
    CHECK(bundles->item(0, 1)->text() ==
          QStringLiteral("1 enterprises and 1 assessments added, 0 conflicts"));
    CHECK(bundles->item(1, 0)->text() == QStringLiteral("b-damaged.dlb"));
    CHECK(bundles->item(1, 1)->text().startsWith(QStringLiteral("refused: ")));
    CHECK(bundles->item(2, 1)->text() ==
          QStringLiteral("1 enterprises and 1 assessments added, 0 conflicts"));
    auto *summary = report->findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Enterprises: 2 added")));
    report->close();

    // The same three again: nothing new, the damaged one refused again.
    const QString again = BundleTransfer::importBundles(*office.session, {a, b, c}, &page);
    CHECK(again == QStringLiteral("Imported 2 of 3 bundles: 0 enterprises and 0 assessments "
                                  "added, 0 conflicts."));
    CHECK(enterpriseCount(*office.session) == 2);
}

TEST_CASE("the report of several bundles, for looking at", "[.import-shots]")
{
    TsvTranslator zh;
    QApplication::installTranslator(&zh);
    TestSession office;
    QList<ImportOutcome> outcomes;
    dl::ImportReport one;
    one.enterprisesAdded = 12;
    one.assessmentsAdded = 15;
    one.answersAdded = 540;
    dl::ImportReport two = one;
    two.enterprisesAdded = 3;
    two.enterprisesMatched = 9;
    outcomes.append({QStringLiteral("杭州-王工-1126.dlb"), one, {}, {}});
    outcomes.append(
        {QStringLiteral("宁波-李工-1126.dlb"),
         std::nullopt,
         {},
         QStringLiteral(
             "已拒绝：数据包内容与其 SHA-256 不符：导出后被改动或损坏；未导入任何内容")});
    outcomes.append({QStringLiteral("温州-张工-1126.dlb"), two, {}, {}});
    ImportReportDialog dialog(*office.session, outcomes);
    dialog.show();
    QTest::qWait(50);
    const QString out = qEnvironmentVariable("DIGILEVEL_SHOTS", QStringLiteral("/tmp"));
    CHECK(dialog.grab().save(out + QStringLiteral("/import-several-zh.png")));
    QApplication::removeTranslator(&zh);
}

TEST_CASE("a bundle named on the command line (opened from the file manager) is imported with "
          "its report",
          "[gui][home][transfer]")
{
    TestSession laptop, office;
    laptop.addAssessment(laptop.addEnterprise(QStringLiteral("甲有限公司")));
    const QString path = laptop.dir.filePath(QStringLiteral("打开的数据包.dlb"));
    REQUIRE(dl::exportBundle(laptop.session->store(), {{}, {}, true}, path.toStdString(), "l"));

    HomePage page(*office.session);
    page.show();
    REQUIRE(waitForList(page));
    page.importBundleFiles({path}); // what main.cpp calls once the window has painted
    CHECK(enterpriseCount(*office.session) == 1);
    auto *report = page.findChild<ImportReportDialog *>();
    REQUIRE(report);
    CHECK(report->isVisible());
    report->close();

    page.importBundleFiles({}); // no file: nothing happens
    CHECK(page.findChildren<ImportReportDialog *>().size() <= 1);
}
