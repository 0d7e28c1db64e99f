// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class AppSession;
class MainWindow;

// Walks the main screens of a running app and saves a PNG of each into `folder`, then quits:
// the welcome screen, the enterprise list with the example enterprise, the profile and
// new-assessment dialogs, an item and a scenario page of the questionnaire, the on-site
// verification, the results, the history with a comparison, the settings and the model.
// tools/screenshots.sh runs it under Xvfb in Chinese and in English. Meant for an empty
// database: it adds the example enterprise and a second assessment of it.
void startScreenshotTour(AppSession &session, MainWindow &window, const QString &folder);
