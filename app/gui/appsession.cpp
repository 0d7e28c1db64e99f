// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsession.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsettings.h"
#include "base/embedded.h"
#include "model/builtinmodels.h"
#include "store/portfolio.h"

#include <QMessageBox>
#include <QWidget>

namespace {

// The bundled model is compiled in and checked by the test suite, so failing here means a broken
// build, not bad user input.
dl::ModelSet checkedBundle(dl::Result<dl::ModelSet> bundled)
{
    if (!bundled)
        qFatal("%s", qPrintable(errorText(bundled.errors())));
    return std::move(*bundled);
}

} // namespace

AppSession::AppSession(dl::Store store, dl::Lang lang, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_lang(lang)
    , m_bundled(checkedBundle(dl::loadBuiltinModelSet()))
    , m_bundledText(*dl::embeddedFile("assessments/miit-sme-2024.yaml"))
{}

AppSession::AppSession(dl::Store store,
                       dl::Lang lang,
                       std::future<dl::Result<dl::ModelSet>> bundled,
                       QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_lang(lang)
    , m_pending(std::move(bundled))
    , m_bundledText(*dl::embeddedFile("assessments/miit-sme-2024.yaml"))
{}

const dl::ModelSet &AppSession::builtinModels() const
{
    if (m_pending.valid())
        m_bundled = checkedBundle(m_pending.get());
    return m_bundled;
}

bool AppSession::isBuiltinModelReady() const
{
    return !m_pending.valid() ||
           m_pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

AppSession::~AppSession() = default;

QString AppSession::userName() const
{
    const QString name = AppSettings::load().assessorName;
    if (!name.isEmpty())
        return name;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString AppSession::organisation() const
{
    return AppSettings::load().assessorOrg;
}

QString AppSession::text(const dl::LocalText &t) const
{
    return qs(t.get(m_lang));
}

void AppSession::notifyAssessmentChanged(qint64 assessmentId)
{
    // The triggers cleared the summary when the answer was written; score it again now so that
    // the enterprise list shows the new level at once.
    dl::refreshSummaries(m_store);
    emit assessmentChanged(assessmentId);
}

void AppSession::notifyEnterprisesChanged()
{
    emit enterprisesChanged();
}
