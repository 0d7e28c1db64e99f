// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgradedialog.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "enterprise/answercodec.h"
#include "store/storedassessment.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

UpgradeDialog::UpgradeDialog(AppSession &session, qint64 assessmentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_assessmentId(assessmentId)
    , m_target{dl::withBuiltinOverlays(session.builtinModels().model), session.builtinModelText()}
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_notes(new QLabel(this))
{
    setWindowTitle(tr("Upgrade to the new model version"));
    m_summary->setObjectName(QStringLiteral("upgrade-summary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("upgrade-plan"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Indicator"), tr("Answer")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setMinimumSize(560, 260);
    m_notes->setObjectName(QStringLiteral("upgrade-notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upgrade"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UpgradeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UpgradeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    auto source = dl::loadAssessment(session.store(), std::to_string(assessmentId));
    auto plan = source ? dl::planUpgrade(session.store(), *source, m_target)
                       : dl::Result<dl::UpgradePlan>(source.errors());
    if (!plan) {
        // The reason from the core, in the interface's language: no newer version, or one that
        // does not say how this version's answers carry over, or an upgrade made before.
        m_summary->setText(
            tr("This assessment cannot be upgraded:\n%1").arg(errorText(plan.errors())));
        m_tree->hide();
        m_notes->hide();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    m_source = source->models;
    const dl::AssessmentRecord &a = m_plan->source;
    m_summary->setText(
        tr("The assessment started on %1 uses version %2. A new assessment on version %3 is "
           "made with the answers below; the old one stays as it is, with its results.")
            .arg(qs(a.createdAt.substr(0, 10)), qs(a.modelVersion), qs(m_plan->targetVersion)));
    showPlan(*m_plan);
}

void UpgradeDialog::showPlan(const dl::UpgradePlan &plan)
{
    const dl::ModelSet &target = m_target.models;
    QStringList notes;
    auto group = [&](const QString &title, const std::vector<dl::CarriedAnswer> &list,
                     const char *name) {
        auto *top = new QTreeWidgetItem(m_tree, {title.arg(list.size())});
        top->setData(0, Qt::UserRole, QLatin1String(name));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        QString lastWhy;
        for (const dl::CarriedAnswer &c : list) {
            // A dropped answer may name what the new version no longer has.
            const bool inTarget = dl::answerName(target, c.kind, c.key).en != c.key;
            const dl::ModelSet &names = inTarget ? target : m_source;
            QString label = m_session.text(dl::answerName(names, c.kind, c.key));
            if (c.layer == dl::Layer::Verified)
                label = tr("%1 (verified)").arg(label);
            const std::string value = dl::readableAnswer(names.model, names.overlays, c.kind, c.key,
                                                         c.value, m_session.lang());
            auto *row =
                new QTreeWidgetItem(top, {label, value.empty() ? tr("(a note only)") : qs(value)});
            row->setData(0, Qt::UserRole, qs(c.key));
            const QString why = m_session.text(c.why);
            row->setToolTip(0, why);
            if (!why.isEmpty() && why != lastWhy)
                notes << QStringLiteral("<b>%1</b> %2")
                             .arg(title.arg(list.size()).toHtmlEscaped(), why.toHtmlEscaped());
            lastWhy = why;
        }
        top->setExpanded(name != std::string_view("carried"));
    };
    group(tr("Carried over unchanged (%1)"), plan.carried, "carried");
    group(tr("Carried over, to confirm (%1)"), plan.rechecked, "rechecked");
    group(tr("Not carried over (%1)"), plan.dropped, "dropped");
    notes << tr("Evidence: %1 files and %2 ticks go with the answers; %3 files and %4 ticks stay "
                "with the old assessment.")
                 .arg(plan.evidenceFiles)
                 .arg(plan.evidenceChecks)
                 .arg(plan.evidenceFilesLeft)
                 .arg(plan.evidenceChecksLeft)
                 .toHtmlEscaped();
    m_notes->setText(notes.join(QStringLiteral("<br>")));
}

void UpgradeDialog::accept()
{
    if (!m_plan)
        return;
    auto done = dl::upgradeAssessment(m_session.store(), std::to_string(m_assessmentId), m_target,
                                      ss(m_session.userName()));
    if (!done) {
        showErrors(this, tr("The assessment could not be upgraded."), done.errors());
        return;
    }
    m_upgraded = done->assessment.id;
    m_session.notifyAssessmentChanged(m_upgraded);
    m_session.notifyEnterprisesChanged();
    QDialog::accept();
}
