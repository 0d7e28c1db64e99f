// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// What the home page shows while the database holds no enterprise: what the tool does and the
// two ways to start (a new enterprise, or the bundled example), plus importing a bundle.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

signals:
    void newEnterpriseRequested();
    void exampleRequested();
    void importRequested();
};
