// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrow.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QToolButton>

ActionRow::ActionRow(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

QToolButton *ActionRow::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Tab moves between the search field, the filters and the list; the actions have their
    // shortcuts and menu entries, as on a toolbar.
    button->setFocusPolicy(Qt::NoFocus);
    m_layout->addWidget(button);
    return button;
}

void ActionRow::addSeparator()
{
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    m_layout->addWidget(line);
}

void ActionRow::addStretch()
{
    m_layout->addStretch(1);
}

QToolButton *ActionRow::buttonForAction(const QAction *action) const
{
    for (auto *button : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}
