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

    static AppSettings load();
    void save() const;

    // The language to run in: the setting, else the system's (Chinese unless it is English).
    dl::Lang effectiveLanguage() const;
    // The database file: <data directory>/digilevel.sqlite.
    QString databasePath() const;
};
