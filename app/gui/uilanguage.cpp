// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>

#include <atomic>

namespace {

// Read by threads that format diagnostics (the enterprise list's reader, for one).
std::atomic<dl::Lang> applied{dl::Lang::En};

} // namespace

UiLanguage::~UiLanguage()
{
    uninstall();
    applied.store(dl::Lang::En);
}

void UiLanguage::uninstall()
{
    // Removing a translator that is not installed does nothing.
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

UiLanguage::UiLanguage(const FontChoices &fonts)
    : m_fonts(Fonts{QApplication::font(), fonts})
{}

dl::Lang UiLanguage::current()
{
    return applied.load();
}

void UiLanguage::apply(dl::Lang lang)
{
    applied.store(lang);
    if (m_fonts)
        QApplication::setFont(applicationFont(m_fonts->platform, m_fonts->forSansSerif, lang));
    uninstall();
    if (m_app.load(
            QStringLiteral(":/i18n/digilevel_%1").arg(QString::fromLatin1(dl::langCode(lang)))))
        QCoreApplication::installTranslator(&m_app);
    if (lang == dl::Lang::ZhCN && m_qt.load(QStringLiteral("qtbase_zh_CN"),
                                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}
