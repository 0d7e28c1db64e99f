// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports for many enterprises at once from the home page (ReportBatchDialog).
#include "test_home_support.h"
#include "tsvtranslator.h"

#include "home/reportbatchdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>

namespace {

QStringList pdfs(const QString &folder)
{
    QStringList names = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    names.sort();
    return names;
}

QString name(qint64 assessment, const char *enterprise, const char *layer, const char *lang)
{
    return QStringLiteral("%1-%2-%3-%4.pdf")
        .arg(assessment)
        .arg(QString::fromUtf8(enterprise), QLatin1String(layer), QLatin1String(lang));
}

} // namespace

TEST_CASE("the reports dialog offers the selection only when it is a part", "[gui][home][reports]")
{
    ReportBatchDialog partial(2, 5, dl::Lang::En, nullptr);
    CHECK_FALSE(partial.choice().allEnterprises); // the selected ones first
    CHECK_FALSE(partial.choice().everyAssessment);
    CHECK_FALSE(partial.choice().verified);
    CHECK(partial.choice().lang == dl::Lang::En);

    ReportBatchDialog none(0, 5, dl::Lang::ZhCN, nullptr);
    CHECK(none.choice().allEnterprises);
    CHECK(none.choice().lang == dl::Lang::ZhCN);
    const auto radios = none.findChildren<QRadioButton *>();
    REQUIRE(radios.size() == 6);
    CHECK_FALSE(radios.front()->isEnabled()); // "the 0 selected"
}

TEST_CASE("reports are written for the chosen enterprises and assessments, named as by the CLI",
          "[gui][home][reports]")
{
    TestSession t;
    const qint64 first = t.addEnterprise(QStringLiteral("甲精密机械有限公司"));
    dl::Enterprise other; // no credit code: addEnterprise()'s shared one would clash
    other.name = "乙/丙食品有限公司";
    auto second = t.session->store().addEnterprise(other);
    REQUIRE(second.ok());
    const qint64 older = t.addAssessment(first);
    const qint64 newer = t.addAssessment(first);
    const qint64 only = t.addAssessment(second->id);
    // Verified on site: one answer of the newer assessment.
    REQUIRE(
        t.session->store()
            .setAnswer(
                newer,
                {dl::Layer::Verified, dl::AnswerKind::Item, "system-coverage", "most", {}, {}, {}},
                "李审")
            .ok());
    QTemporaryDir out;
    REQUIRE(out.isValid());

    ReportBatchDialog::Choice choice;
    choice.lang = dl::Lang::En;

    SECTION("the latest of the selected enterprise, self-assessed")
    {
        choice.allEnterprises = false;
        choice.folder = out.filePath(QStringLiteral("some"));
        QDir().mkpath(choice.folder);
        const QString status = ReportBatchDialog::write(*t.session, {first}, choice, nullptr);
        CHECK(status == QStringLiteral("1 of 1 reports written to %1.")
                            .arg(QDir::toNativeSeparators(choice.folder)));
        CHECK(pdfs(choice.folder) == QStringList{name(newer, "甲精密机械有限公司", "self", "en")});
    }
    SECTION("every assessment of all, verified where there is a verification")
    {
        choice.everyAssessment = true;
        choice.verified = true;
        choice.lang = dl::Lang::ZhCN;
        choice.folder = out.filePath(QStringLiteral("all"));
        QDir().mkpath(choice.folder);
        const QString status = ReportBatchDialog::write(*t.session, {}, choice, nullptr);
        CHECK(status.startsWith(QStringLiteral("3 of 3 reports written")));
        QStringList expected{name(older, "甲精密机械有限公司", "self", "zh_CN"),
                             name(newer, "甲精密机械有限公司", "verified", "zh_CN"),
                             name(only, "乙_丙食品有限公司", "self", "zh_CN")};
        expected.sort();
        CHECK(pdfs(choice.folder) == expected);
        for (const QString &file : expected)
            CHECK(QFileInfo(QDir(choice.folder).filePath(file)).size() > 10'000);
    }
    SECTION("nothing to report")
    {
        TestSession empty;
        const qint64 bare = empty.addEnterprise();
        choice.allEnterprises = false;
        choice.folder = out.path();
        CHECK(ReportBatchDialog::write(*empty.session, {bare}, choice, nullptr) ==
              QStringLiteral("The chosen enterprises have no assessment to report."));
        CHECK(pdfs(out.path()).isEmpty());
    }
}

TEST_CASE("the reports dialog, for looking at", "[.reports-shots]")
{
    TsvTranslator zh;
    QApplication::installTranslator(&zh);
    ReportBatchDialog dialog(12, 40000, dl::Lang::ZhCN, nullptr);
    dialog.show();
    QTest::qWait(50);
    const QString out = qEnvironmentVariable("DIGILEVEL_SHOTS", QStringLiteral("/tmp"));
    CHECK(dialog.grab().save(out + QStringLiteral("/reports-dialog-zh.png")));
    QApplication::removeTranslator(&zh);
}
