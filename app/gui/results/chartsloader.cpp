// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLibrary>
#include <QLoggingCategory>

#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcCharts, "digilevel.app.charts")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartsModule)
};

const QString kFileName = QStringLiteral("digilevel-charts.so");

QStringList installedCandidates()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    return {programDir.filePath(kFileName),
            QDir::cleanPath(programDir.filePath(QStringLiteral(DIGILEVEL_CHARTS_DIR_FROM_PROGRAM) +
                                                QLatin1Char('/') + kFileName))};
}

std::unique_ptr<ChartsModule> &theModule()
{
    static std::unique_ptr<ChartsModule> module;
    return module;
}

} // namespace

ChartsModule &ChartsModule::instance()
{
    auto &module = theModule();
    if (!module) {
        module = std::make_unique<ChartsModule>(installedCandidates());
        if (!module->isLoaded())
            qCWarning(lcCharts).noquote() << module->error();
    }
    return *module;
}

void ChartsModule::useModule(const QString &path)
{
    theModule() = std::make_unique<ChartsModule>(QStringList{path});
}

ChartsModule::ChartsModule(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the charts it made live as long as the pages that show them.
        QLibrary library(path);
        if (!library.load()) {
            m_error = Tr::tr("The charts module %1 cannot be loaded: %2")
                          .arg(QDir::toNativeSeparators(path), library.errorString());
            return;
        }
        using EntryPoint = const ChartsApi *(*)();
        const auto entry = reinterpret_cast<EntryPoint>(library.resolve(kChartsEntryPoint));
        const ChartsApi *api = entry ? entry() : nullptr;
        if (!api || api->version != kChartsApiVersion) {
            m_error = Tr::tr("The charts module %1 belongs to another version of DigiLevel; "
                             "reinstall DigiLevel.")
                          .arg(QDir::toNativeSeparators(path));
            return;
        }
        m_api = api;
        m_path = path;
        return;
    }
    QStringList shown;
    for (const QString &path : candidates)
        shown << QDir::toNativeSeparators(path);
    m_error = Tr::tr("The charts module is missing; DigiLevel looked for %1. Reinstall DigiLevel "
                     "to see the charts.")
                  .arg(shown.join(Tr::tr(" and ")));
}

QWidget *ChartsModule::newView(const QString &objectName, QWidget *parent) const
{
    if (m_api)
        return m_api->newView(objectName, parent);
    auto *label = new QLabel(m_error, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ChartsModule::show(QWidget *view, const ChartSpec::Bars &bars) const
{
    if (m_api)
        m_api->showBars(view, bars);
}

void ChartsModule::show(QWidget *view, const ChartSpec::Radar &radar) const
{
    if (m_api)
        m_api->showRadar(view, radar);
}

void ChartsModule::show(QWidget *view, const ChartSpec::Trend &trend) const
{
    if (m_api)
        m_api->showTrend(view, trend);
}
