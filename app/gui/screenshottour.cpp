// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "answers/answerwriter.h"
#include "appsession.h"
#include "home/enterprisedialog.h"
#include "home/exampleenterprise.h"
#include "home/newassessmentdialog.h"
#include "mainwindow.h"
#include "portfolio/portfoliofilterbar.h"
#include "portfolio/portfoliopage.h"
#include "portfolio/segmentsdialog.h"
#include "questionnaire/questionnairepage.h"
#include "settingsdialog.h"
#include "store/segments.h"
#include "store/storedassessment.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

struct Tour
{
    AppSession &session;
    MainWindow &window;
    QDir folder;
    std::vector<std::function<void()>> steps;
    std::size_t next = 0;
    int saved = 0;
    static constexpr int kPictures = 16; // the steps that only prepare take none

    void shoot(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QString path = folder.filePath(name + QStringLiteral(".png"));
        if (widget->grab().save(path)) {
            ++saved;
            std::printf("%s\n", qPrintable(path));
        } else {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        }
    }
    // A dialog is shown (not exec'd) so that it can be photographed, then closed.
    void shootDialog(QDialog *dialog, const QString &name)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QTimer::singleShot(300, dialog, [this, dialog, name] {
            shoot(dialog, name);
            dialog->close();
        });
    }
    void run()
    {
        if (next < steps.size()) {
            steps[next++]();
            QTimer::singleShot(600, qApp, [this] { run(); });
        } else {
            std::printf("%d screenshots in %s\n", saved, qPrintable(folder.absolutePath()));
            QApplication::exit(saved == kPictures ? 0 : 1);
        }
    }
};

// A copy of an assessment's answers for an enterprise, with up to `changed` scenarios moved by
// `delta` levels, so that the history has a trend and the portfolio some variety.
qint64 addCopy(AppSession &session,
               qint64 from,
               qint64 enterprise,
               int changed,
               int delta,
               dl::AssessmentPhase phase = dl::AssessmentPhase::Baseline)
{
    dl::Store &store = session.store();
    auto a =
        store.newAssessment(enterprise, session.builtinModels().model, session.builtinModelText(),
                            "王工", "示例咨询", dl::AssessmentMode::Onsite, phase);
    auto answers = store.answers(from);
    auto loaded = dl::loadAssessment(store, std::to_string(from));
    if (!a || !answers || !loaded)
        return 0;
    std::vector<dl::AnswerChange> copy;
    int moved = 0;
    for (dl::StoredAnswer &s : *answers) {
        if (s.kind == dl::AnswerKind::Scenario && moved < changed && s.value.size() == 1) {
            const char level = char(s.value[0] + delta);
            if (level >= '1' && level <= '4') {
                s.value = std::string(1, level);
                ++moved;
            }
        }
        copy.push_back({s.layer, s.kind, s.key, s.value, s.note});
    }
    if (!dl::AnswerWriter(store, a->id, loaded->models, loaded->industry).apply(copy, "王工"))
        return 0;
    session.notifyAssessmentChanged(a->id);
    return a->id;
}

// A second, later assessment of the example: the same answers with two scenarios a level up.
qint64 addFollowUp(AppSession &session, const ExampleIds &example)
{
    return addCopy(session, example.assessment, example.enterprise, 2, 1,
                   dl::AssessmentPhase::After);
}

// A few more enterprises for the portfolio (看板), each assessed from the example's answers.
void addPortfolioSamples(AppSession &session, const ExampleIds &example)
{
    struct Sample
    {
        const char *name, *industry, *province, *city;
        int employees;
        dl::SrdiStatus srdi;
        bool pilot;
        int changed, delta;
    };
    const Sample samples[] = {
        {"宁波精工模具有限公司", "C35", "浙江省", "宁波市", 90, dl::SrdiStatus::Provincial, true, 8,
         1},
        {"温州恒达阀门有限公司", "C34", "浙江省", "温州市", 240, dl::SrdiStatus::None, true, 10,
         -1},
        {"苏州锐泰汽车零部件有限公司", "C36", "江苏省", "苏州市", 400, dl::SrdiStatus::LittleGiant,
         false, 14, 1},
        {"无锡华纺织造有限公司", "C17", "江苏省", "无锡市", 60, dl::SrdiStatus::None, false, 12,
         -1},
    };
    for (const Sample &s : samples) {
        dl::Enterprise e;
        e.name = s.name;
        e.industry = s.industry;
        e.province = s.province;
        e.city = s.city;
        e.employees = s.employees;
        e.srdi = s.srdi;
        e.pilot = s.pilot;
        e.pilotBatch = s.pilot ? "2025年第一批" : "";
        if (auto added = session.store().addEnterprise(e))
            addCopy(session, example.assessment, added->id, s.changed, s.delta);
    }
    dl::Segment equipment;
    equipment.nameZh = "装备制造";
    equipment.nameEn = "Equipment manufacturing";
    equipment.industries = {"C34", "C35", "C36"};
    (void)dl::addSegment(session.store(), equipment); // only the pictures lack it if refused
    session.notifyEnterprisesChanged();
}

} // namespace

