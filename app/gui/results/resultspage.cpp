// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspage.h"

#include "appsession.h"

ResultsPage::ResultsPage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{}

void ResultsPage::openAssessment(qint64 assessmentId) {}
