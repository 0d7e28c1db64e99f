// SPDX-License-Identifier: GPL-3.0-or-later
#include "industrypickerdialog.h"

#include "model/industry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int CodeRole = Qt::UserRole;       // "C34" or "C"
constexpr int SearchRole = Qt::UserRole + 1; // lower-cased code and both names

QTreeWidgetItem *makeItem(const dl::IndustryEntry &e, const QString &code, dl::Lang lang)
{
    auto *item = new QTreeWidgetItem(
        {QString::fromStdString(e.code), QString::fromStdString(e.name.get(lang))});
    item->setData(0, CodeRole, code);
    item->setData(0, SearchRole,
                  (code + QLatin1Char('\n') + QString::fromStdString(e.name.zh) +
                   QLatin1Char('\n') + QString::fromStdString(e.name.en))
                      .toLower());
    item->setToolTip(1, QString::fromStdString(
                            e.name.get(lang == dl::Lang::ZhCN ? dl::Lang::En : dl::Lang::ZhCN)));
    return item;
}

} // namespace

IndustryPickerDialog::IndustryPickerDialog(dl::Lang lang, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Choose the industry"));
    m_search->setObjectName(QStringLiteral("industrySearch"));
    m_search->setPlaceholderText(tr("Code or name, e.g. 34 or 机械 or machinery"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_tree->setObjectName(QStringLiteral("industryTree"));
    m_tree->setHeaderLabels({tr("Code"), tr("Name")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    const dl::IndustryTable &table = dl::IndustryTable::gbt4754();
    const auto wanted = table.parse(current.trimmed().toUpper().toStdString());
    QTreeWidgetItem *selected = nullptr;
    for (const dl::IndustryEntry &section : table.sections()) {
        const QString sectionCode = QString::fromStdString(section.code);
        QTreeWidgetItem *top = makeItem(section, sectionCode, lang);
        QFont bold = top->font(1);
        bold.setBold(true);
        top->setFont(1, bold);
        m_tree->addTopLevelItem(top);
        if (wanted && wanted->section == section.code && wanted->division.empty())
            selected = top;
        for (const dl::IndustryEntry &division : table.divisions()) {
            if (division.section != section.code)
                continue;
            QTreeWidgetItem *child =
                makeItem(division, sectionCode + QString::fromStdString(division.code), lang);
            top->addChild(child);
            if (wanted && wanted->division == division.code)
                selected = child;
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &IndustryPickerDialog::setFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &IndustryPickerDialog::updateOk);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && !item->isHidden())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("GB/T 4754-2017: sections (门类) with their divisions (大类). "
                               "Choose the division where you can."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 620);

    if (selected) {
        m_tree->setCurrentItem(selected);
        m_tree->scrollToItem(selected, QAbstractItemView::PositionAtCenter);
    }
    updateOk();
    m_search->setFocus();
}

QString IndustryPickerDialog::code() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && !item->isHidden() ? item->data(0, CodeRole).toString() : QString();
}

void IndustryPickerDialog::setFilter(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto matches = [&](const QTreeWidgetItem *item) {
        const QString hay = item->data(0, SearchRole).toString();
        return std::all_of(terms.cbegin(), terms.cend(),
                           [&](const QString &t) { return hay.contains(t); });
    };
    QTreeWidgetItem *first = nullptr;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *top = m_tree->topLevelItem(s);
        const bool sectionMatches = matches(top);
        bool any = false;
        for (int d = 0; d < top->childCount(); ++d) {
            QTreeWidgetItem *child = top->child(d);
            const bool show = sectionMatches || matches(child);
            child->setHidden(!show);
            if (show && !first && !terms.isEmpty() && !sectionMatches)
                first = child;
            any = any || show;
        }
        top->setHidden(!sectionMatches && !any);
        if (sectionMatches && !first && !terms.isEmpty())
            first = top;
        // Searching opens the sections that hold a match; an empty search folds them again.
        top->setExpanded(!terms.isEmpty() && any && !sectionMatches);
    }
    if (first && (!m_tree->currentItem() || m_tree->currentItem()->isHidden() ||
                  !matches(m_tree->currentItem())))
        m_tree->setCurrentItem(first);
    updateOk();
}

void IndustryPickerDialog::updateOk()
{
    m_ok->setEnabled(!code().isEmpty());
}

bool IndustryPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown) {
            m_tree->setFocus();
            if (!m_tree->currentItem())
                m_tree->setCurrentItem(m_tree->topLevelItem(0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
