// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "appsession.h"

HistoryPage::HistoryPage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{}

void HistoryPage::openEnterprise(qint64 enterpriseId) {}
