// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSession;

// An enterprise's history. (Skeleton: replaced by the GUI work.)
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(AppSession &session, QWidget *parent = nullptr);

public:
    void openEnterprise(qint64 enterpriseId);

private:
    AppSession &m_session;
};
