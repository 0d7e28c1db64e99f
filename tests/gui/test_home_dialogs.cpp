// SPDX-License-Identifier: GPL-3.0-or-later
// The home area's dialogs driven through their widgets: the enterprise profile, the industry
// picker, the new assessment; and the welcome panel with its example enterprise.
#include "test_home_support.h"

#include "home/enterprisedialog.h"
#include "home/enterprisetablemodel.h"
#include "home/exampleenterprise.h"
#include "home/homepage.h"
#include "home/industrypickerdialog.h"
#include "home/newassessmentdialog.h"
#include "store/portfolio.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *c = parent.findChild<T *>(QLatin1String(name));
    INFO("object name: " << name);
    REQUIRE(c);
    return c;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

} // namespace

TEST_CASE("the profile dialog checks the credit code while typing and saves to the list",
          "[gui][home]")
{
    TestSession t;
    t.addEnterprise(QStringLiteral("已有企业有限公司"));
    HomePage page(*t.session);
    page.show();
    REQUIRE(waitForList(page));
    EnterpriseDialog dialog(*t.session, std::nullopt);
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *name = child<QLineEdit>(dialog, "name");
    auto *code = child<QLineEdit>(dialog, "creditCode");
    auto *message = child<QLabel>(dialog, "creditCodeMessage");
    CHECK_FALSE(ok->isEnabled()); // the name is required

    typeText(name, QStringLiteral("新建精密机械有限公司"));
    CHECK(ok->isEnabled()); // the credit code is optional
    // A wrong character shows at once, with its position, before the code is complete.
    typeText(code, QStringLiteral("91I"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("第3位")));
    CHECK_FALSE(ok->isEnabled());
    // Incomplete but well formed so far: a neutral count, OK still disabled.
    retype(code, QStringLiteral("9133010"));
    CHECK(message->text() == QStringLiteral("7 of 18 characters"));
    CHECK_FALSE(message->property("error").toBool());
    CHECK_FALSE(ok->isEnabled());
    // GB 32100 check of 91330106MA2CF3K8X, values x weights 1 3 9 27 19 26 16 17 20 29 25 13 8
    // 24 10 30 28: 9 + 3 + 27 + 81 + 0 + 26 + 0 + 102 + M21x20 + A10x29 + 50 + C12x13 + F15x8
    // + 72 + K19x10 + 240 + X29x28 = 2598; 2598 mod 31 = 25; 31 - 25 = 6. "5" is wrong and the
    // message names "6".
    retype(code, QStringLiteral("91330106MA2CF3K8X5"));
    CHECK(message->property("error").toBool());
    CHECK(message->text().contains(QStringLiteral("“6”")));
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClick(code, Qt::Key_Backspace);
    typeText(code, QStringLiteral("6"));
    CHECK_FALSE(message->property("error").toBool());
    CHECK(ok->isEnabled());

    // The size class follows the figures: industry (工业), 180 employees, 1500万元 revenue is
    // 小型 (20 <= X < 300 and 300 <= Y < 2000 in 工信部联企业〔2011〕300号).
    typeText(child<QLineEdit>(dialog, "industry"), QStringLiteral("c34"));
    typeText(child<QLineEdit>(dialog, "employees"), QStringLiteral("180"));
    typeText(child<QLineEdit>(dialog, "revenue"), QStringLiteral("1500"));
    CHECK(child<QLabel>(dialog, "sizeClass")->text().contains(QStringLiteral("小型")));
    CHECK(child<QLabel>(dialog, "industryMessage")->text() == QStringLiteral("通用设备制造业"));

    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const int row = page.model()->rowOfEnterprise(dialog.enterpriseId());
    REQUIRE(row >= 0);
    CHECK(page.model()->index(row, EnterpriseTableModel::Name).data().toString() ==
          QStringLiteral("新建精密机械有限公司"));
    CHECK(page.model()->index(row, EnterpriseTableModel::CreditCode).data().toString() ==
          QStringLiteral("91330106MA2CF3K8X6"));
    CHECK(page.model()->index(row, EnterpriseTableModel::Industry).data().toString() ==
          QStringLiteral("C34 通用设备制造业"));
    // The stored keys' words follow the session's language (Chinese here), as the levels do.
    CHECK(page.model()->index(row, EnterpriseTableModel::Size).data().toString() ==
          QStringLiteral("小型"));

    // The same credit code again is refused, also typed in lower case: bundles merge
    // enterprises by it. The message names the enterprise that has it.
    for (const QString &typed :
         {QStringLiteral("91330106MA2CF3K8X6"), QStringLiteral("91330106ma2cf3k8x6")}) {
        EnterpriseDialog twin(*t.session, std::nullopt);
        twin.show();
        typeText(child<QLineEdit>(twin, "name"), QStringLiteral("重名企业"));
        typeText(child<QLineEdit>(twin, "creditCode"), typed);
        twin.accept();
        CHECK(twin.result() != QDialog::Accepted);
        auto *twinMessage = child<QLabel>(twin, "creditCodeMessage");
        CHECK(twinMessage->property("error").toBool());
        CHECK(twinMessage->text() ==
              QStringLiteral("Already registered to 新建精密机械有限公司 (id %1).")
                  .arg(dialog.enterpriseId()));
    }
    auto all = t.session->store().enterprises();
    REQUIRE(all.ok());
    CHECK(all->size() == 2);

    // Nor can an existing enterprise take it.
    auto listed = t.session->store().enterprises(std::string("已有企业"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    EnterpriseDialog edit(*t.session, listed->front());
    edit.show();
    retype(child<QLineEdit>(edit, "creditCode"), QStringLiteral("91330106MA2CF3K8X6"));
    edit.accept();
    CHECK(edit.result() != QDialog::Accepted);
    CHECK(child<QLabel>(edit, "creditCodeMessage")->text().contains(QStringLiteral("新建精密")));
    auto kept = t.session->store().enterprise(listed->front().id);
    REQUIRE(kept.ok());
    CHECK(kept->creditCode == listed->front().creditCode);
}

TEST_CASE("the profile dialog edits an existing enterprise", "[gui][home]")
{
    TestSession t;
    const qint64 id = t.addEnterprise(QStringLiteral("旧名称有限公司"));
    auto before = t.session->store().enterprise(id);
    REQUIRE(before.ok());
    EnterpriseDialog dialog(*t.session, *before);
    dialog.show();
    auto *name = child<QLineEdit>(dialog, "name");
    CHECK(name->text() == QStringLiteral("旧名称有限公司"));
    retype(name, QStringLiteral("新名称有限公司"));
    auto *batch = child<QLineEdit>(dialog, "pilotBatch");
    CHECK_FALSE(batch->isEnabled()); // only a pilot enterprise has a batch
    child<QCheckBox>(dialog, "pilot")->setChecked(true);
    REQUIRE(batch->isEnabled());
    retype(batch, QStringLiteral("2025年第二批"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto after = t.session->store().enterprise(id);
    REQUIRE(after.ok());
    CHECK(after->name == "新名称有限公司");
    CHECK(after->pilot);
    CHECK(after->pilotBatch == "2025年第二批");
    CHECK(after->uuid == before->uuid);
    CHECK(after->industry == "C34");
}

TEST_CASE("the industry picker finds divisions by code and by name in both languages",
          "[gui][home]")
{
    struct Case
    {
        const char *search;
        const char *first; // the entry the picker offers first
    };
    const Case cases[] = {
        {"34", "C34"},   {"C36", "C36"}, {"通用设备", "C34"}, {"general-purpose", "C34"},
        {"服饰", "C18"}, {"卫生", "Q"}, // the section 卫生和社会工作 before its division 卫生
    };
    for (const Case &c : cases) {
        INFO("search " << c.search);
        IndustryPickerDialog picker(dl::Lang::ZhCN, {});
        typeText(picker.findChild<QLineEdit *>(QStringLiteral("industrySearch")),
                 QString::fromUtf8(c.search));
        CHECK(picker.code() == QLatin1String(c.first));
    }
    // Opening on a code selects it; Enter in the tree accepts.
    IndustryPickerDialog picker(dl::Lang::En, QStringLiteral("C34"));
    picker.show();
    CHECK(picker.code() == QStringLiteral("C34"));
    picker.tree()->setFocus();
    QTest::keyClick(picker.tree(), Qt::Key_Down);
    CHECK(picker.code() == QStringLiteral("C35"));
    QTest::keyClick(picker.tree(), Qt::Key_Return);
    CHECK(picker.result() == QDialog::Accepted);
}

TEST_CASE("a new assessment is created in the chosen mode; verification opens an existing one",
          "[gui][home]")
{
    TestSession t;
    const qint64 enterprise = t.addEnterprise();
    {
        NewAssessmentDialog dialog(*t.session, enterprise);
        // Nothing to verify yet.
        CHECK_FALSE(dialog.findChildren<QRadioButton *>().at(1)->isEnabled());
        dialog.findChildren<QRadioButton *>().at(2)->setChecked(true); // on-site assessment
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.verification());
        auto record = t.session->store().assessment(dialog.assessmentId());
        REQUIRE(record.ok());
        CHECK(record->mode == dl::AssessmentMode::Onsite);
        CHECK(record->enterpriseId == enterprise);
        CHECK(record->assessorName == t.session->userName().toStdString());
        CHECK(record->phase == dl::AssessmentPhase::Baseline); // the first: before transforming
    }
    const auto list = t.session->store().assessments(enterprise);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    qint64 followUp = 0;
    {
        // The next one is offered as the evaluation after the transformation, and the
        // organisation field completes the names already used.
        REQUIRE(t.session->store()
                    .newAssessment(enterprise, t.session->builtinModels().model,
                                   t.session->builtinModelText(), "李工", "宁波智造服务有限公司",
                                   dl::AssessmentMode::Onsite)
                    .ok());
        NewAssessmentDialog next(*t.session, enterprise);
        auto *phase = next.findChild<QComboBox *>(QStringLiteral("phase"));
        REQUIRE(phase);
        CHECK(phase->currentData().toInt() == int(dl::AssessmentPhase::After));
        auto *org = next.findChild<QLineEdit *>(QStringLiteral("organisation"));
        REQUIRE(org->completer());
        org->completer()->setCompletionPrefix(QStringLiteral("智造"));
        CHECK(org->completer()->currentCompletion() == QStringLiteral("宁波智造服务有限公司"));
        phase->setCurrentIndex(2);
        next.accept();
        REQUIRE(next.result() == QDialog::Accepted);
        CHECK(t.session->store().assessment(next.assessmentId())->phase ==
              dl::AssessmentPhase::FollowUp);
        followUp = next.assessmentId();
    }
    NewAssessmentDialog dialog(*t.session, enterprise);
    QRadioButton *verify = dialog.findChildren<QRadioButton *>().at(1);
    REQUIRE(verify->isEnabled());
    verify->setChecked(true);
    dialog.accept();
    CHECK(dialog.verification());
    CHECK(dialog.assessmentId() == followUp);                       // newest first
    CHECK(t.session->store().assessments(enterprise)->size() == 3); // nothing new
}

TEST_CASE("an empty database shows the welcome panel; the example enterprise reaches 二级",
          "[gui][home]")
{
    TestSession t;
    HomePage page(*t.session);
    page.resize(1200, 700);
    page.show();
    REQUIRE(page.isWelcomeShown());
    QSignalSpy changed(t.session.get(), &AppSession::enterprisesChanged);
    QTest::mouseClick(child<QPushButton>(page, "openExample"), Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK_FALSE(page.isWelcomeShown());
    REQUIRE(page.model()->rowCount() == 1);
    // By hand, resources/examples/example-assessment.yaml against assessments/miit-sme-2024.yaml:
    //  foundation: network 2 x 2 = 4; 64/64 = 100% -> (60,100] = 6; 38/64 = 59.375% ->
    //    (40,60] = 4.5; data collection 10 links x 0.7 = 7; systems "most" = 7.5;
    //    network security 3 x 1.25 = 3.75; data security 2 x 1.25 = 2.5       -> 35.25
    //  management: plan "started" = 4.5; mechanisms 3 x 1.875 = 5.625; talent 2 x 1.5 = 3;
    //    spend 180/1500 = 12% -> (10,20] = 1.875                                -> 15
    //  outcomes: energy 0.92 -> 0.85 fell (lower is better) = 7; pass rate 97.5 -> 98.6 rose
    //    = 7; revenue per employee "same" = 1.5; cost per revenue "worse" = 0   -> 15.5
    //  base 35.25 + 15 + 15.5 = 65.75.
    //  scenarios rated >= 3: product design*, sales*, planning, control*, procurement*,
    //    finance*, office = 7 (5 constrained); >= 2: all but after-sales and decision = 14
    //    (all 10 constrained).
    //  三级 needs base >= 60, 8 scenarios >= 3 (5 constrained): 7 < 8 fails.
    //  二级 needs base >= 40, 6 scenarios >= 2, 3 constrained: 65.75, 14, 10 hold -> 二级.
    //  Questions: 15 items + 16 scenarios, all answered.
    const QAbstractItemModel &m = *page.model();
    CHECK(m.index(0, EnterpriseTableModel::Name).data().toString() ==
          QStringLiteral("示例精密机械有限公司"));
    CHECK(m.index(0, EnterpriseTableModel::Level).data().toString() == QStringLiteral("二级"));
    CHECK(m.index(0, EnterpriseTableModel::Score).data().toString() == QStringLiteral("65.75"));
    CHECK(m.index(0, EnterpriseTableModel::Progress).data().toString() == QStringLiteral("31/31"));
    CHECK(m.index(0, EnterpriseTableModel::Status).data().toString() == QStringLiteral("已提交"));
    CHECK(m.index(0, EnterpriseTableModel::Size).data().toString() == QStringLiteral("小型"));
    CHECK(page.currentEnterprise() == page.model()->enterpriseId(0));
}

TEST_CASE("the example's compiled-in answers are resources/examples/example-assessment.yaml",
          "[gui][home]")
{
    QFile file(QStringLiteral(DIGILEVEL_SOURCE_DIR "/resources/examples/example-assessment.yaml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    const std::string_view compiled = exampleAssessmentText();
    CHECK(onDisk.toStdString() == std::string(compiled));
}
