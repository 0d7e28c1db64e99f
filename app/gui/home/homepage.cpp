// SPDX-License-Identifier: GPL-3.0-or-later
#include "homepage.h"
#include "errordialog.h"

#include "actionrow.h"
#include "appsession.h"
#include "bundletransfer.h"
#include "enterprisedialog.h"
#include "enterpriselistpanel.h"
#include "enterprisetablemodel.h"
#include "exampleenterprise.h"
#include "firstpaint.h"
#include "model/officialmodels.h"
#include "newassessmentdialog.h"
#include "reportbatchdialog.h"
#include "upgradedialog.h"
#include "welcomepanel.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

HomePage::HomePage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EnterpriseTableModel(session, this))
    , m_stack(new QStackedWidget(this))
{
    buildActions();
    m_list = new EnterpriseListPanel(session, m_model, this);
    ActionRow *actions = m_list->actions();
    actions->addAction(m_newEnterprise);
    actions->addAction(m_edit);
    actions->addSeparator();
    for (QAction *a : {m_newAssessment, m_continue, m_verify, m_results, m_history})
        actions->addAction(a);
    // A new assessment made from the latest one: beside New assessment, in its menu (the row
    // never overflows, and another button would widen the window's minimum).
    auto *newMenu = new QMenu(this);
    newMenu->addAction(m_newAssessment);
    newMenu->addAction(m_upgrade);
    QToolButton *newButton = actions->buttonForAction(m_newAssessment);
    newButton->setMenu(newMenu);
    newButton->setPopupMode(QToolButton::MenuButtonPopup);
    actions->addStretch();
    actions->addAction(m_import);
    actions->addAction(m_export)->setPopupMode(QToolButton::MenuButtonPopup);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &EnterpriseTableModel::reloaded, this, &HomePage::reloaded);
    connect(m_list, &EnterpriseListPanel::selectionChanged, this, &HomePage::updateActions);
    connect(m_list, &EnterpriseListPanel::activated, this, &HomePage::continueQuestionnaire);
    // The list reads the database only while it is on screen; the page starts hidden. The
    // first read runs in the background, from the first paint of the page on: the window shows
    // at once, saying how many enterprises are being read.
    m_model->setDeferred(true);
    m_model->loadInBackground(EnterpriseTableModel::Start::Later);
    whenFirstPainted(this, [model = m_model] { model->startReading(); });
    reloaded(QString());
}

HomePage::~HomePage() = default;

QTableView *HomePage::view() const
{
    return m_list->view();
}

qint64 HomePage::currentEnterprise() const
{
    return m_list->currentEnterprise();
}

void HomePage::showGroup(const QString &title, const QSet<qint64> &enterpriseIds)
{
    m_list->showSubset(title, enterpriseIds);
}

void HomePage::selectEnterprise(qint64 enterpriseId)
{
    m_list->selectEnterprise(enterpriseId);
}

void HomePage::setMessage(const QString &text)
{
    m_list->setMessage(text);
}

