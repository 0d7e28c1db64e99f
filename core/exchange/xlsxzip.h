// SPDX-License-Identifier: GPL-3.0-or-later
// The zip container of an .xlsx workbook, for xlsxreader.cpp only: parts found by name and
// unpacked in chunks under the limits of XlsxLimits. libzip stays out of every other header.
#pragma once

#include "base/result.h"
#include "exchange/xlsxreader.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace dl::xlsx {

// What reading one workbook has cost so far, against its limits: bytes unpacked from every part
// plus text copied into cells, and cells.
struct Budget
{
    const XlsxLimits &limits;
    std::uint64_t bytes = 0;
    std::uint64_t cells = 0;
};

class ZipArchive
{
public:
    // `bytes` must outlive the archive: libzip reads them in place.
    static Result<ZipArchive> open(std::string_view bytes, const std::string &file);

    const std::string &file() const { return m_file; }
    // Part names are compared without regard to case, as the Open Packaging Conventions say.
    bool contains(const std::string &part) const;

    // Receives the unpacked bytes in order; returns false to stop (the receiver keeps the reason).
    using Sink = std::function<bool(std::string_view chunk)>;
    // Unpacks `part` into `sink`. Refused before unpacking when its declared size passes
    // limits.maxPartBytes, and stopped when the bytes themselves pass it or the budget's total
    // (a declared size can lie). Done also when the sink stopped.
    Result<Done> stream(const std::string &part, Budget &budget, const Sink &sink) const;

private:
    struct Close
    {
        void operator()(zip *archive) const;
    };
    ZipArchive(zip *archive, std::string file);
    std::unique_ptr<zip, Close> m_zip;
    std::string m_file;
};

} // namespace dl::xlsx
