// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/answerkinds.h"

#include <QtGlobal>

#include <functional>
#include <string>

class AppSession;
class QPushButton;
class QWidget;

namespace ReportExport {

// A menu on `button` with one entry per report language (independent of the UI language);
// choosing one asks for a file name, writes the PDF report of the assessment `assessmentId()`
// returns in the layer `layer()` returns, shows the core's errors, and offers to open the file.
void attachMenu(QPushButton *button,
                AppSession &session,
                std::function<qint64()> assessmentId,
                std::function<dl::Layer()> layer);

} // namespace ReportExport