void HomePage::buildActions()
{
    auto add = [this](QAction *&slot, const QString &text, const QString &name,
                      const QKeySequence &keys, void (HomePage::*handler)()) {
        slot = new QAction(text, this);
        slot->setObjectName(name);
        if (!keys.isEmpty()) {
            slot->setShortcut(keys);
            slot->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            slot->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                keys.toString(QKeySequence::NativeText)));
        }
        connect(slot, &QAction::triggered, this, handler);
        addAction(slot);
    };
    // Ctrl+N, Ctrl+I and Ctrl+E belong to the File menu, which calls the same slots.
    add(m_newEnterprise, tr("&New enterprise…"), QStringLiteral("newEnterprise"), {},
        &HomePage::newEnterprise);
    add(m_edit, tr("&Edit profile…"), QStringLiteral("editProfile"), QKeySequence(Qt::Key_F2),
        &HomePage::editProfile);
    add(m_newAssessment, tr("New &assessment…"), QStringLiteral("newAssessment"),
        QKeySequence(tr("Ctrl+Shift+N")), &HomePage::newAssessment);
    add(m_continue, tr("&Continue questionnaire"), QStringLiteral("continueQuestionnaire"), {},
        &HomePage::continueQuestionnaire);
    m_continue->setToolTip(tr("Open the latest assessment (Enter or double click)"));
    add(m_verify, tr("&Verify on site"), QStringLiteral("verifyOnSite"),
        QKeySequence(tr("Ctrl+Shift+V")), &HomePage::verifyOnSite);
    add(m_results, tr("&Results"), QStringLiteral("results"), QKeySequence(tr("Ctrl+R")),
        &HomePage::showResults);
    add(m_history, tr("&History"), QStringLiteral("history"), QKeySequence(tr("Ctrl+H")),
        &HomePage::showHistory);
    add(m_upgrade, tr("&Upgrade to the new model version…"), QStringLiteral("upgradeAssessment"),
        {}, &HomePage::upgradeAssessment);
    m_upgrade->setToolTip(tr("Carry the latest assessment's answers over to a new assessment on "
                             "the model version this program brings; the old one stays as it is"));
    add(m_import, tr("&Import…"), QStringLiteral("import"), {}, &HomePage::importBundle);
    add(m_export, tr("E&xport…"), QStringLiteral("export"), {}, &HomePage::exportBundle);
    m_newEnterprise->setToolTip(tr("New enterprise (Ctrl+N)"));
    m_import->setToolTip(tr("Import a bundle from another computer (Ctrl+I)"));
    m_export->setToolTip(tr("Export the selected enterprises as a bundle (Ctrl+E)"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Bundle for another computer (.dlb)…"), this, &HomePage::exportBundle);
    menu->addAction(tr("Assessments as CSV…"), this, [this] { exportCsv(false); });
    menu->addAction(tr("Answers as CSV…"), this, [this] { exportCsv(true); });
    menu->addAction(tr("PDF reports…"), this, &HomePage::exportReports);
    m_export->setMenu(menu);
}

bool HomePage::isWelcomeShown() const
{
    return m_welcome && m_stack->currentWidget() == m_welcome;
}

WelcomePanel *HomePage::welcome()
{
    // Made the first time the database is empty: most starts never show it.
    if (!m_welcome) {
        m_welcome = new WelcomePanel(this);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomePanel::newEnterpriseRequested, this, &HomePage::newEnterprise);
        connect(m_welcome, &WelcomePanel::exampleRequested, this, &HomePage::openExample);
        connect(m_welcome, &WelcomePanel::importRequested, this, &HomePage::importBundle);
    }
    return m_welcome;
}

bool HomePage::isLoadingShown() const
{
    return m_stack->currentWidget() == m_list && m_list->isLoadingShown();
}

void HomePage::reloaded(const QString &error)
{
    // Loading means enterprises exist: never the welcome panel then.
    const bool loading = m_model->isLoading();
    m_list->setLoading(loading ? m_model->expectedRows() : -1);
    const bool empty = !loading && m_model->totalCount() == 0 && error.isEmpty();
    QWidget *show = empty ? static_cast<QWidget *>(welcome()) : m_list;
    if (m_stack->currentWidget() != show) {
        m_stack->setCurrentWidget(show);
        show->setFocus();
    }
    if (!error.isEmpty())
        setMessage(tr("The enterprise list could not be read: %1").arg(error));
    updateActions();
    if (!loading)
        emit listReady();
}

void HomePage::updateActions()
{
    const bool one = currentEnterprise() != 0;
    const bool assessed = currentAssessment().has_value();
    m_edit->setEnabled(one);
    m_newAssessment->setEnabled(one);
    m_continue->setEnabled(one);
    m_verify->setEnabled(assessed);
    m_results->setEnabled(assessed);
    m_history->setEnabled(one);
    // Only an assessment on another version than the bundled one: the dialog says whether that
    // version can be upgraded and what would carry over.
    bool older = false;
    if (assessed) {
        auto record = m_session.store().assessment(*currentAssessment());
        older = record && record->modelHash != dl::officialModelTexts().front().contentHash;
    }
    m_upgrade->setEnabled(older);
}

