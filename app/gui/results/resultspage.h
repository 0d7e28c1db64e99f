// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSession;

// The results dashboard. (Skeleton: replaced by the GUI work.)
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPage(AppSession &session, QWidget *parent = nullptr);

public:
    void openAssessment(qint64 assessmentId);

private:
    AppSession &m_session;
};
