// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>

class QWidget;

// Every diagnostic on its own line, "file:line:column: [id] message".
QString errorText(const dl::Diagnostics &errors);
// A modal warning: `what` failed, with the core's diagnostics below it.
void showErrors(QWidget *parent, const QString &what, const dl::Diagnostics &errors);
