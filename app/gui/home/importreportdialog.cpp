// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "homelabels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The model (or overlay) holding `key` of `kind`, with the index found, or nullptr.
const dl::Model *
holder(const dl::ModelSet &set, dl::AnswerKind kind, const std::string &key, int &index)
{
    auto find = [&](const dl::Model &m) {
        index = kind == dl::AnswerKind::Item       ? m.findItem(key)
                : kind == dl::AnswerKind::Scenario ? m.findScenario(key)
                                                   : m.findFigure(key);
        return index >= 0;
    };
    if (find(set.model))
        return &set.model;
    for (const dl::Model &overlay : set.overlays) {
        if (find(overlay))
            return &overlay;
    }
    return nullptr;
}

} // namespace

ImportReportDialog::ImportReportDialog(AppSession &session,
                                       const QString &fileName,
                                       const dl::ImportReport &report,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    build(tr("<b>Imported %1</b>").arg(fileName.toHtmlEscaped()), {}, report);
}

ImportReportDialog::ImportReportDialog(AppSession &session,
                                       const QList<ImportOutcome> &outcomes,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    const auto imported =
        std::count_if(outcomes.begin(), outcomes.end(),
                      [](const ImportOutcome &o) { return o.report.has_value(); });
    build(tr("<b>Imported %1 of %2 bundles</b>").arg(imported).arg(outcomes.size()), outcomes,
          total(outcomes));
}

