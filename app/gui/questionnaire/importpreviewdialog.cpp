// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"
#include "importpreviewmodel.h"
#include "stdtext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *table(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    // Option labels and messages are long: rows grow to show them whole rather than elided.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setTextElideMode(Qt::ElideNone);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const dl::QuestionnaireImportPlan &plan,
                                         dl::Lang lang,
                                         QWidget *parent)
    : QDialog(parent)
    , m_hasProblems(!plan.problems.empty())
    , m_changes(new ImportChangesModel(this))
    , m_problems(new ImportProblemsModel(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import questionnaire workbook"));
    m_changes->setChanges(plan.changes, lang);
    m_problems->setProblems(plan.problems, lang);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("import"));

    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(
        tr("Workbook: %1").arg(QFileInfo(qs(plan.file)).fileName().toHtmlEscaped()), this);
    file->setToolTip(qs(plan.file));
    layout->addWidget(file);
    layout->addWidget(m_summary);

    QTableView *changes = table(this, QStringLiteral("changes"), m_changes);
    changes->horizontalHeader()->setSectionResizeMode(ImportChangesModel::Question,
                                                      QHeaderView::Interactive);
    changes->setColumnWidth(ImportChangesModel::Question, 260);
    changes->setColumnWidth(ImportChangesModel::OldValue, 170);
    changes->setColumnWidth(ImportChangesModel::NewValue, 170);
    layout->addWidget(changes, 3);
    auto *keep = new QHBoxLayout;
    auto *all = new QPushButton(tr("Tick &all"), this);
    auto *none = new QPushButton(tr("Untick a&ll"), this);
    all->setObjectName(QStringLiteral("keep-all"));
    none->setObjectName(QStringLiteral("keep-none"));
    keep->addWidget(all);
    keep->addWidget(none);
    keep->addStretch();
    layout->addLayout(keep);
    connect(all, &QPushButton::clicked, m_changes, [this] { m_changes->setAllKept(true); });
    connect(none, &QPushButton::clicked, m_changes, [this] { m_changes->setAllKept(false); });

    if (m_hasProblems) {
        auto *heading = new QLabel(tr("Problems in the workbook:"), this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        layout->addWidget(heading);
        QTableView *problems = table(this, QStringLiteral("problems"), m_problems);
        problems->setColumnWidth(ImportProblemsModel::Row, 60);
        problems->setColumnWidth(ImportProblemsModel::Column, 60);
        problems->setColumnWidth(ImportProblemsModel::Id, 170);
        layout->addWidget(problems, 2);
        // Nothing to choose from while the workbook cannot be imported.
        changes->setEnabled(false);
        all->setEnabled(false);
        none->setEnabled(false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changes, &ImportChangesModel::keptChanged, this, &ImportPreviewDialog::updateButtons);
    resize(860, m_hasProblems ? 600 : 480);
    updateButtons();
}

std::vector<dl::QuestionnaireChange> ImportPreviewDialog::keptChanges() const
{
    return m_changes->keptChanges();
}

void ImportPreviewDialog::updateButtons()
{
    const int total = m_changes->rowCount(), kept = m_changes->keptCount();
    m_import->setEnabled(!m_hasProblems && kept > 0);
    if (m_hasProblems)
        m_summary->setText(tr("Problems in the workbook: %1. Nothing is imported while any remain: "
                              "correct the workbook and import it again.")
                               .arg(m_problems->rowCount()));
    else if (total == 0)
        m_summary->setText(tr("The workbook changes no answers."));
    else
        m_summary->setText(tr("Changes ticked: %1 of %2. Untick those that are not to be taken "
                              "over; nothing is stored before you choose Import.")
                               .arg(kept)
                               .arg(total));
    m_summary->setStyleSheet(m_hasProblems ? QStringLiteral("color: #b02a2a; font-weight: bold;")
                                           : QString());
}
