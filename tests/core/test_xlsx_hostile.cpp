// SPDX-License-Identifier: GPL-3.0-or-later
// The reader against workbooks made to do harm (tests/fuzz/hostilexlsx.h): each is refused with
// its code and a message that names the part or cell, none crashes, none is inflated in full.
#include "../fuzz/hostilexlsx.h"

#include "exchange/xlsxreader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

TEST_CASE("hostile workbooks are refused with a diagnostic naming the part", "[xlsx]")
{
    for (const dl::xlsxtest::HostileCase &c : dl::xlsxtest::hostileCases()) {
        DYNAMIC_SECTION(c.name)
        {
            const std::string bytes = c.make();
            REQUIRE_FALSE(bytes.empty());
            const auto book = dl::readXlsxBytes(bytes, "returned.xlsx", c.limits);
            REQUIRE_FALSE(book.ok());
            REQUIRE(book.errors().size() == 1);
            const dl::Diagnostic &d = book.errors().front();
            INFO(d.toString());
            CHECK(d.file == "returned.xlsx");
            CHECK(d.code == c.code);
            CHECK(d.message.find(c.mentions) != std::string::npos);
            // Told in Chinese too.
            CHECK(d.text(dl::Lang::ZhCN) != d.message);
        }
    }
}

TEST_CASE("a zip bomb stays small on disk and is refused before it is inflated", "[xlsx]")
{
    // 200 MB of zeros deflate to a few hundred kilobytes: the attack is cheap to send.
    for (const auto &c : dl::xlsxtest::hostileCases())
        if (std::string_view(c.name) == "zip-bomb-200mb")
            CHECK(c.make().size() < (1u << 20));
}

TEST_CASE("readXlsx refuses a file over the limit before reading it", "[xlsx]")
{
    const fs::path path =
        fs::temp_directory_path() / ("digilevel-xlsx-" + std::to_string(::getpid()) + ".xlsx");
    {
        std::ofstream out(path, std::ios::binary);
        out << dl::xlsxtest::zipParts(dl::xlsxtest::plainWorkbook());
    }
    dl::XlsxLimits limits;
    limits.maxFileBytes = 64;
    const auto refused = dl::readXlsx(path.string(), limits);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().front().code == "file-too-large");
    const auto read = dl::readXlsx(path.string());
    REQUIRE(read.ok());
    CHECK(read->sheets.at(0).cell(1, 2)->number == 42);
    fs::remove(path);

    const auto missing = dl::readXlsx(path.string());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors().front().code == "file-not-found");
}
