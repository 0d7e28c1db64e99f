// SPDX-License-Identifier: GPL-3.0-or-later
#include "newassessmentdialog.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "enterprise/recordlabels.h"
#include "homelabels.h"
#include "model/industry.h"
#include "scoring/scoring.h"
#include "store/portfolio.h"
#include "store/segments.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

NewAssessmentDialog::NewAssessmentDialog(AppSession &session, qint64 enterpriseId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_enterpriseId(enterpriseId)
{
    setWindowTitle(tr("New assessment"));
    dl::Store &store = session.store();
    const auto enterprise = store.enterprise(enterpriseId);
    const dl::ModelSet &models = session.builtinModels();

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("enterprise"));
    heading->setTextFormat(Qt::RichText);
    std::optional<dl::IndustryCode> industry;
    if (enterprise) {
        heading->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(qs(enterprise->name).toHtmlEscaped(),
                     HomeLabels::industry(enterprise->industry, session.lang()).toHtmlEscaped()));
        if (!enterprise->industry.empty())
            industry = dl::IndustryTable::gbt4754().parse(enterprise->industry);
    }

    auto *model = new QLabel(
        tr("%1 (version %2)").arg(session.text(models.model.title), qs(models.model.version)),
        this);
    model->setWordWrap(true);
    QStringList additions;
    for (int i : dl::activeOverlays(models, industry))
        additions << session.text(models.overlays[i].title);
    auto *overlays = new QLabel(
        additions.isEmpty()
            ? tr("No DigiLevel industry addition applies to this industry.")
            : tr("DigiLevel additions for this industry, scored beside the official result and "
                 "never part of the level: %1")
                  .arg(additions.join(tr(", "))),
        this);
    overlays->setObjectName(QStringLiteral("overlays"));
    overlays->setWordWrap(true);

    m_assessor = new QLineEdit(session.userName(), this);
    m_assessor->setObjectName(QStringLiteral("assessor"));
    m_organisation = new QLineEdit(session.organisation(), this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    // The organisations already named, most used first, so that one provider is not spelled
    // three ways.
    if (auto orgs = dl::assessingOrganisations(store.db())) {
        QStringList names;
        for (const std::string &o : *orgs)
            names << qs(o);
        auto *completer = new QCompleter(names, m_organisation);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_organisation->setCompleter(completer);
    }
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("phase"));
    for (dl::AssessmentPhase p :
         {dl::AssessmentPhase::Baseline, dl::AssessmentPhase::After, dl::AssessmentPhase::FollowUp})
        m_phase->addItem(qs(dl::label(p, session.lang())), int(p));

    m_self = new QRadioButton(tr("&Self-assessment by the enterprise"), this);
    m_verifyExisting =
        new QRadioButton(tr("On-site &verification of an existing self-assessment:"), this);
    m_onsite = new QRadioButton(tr("&On-site assessment by an assessor"), this);
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *b : {m_self, m_verifyExisting, m_onsite})
        modes->addButton(b);
    m_self->setChecked(true);

    m_existing = new QListWidget(this);
    m_existing->setObjectName(QStringLiteral("existing"));
    auto list = store.assessments(enterpriseId);
    if (list) {
        // Newest first: the one to verify is usually the latest.
        for (auto it = list->rbegin(); it != list->rend(); ++it) {
            const dl::AssessmentRecord &a = *it;
            QString level;
            if (auto s = dl::storedSummary(store, a.id); s && *s && (*s)->answered > 0)
                level = qs(dl::levelName(models.model, (*s)->level, session.lang()));
            auto *item = new QListWidgetItem(
                tr("%1 · %2 · %3 · %4 %5")
                    .arg(HomeLabels::localTime(a.createdAt),
                         HomeLabels::mode(a.mode, session.lang()) + tr(" · ") +
                             qs(dl::label(a.phase, session.lang())),
                         HomeLabels::status(a.status, session.lang()), qs(a.assessorName), level)
                    .trimmed(),
                m_existing);
            item->setData(Qt::UserRole, qint64(a.id));
        }
    }
    // The first assessment is the diagnosis before the transformation; a later one is usually
    // the evaluation after it.
    if (list && !list->empty())
        m_phase->setCurrentIndex(1);
    if (m_existing->count() > 0)
        m_existing->setCurrentRow(0);
    else
        m_verifyExisting->setEnabled(false);
    m_existing->setMaximumHeight(120);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(modes, &QButtonGroup::buttonToggled, this, &NewAssessmentDialog::updateState);
    connect(m_existing, &QListWidget::itemDoubleClicked, this, [this] {
        m_verifyExisting->setChecked(true);
        accept();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Model:"), model);
    form->addRow(QString(), overlays);
    form->addRow(tr("&Assessor:"), m_assessor);
    form->addRow(tr("O&rganisation:"), m_organisation);
    form->addRow(tr("&Phase:"), m_phase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_self);
    layout->addWidget(m_onsite);
    layout->addWidget(m_verifyExisting);
    layout->addWidget(m_existing);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateState();
}

void NewAssessmentDialog::updateState()
{
    const bool verify = m_verifyExisting->isChecked();
    m_existing->setEnabled(verify);
    m_ok->setText(verify ? tr("Open for verification") : tr("Create and open"));
    m_ok->setEnabled(!verify || m_existing->currentItem());
}

void NewAssessmentDialog::accept()
{
    if (m_verifyExisting->isChecked()) {
        if (!m_existing->currentItem())
            return;
        m_assessmentId = m_existing->currentItem()->data(Qt::UserRole).toLongLong();
        m_verify = true;
        QDialog::accept();
        return;
    }
    auto created = m_session.store().newAssessment(
        m_enterpriseId, m_session.builtinModels().model, m_session.builtinModelText(),
        ss(m_assessor->text().trimmed()), ss(m_organisation->text().trimmed()),
        m_onsite->isChecked() ? dl::AssessmentMode::Onsite : dl::AssessmentMode::Self,
        dl::AssessmentPhase(m_phase->currentData().toInt()));
    if (!created) {
        showErrors(this, tr("The assessment could not be created."), created.errors());
        return;
    }
    m_assessmentId = created->id;
    m_verify = false;
    m_session.notifyAssessmentChanged(m_assessmentId);
    QDialog::accept();
}
