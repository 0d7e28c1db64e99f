// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "portfolio/peerbenchmark.h"
#include "store/store.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

#include <algorithm>

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.language = s.value(QStringLiteral("language")).toString();
    a.dataDirectory = s.value(QStringLiteral("dataDirectory")).toString();
    a.assessorName = s.value(QStringLiteral("assessorName")).toString();
    a.assessorOrg = s.value(QStringLiteral("assessorOrg")).toString();
    a.minPeers = std::max(dl::kMinPeersFloor,
                          s.value(QStringLiteral("peers/minimum"), dl::kMinPeersDefault).toInt());
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("dataDirectory"), dataDirectory);
    s.setValue(QStringLiteral("assessorName"), assessorName);
    s.setValue(QStringLiteral("assessorOrg"), assessorOrg);
    s.setValue(QStringLiteral("peers/minimum"), minPeers);
}

dl::Lang AppSettings::effectiveLanguage() const
{
    if (language == QLatin1String("en"))
        return dl::Lang::En;
    if (language == QLatin1String("zh_CN"))
        return dl::Lang::ZhCN;
    return QLocale().language() == QLocale::English ? dl::Lang::En : dl::Lang::ZhCN;
}

QString AppSettings::databasePath() const
{
    // The same default as digilevel-cli, so both work on one database.
    if (dataDirectory.isEmpty())
        return QString::fromStdString(dl::Store::defaultPath());
    return QDir(dataDirectory).filePath(QStringLiteral("digilevel.sqlite"));
}
