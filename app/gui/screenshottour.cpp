// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "answers/answerwriter.h"
#include "appsession.h"
#include "home/enterprisedialog.h"
#include "home/exampleenterprise.h"
#include "home/newassessmentdialog.h"
#include "mainwindow.h"
#include "questionnaire/questionnairepage.h"
#include "settingsdialog.h"
#include "store/storedassessment.h"

#include <QApplication>
#include <QDir>
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
    static constexpr int kPictures = 11; // the steps that only prepare take none

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

// A second, later assessment of the example: the same answers with two scenarios a level up,
// so that the history has a trend and a comparison.
qint64 addFollowUp(AppSession &session, const ExampleIds &example)
{
    dl::Store &store = session.store();
    auto a = store.newAssessment(example.enterprise, session.builtinModels().model,
                                 session.builtinModelText(), "王工", "示例咨询",
                                 dl::AssessmentMode::Onsite);
    auto answers = store.answers(example.assessment);
    auto loaded = dl::loadAssessment(store, std::to_string(example.assessment));
    if (!a || !answers || !loaded)
        return 0;
    std::vector<dl::AnswerChange> copy;
    int raised = 0;
    for (dl::StoredAnswer &s : *answers) {
        if (s.kind == dl::AnswerKind::Scenario && s.value < "4" && raised < 2 && ++raised)
            s.value = std::string(1, char(s.value[0] + 1));
        copy.push_back({s.layer, s.kind, s.key, s.value, s.note});
    }
    if (!dl::AnswerWriter(store, a->id, loaded->models, loaded->industry).apply(copy, "王工"))
        return 0;
    session.notifyAssessmentChanged(a->id);
    return a->id;
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
    };
    QTimer::singleShot(800, qApp, [tour] { tour->run(); });
}
