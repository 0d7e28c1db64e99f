// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the bundle importer (JSON parse, checks, merge into a database) and opening
// the assessments it brought in. By default the input's hashes are rewritten first
// (fixBundleHashes) so that mutations get past the SHA-256 checks; DIGILEVEL_FUZZ_RAW=1 imports
// the bytes as they are. The database lives in DIGILEVEL_FUZZ_TMP (tools/fuzz.sh points it at
// /dev/shm), else $TMPDIR or /tmp, one folder per process, and is recreated every 1000 runs so
// that it stays small; a failed import rolls back, so runs only share successful imports.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

namespace fs = std::filesystem;

namespace {

std::string g_dir;
std::optional<dl::Store> g_store;
int g_runs = 0;
bool g_raw = false;

void removeDir()
{
    std::error_code ec;
    fs::remove_all(g_dir, ec);
}

void freshStore()
{
    g_store.reset();
    const std::string db = g_dir + "/fuzz.sqlite";
    std::error_code ec;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(db + suffix, ec);
    dl::Store::Options options;
    options.dailyBackup = false;
    options.backupDir = g_dir + "/backups";
    auto store = dl::Store::open(db, options);
    if (!store)
        std::abort(); // not the code under test: a broken fuzzing setup
    g_store.emplace(std::move(*store));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *base = std::getenv("DIGILEVEL_FUZZ_TMP");
    if (!base || !*base)
        base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/dl-fuzz-bundle-XXXXXX";
    if (!mkdtemp(tmpl.data()))
        std::abort();
    g_dir = tmpl;
    std::atexit(removeDir);
    const char *raw = std::getenv("DIGILEVEL_FUZZ_RAW");
    g_raw = raw && std::string_view(raw) == "1";
    (void)dl::fuzz::builtinModels();
    freshStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (++g_runs % 1000 == 0)
        freshStore();
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string path = g_dir + "/input.dlb";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (g_raw)
            out << input;
        else
            out << dl::fuzz::fixBundleHashes(input);
        if (!out)
            std::abort();
    }
    for (const dl::Diagnostic &d : dl::fuzz::runBundle(*g_store, path)) {
        if (d.message.empty())
            std::abort();
    }
    return 0;
}