void ImportReportDialog::build(const QString &heading,
                               const QList<ImportOutcome> &outcomes,
                               const dl::ImportReport &report)
{
    setWindowTitle(tr("Import report"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(heading, this));
    if (!outcomes.isEmpty()) {
        auto *bundles = new QTableWidget(int(outcomes.size()), 2, this);
        bundles->setObjectName(QStringLiteral("bundles"));
        bundles->setHorizontalHeaderLabels({tr("Bundle"), tr("Result")});
        bundles->setEditTriggers(QAbstractItemView::NoEditTriggers);
        bundles->setSelectionBehavior(QAbstractItemView::SelectRows);
        bundles->verticalHeader()->hide();
        bundles->horizontalHeader()->setStretchLastSection(true);
        for (int r = 0; r < int(outcomes.size()); ++r) {
            bundles->setItem(r, 0, new QTableWidgetItem(outcomes[r].fileName));
            auto *result = new QTableWidgetItem(outcomeLine(outcomes[r]));
            result->setToolTip(result->text()); // a refusal's reason can be long
            bundles->setItem(r, 1, result);
        }
        bundles->resizeColumnToContents(0);
        layout->addWidget(bundles, 1);
        layout->addWidget(new QLabel(tr("Together:"), this));
        resize(900, 480);
    }
    auto *lines = new QLabel(summary(report).join(QLatin1Char('\n')), this);
    lines->setObjectName(QStringLiteral("summary"));
    lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(lines);

    if (!report.conflicts.empty()) {
        auto *explain = new QLabel(
            tr("These answers were changed differently here and on the other computer. Nothing "
               "was overwritten: the local answer stays in force and both values are kept until "
               "the conflict is resolved (File ▸ Resolve merge conflicts)."),
            this);
        explain->setWordWrap(true);
        layout->addWidget(explain);
        auto *table = new QTableWidget(int(report.conflicts.size()), 5, this);
        table->setObjectName(QStringLiteral("conflicts"));
        table->setHorizontalHeaderLabels(
            {tr("Enterprise name"), tr("Question"), tr("Layer"), tr("Here"), tr("Incoming")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setWordWrap(true);
        for (int r = 0; r < int(report.conflicts.size()); ++r) {
            const dl::MergeConflict &c = report.conflicts[r];
            const QString here = tr("%1\n%2, %3")
                                     .arg(answerText(c, c.localValue), qs(c.localBy),
                                          HomeLabels::localTime(c.localAt));
            const QString incoming = tr("%1\n%2, %3")
                                         .arg(answerText(c, c.incomingValue), qs(c.incomingBy),
                                              HomeLabels::localTime(c.incomingAt));
            const QStringList cells = {qs(c.enterpriseName), question(c),
                                       c.layer == dl::Layer::Verified ? tr("On-site verified")
                                                                      : tr("Self-assessed"),
                                       here, incoming};
            for (int col = 0; col < cells.size(); ++col)
                table->setItem(r, col, new QTableWidgetItem(cells[col]));
        }
        table->resizeColumnsToContents();
        table->resizeRowsToContents();
        layout->addWidget(table, 1);
        resize(900, 480);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

dl::ImportReport ImportReportDialog::total(const QList<ImportOutcome> &outcomes)
{
    dl::ImportReport sum;
    for (const ImportOutcome &o : outcomes) {
        if (!o.report)
            continue;
        const dl::ImportReport &r = *o.report;
        sum.enterprisesAdded += r.enterprisesAdded;
        sum.enterprisesMatched += r.enterprisesMatched;
        sum.enterprisesUpdated += r.enterprisesUpdated;
        sum.assessmentsAdded += r.assessmentsAdded;
        sum.assessmentsMatched += r.assessmentsMatched;
        sum.answersAdded += r.answersAdded;
        sum.answersUpdated += r.answersUpdated;
        sum.answersUnchanged += r.answersUnchanged;
        sum.evidenceAdded += r.evidenceAdded;
        sum.conflicts.insert(sum.conflicts.end(), r.conflicts.begin(), r.conflicts.end());
    }
    return sum;
}

QString ImportReportDialog::outcomeLine(const ImportOutcome &o)
{
    if (!o.report)
        return o.problem;
    return tr("%1 enterprises and %2 assessments added, %3 conflicts")
        .arg(o.report->enterprisesAdded)
        .arg(o.report->assessmentsAdded)
        .arg(int(o.report->conflicts.size()));
}

QStringList ImportReportDialog::summary(const dl::ImportReport &r)
{
    QStringList out;
    out << tr("Enterprises: %1 added, %2 already here (%3 of them updated).")
               .arg(r.enterprisesAdded)
               .arg(r.enterprisesMatched)
               .arg(r.enterprisesUpdated);
    out << tr("Assessments: %1 added, %2 already here.")
               .arg(r.assessmentsAdded)
               .arg(r.assessmentsMatched);
    out << tr("Answers: %1 added, %2 updated, %3 unchanged.")
               .arg(r.answersAdded)
               .arg(r.answersUpdated)
               .arg(r.answersUnchanged);
    out << tr("Evidence files: %1 added.").arg(r.evidenceAdded);
    out << (r.conflicts.empty() ? tr("No conflicts.")
                                : tr("Conflicts: %1.").arg(int(r.conflicts.size())));
    return out;
}

QString ImportReportDialog::question(const dl::MergeConflict &c) const
{
    int index = -1;
    const dl::Model *m = holder(m_session.builtinModels(), c.kind, c.key, index);
    const QString key = qs(c.key);
    if (!m)
        return key;
    const dl::LocalText &name = c.kind == dl::AnswerKind::Item       ? m->items[index].name
                                : c.kind == dl::AnswerKind::Scenario ? m->scenarios[index].name
                                                                     : m->figures[index].name;
    return tr("%1 (%2)").arg(m_session.text(name), key);
}

QString ImportReportDialog::answerText(const dl::MergeConflict &c, const std::string &value) const
{
    if (value.empty())
        return tr("(no answer)");
    const QString v = qs(value);
    if (c.kind == dl::AnswerKind::Scenario)
        return tr("rated %1").arg(v);
    int index = -1;
    const dl::Model *m = holder(m_session.builtinModels(), c.kind, c.key, index);
    if (c.kind != dl::AnswerKind::Item || !m)
        return v;
    // Option ids to their labels; other item answers (yes/no, trends) stay as stored.
    QStringList labels;
    for (const QString &id : v.split(QLatin1Char(','))) {
        QString label = id;
        for (const dl::Option &o : m->items[index].options) {
            if (qs(o.id) == id)
                label = m_session.text(o.label);
        }
        labels << label;
    }
    return labels.join(tr("; "));
}
