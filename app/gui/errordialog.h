// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>

class QWidget;

// Every diagnostic on its own line, where it is and what is wrong, in the language the interface
// shows (UiLanguage::current(), as tr() does).
QString errorText(const dl::Diagnostics &errors);
// A modal warning: `what` failed, with the core's diagnostics below it.
void showErrors(QWidget *parent, const QString &what, const dl::Diagnostics &errors);
