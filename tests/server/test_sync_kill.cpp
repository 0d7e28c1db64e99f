// SPDX-License-Identifier: GPL-3.0-or-later
// `digilevel-cli sync` killed (SIGKILL) at random moments, 20 times across two laptops, with
// acknowledged local changes in between: after a final resync the server and both laptops hold
// every acknowledged change exactly once. tests/server/killsync.sh does the same for longer.
#include "synctestsupport.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace {

// Runs the CLI's sync as a child, each step of it paused `pauseMs`, and kills it after `killMs`
// (when it is still running). Returns whether it was killed.
bool syncAndKill(const std::string &db, const std::string &conninfo, int pauseMs, int killMs)
{
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        setenv("DIGILEVEL_SYNC_PAUSE_MS", std::to_string(pauseMs).c_str(), 1);
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execl(DIGILEVEL_CLI, DIGILEVEL_CLI, "sync", "--db", db.c_str(), "--server",
              conninfo.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(killMs));
    const bool killed = kill(pid, SIGKILL) == 0;
    int status = 0;
    waitpid(pid, &status, 0);
    return killed && WIFSIGNALED(status);
}

dl::Store openQuiet(const std::string &path)
{
    auto s = dl::Store::open(path, quietOptions());
    REQUIRE(s);
    return std::move(*s);
}

} // namespace

TEST_CASE("twenty SIGKILLs of a running sync lose and duplicate nothing", "[server][sync]")
{
    TeamServer server("synckill");
    const std::string c1 = server.user("k1", "示例咨询", dl::ServerRole::Consultant);
    const std::string c2 = server.user("k2", "示例咨询", dl::ServerRole::Consultant);
    TempDir dir("synckill");
    const std::string db1 = dir.file("one.sqlite"), db2 = dir.file("two.sqlite");
    std::string uuid;
    {
        auto s1 = openQuiet(db1);
        setUp(s1);
        REQUIRE(dl::synchronise(s1, {c1, {}, {}}));
        uuid = firstAssessmentUuid(s1);
        auto s2 = openQuiet(db2);
        REQUIRE(dl::synchronise(s2, {c2, {}, {}}));
    }
    std::mt19937 random(20261205);
    std::map<std::string, std::string> acked; // key -> the last value a laptop committed
    int killed = 0;
    for (int round = 0; round < 20; ++round) {
        const bool first = round % 2 == 0;
        const std::string &path = first ? db1 : db2;
        // Each laptop changes its own answers (no conflicts) and sometimes adds a file.
        {
            auto s = openQuiet(path);
            auto a = s.assessmentByRef(uuid);
            REQUIRE(a);
            const std::string key = (first ? "one-" : "two-") + std::to_string(round % 3);
            const std::string value = std::to_string(100 + round);
            REQUIRE(s.setAnswer(a->id, figure(key, value), first ? "一号" : "二号"));
            acked[key] = value;
            if (round % 5 == 0)
                REQUIRE(s.addEvidenceFile(a->id, "planning", "文件 " + std::to_string(round),
                                          "f.txt", "text/plain", "一号"));
        }
        const int pause = int(random() % 30), after = int(random() % 250);
        killed += syncAndKill(path, first ? c1 : c2, pause, after);
    }
    INFO("killed mid-sync: " << killed << " of 20");
    CHECK(killed >= 10);

    // Resync until quiet: one, two, one.
    auto s1 = openQuiet(db1);
    auto s2 = openQuiet(db2);
    REQUIRE(dl::synchronise(s1, {c1, {}, {}}));
    REQUIRE(dl::synchronise(s2, {c2, {}, {}}));
    REQUIRE(dl::synchronise(s1, {c1, {}, {}}));
    const std::string one = storeContent(s1), two = storeContent(s2);
    CHECK(one == two);
    CHECK(server.content() == one);
    for (const auto &[key, value] : acked) {
        INFO(key);
        CHECK(server.db.scalar("SELECT value FROM digilevel.answer WHERE key = '" + key + "'") ==
              value);
    }
    // Every audit row once: 20 changes and the set-up's, the same on each side.
    CHECK(server.count("audit") == std::to_string(rowCount(s1, "audit")));
    CHECK(server.count("evidence_file") == "4");
    auto open = dl::openConflicts(s1);
    REQUIRE(open);
    CHECK(open->empty());
}
