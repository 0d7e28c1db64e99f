// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlockspanel.h"

#include "stdtext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

PlanLocksPanel::PlanLocksPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Tick what the enterprise will not change: the ways to the next "
                                "level then leave it as it is."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *boxes = new QWidget(this);
    m_grid = new QGridLayout(boxes);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(12);
    layout->addWidget(boxes);
}

void PlanLocksPanel::setLocks(const dl::Model &model, const dl::PlanLocks &locks, dl::Lang lang)
{
    // The industry decides which items and scenarios are enabled, so the same model can need
    // other boxes for another enterprise.
    std::string shown = model.contentHash + "/" + dl::langCode(lang);
    for (const dl::Item &item : model.items)
        shown += item.enabled ? '1' : '0';
    for (const dl::Scenario &s : model.scenarios)
        shown += s.enabled ? '1' : '0';
    if (shown != m_shown)
        rebuild(model, lang);
    m_shown = shown;
    for (const auto &[id, box] : m_boxes) {
        const int item = model.findItem(id), scenario = model.findScenario(id);
        const QSignalBlocker quiet(box);
        box->setChecked((item >= 0 && locks.hasItem(item)) ||
                        (scenario >= 0 && locks.hasScenario(scenario)));
    }
}

std::vector<std::string> PlanLocksPanel::lockedIds() const
{
    std::vector<std::string> ids;
    for (const auto &[id, box] : m_boxes)
        if (box->isChecked())
            ids.push_back(id);
    return ids;
}

void PlanLocksPanel::rebuild(const dl::Model &model, dl::Lang lang)
{
    m_boxes.clear(); // the layout owns the boxes and deletes them below
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Items in the left pair of columns, scenarios in the right: name, then its box.
    auto add = [&](const std::string &id, const dl::LocalText &name, int column, int row) {
        auto *label = new QLabel(qs(name.get(lang)), m_grid->parentWidget());
        auto *box = new QCheckBox(tr("Not in our plans"), m_grid->parentWidget());
        box->setObjectName(QStringLiteral("lock-") + qs(id));
        box->setToolTip(tr("The ways to the next level never change “%1”.").arg(label->text()));
        label->setBuddy(box);
        m_grid->addWidget(label, row, column);
        m_grid->addWidget(box, row, column + 1);
        connect(box, &QCheckBox::toggled, this, &PlanLocksPanel::locksChanged);
        m_boxes.emplace_back(id, box);
    };
    auto heading = [&](const QString &text, int column) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text), m_grid->parentWidget());
        m_grid->addWidget(label, 0, column, 1, 2);
    };
    heading(tr("Items"), 0);
    heading(tr("Scenarios"), 2);
    int row = 1;
    for (const dl::Item &item : model.items)
        if (item.enabled)
            add(item.id, item.name, 0, row++);
    row = 1;
    for (const dl::Scenario &s : model.scenarios)
        if (s.enabled)
            add(s.id, s.name, 2, row++);
}
