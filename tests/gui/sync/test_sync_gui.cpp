// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Synchronise against the throwaway PostgreSQL of the server tests: the settings name the
// server and the user, the password comes from where the window keeps it (the keyring, else the
// session), a refusal leaves the database alone, and the status bar says what happened.
#include "../../server/servertestsupport.h"
#include "../guitestsupport.h"

#include "appsettings.h"
#include "mainwindow.h"
#include "server/serverschema.h"
#include "server/serverusers.h"
#include "sync/serverpassword.h"
#include "sync/synccontroller.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

namespace {

struct ServerSettings
{
    ServerSettings(const std::string &conninfo, const std::string &user, int minutes = 0)
    {
        AppSettings s = AppSettings::load();
        s.serverUrl = QString::fromStdString(conninfo);
        s.serverUser = QString::fromStdString(user);
        s.autoSyncMinutes = minutes;
        s.save();
    }
    ~ServerSettings()
    {
        QSettings settings;
        settings.remove(QStringLiteral("server"));
    }
};

bool syncOnce(SyncController &sync)
{
    QSignalSpy finished(&sync, &SyncController::finished);
    sync.synchroniseQuiet();
    REQUIRE(finished.wait(60000));
    return finished.front().front().toBool();
}

} // namespace

TEST_CASE("File ▸ Synchronise: the password is asked for, kept, and the enterprise reaches the "
          "server",
          "[gui][server]")
{
    ScratchDatabase server("gui_sync");
    {
        auto admin = server.admin();
        REQUIRE(dl::initServerSchema(admin, "test"));
        const std::string role = server.rolePrefix() + "_wang";
        REQUIRE(dl::addServerUser(
            admin, {role, "佛山数智咨询", dl::ServerRole::Consultant, std::string("s3cret")}));
    }
    const std::string user = server.rolePrefix() + "_wang";
    // The administrator's connection string without its user: the settings give the user.
    std::string url = server.conninfo();
    url.replace(url.find("user=dladmin"), 12, "");
    ServerSettings settings(url, user);
    const QString account =
        QString::fromStdString(user) + QLatin1Char('@') + QString::fromStdString(url);
    ServerPassword::forget(account);

    TestSession t;
    t.addAssessment(t.addEnterprise(QStringLiteral("佛山陶瓷有限公司")));
    MainWindow window(*t.session);
    window.show();
    SyncController *sync = window.syncController();
    REQUIRE(sync);
    // The status bar shows the server's line once one is set, and the menu has the action.
    CHECK(window.statusBar()->isVisible());
    CHECK(sync->statusLabel()->text().contains(QStringLiteral("not synchronised yet")));
    QAction *action = window.menuBar()->findChild<QAction *>(QStringLiteral("synchronise"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+S")));

    // No password anywhere: refused, nothing on the server, the status bar says so.
    CHECK_FALSE(syncOnce(*sync));
    CHECK(server.scalar("SELECT count(*) FROM digilevel.enterprise") == "0");
    CHECK(sync->statusLabel()->text().contains(QStringLiteral("failed")));
    CHECK(sync->statusLabel()->toolTip().contains(QStringLiteral("password")));

    // A wrong one is refused too.
    ServerPassword::store(account, QStringLiteral("wrong"));
    CHECK_FALSE(syncOnce(*sync));
    CHECK(server.scalar("SELECT count(*) FROM digilevel.enterprise") == "0");

    // The right one: the enterprise, its assessment and their audit go up; nothing is left to
    // send, and the failure line is gone.
    ServerPassword::store(account, QStringLiteral("s3cret"));
    CHECK(ServerPassword::load(account) == QStringLiteral("s3cret"));
    REQUIRE(syncOnce(*sync));
    CHECK(server.scalar("SELECT count(*) FROM digilevel.enterprise") == "1");
    CHECK(server.scalar("SELECT name FROM digilevel.enterprise") == "佛山陶瓷有限公司");
    CHECK(server.scalar("SELECT count(*) FROM digilevel.assessment") == "1");
    const QString status = sync->statusLabel()->text();
    CHECK(status.contains(QStringLiteral("last synchronised")));
    CHECK(status.contains(QStringLiteral(" 0 local changes")));
    CHECK_FALSE(status.contains(QStringLiteral("failed")));

    // A change made afterwards waits in the status bar until the next sync.
    t.addEnterprise(QStringLiteral("佛山建材有限公司"));
    t.session->notifyEnterprisesChanged();
    CHECK_FALSE(sync->statusLabel()->text().contains(QStringLiteral(" 0 local changes")));
    REQUIRE(syncOnce(*sync));
    CHECK(server.scalar("SELECT count(*) FROM digilevel.enterprise") == "2");
    ServerPassword::forget(account);
}

TEST_CASE("Settings ▸ Team server: an automatic sync every N minutes, none without a server",
          "[gui][server]")
{
    TestSession t;
    {
        ServerSettings none("", "");
        MainWindow window(*t.session);
        window.show();
        CHECK_FALSE(window.statusBar()->isVisible());
    }
    ServerSettings settings("host=127.0.0.1 port=1 dbname=none", "nobody", 5);
    MainWindow window(*t.session);
    window.show();
    auto *timer = window.syncController()->findChild<QTimer *>();
    REQUIRE(timer);
    CHECK(timer->isActive());
    CHECK(timer->interval() == 5 * 60 * 1000);
    // The server cannot be reached: the window is not held, the status bar says so.
    CHECK_FALSE(syncOnce(*window.syncController()));
    CHECK(window.syncController()->statusLabel()->text().contains(QStringLiteral("failed")));
}
