// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnairepage.h"

#include "appsession.h"

QuestionnairePage::QuestionnairePage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{}

void QuestionnairePage::openAssessment(qint64 assessmentId, bool verify) {}
