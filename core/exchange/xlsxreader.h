// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// One cell as a workbook stores it. Excel, WPS and LibreOffice type the same answer
// differently (a shared string, an inline string, a number, a boolean), so the importer looks at
// `type` and `text` together rather than trusting one writer's habits.
struct XlsxCell
{
    enum class Type { Text, Number, Boolean, Error };
    int row = 0;    // from 1
    int column = 0; // from 1 (A = 1)
    Type type = Type::Text;
    // The cell's text: the string for Text, the value as written in the XML for Number ("3",
    // "2.5E-3"), "1"/"0" for Boolean, the error code ("#N/A") for Error. Formulas: the cached
    // value.
    std::string text;
    double number = 0; // Number (and Boolean as 0/1)
};

struct XlsxSheet
{
    std::string name;
    std::vector<XlsxCell> cells; // in row order, then column order; empty cells are absent

    // The cell at (row, column), or nullptr when it is empty.
    const XlsxCell *cell(int row, int column) const;
};

// The worksheets in the order the workbook lists them (chart sheets and others are skipped).
struct XlsxWorkbook
{
    std::vector<XlsxSheet> sheets;
    const XlsxSheet *sheet(std::string_view name) const;
};

// What a workbook may cost before it is refused: the file, each part once inflated, and the
// cells and bytes in all. A questionnaire has a few hundred rows; the defaults leave wide room for
// a re-saved or annotated copy while a zip bomb or a sheet claiming a gigabyte stops at once.
struct XlsxLimits
{
    std::uint64_t maxFileBytes = 32u << 20;
    std::uint64_t maxPartBytes = 64u << 20;
    std::uint64_t maxCells = 1'000'000;
    // All parts once inflated plus the text copied into cells: a shared string is stored once
    // but can be used by every cell, and a sheet can be listed many times over.
    std::uint64_t maxTotalBytes = 256u << 20;
};

// Reads the worksheets of an .xlsx file: workbook.xml and its relationships, sharedStrings.xml,
// and each worksheet's cells (shared strings, inline strings, rich text runs joined, numbers,
// booleans, errors). Nothing else (styles, validations, drawings) is read. The file is treated as
// hostile: a bad zip, a part missing, malformed XML, a DOCTYPE or entity declaration, or a limit
// passed gives a diagnostic naming the file and the part, and nothing else happens.
Result<XlsxWorkbook> readXlsx(const std::string &path, const XlsxLimits &limits = {});
// The same from bytes in memory; `file` names them in diagnostics.
Result<XlsxWorkbook>
readXlsxBytes(std::string_view bytes, const std::string &file, const XlsxLimits &limits = {});

// "A", "Z", "AA", ... for column 1, 26, 27, ...: how a user finds a cell in a message.
std::string xlsxColumnName(int column);

} // namespace dl
