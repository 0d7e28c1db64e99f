// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"
#include "guitestsupport.h"

#include "exchange/bundle.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

std::string answerValue(dl::Store &store, qint64 assessment, const std::string &key)
{
    auto all = store.answers(assessment);
    REQUIRE(all.ok());
    for (const auto &a : *all)
        if (a.key == key)
            return a.value;
    return {};
}

} // namespace

TEST_CASE("merge conflicts are listed with both values and resolved through the dialog", "[gui]")
{
    TestSession office;
    const qint64 enterprise = office.addEnterprise();
    const qint64 assessment = office.addAssessment(enterprise);
    dl::Store &here = office.session->store();
    REQUIRE(here.setAnswer(
                    assessment,
                    {dl::Layer::Self, dl::AnswerKind::Scenario, "product-design", "1", "", {}, {}},
                    "王工")
                .ok());

    // The laptop gets the work, then both sides change the same answer differently.
    const std::string bundle = office.dir.filePath(QStringLiteral("a.dlb")).toStdString();
    REQUIRE(dl::exportBundle(here, {{}, {}, true}, bundle, "office").ok());
    auto laptop =
        dl::Store::open(office.dir.filePath(QStringLiteral("laptop.sqlite")).toStdString());
    REQUIRE(laptop.ok());
    REQUIRE(dl::importBundle(*laptop, bundle).ok());
    auto remote = laptop->assessments();
    REQUIRE(remote.ok());
    REQUIRE(laptop
                ->setAnswer(
                    remote->front().id,
                    {dl::Layer::Self, dl::AnswerKind::Scenario, "product-design", "3", "", {}, {}},
                    "赵工")
                .ok());
    REQUIRE(here.setAnswer(
                    assessment,
                    {dl::Layer::Self, dl::AnswerKind::Scenario, "product-design", "2", "", {}, {}},
                    "王工")
                .ok());
    const std::string back = office.dir.filePath(QStringLiteral("b.dlb")).toStdString();
    REQUIRE(dl::exportBundle(*laptop, {{}, {}, true}, back, "laptop").ok());
    auto report = dl::importBundle(here, back);
    REQUIRE(report.ok());
    REQUIRE(report->conflicts.size() == 1);

    ConflictsDialog dialog(*office.session);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("scenario product-design"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("2"));
    CHECK(table->item(0, 4)->text().startsWith(QStringLiteral("王工")));
    CHECK(table->item(0, 5)->text() == QStringLiteral("3"));
    CHECK(table->item(0, 6)->text().startsWith(QStringLiteral("赵工")));
    CHECK(answerValue(here, assessment, "product-design") == "2"); // nothing overwritten yet

    auto *take = dialog.findChild<QPushButton *>(QStringLiteral("take-incoming"));
    REQUIRE(take);
    REQUIRE(take->isEnabled());
    QTest::mouseClick(take, Qt::LeftButton);
    CHECK(answerValue(here, assessment, "product-design") == "3");
    CHECK(dialog.openCount() == 0);
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(take->isEnabled());
}
