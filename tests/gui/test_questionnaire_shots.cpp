// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the questionnaire for a person to look at (hidden: run with
// "[.questionnaire-shots]"; PNGs go to $DIGILEVEL_SHOTS, default /tmp/digilevel-shots). The
// Chinese run translates through the translation tables directly (tsvtranslator.h), so it also
// lists every string of the questionnaire that they do not translate yet.
#include "test_questionnaire_support.h"
#include "tsvtranslator.h"

#include "base/yamltree.h"
#include "mainwindow.h"
#include "model/modelloader.h"

#include <QDir>

#include <iostream>
#include <vector>

using namespace qtest;

namespace {

void shot(QWidget &page, const QString &name)
{
    const QString dir =
        qEnvironmentVariable("DIGILEVEL_SHOTS", QStringLiteral("/tmp/digilevel-shots"));
    QDir().mkpath(dir);
    for (int k = 0; k < 3; ++k) // layouts settle over a few passes after a resize
        QApplication::processEvents();
    REQUIRE(page.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void answer(AppSession &s,
            qint64 a,
            const char *layer,
            const char *kind,
            const char *key,
            const char *value,
            const char *note = "")
{
    REQUIRE(s.store()
                .setAnswer(
                    a,
                    {*dl::parseLayer(layer), *dl::parseAnswerKind(kind), key, value, note, {}, {}},
                    "test")
                .ok());
}

void run(dl::Lang lang)
{
    const QString suffix = lang == dl::Lang::ZhCN ? QStringLiteral("-zh") : QStringLiteral("-en");
    std::unique_ptr<TsvTranslator> tr;
    if (lang == dl::Lang::ZhCN) {
        tr = std::make_unique<TsvTranslator>();
        QApplication::installTranslator(tr.get());
    }
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    auto store = dl::Store::open(t.databasePath().toStdString());
    REQUIRE(store.ok());
    AppSession session(std::move(*store), lang);
    answer(session, a, "self", "item", "network", "control-network,application-network",
           "车间和办公楼都已布线");
    answer(session, a, "self", "item", "system-coverage", "most");
    answer(session, a, "self", "figure", "production-units", "120");
    answer(session, a, "self", "figure", "digital-units", "30");
    answer(session, a, "self", "figure", "energy-intensity-before", "10");
    answer(session, a, "self", "figure", "energy-intensity-after", "8");
    answer(session, a, "self", "scenario", "product-design", "3");
    answer(session, a, "self", "scenario", "production-control", "2");
    {
        QuestionnairePage page(session);
        activate(page);
        page.openAssessment(a, false);
        goTo(page, QStringLiteral("network"));
        shot(page, QStringLiteral("multi") + suffix);
        goTo(page, QStringLiteral("system-coverage"));
        shot(page, QStringLiteral("single") + suffix);
        goTo(page, QStringLiteral("equipment-digitalisation"));
        shot(page, QStringLiteral("ratio") + suffix);
        goTo(page, QStringLiteral("equipment-networking"));
        typeFigure(page, QStringLiteral("networked-units"), QStringLiteral("3.5"));
        shot(page, QStringLiteral("ratio-error") + suffix);
        goTo(page, QStringLiteral("energy-intensity"));
        shot(page, QStringLiteral("trend") + suffix);
        goTo(page, QStringLiteral("product-design"));
        shot(page, QStringLiteral("scenario") + suffix);
        page.resize(1024, 700); // a small laptop: the level cards stack
        shot(page, QStringLiteral("scenario-narrow") + suffix);
    }
    {
        // In the main window, as the menu and the other screens open it.
        MainWindow window(session);
        activate(window);
        session.openQuestionnaire(a);
        shot(window, QStringLiteral("mainwindow") + suffix);
    }
    answer(session, a, "verified", "item", "system-coverage", "one", "只有财务在用系统");
    answer(session, a, "verified", "scenario", "product-design", "2");
    answer(session, a, "verified", "item", "network", "control-network,application-network");
    {
        QuestionnairePage page(session);
        activate(page);
        page.openAssessment(a, true);
        goTo(page, QStringLiteral("system-coverage"));
        shot(page, QStringLiteral("verify-single") + suffix);
        goTo(page, QStringLiteral("equipment-digitalisation"));
        shot(page, QStringLiteral("verify-ratio") + suffix);
        goTo(page, QStringLiteral("product-design"));
        shot(page, QStringLiteral("verify-scenario") + suffix);
    }
    // Yes/no and number items: the example model of the format documentation, for wholesale.
    {
        dl::Enterprise e;
        e.name = "示例批发公司";
        e.creditCode = uniqueCreditCode();
        e.industry = "F51";
        auto added = session.store().addEnterprise(e);
        REQUIRE(added.ok());
        auto text = dl::readTextFile(DIGILEVEL_SOURCE_DIR "/assessments/README.md");
        REQUIRE(text.ok());
        std::size_t at = text->find("```yaml\n", text->find("## Complete annotated example")) + 8;
        const std::string model = text->substr(at, text->find("```", at) - at);
        auto m = dl::loadModelText(model, "example.yaml");
        REQUIRE(m.ok());
        auto b = session.store().newAssessment(added->id, *m, model, "测试员", "",
                                               dl::AssessmentMode::Self);
        REQUIRE(b.ok());
        answer(session, b->id, "self", "figure", "it-staff", "2");
        QuestionnairePage page(session);
        activate(page);
        page.openAssessment(b->id, false);
        goTo(page, QStringLiteral("security-policy"));
        shot(page, QStringLiteral("yesno") + suffix);
        goTo(page, QStringLiteral("it-team"));
        shot(page, QStringLiteral("number") + suffix);
        goTo(page, QStringLiteral("equipment-share"));
        shot(page, QStringLiteral("not-asked") + suffix);
    }
    if (tr) {
        QApplication::removeTranslator(tr.get());
        // The questionnaire's own texts; Qt's (QLineEdit's menu and so on) come from Qt.
        std::vector<std::string> missing;
        for (const std::string &m : tr->missing()) {
            const std::string context = m.substr(0, m.find(": "));
            for (const char *ours : {"Questionnaire", "Editor", "EvidencePanel"})
                if (context.find(ours) != std::string::npos) {
                    missing.push_back(m);
                    break;
                }
        }
        for (const std::string &m : missing)
            std::cout << "untranslated: " << m << "\n";
        CHECK(missing.empty());
    }
}

} // namespace

TEST_CASE("questionnaire screenshots", "[.questionnaire-shots]")
{
    run(dl::Lang::En);
    run(dl::Lang::ZhCN);
}
