// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnairepage.h"
#include "errordialog.h"
#include "stdtext.h"

#include "answereditor.h"
#include "appsession.h"
#include "confirmationbox.h"
#include "evidencepanel.h"
#include "model/officialmodels.h"
#include "questionnairebookactions.h"
#include "questionnairetreemodel.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcQuestionnaire, "digilevel.app.questionnaire", QtInfoMsg)

namespace {

// Where each assessment was left, per mode, so that the next sitting starts there.
QString lastKey(const std::string &uuid, bool verify)
{
    return QStringLiteral("questionnaire/%1/%2")
        .arg(QString::fromStdString(uuid),
             verify ? QStringLiteral("last-verified") : QStringLiteral("last-answered"));
}

QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

QuestionnairePage::QuestionnairePage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(wrapped(this, QStringLiteral("title")))
    , m_progress(new QProgressBar(this))
    , m_score(wrapped(this, QStringLiteral("score")))
    , m_results(new QPushButton(tr("Show &results"), this))
    , m_book(new QPushButton(tr("&Workbook and form"), this))
    , m_treeModel(new QuestionnaireTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_scroll(new QScrollArea(this))
    , m_path(wrapped(this, QStringLiteral("question-path")))
    , m_name(wrapped(this, QStringLiteral("question-title")))
    , m_question(wrapped(this, QStringLiteral("question-text")))
    , m_hint(wrapped(this, QStringLiteral("question-hint")))
    , m_notice(wrapped(this, QStringLiteral("not-asked")))
    , m_confirmation(new ConfirmationBox(this))
    , m_editorHost(new QVBoxLayout)
    , m_points(wrapped(this, QStringLiteral("points")))
    , m_difference(wrapped(this, QStringLiteral("difference")))
    , m_same(new QPushButton(tr("Same as the &enterprise"), this))
    , m_clear(new QPushButton(tr("&Clear answer"), this))
    , m_status(wrapped(this, QStringLiteral("status")))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_nextOpen(new QPushButton(tr("Next &unanswered"), this))
    , m_panel(new EvidencePanel(session, this))
{
    m_progress->setObjectName(QStringLiteral("progress"));
    m_results->setObjectName(QStringLiteral("show-results"));
    m_book->setObjectName(QStringLiteral("questionnaire-book"));
    m_book->setToolTip(tr("The questionnaire as an Excel workbook or a printed form for the "
                          "enterprise to fill in, and the returned workbook read back"));
    m_same->setObjectName(QStringLiteral("same-as-self"));
    m_clear->setObjectName(QStringLiteral("clear-answer"));
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next->setObjectName(QStringLiteral("next"));
    m_nextOpen->setObjectName(QStringLiteral("next-unanswered"));
    m_tree->setObjectName(QStringLiteral("navigation"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    QFont title = m_title->font();
    title.setBold(true);
    m_title->setFont(title);
    m_path->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_hint->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
    m_notice->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_points->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_status->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(220);
    setFocusProxy(m_tree);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 3);
    header->addWidget(m_progress, 2);
    header->addWidget(m_score, 3);
    header->addWidget(m_book);
    header->addWidget(m_results);

    auto *question = m_questionArea = new QWidget;
    auto *q = new QVBoxLayout(question);
    for (QWidget *w : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_question), static_cast<QWidget *>(m_hint),
                       static_cast<QWidget *>(m_notice), static_cast<QWidget *>(m_confirmation)})
        q->addWidget(w);
    q->addSpacing(6);
    q->addLayout(m_editorHost);
    q->addSpacing(6);
    auto *result = new QHBoxLayout;
    result->addWidget(m_points);
    result->addWidget(m_difference, 1);
    result->addWidget(m_same);
    result->addWidget(m_clear);
    q->addLayout(result);
    q->addStretch();
    m_scroll->setWidget(question);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *centre = new QWidget;
    auto *c = new QVBoxLayout(centre);
    c->setContentsMargins(0, 0, 0, 0);
    c->addWidget(m_scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_nextOpen);
    c->addLayout(buttons);

    auto *side = new QScrollArea;
    side->setWidget(m_panel);
    side->setWidgetResizable(true);
    side->setMinimumWidth(260);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(centre);
    splitter->addWidget(side);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 680, 300});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const int e = current.data(QuestionnaireTreeModel::EntryRole).toInt();
                if (!m_syncingTree && current.isValid() && e >= 0)
                    showEntry(e, false);
            });
    connect(m_results, &QPushButton::clicked, this, [this] {
        flush();
        if (m_data)
            m_session.openResults(m_data->id());
    });
    auto *book = new QMenu(m_book);
    QuestionnaireBookActions::addTo(
        book, this, m_session, [this] { return m_data ? m_data->id() : 0; },
        [this] { return layer(); });
    // What is typed but not yet stored goes into the workbook, and is not overwritten by it.
    connect(book, &QMenu::aboutToShow, this, &QuestionnairePage::flush);
    m_book->setMenu(book);
    connect(m_previous, &QPushButton::clicked, this, &QuestionnairePage::previous);
    connect(m_next, &QPushButton::clicked, this, &QuestionnairePage::next);
    connect(m_nextOpen, &QPushButton::clicked, this, &QuestionnairePage::nextUnanswered);
    connect(m_same, &QPushButton::clicked, this, &QuestionnairePage::sameAsSelf);
    connect(m_clear, &QPushButton::clicked, this, &QuestionnairePage::clearAnswer);
    connect(m_confirmation, &ConfirmationBox::confirmRequested, this,
            &QuestionnairePage::confirmAnswers);
    connect(m_panel, &EvidencePanel::changed, this, [this] { afterWrite({}); });
    connect(&m_session, &AppSession::assessmentChanged, this,
            &QuestionnairePage::assessmentChanged);
    buildShortcuts();
    openAssessment(0, false);
}

