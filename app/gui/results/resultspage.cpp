// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspage.h"
#include "errordialog.h"
#include "peerbenchmarkpanel.h"
#include "stdtext.h"

#include "appsession.h"
#include "chartsloader.h"
#include "model/officialmodels.h"
#include "planlockspanel.h"
#include "reportexport.h"
#include "resultscharts.h"
#include "resultsformat.h"
#include "resultspanels.h"
#include "scenariogrid.h"
#include "store/storedassessment.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

// What is on screen. The evaluation points into `loaded` (the overlay models) and `answers` (the
// overlay answers), so the three live and die together and are never moved.
struct ResultsPage::Shown
{
    dl::LoadedAssessment loaded;
    dl::Layer layer = dl::Layer::Self;
    dl::AnswerLayer answers;
    dl::Evaluation evaluation;
    int unverified = 0; // verified view: items and scenarios still on the self answer
    std::vector<dl::PendingConfirmation> pending;
};

namespace {

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QLabel *richLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResultsPage::ResultsPage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(tr("No assessment is open. Open one from the enterprise list."), this);
    m_message->setObjectName(QStringLiteral("results-message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_header = createHeader();
    layout->addWidget(m_header);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(createBody());
    layout->addWidget(m_scroll, 1);
    m_header->hide();
    m_scroll->hide();

    connect(&session, &AppSession::assessmentChanged, this, &ResultsPage::refreshLater);
    connect(&session, &AppSession::enterprisesChanged, this,
            [this] { refreshLater(m_assessmentId); });
}

ResultsPage::~ResultsPage() = default;

QWidget *ResultsPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_badge = new QLabel(header);
    m_badge->setObjectName(QStringLiteral("level-badge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumSize(128, 84);
    row->addWidget(m_badge);

    auto *column = new QVBoxLayout;
    m_enterprise = new QLabel(header);
    m_enterprise->setObjectName(QStringLiteral("enterprise-name"));
    QFont big = m_enterprise->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_enterprise->setFont(big);
    column->addWidget(m_enterprise);
    m_details = new QLabel(header);
    m_details->setObjectName(QStringLiteral("assessment-details"));
    m_details->setWordWrap(true);
    column->addWidget(m_details);

    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(new QLabel(tr("Base score:"), header));
    m_score = new QLabel(header);
    m_score->setObjectName(QStringLiteral("base-score"));
    m_score->setFont(big);
    scoreRow->addWidget(m_score);
    scoreRow->addSpacing(24);
    scoreRow->addWidget(new QLabel(tr("Answers shown:"), header));
    m_layer = new QComboBox(header);
    m_layer->setObjectName(QStringLiteral("layer-switch"));
    for (dl::Layer l : {dl::Layer::Self, dl::Layer::Verified})
        m_layer->addItem(ResultsFormat::layerText(l), QLatin1String(dl::key(l)));
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_layer, &QComboBox::activated, this, [this] { reload(); });
    scoreRow->addWidget(m_layer);
    scoreRow->addStretch();
    column->addLayout(scoreRow);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, header);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Edit answers"), QStringLiteral("edit-answers"),
           [this] { m_session.openQuestionnaire(m_assessmentId); });
    button(tr("&Verify on site"), QStringLiteral("verify"),
           [this] { m_session.openVerification(m_assessmentId); });
    button(tr("&History"), QStringLiteral("history"), [this] {
        if (m_shown)
            m_session.openHistory(m_shown->loaded.record.enterpriseId);
    });
    m_export = new QPushButton(tr("Export &PDF report…"), header);
    m_export->setObjectName(QStringLiteral("export-pdf"));
    buttons->addWidget(m_export);
    ReportExport::attachMenu(
        m_export, m_session, [this] { return m_assessmentId; }, [this] { return layer(); });
    buttons->addStretch();
    column->addLayout(buttons);
    row->addLayout(column, 1);
    return header;
}

