// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioninfo.h"

#include "store/componentversions.h"

#include <QtGlobal>

QStringList versionLines()
{
    QStringList lines{QStringLiteral("digilevel " DIGILEVEL_VERSION)};
    const std::vector<dl::ComponentVersion> parts = dl::componentVersions();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        lines << QString::fromStdString(parts[i].name + ": " + parts[i].version);
        if (i == 0) // after the model, as digilevel-cli --version
            lines << QStringLiteral("Qt: %1").arg(QString::fromLatin1(qVersion()));
    }
    lines << QStringLiteral("License: %1").arg(QString::fromLatin1(dl::kLicense));
    return lines;
}
