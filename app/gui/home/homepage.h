// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSession;

// The enterprise list. (Skeleton: replaced by the GUI work.)
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(AppSession &session, QWidget *parent = nullptr);

public slots:
    void newEnterprise();
    void importBundle();
    void exportBundle();

private:
    AppSession &m_session;
};
