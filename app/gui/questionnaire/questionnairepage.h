// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSession;

// The questionnaire. (Skeleton: replaced by the GUI work.)
class QuestionnairePage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePage(AppSession &session, QWidget *parent = nullptr);

public:
    void openAssessment(qint64 assessmentId, bool verify);

private:
    AppSession &m_session;
};
