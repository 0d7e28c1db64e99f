// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestsupport.h"

#include "base/sha256.h"
#include "model/builtinmodels.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

TempDir::TempDir(std::string_view tag)
{
    static std::atomic<int> counter{0};
    std::random_device rd;
    m_path = fs::temp_directory_path() /
             ("digilevel-" + std::string(tag) + "-" + std::to_string(::getpid()) + "-" +
              std::to_string(counter++) + "-" + std::to_string(rd() % 100000));
    fs::create_directories(m_path);
}

TempDir::~TempDir()
{
    // Tests lock folders (chmod 0555); unlock them all so that everything can be removed.
    std::error_code ec;
    fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
    for (auto it = fs::recursive_directory_iterator(
             m_path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code ignored;
        if (it->is_directory(ignored))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
    fs::remove_all(m_path, ec);
}

WriterProcess::WriterProcess(const std::vector<std::string> &args, const std::string &stderrFile)
    : m_stderrFile(stderrFile)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return;
    const int err = ::open(stderrFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    std::vector<char *> argv;
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    m_pid = ::fork();
    if (m_pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        if (err >= 0)
            ::dup2(err, STDERR_FILENO);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    if (err >= 0)
        ::close(err);
    m_fd = fds[0];
    if (m_pid < 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

WriterProcess::~WriterProcess()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

bool WriterProcess::read(int timeoutMs, std::vector<std::string> &lines)
{
    if (m_eof || m_fd < 0)
        return false;
    pollfd p{m_fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, std::max(0, timeoutMs));
    if (ready <= 0)
        return true; // timeout (or EINTR): nothing yet
    char buf[8192];
    const ssize_t n = ::read(m_fd, buf, sizeof buf);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN;
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_partial.append(buf, std::size_t(n));
    std::size_t start = 0;
    for (std::size_t nl; (nl = m_partial.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(m_partial.substr(start, nl - start));
    m_partial.erase(0, start);
    return true;
}

void WriterProcess::drain(int timeoutMs, std::vector<std::string> &lines)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (!read(int(left.count()), lines))
            return;
    }
}

void WriterProcess::kill()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGKILL);
}

int WriterProcess::wait()
{
    int status = 0;
    if (m_pid > 0) {
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
    }
    return status;
}

std::string WriterProcess::stderrText() const
{
    return readFile(m_stderrFile);
}

std::string writerPath()
{
    return DIGILEVEL_DURABILITY_WRITER;
}

int runWriter(const std::vector<std::string> &args, const std::string &stderrFile)
{
    WriterProcess w(args, stderrFile);
    if (!w.started())
        return -1;
    std::vector<std::string> lines;
    w.drain(60000, lines);
    const int status = w.wait();
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> figureIds()
{
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        auto models = dl::loadBuiltinModelSet();
        if (models) {
            for (const auto &f : models->model.figures)
                out.push_back(f.id);
        }
        return out;
    }();
    return ids;
}

std::string joinKeys(const std::vector<std::string> &keys)
{
    std::string out;
    for (const auto &k : keys)
        out += (out.empty() ? "" : ",") + k;
    return out;
}

bool Acks::add(const std::string &line)
{
    std::istringstream in(line);
    std::string word, key;
    long long value = 0;
    if (!(in >> word >> key >> value) || word != "ack")
        return false;
    last[key] = value;
    lastValue = value;
    ++total;
    return true;
}

dl::Store::Options quietOptions()
{
    dl::Store::Options o;
    o.dailyBackup = false;
    return o;
}

std::map<std::string, long long> storedFigures(dl::Store &store, std::int64_t *assessmentId)
{
    std::map<std::string, long long> out;
    auto all = store.assessments();
    REQUIRE(all.ok());
    REQUIRE(!all->empty());
    if (assessmentId)
        *assessmentId = all->front().id;
    auto answers = store.answers(all->front().id);
    REQUIRE(answers.ok());
    for (const auto &a : *answers) {
        if (a.layer == dl::Layer::Self && a.kind == dl::AnswerKind::Figure)
            out[a.key] = std::atoll(a.value.c_str());
    }
    return out;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string &path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

std::string sha256OfFile(const std::string &path)
{
    return dl::Sha256::hex(readFile(path));
}

bool isRoot()
{
    return ::geteuid() == 0;
}

bool mountTmpfs(const std::string &dir, const std::string &options)
{
    unsigned long flags = 0;
    std::string data = options;
    if (data.starts_with("ro,")) {
        flags |= MS_RDONLY;
        data.erase(0, 3);
    }
    return ::mount("tmpfs", dir.c_str(), "tmpfs", flags, data.c_str()) == 0;
}

void unmount(const std::string &dir)
{
    ::umount2(dir.c_str(), MNT_DETACH);
}

bool remountReadOnly(const std::string &dir)
{
    return ::mount(nullptr, dir.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
}

// Helpers shared by the store test files.

// A stand-in model: the store keeps the text by hash and does not parse it.
dl::Model tinyModel()
{
    dl::Model m;
    m.id = "tiny";
    m.version = "1";
    m.contentHash = dl::Sha256::hex("tiny model");
    return m;
}

// A store at `path` with one enterprise and one assessment; returns the assessment id.
std::int64_t setUp(dl::Store &store)
{
    dl::Enterprise e;
    e.name = "Safety Test Works";
    auto added = store.addEnterprise(e);
    REQUIRE(added.ok());
    auto a = store.newAssessment(added->id, tinyModel(), "tiny model", "tester", "lab",
                                 dl::AssessmentMode::Self);
    REQUIRE(a.ok());
    return a->id;
}

dl::StoredAnswer figure(const std::string &key, const std::string &value, std::string note)
{
    return dl::StoredAnswer{
        dl::Layer::Self, dl::AnswerKind::Figure, key, value, std::move(note), {}, {}};
}

std::string describe(const dl::Diagnostics &errors)
{
    std::string out;
    for (const auto &d : errors)
        out += d.code + ": " + d.toString() + "\n";
    return out;
}

std::int64_t pragmaNumber(dl::Store &store, const std::string &pragma)
{
    auto st = store.db().prepare("PRAGMA " + pragma);
    REQUIRE(st.ok());
    auto row = st->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return st->integer(0);
}

std::string pragmaText(dl::Store &store, const std::string &pragma)
{
    auto st = store.db().prepare("PRAGMA " + pragma);
    REQUIRE(st.ok());
    auto row = st->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return st->text(0);
}

bool hasTable(dl::Store &store, const std::string &name)
{
    auto st = store.db().prepare("SELECT 1 FROM sqlite_schema WHERE type='table' AND name=?");
    REQUIRE(st.ok());
    st->bind(1, name);
    auto row = st->step();
    REQUIRE(row.ok());
    return *row;
}

std::vector<std::string> dailyBackupsIn(const std::filesystem::path &dir)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("daily-") && name.ends_with(".sqlite"))
            out.push_back(entry.path().string());
    }
    std::sort(out.rbegin(), out.rend());
    return out;
}