void startScreenshotTour(AppSession &session, MainWindow &window, const QString &folder)
{
    auto *tour = new Tour{session, window, QDir(folder), {}, 0, 0};
    QDir().mkpath(folder);
    auto example = std::make_shared<ExampleIds>();
    auto followUp = std::make_shared<qint64>(0);
    QuestionnairePage *questionnaire = window.questionnairePage();
    AppSession *app = &session;
    MainWindow *main = &window;
    tour->steps = {
        [=] { tour->shoot(main, QStringLiteral("01-welcome")); },
        [=] {
            if (auto made = createExampleEnterprise(*app))
                *example = *made;
            *followUp = addFollowUp(*app, *example);
            app->goHome();
        },
        [=] { tour->shoot(main, QStringLiteral("02-enterprises")); },
        [=] {
            auto e = app->store().enterprise(example->enterprise);
            tour->shootDialog(
                new EnterpriseDialog(*app, e ? std::optional(*e) : std::nullopt, main),
                QStringLiteral("03-profile"));
        },
        [=] {
            tour->shootDialog(new NewAssessmentDialog(*app, example->enterprise, main),
                              QStringLiteral("04-new-assessment"));
        },
        [=] { app->openQuestionnaire(example->assessment); },
        [=] { tour->shoot(main, QStringLiteral("05-questionnaire-item")); },
        [=] {
            // On to the first scenario.
            for (int k = 0; k < 60; ++k) {
                const auto id = questionnaire->currentQuestion().toStdString();
                if (app->builtinModels().model.findScenario(id) >= 0)
                    break;
                questionnaire->next();
            }
        },
        [=] { tour->shoot(main, QStringLiteral("06-questionnaire-scenario")); },
        [=] { app->openVerification(*followUp ? *followUp : example->assessment); },
        [=] { tour->shoot(main, QStringLiteral("07-verification")); },
        [=] { app->openResults(example->assessment); },
        [=] { tour->shoot(main, QStringLiteral("08-results")); },
        [=] { app->openHistory(example->enterprise); },
        [=] { tour->shoot(main, QStringLiteral("09-history")); },
        [=] { tour->shootDialog(new SettingsDialog(main), QStringLiteral("10-settings")); },
        [=] { main->showModelBrowser(); },
        [=] { tour->shoot(main, QStringLiteral("11-model")); },
        [=] {
            addPortfolioSamples(*app, *example);
            main->showPortfolio();
        },
        [=] {
            QComboBox *group = main->portfolioPage()->filterBar()->combo(QStringLiteral("groupBy"));
            group->setCurrentIndex(group->findData(int(dl::PortfolioGroup::Province)));
            tour->shoot(main, QStringLiteral("12-portfolio"));
        },
        [=] {
            auto *tabs = main->portfolioPage()->findChild<QTabWidget *>();
            tabs->setCurrentIndex(tabs->count() - 2); // the scenario heat map
        },
        [=] { tour->shoot(main, QStringLiteral("13-portfolio-scenarios")); },
        [=] {
            auto *tabs = main->portfolioPage()->findChild<QTabWidget *>();
            tabs->setCurrentIndex(tabs->count() - 1); // the sub-dimensions and their radar
        },
        [=] { tour->shoot(main, QStringLiteral("14-portfolio-subdimensions")); },
        [=] {
            // A group opened in the enterprise list, as a double click on its row does.
            PortfolioPage *page = main->portfolioPage();
            QAbstractItemModel *rows = page->groupView()->model();
            if (rows->rowCount() > 0)
                emit page->groupView()->doubleClicked(rows->index(0, 0));
        },
        [=] { tour->shoot(main, QStringLiteral("15-portfolio-group-in-list")); },
        [=] { tour->shootDialog(new SegmentsDialog(*app, main), QStringLiteral("16-segments")); },
    };
    QTimer::singleShot(800, qApp, [tour] { tour->run(); });
}
