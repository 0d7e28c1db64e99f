// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"

#include <QString>
#include <QStringList>

class QWidget;

// The charts module (app/charts, digilevel-charts.so), loaded when the first chart is made:
// Qt Charts is then not bound at every start (see chartspec.h). When the module cannot be loaded
// (an incomplete installation) each chart's place says why, and the rest of the page works.
class ChartsModule
{
public:
    // The installation's module: beside the program (a build tree), else in
    // <libdir>/digilevel as installed. Looked for on first use.
    static ChartsModule &instance();
    // Makes instance() the module at `path` (the tests use the one just built). Call it before
    // the first instance().
    static void useModule(const QString &path);

    // Loads the first of `candidates` that exists.
    explicit ChartsModule(const QStringList &candidates);

    bool isLoaded() const { return m_api != nullptr; }
    // The file loaded, when loaded.
    QString path() const { return m_path; }
    // Why it is not loaded: the file and the loader's reason, or the files looked for.
    QString error() const { return m_error; }

    // A chart view; without the module, a label that gives error().
    QWidget *newView(const QString &objectName, QWidget *parent) const;
    // Replace what a view from newView() shows; nothing without the module.
    void show(QWidget *view, const ChartSpec::Bars &bars) const;
    void show(QWidget *view, const ChartSpec::Radar &radar) const;
    void show(QWidget *view, const ChartSpec::Trend &trend) const;

private:
    const ChartsApi *m_api = nullptr;
    QString m_path;
    QString m_error;
};
