// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QToolButton;

// A row of flat text buttons, one per action, like a toolbar that never overflows. The home
// page uses it instead of QToolBar: a QToolBar builds its overflow button's icon at once, and
// loading that image loads Qt's image plugins, a few milliseconds of start-up before the first
// paint for a button the home page never shows.
class ActionRow : public QWidget
{
    Q_OBJECT

public:
    explicit ActionRow(QWidget *parent = nullptr);

    QToolButton *addAction(QAction *action);
    void addSeparator();
    // Pushes what follows to the right end.
    void addStretch();
    QToolButton *buttonForAction(const QAction *action) const;

private:
    QHBoxLayout *m_layout;
};