QuestionnairePage::~QuestionnairePage()
{
    flush();
}

void QuestionnairePage::openAssessment(qint64 assessmentId, bool verify)
{
    flush();
    m_verify = verify;
    m_entry = -1;
    m_panel->setEntry(nullptr, -1, layer());
    delete m_editor;
    m_editor = nullptr;
    m_treeModel->setData(nullptr, m_session.lang(), verify);
    m_data.reset();
    if (assessmentId > 0) {
        auto data = QuestionnaireData::load(m_session.store(), assessmentId);
        if (!data)
            showErrors(this, tr("Could not open the assessment"), data.errors());
        else
            m_data = std::move(*data);
    }
    m_same->setVisible(verify);
    m_nextOpen->setText(verify ? tr("Next &unverified") : tr("Next &unanswered"));
    m_status->clear();
    if (!m_data) {
        m_title->setText(tr("No assessment is open. Choose one on the Enterprises page."));
        updateHeader();
        updateEntry();
        return;
    }
    m_treeModel->setData(m_data.get(), m_session.lang(), verify);
    m_tree->expandAll(); // the whole questionnaire at a glance: about 50 rows
    const auto &a = m_data->assessment();
    m_title->setText(
        (verify ? tr("Verifying: %1 — %2") : tr("Questionnaire: %1 — %2"))
            .arg(qs(a.enterprise.name), qs(dl::displayTitle(a.models.model, m_session.lang()))));
    if (!m_data->problems().empty())
        showErrors(this, tr("Some stored answers no longer fit and are left out"),
                   m_data->problems());
    // Resume where this assessment was left in this mode, else at the first question asked.
    const QString last = QSettings().value(lastKey(a.record.uuid, verify)).toString();
    int entry = m_data->findEntry(ss(last));
    for (int e = 0; entry < 0 && e < int(m_data->entries().size()); ++e) {
        if (m_data->enabled(e))
            entry = e;
    }
    updateHeader();
    showEntry(entry, false);
    qCDebug(lcQuestionnaire) << "opened" << assessmentId << "verify" << verify << "at" << last;
}

QString QuestionnairePage::currentQuestion() const
{
    return m_data && m_entry >= 0 ? qs(m_data->entries()[m_entry].id) : QString();
}

void QuestionnairePage::flush()
{
    if (m_editor)
        m_editor->flush();
    m_panel->flush();
}

void QuestionnairePage::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

void QuestionnairePage::showEntry(int entry, bool focusEditor)
{
    if (!m_data || entry < 0)
        return;
    if (entry != m_entry) {
        flush();
        m_entry = entry;
        if (m_editor && m_editor->isAncestorOf(focusWidget()))
            m_tree->setFocus(Qt::OtherFocusReason); // not left on a control about to go
        delete m_editor; // at once, so that the new controls' object names are unique
        m_editor =
            createAnswerEditor(*m_data, entry, layer(), m_verify, m_session.lang(), m_questionArea);
        m_editor->setEnabled(m_data->enabled(entry));
        m_editorHost->addWidget(m_editor);
        m_editor->show(); // now, not at the next event loop pass as a layout would
        connect(m_editor, &AnswerEditor::edited, this, &QuestionnairePage::store);
        m_panel->setEntry(m_data.get(), entry, layer());
        QSettings().setValue(lastKey(m_data->assessment().record.uuid, m_verify),
                             qs(m_data->entries()[entry].id));
        m_scroll->ensureVisible(0, 0);
    }
    {
        m_syncingTree = true;
        const QModelIndex index = m_treeModel->indexForEntry(entry);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_syncingTree = false;
    }
    updateEntry();
    updateTabOrder();
    if (focusEditor) {
        // The chosen option if there is one (arrow keys then move from it), else the first control.
        const QList<QWidget *> chain = m_editor->focusChain();
        QWidget *target = chain.isEmpty() ? nullptr : chain.first();
        for (QWidget *w : chain) {
            if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isChecked()) {
                target = w;
                break;
            }
        }
        if (target && target->isEnabled())
            target->setFocus(Qt::TabFocusReason);
    }
}

void QuestionnairePage::updateTabOrder()
{
    QList<QWidget *> chain{m_book, m_results, m_tree};
    if (m_editor)
        chain << m_editor->focusChain();
    chain << m_confirmation->button() << m_same << m_clear << m_previous << m_next << m_nextOpen
          << m_panel->focusChain();
    for (int k = 1; k < chain.size(); ++k)
        setTabOrder(chain[k - 1], chain[k]);
}