QWidget *ResultsPage::createBody()
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 6, 0);

    m_target = richLabel(QStringLiteral("plan-target"), body);
    m_target->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_target);
    m_pending = richLabel(QStringLiteral("pending-confirmations"), body);
    m_pending->setContentsMargins(10, 6, 10, 6);
    m_pending->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid #f0b400; border-left: 6px "
                       "solid #f0b400; background: #fff8e1; color: #212121; }"));
    layout->addWidget(m_pending);
    m_peers = new PeerBenchmarkPanel(m_session, body);
    layout->addWidget(m_peers);

    auto *why = new QHBoxLayout;
    m_explanation = richLabel(QStringLiteral("explanation"), body);
    why->addWidget(box(tr("Why this level, and what blocks the next"), m_explanation, body), 2);
    m_whatIf = new QTreeWidget(body);
    m_whatIf->setObjectName(QStringLiteral("whatif-list"));
    m_whatIf->setColumnCount(2);
    m_whatIf->setWordWrap(true);
    m_whatIf->setMinimumHeight(220);
    m_whatIf->setRootIsDecorated(true);
    why->addWidget(box(tr("Cheapest ways to the next level"), m_whatIf, body), 3);
    layout->addLayout(why);

    m_locks = new PlanLocksPanel(body);
    m_locks->setObjectName(QStringLiteral("plan-locks"));
    connect(m_locks, &PlanLocksPanel::locksChanged, this, &ResultsPage::storeLocks);
    layout->addWidget(box(tr("Not in our plans"), m_locks, body));

    auto *charts = new QHBoxLayout;
    const ChartsModule &chartsModule = ChartsModule::instance();
    m_dimensions = chartsModule.newView(QStringLiteral("dimension-chart"), body);
    charts->addWidget(box(tr("Dimension scores"), m_dimensions, body), 1);
    m_radar = chartsModule.newView(QStringLiteral("subdimension-radar"), body);
    m_radar->setMinimumHeight(360);
    charts->addWidget(box(tr("Sub-dimensions (% of each maximum)"), m_radar, body), 1);
    layout->addLayout(charts);

    m_scenarios = new ScenarioGrid(body);
    m_scenarios->setObjectName(QStringLiteral("scenario-grid"));
    layout->addWidget(box(tr("Scenarios by rating"), m_scenarios, body));

    m_overlays = richLabel(QStringLiteral("overlays"), body);
    m_overlayBox = box(tr("DigiLevel additions — not part of the official scheme; they never "
                          "change the official level"),
                       m_overlays, body);
    m_overlayBox->setObjectName(QStringLiteral("overlay-box"));
    layout->addWidget(m_overlayBox);
    layout->addStretch();
    return body;
}

dl::Layer ResultsPage::layer() const
{
    return m_shown ? m_shown->layer : dl::Layer::Self;
}

void ResultsPage::openAssessment(qint64 assessmentId)
{
    if (assessmentId != m_assessmentId) {
        m_assessmentId = assessmentId;
        m_shown.reset();
        m_layer->setCurrentIndex(-1); // chosen again from the answers in reload()
    }
    reload();
}

