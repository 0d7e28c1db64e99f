// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "portfolio/peerbenchmark.h"

#include <QString>

// The user's preferences, kept with QSettings. The language takes effect at the next start.
struct AppSettings
{
    QString language;      // "" follow the system, "zh_CN" or "en"
    QString dataDirectory; // "" the standard user data directory
    QString assessorName;
    QString assessorOrg;
    // 同行对标 is shown when the peer group has at least this many other enterprises; never
    // below dl::kMinPeersFloor (load() raises a smaller stored value).
    int minPeers = dl::kMinPeersDefault;
    // The team server: a libpq connection string or URL without the password (that is kept in
    // the desktop's keyring, never here), the user, and minutes between automatic syncs (0: only
    // when asked).
    QString serverUrl;
    QString serverUser;
    int autoSyncMinutes = 0;

    static AppSettings load();
    void save() const;

    // The language to run in: the setting, else the system's (Chinese unless it is English).
    dl::Lang effectiveLanguage() const;
    // The database file: <data directory>/digilevel.sqlite.
    QString databasePath() const;
};
