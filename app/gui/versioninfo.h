// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What `digilevel --version` prints and Help ▸ About shows: the program's version, the bundled
// model's id and version, the Qt, SQLite and yaml-cpp versions and the licence, one per line
// ("Qt: 6.4.2"), the same lines as `digilevel-cli --version`.
QStringList versionLines();