void ResultsPage::refreshLater(qint64 assessmentId)
{
    if (assessmentId != m_assessmentId || m_assessmentId == 0)
        return;
    // Scoring with what-if plans is not free: a hidden page catches up when it is shown.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ResultsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ResultsPage::showMessage(const QString &text)
{
    m_shown.reset();
    m_message->setText(text);
    m_message->show();
    m_header->hide();
    m_scroll->hide();
}

void ResultsPage::reload()
{
    m_stale = false;
    if (m_assessmentId == 0)
        return;
    auto loaded = dl::loadAssessment(m_session.store(), std::to_string(m_assessmentId));
    if (!loaded) {
        showMessage(tr("The assessment could not be loaded:\n%1").arg(errorText(loaded.errors())));
        return;
    }
    const bool hasVerified = loaded->answers.verified.has_value();
    // Like the cached summaries: the verified view once anything is verified.
    dl::Layer layer = hasVerified ? dl::Layer::Verified : dl::Layer::Self;
    if (m_layer->currentIndex() >= 0 && hasVerified) // the switch's items hold the keys
        layer = dl::parseLayer(ss(m_layer->currentData().toString())).value_or(layer);

    auto shown = std::make_unique<Shown>();
    shown->loaded = std::move(*loaded);
    shown->layer = layer;
    const dl::LoadedAssessment &a = shown->loaded;
    if (layer == dl::Layer::Verified) {
        std::vector<std::string> unverified;
        shown->answers =
            dl::mergeVerified(a.models, a.answers.self, *a.answers.verified, &unverified);
        shown->unverified = int(unverified.size());
    } else {
        shown->answers = a.answers.self;
    }
    auto pending = dl::pendingConfirmations(m_session.store(), a);
    if (!pending) {
        showMessage(tr("The assessment could not be loaded:\n%1").arg(errorText(pending.errors())));
        return;
    }
    shown->pending = std::move(*pending);
    // Not evaluateStored: its overlay results would point into a temporary answer layer.
    shown->evaluation = dl::evaluate(a.models, shown->answers, a.industry, 5,
                                     dl::knownPlanLocks(a.models.model, a.record.planLocks));
    m_shown = std::move(shown);
    m_layer->setCurrentIndex(m_layer->findData(QLatin1String(dl::key(layer))));
    m_layer->setEnabled(hasVerified);
    populate();
    m_peers->showFor(m_assessmentId);
}

// A tick stores the locks at once (like every answer) and plans again with them.
void ResultsPage::storeLocks()
{
    if (m_assessmentId == 0)
        return;
    auto done = m_session.store().setPlanLocks(m_assessmentId, m_locks->lockedIds());
    if (!done)
        showErrors(this, tr("The plan locks could not be saved."), done.errors());
    reload(); // on failure too: the boxes go back to what is stored
}

void ResultsPage::populateHeader()
{
    const Shown &s = *m_shown;
    const dl::Lang lang = m_session.lang();
    const dl::Model &model = s.evaluation.model;
    const dl::ScoreResult &r = s.evaluation.result;
    const QColor color = ResultsFormat::levelColor(r.level);
    const QString name = QString::fromStdString(dl::levelName(model, r.level, lang));
    m_badge->setText(name);
    // "Below level 1" would make the badge twice as wide as the others at the full size.
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px;"
                                          " font-size: %3pt; font-weight: bold; padding: 6px; }")
                               .arg(color.name(), ResultsFormat::textColorOn(color).name())
                               .arg(name.size() > 8 ? 15 : 26));
    const dl::LevelRule *rule = model.rule(r.level);
    m_badge->setToolTip(rule ? m_session.text(rule->description) : QString());
    m_score->setText(ResultsFormat::scoreOf(r.base, r.maxBase));

    const dl::AssessmentRecord &rec = s.loaded.record;
    m_enterprise->setText(qs(s.loaded.enterprise.name));
    QStringList details;
    details << tr("%1, version %2")
                   .arg(qs(dl::displayTitle(model, m_session.lang())), qs(model.version))
            << ResultsFormat::statusText(rec.status) << ResultsFormat::modeText(rec.mode);
    if (!rec.assessorName.empty())
        details << tr("Assessor: %1").arg(qs(rec.assessorName));
    details << tr("Started %1").arg(ResultsFormat::storedDate(rec.createdAt));
    if (s.layer == dl::Layer::Verified)
        details << tr("Not yet verified (own answer counts): %1").arg(s.unverified);
    m_details->setText(details.join(QStringLiteral(" · ")));
}

void ResultsPage::populate()
{
    const Shown &s = *m_shown;
    const dl::Lang lang = m_session.lang();
    const dl::Evaluation &e = s.evaluation;
    populateHeader();

    const ResultsPanels::PlanTarget target =
        ResultsPanels::planTarget(e, s.answers.base, s.loaded.enterprise, lang);
    m_target->setVisible(target.applies);
    m_target->setText(target.html);
    m_target->setProperty("reached", target.reached);
    const QColor tone = target.reached ? ResultsFormat::gainColor() : ResultsFormat::lossColor();
    const QColor tint = target.reached ? QColor(0xe8, 0xf5, 0xe9) : QColor(0xfd, 0xec, 0xea);
    m_target->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-left: 6px solid %1;"
                       " background: %2; color: #212121; }")
            .arg(tone.name(), tint.name()));

    const QString pending = ResultsPanels::pendingHtml(s.pending, s.loaded.models, lang);
    m_pending->setText(pending);
    m_pending->setVisible(!pending.isEmpty());
    m_explanation->setText(ResultsPanels::explanationHtml(e, lang));
    ResultsPanels::fillWhatIf(m_whatIf, e, s.answers.base, lang);
    m_locks->setLocks(e.model, e.locks, lang);
    const ChartsModule &charts = ChartsModule::instance();
    charts.show(m_dimensions, ResultsCharts::dimensionBars(e.model, e.result, lang));
    charts.show(m_radar, ResultsCharts::subdimensionRadar(e.model, e.result, lang));
    m_scenarios->setScenarios(e.model, s.answers.base, lang);
    const QString overlays = ResultsPanels::overlaysHtml(e, lang);
    m_overlays->setText(overlays);
    m_overlayBox->setVisible(!overlays.isEmpty());

    m_message->hide();
    m_header->show();
    m_scroll->show();
}
