// SPDX-License-Identifier: GPL-3.0-or-later
// Every input in tests/data/fuzz-regressions crashed, leaked, hung or tripped a sanitizer in a fuzz
// target once (docs/fuzzing.md lists each with its fix). They are replayed here through the same
// entry points as the targets (tests/fuzz/fuzzentries.h): each must end in a value or in
// diagnostics that all have a message. Under the asan preset this also re-checks for the original
// memory errors.
#include "testsupport.h"

#include "../fuzz/fuzzentries.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> regressionFiles(const std::string &kind)
{
    std::vector<fs::path> out;
    const fs::path dir = testData("fuzz-regressions/" + kind);
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    for (const auto &entry : fs::directory_iterator(dir)) {
        // .gitkeep holds an empty folder in git; it is not a reproducer.
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
            out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void checkMessages(const dl::Diagnostics &diags)
{
    for (const dl::Diagnostic &d : diags) {
        INFO(d.toString());
        CHECK_FALSE(d.message.empty());
        CHECK_FALSE(d.code.empty());
    }
}

// A scratch folder with a fresh database for one bundle, removed afterwards.
class ScratchStore
{
public:
    ScratchStore()
    {
        m_dir =
            fs::temp_directory_path() / ("digilevel-fuzz-regression-" + std::to_string(::getpid()) +
                                         "-" + std::to_string(s_count++));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        dl::Store::Options options;
        options.dailyBackup = false;
        options.backupDir = (m_dir / "backups").string();
        auto store = dl::Store::open((m_dir / "db.sqlite").string(), options);
        if (!store)
            FAIL(store.errors().front().toString());
        m_store.emplace(std::move(*store));
    }
    ~ScratchStore()
    {
        m_store.reset();
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    dl::Store &store() { return *m_store; }
    std::string write(const std::string &content)
    {
        const std::string path = (m_dir / "input.dlb").string();
        std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
        return path;
    }

private:
    static inline int s_count = 0;
    fs::path m_dir;
    std::optional<dl::Store> m_store;
};

} // namespace

TEST_CASE("fuzz regressions: the regression corpus is there", "[fuzz]")
{
    // An empty or missing corpus would make the cases below pass without replaying anything.
    CHECK(regressionFiles("models").size() + regressionFiles("answers").size() +
              regressionFiles("bundles").size() >
          0);
}

TEST_CASE("fuzz regressions: model loader", "[fuzz]")
{
    for (const fs::path &file : regressionFiles("models")) {
        INFO(file.filename().string());
        const std::string text = readAll(file);
        CHECK(text.size() < 10 * 1024);
        checkMessages(dl::fuzz::runModel(text));
    }
}

TEST_CASE("fuzz regressions: answer-set parser", "[fuzz]")
{
    for (const fs::path &file : regressionFiles("answers")) {
        INFO(file.filename().string());
        const std::string text = readAll(file);
        CHECK(text.size() < 10 * 1024);
        checkMessages(dl::fuzz::runAnswers(text));
    }
}

TEST_CASE("fuzz regressions: bundle importer", "[fuzz]")
{
    // As found (the raw target) and with the hashes rewritten (the default target), each into a
    // fresh database.
    for (const fs::path &file : regressionFiles("bundles")) {
        INFO(file.filename().string());
        const std::string raw = readAll(file);
        CHECK(raw.size() < 10 * 1024);
        for (const std::string &content : {raw, dl::fuzz::fixBundleHashes(raw)}) {
            ScratchStore scratch;
            checkMessages(dl::fuzz::runBundle(scratch.store(), scratch.write(content)));
        }
    }
}

TEST_CASE("fuzz regressions: a bundle nested deeper than the stack", "[fuzz]")
{
    // The reproducer is 200 kB, too large for the corpus, so it is made here: 100,000 nested
    // lists in the payload overflowed the stack when the checksum serialised the payload.
    // The limit is 64 levels; a real bundle has 5.
    for (const int depth : {100'000, 65}) {
        INFO("depth " << depth);
        const std::string bundle =
            R"({"format":"digilevel-bundle/1","payload_sha256":"0","payload":{"x":)" +
            std::string(depth, '[') + std::string(depth, ']') + "}}";
        ScratchStore scratch;
        auto r = dl::importBundle(scratch.store(), scratch.write(bundle));
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == "bundle-damaged");
        CHECK_THAT(r.errors().front().message, Catch::Contains("nested more than 64 levels"));
    }
    // Brackets inside strings do not count, and the limit itself is accepted (the checksum
    // check then refuses it).
    const std::string inString =
        R"({"format":"digilevel-bundle/1","payload_sha256":"0","payload":{"x":")" +
        std::string(1000, '[') + "\"}}";
    ScratchStore scratch;
    auto r = dl::importBundle(scratch.store(), scratch.write(inString));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors().front().code == "bundle-tampered");
}
