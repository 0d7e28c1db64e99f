// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "model/modelloader.h"
#include "store/store.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <future>

class QWidget;

// What every screen shares: the open database, the user's language, the bundled model and the
// settings, plus the navigation and change signals that keep screens in step. Screens write to
// the store directly (each call is its own transaction) and then call one of the notify...()
// functions so that other screens refresh.
class AppSession : public QObject
{
    Q_OBJECT

public:
    AppSession(dl::Store store, dl::Lang lang, QObject *parent = nullptr);
    // With the bundled model loaded later: in another thread, or on first use (a deferred
    // std::async of dl::loadBuiltinModelSet), so that the window does not wait for it.
    AppSession(dl::Store store,
               dl::Lang lang,
               std::future<dl::Result<dl::ModelSet>> bundled,
               QObject *parent = nullptr);
    ~AppSession() override;

    dl::Store &store() { return m_store; }
    dl::Lang lang() const { return m_lang; }
    // For the model texts and core strings; the UI's translations are AppShell's.
    void setLang(dl::Lang lang) { m_lang = lang; }
    // The bundled MIIT 2024 model and its overlays. The first call waits for it (or loads it)
    // when it is loaded later.
    const dl::ModelSet &builtinModels() const;
    // Whether builtinModels() returns without waiting.
    bool isBuiltinModelReady() const;
    // The bundled model's text, as stored with each new assessment.
    const std::string &builtinModelText() const { return m_bundledText; }

    // Who is working: the default assessor name and organisation from the settings, else the
    // operating-system user. Recorded in the audit trail of every change.
    QString userName() const;
    QString organisation() const;

    // Model text and core strings in the session language.
    QString text(const dl::LocalText &t) const;

    // After a write: refreshes the assessment's cached summary and tells the other screens.
    void notifyAssessmentChanged(qint64 assessmentId);
    void notifyEnterprisesChanged();

public slots:
    // Navigation requests; the main window switches to the screen.
    void goHome() { emit homeRequested(); }
    void openEnterprise(qint64 enterpriseId) { emit enterpriseRequested(enterpriseId); }
    void openQuestionnaire(qint64 assessmentId) { emit questionnaireRequested(assessmentId); }
    // On-site verification: the enterprise's answers beside the assessor's verified ones.
    void openVerification(qint64 assessmentId) { emit verificationRequested(assessmentId); }
    void openResults(qint64 assessmentId) { emit resultsRequested(assessmentId); }
    void openHistory(qint64 enterpriseId) { emit historyRequested(enterpriseId); }

signals:
    void homeRequested();
    void enterpriseRequested(qint64 enterpriseId);
    void questionnaireRequested(qint64 assessmentId);
    void verificationRequested(qint64 assessmentId);
    void resultsRequested(qint64 assessmentId);
    void historyRequested(qint64 enterpriseId);

    void enterprisesChanged();
    void assessmentChanged(qint64 assessmentId);

private:
    dl::Store m_store;
    dl::Lang m_lang;
    mutable std::future<dl::Result<dl::ModelSet>> m_pending; // until builtinModels() takes it
    mutable dl::ModelSet m_bundled;
    std::string m_bundledText;
};
