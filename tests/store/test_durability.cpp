// SPDX-License-Identifier: GPL-3.0-or-later
// The durability harness: a writer process streams answer changes and prints an "ack" after
// each one; it is killed with SIGKILL at random moments, and after every kill the database must
// open, pass integrity_check, and hold every acknowledged change.
//
// DIGILEVEL_DURABILITY_KILLS sets the number of kills (default 20; tools/durability.sh runs 200+),
// DIGILEVEL_DURABILITY_SEED reproduces a run (the seed is printed).

#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <set>
#include <thread>

namespace {

long long envNumber(const char *name, long long fallback)
{
    const char *v = std::getenv(name);
    return v && *v ? std::atoll(v) : fallback;
}

// Checks the database after a kill against everything the writer acknowledged so far.
// `inflight` holds the value each killed run may have committed without acknowledging it.
void checkAfterKill(const std::string &path,
                    const Acks &acks,
                    const std::set<long long> &inflight,
                    long long &maxStored)
{
    auto store = dl::Store::open(path, quietOptions());
    if (!store)
        FAIL("reopening after a kill failed: " << store.errors().front().code << ": "
                                               << store.errors().front().toString());
    auto check = store->integrityCheck();
    REQUIRE(check.ok());
    REQUIRE(*check == std::vector<std::string>{"ok"});

    std::int64_t assessmentId = 0;
    const auto stored = storedFigures(*store, &assessmentId);
    for (const auto &[key, acked] : acks.last) {
        INFO("key " << key << ", last acknowledged value " << acked);
        const auto it = stored.find(key);
        REQUIRE(it != stored.end()); // an acknowledged change is lost
        CHECK(it->second >= acked);
        if (it->second != acked) // only an unacknowledged in-flight write may be newer
            CHECK(inflight.count(it->second) == 1);
    }
    for (const auto &[key, value] : stored) {
        if (!acks.last.count(key)) {
            INFO("key " << key << " was never acknowledged but holds " << value);
            CHECK(inflight.count(value) == 1);
        }
        maxStored = std::max(maxStored, value);
    }

    // The answer and its audit row are one transaction: the newest audit row of every key
    // holds the stored value, and there is one audit row per committed change.
    auto audit = store->audit(assessmentId);
    REQUIRE(audit.ok());
    std::map<std::string, std::string> newest;
    for (const auto &entry : *audit)
        newest[entry.key] = entry.newValue.value_or("");
    for (const auto &[key, value] : stored) {
        INFO("audit of key " << key);
        CHECK(newest[key] == std::to_string(value));
    }
    CHECK(std::int64_t(audit->size()) >= acks.total);
    CHECK(std::int64_t(audit->size()) <= acks.total + std::int64_t(inflight.size()));
}

} // namespace

TEST_CASE("acknowledged answers survive SIGKILL of the writer", "[durability]")
{
    const long long kills = std::max(1LL, envNumber("DIGILEVEL_DURABILITY_KILLS", 20));
    const auto seed = std::uint64_t(envNumber("DIGILEVEL_DURABILITY_SEED", std::random_device{}()));
    std::cerr << "durability: " << kills << " kills, seed " << seed
              << " (DIGILEVEL_DURABILITY_SEED=" << seed << " reproduces the run)\n";
    INFO("DIGILEVEL_DURABILITY_SEED=" << seed);
    std::mt19937_64 rng(seed);

    TempDir dir("durability");
    const std::string db = dir.file("answers.sqlite");
    const std::string err = dir.file("writer.stderr");
    const std::string keys = joinKeys(figureIds());
    REQUIRE(!keys.empty());

    REQUIRE(runWriter({writerPath(), db, "0", "0"}, err) == 0);

    Acks acks;
    std::set<long long> inflight;
    long long maxStored = 0;
    long long killedByCount = 0, killedByTime = 0;
    const auto started = std::chrono::steady_clock::now();
    for (long long round = 0; round < kills; ++round) {
        INFO("round " << round);
        // Half the rounds kill after a number of acks, half after a delay (which also lands
        // during start-up, while the database is being opened).
        const bool byCount = rng() % 2 == 0;
        const long long ackTarget = 1 + static_cast<long long>(rng() % 300);
        const auto delay = std::chrono::microseconds(rng() % 250000);
        const auto extra = std::chrono::microseconds(rng() % 2000);
        const long long valueBefore = maxStored;

        WriterProcess writer(
            {writerPath(), db, std::to_string(seed + std::uint64_t(round)), "100000000", keys},
            err);
        REQUIRE(writer.started());
        const auto t0 = std::chrono::steady_clock::now();
        auto lastOutput = t0;
        long long roundAcks = 0;
        bool open = true;
        std::vector<std::string> lines;
        while (open) {
            int wait = 1000;
            if (!byCount) {
                const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    t0 + delay - std::chrono::steady_clock::now());
                if (left.count() <= 0)
                    break;
                wait = int(left.count()) + 1;
            }
            lines.clear();
            open = writer.read(wait, lines);
            for (const auto &line : lines) {
                REQUIRE(acks.add(line));
                ++roundAcks;
            }
            const auto now = std::chrono::steady_clock::now();
            if (!lines.empty())
                lastOutput = now;
            if (byCount && roundAcks >= ackTarget) {
                std::this_thread::sleep_for(extra); // land somewhere inside the next change
                break;
            }
            if (now - lastOutput > std::chrono::seconds(20))
                FAIL("the writer made no progress for 20 s; stderr: " << writer.stderrText());
        }
        if (!open) {
            const int status = writer.wait();
            FAIL("the writer stopped by itself (status " << status << "): " << writer.stderrText());
        }
        writer.kill();
        // Acks already in the pipe were printed after their change returned: they count.
        lines.clear();
        writer.drain(10000, lines);
        for (const auto &line : lines) {
            if (acks.add(line))
                ++roundAcks;
        }
        const int status = writer.wait();
        if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL))
            FAIL("the writer was not killed but ended with status " << status << ": "
                                                                    << writer.stderrText());
        (byCount ? killedByCount : killedByTime)++;
        // The change it was making when killed: the one after its last ack, or its first.
        inflight.insert(roundAcks > 0 ? acks.lastValue + 1 : valueBefore + 1);

        checkAfterKill(db, acks, inflight, maxStored);
    }
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << "durability: " << kills << " kills (" << killedByCount << " after acks, "
              << killedByTime << " after a delay), " << acks.total << " acknowledged changes, "
              << seconds << " s\n";
    CHECK(acks.total > 0);
}
