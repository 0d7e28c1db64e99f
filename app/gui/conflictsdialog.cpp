// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString layerText(dl::Layer layer)
{
    return layer == dl::Layer::Verified ? ConflictsDialog::tr("on-site verified")
                                        : ConflictsDialog::tr("enterprise's answer");
}

} // namespace

ConflictsDialog::ConflictsDialog(AppSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_keepLocal(new QPushButton(tr("Keep &local value"), this))
    , m_takeIncoming(new QPushButton(tr("Take &incoming value"), this))
{
    setWindowTitle(tr("Merge conflicts"));
    auto *intro = new QLabel(tr("These answers were changed differently on two machines. The "
                                "local value stays until you choose; the choice is saved at once."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Enterprise"), tr("Question"), tr("Layer"),
                                        tr("Local value"), tr("Changed locally"),
                                        tr("Incoming value"), tr("Changed there")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_keepLocal->setObjectName(QStringLiteral("keep-local"));
    m_takeIncoming->setObjectName(QStringLiteral("take-incoming"));
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_takeIncoming, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepLocal, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeIncoming, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 420);
    reload();
}

void ConflictsDialog::reload()
{
    auto open = dl::openConflicts(m_session.store());
    if (!open) {
        showErrors(this, tr("The conflicts cannot be read."), open.errors());
        return;
    }
    m_conflicts = std::move(*open);
    m_table->setRowCount(int(m_conflicts.size()));
    for (int r = 0; r < int(m_conflicts.size()); ++r) {
        const dl::MergeConflict &c = m_conflicts[std::size_t(r)].conflict;
        const QStringList cells = {qs(c.enterpriseName),
                                   qs(dl::key(c.kind) + (" " + c.key)),
                                   layerText(c.layer),
                                   qs(c.localValue),
                                   tr("%1, %2").arg(qs(c.localBy), qs(c.localAt)),
                                   qs(c.incomingValue),
                                   tr("%1, %2").arg(qs(c.incomingBy), qs(c.incomingAt))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    if (!m_conflicts.empty())
        m_table->selectRow(0);
    updateButtons();
}

void ConflictsDialog::resolve(bool takeIncoming)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_conflicts.size()))
        return;
    const dl::StoredConflict &c = m_conflicts[std::size_t(row)];
    auto done =
        dl::resolveConflict(m_session.store(), c.id, takeIncoming, ss(m_session.userName()));
    if (!done) {
        showErrors(this, tr("The conflict could not be resolved."), done.errors());
        return;
    }
    m_session.notifyAssessmentChanged(c.assessmentId);
    reload();
    m_table->selectRow(std::min(row, m_table->rowCount() - 1));
}

void ConflictsDialog::updateButtons()
{
    const bool any = m_table->currentRow() >= 0 && !m_conflicts.empty();
    m_keepLocal->setEnabled(any);
    m_takeIncoming->setEnabled(any);
}
