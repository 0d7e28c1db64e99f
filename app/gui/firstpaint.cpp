// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace {

Q_LOGGING_CATEGORY(lcStartup, "digilevel.app.startup", QtWarningMsg)

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

qint64 microsecondsSinceEpoch()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void printNow(const char *what)
{
    std::printf("%s %lld %ld\n", what, static_cast<long long>(microsecondsSinceEpoch()),
                peakRssKb());
    std::fflush(stdout);
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QWidget *window, bool waitForReady)
    : QObject(window)
    , m_waitForReady(waitForReady)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint has finished, so that it is counted.
        QTimer::singleShot(0, this, &FirstPaintProbe::painted);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::painted()
{
    printNow("first-paint");
    m_firstPaintPrinted = true;
    if (!m_waitForReady)
        QCoreApplication::quit();
    else if (m_ready)
        listReady();
}

void FirstPaintProbe::ready()
{
    if (m_ready)
        return;
    m_ready = true;
    if (m_firstPaintPrinted)
        listReady();
}

void FirstPaintProbe::listReady()
{
    // After the views have repainted with the rows (their update requests are posted before
    // this timer fires).
    QTimer::singleShot(0, this, [] {
        printNow("list-ready");
        QCoreApplication::quit();
    });
}

void quitAfterFirstPaint(QWidget *window)
{
    new FirstPaintProbe(window);
}

namespace {

class FirstPaintHook : public QObject
{
public:
    FirstPaintHook(QWidget *window, std::function<void()> f)
        : QObject(window)
        , m_f(std::move(f))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_f) {
            watched->removeEventFilter(this);
            // After this paint has finished.
            QTimer::singleShot(0, this, [this] {
                auto f = std::move(m_f);
                m_f = nullptr;
                f();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_f;
};

} // namespace

void whenFirstPainted(QWidget *window, std::function<void()> f)
{
    new FirstPaintHook(window, std::move(f));
}

void startupMark(const char *step)
{
    if (lcStartup().isDebugEnabled())
        qCDebug(lcStartup, "%s %.3f", step, double(microsecondsSinceEpoch()) / 1000.0);
}
