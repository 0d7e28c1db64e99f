// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// A fresh folder under the system temporary directory, removed with everything in it.
class TempDir
{
public:
    explicit TempDir(std::string_view tag);
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::string file(std::string_view name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

// The durability writer (tests/store/durability_writer.cpp) as a child process: its stdout
// comes through a pipe, its stderr goes to a file.
class WriterProcess
{
public:
    WriterProcess(const std::vector<std::string> &args, const std::string &stderrFile);
    ~WriterProcess(); // kills and reaps a child still running
    WriterProcess(const WriterProcess &) = delete;
    WriterProcess &operator=(const WriterProcess &) = delete;

    bool started() const { return m_pid > 0; }
    int outputFd() const { return m_fd; }
    // Reads what is available, waiting at most timeoutMs; appends complete lines to `lines`.
    // Returns false once the pipe is at end of file.
    bool read(int timeoutMs, std::vector<std::string> &lines);
    // Reads until end of file (bounded by timeoutMs), appending complete lines.
    void drain(int timeoutMs, std::vector<std::string> &lines);
    void kill();
    // Waits for the child; returns the raw wait status.
    int wait();
    std::string stderrText() const;

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    bool m_eof = false;
    std::string m_partial;
    std::string m_stderrFile;
};

std::string writerPath();
// Runs the writer to completion (COUNT 0 sets a database up); returns the exit code, or -1.
int runWriter(const std::vector<std::string> &args, const std::string &stderrFile);
// Real figure ids of the bundled model, comma-separated, for the writer's KEYS argument.
std::vector<std::string> figureIds();
std::string joinKeys(const std::vector<std::string> &keys);

// What the writer has promised: the last acknowledged value of each key, in order.
struct Acks
{
    std::map<std::string, long long> last;
    long long total = 0;
    long long lastValue = 0; // of the most recent "ack" line, 0 if none
    // Parses "ack KEY VALUE"; returns false for anything else.
    bool add(const std::string &line);
};

dl::Store::Options quietOptions(); // no daily backup
// The first assessment's answers, key -> value, for the self figures. FAILs on any error.
std::map<std::string, long long> storedFigures(dl::Store &store,
                                               std::int64_t *assessmentId = nullptr);
std::string sha256OfFile(const std::string &path);
std::string readFile(const std::string &path);
void writeFile(const std::string &path, std::string_view bytes);
bool isRoot();
// Mounts a tmpfs on `dir` with `options` ("size=300k", "ro,size=64k"); false if not permitted.
bool mountTmpfs(const std::string &dir, const std::string &options);
void unmount(const std::string &dir);
bool remountReadOnly(const std::string &dir);

// A stand-in model: the store keeps the text by hash and does not parse it.
dl::Model tinyModel();
// One enterprise with one assessment of the stand-in model; returns the assessment id.
std::int64_t setUp(dl::Store &store);
dl::StoredAnswer figure(const std::string &key, const std::string &value, std::string note = {});
// Every diagnostic as "code: text", one per line, for test messages.
std::string describe(const dl::Diagnostics &errors);
std::int64_t pragmaNumber(dl::Store &store, const std::string &pragma);
std::string pragmaText(dl::Store &store, const std::string &pragma);
bool hasTable(dl::Store &store, const std::string &name);
// The rolling backups in a folder, newest first, listed independently of the store.
std::vector<std::string> dailyBackupsIn(const std::filesystem::path &dir);
