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
    a.serverUrl = s.value(QStringLiteral("server/url")).toString();
    a.serverUser = s.value(QStringLiteral("server/user")).toString();
    a.autoSyncMinutes = std::max(0, s.value(QStringLiteral("server/autoSyncMinutes")).toInt());
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
    s.setValue(QStringLiteral("server/url"), serverUrl);
    s.setValue(QStringLiteral("server/user"), serverUser);
    s.setValue(QStringLiteral("server/autoSyncMinutes"), autoSyncMinutes);
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