std::optional<qint64> HomePage::currentAssessment() const
{
    const qint64 id = currentEnterprise();
    const int row = id ? m_model->rowOfEnterprise(id) : -1;
    return row < 0 ? std::nullopt : m_model->latestAssessment(row);
}

void HomePage::newEnterprise()
{
    EnterpriseDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        selectEnterprise(dialog.enterpriseId());
        view()->setFocus();
    }
}

void HomePage::editProfile()
{
    const qint64 id = currentEnterprise();
    if (!id)
        return;
    auto enterprise = m_session.store().enterprise(id);
    if (!enterprise) {
        showErrors(this, tr("The enterprise could not be read."), enterprise.errors());
        return;
    }
    EnterpriseDialog dialog(m_session, *enterprise, this);
    dialog.exec();
}

void HomePage::newAssessment()
{
    const qint64 id = currentEnterprise();
    if (!id)
        return;
    NewAssessmentDialog dialog(m_session, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.verification())
        m_session.openVerification(dialog.assessmentId());
    else
        m_session.openQuestionnaire(dialog.assessmentId());
}

void HomePage::continueQuestionnaire()
{
    if (const auto assessment = currentAssessment())
        m_session.openQuestionnaire(*assessment);
    else if (currentEnterprise())
        newAssessment(); // nothing to continue yet
}

void HomePage::verifyOnSite()
{
    if (const auto assessment = currentAssessment())
        m_session.openVerification(*assessment);
}

void HomePage::showResults()
{
    if (const auto assessment = currentAssessment())
        m_session.openResults(*assessment);
}

void HomePage::showHistory()
{
    if (const qint64 id = currentEnterprise())
        m_session.openHistory(id);
}

void HomePage::upgradeAssessment()
{
    const auto assessment = currentAssessment();
    if (!assessment)
        return;
    UpgradeDialog dialog(m_session, *assessment, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.upgradedId())
        return;
    setMessage(tr("Upgraded to the new model version; answers to check are marked “Needs "
                  "confirmation” in the questionnaire."));
    m_session.openQuestionnaire(dialog.upgradedId());
}

void HomePage::openExample()
{
    auto created = createExampleEnterprise(m_session);
    if (!created) {
        showErrors(this, tr("The example enterprise could not be added."), created.errors());
        return;
    }
    selectEnterprise(created->enterprise);
    view()->setFocus();
}

void HomePage::importBundle()
{
    const QString message = BundleTransfer::chooseAndImport(m_session, this);
    if (!message.isEmpty())
        setMessage(message);
}

void HomePage::importBundleFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString message = paths.size() == 1
                                ? BundleTransfer::importBundle(m_session, paths.front(), this)
                                : BundleTransfer::importBundles(m_session, paths, this);
    if (!message.isEmpty())
        setMessage(message);
}

void HomePage::exportBundle()
{
    const QString message = BundleTransfer::chooseAndExport(
        m_session, m_list->selectedEnterprises(), m_model->totalCount(), this);
    if (!message.isEmpty())
        setMessage(message);
}

void HomePage::exportReports()
{
    const QString message = ReportBatchDialog::chooseAndWrite(
        m_session, m_list->selectedEnterprises(), m_model->totalCount(), this);
    if (!message.isEmpty())
        setMessage(message);
}

void HomePage::exportCsv(bool answers)
{
    const QString message = BundleTransfer::chooseAndExportCsv(
        m_session, answers ? BundleTransfer::Csv::Answers : BundleTransfer::Csv::Assessments,
        m_list->selectedEnterprises(), this);
    if (!message.isEmpty())
        setMessage(message);
}

void HomePage::showEvent(QShowEvent *event)
{
    m_model->setDeferred(false);
    QWidget::showEvent(event);
}

void HomePage::hideEvent(QHideEvent *event)
{
    m_model->setDeferred(true);
    m_list->saveHeader();
    QWidget::hideEvent(event);
}
