// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "base/result.h"

#include <optional>
#include <string>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace dl {

// The writing side; "Out" because xlsxreader.h's XlsxCell and XlsxSheet are what a workbook
// read back holds, and one program links both (the same class name twice would break the ODR).
// A cell is text, or a number when `number` is set (Excel can then sum and sort it); a share
// (0-1) is shown as a percentage.
struct XlsxOutCell
{
    XlsxOutCell() = default;
    XlsxOutCell(std::string t, std::optional<double> n = std::nullopt, bool share = false)
        : text(std::move(t))
        , number(n)
        , percent(share)
    {}
    std::string text;
    std::optional<double> number;
    bool percent = false;
};
XlsxOutCell xlsxNumber(const Rational &r);
XlsxOutCell xlsxNumber(long long n);
XlsxOutCell xlsxShare(const Rational &share); // 0-1, shown as "48.1%"

// A libxlsxwriter workbook written to `path` + ".part" and renamed to `path` only when complete,
// its temporary files beside the output (not in a /tmp that may be small). Every workbook we
// write goes through it: the portfolio export (XlsxBook) and the questionnaire.
class XlsxFile
{
public:
    // `constantMemory`: rows go to temporary files as written, in order, strings inline.
    XlsxFile(const std::string &path, bool constantMemory);
    ~XlsxFile(); // removes the partial file when close() was not reached
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    lxw_workbook *book() const { return m_book; } // nullptr when it could not be created
    // Writes and renames; `discard` removes the partial file instead (an error came up).
    Result<Done> close(bool discard = false);

private:
    std::string m_path, m_partial, m_folder;
    lxw_workbook *m_book = nullptr;
    bool m_closed = false;
};

class XlsxBook;

// One worksheet: a bold shaded header row that stays frozen, rows of typed cells, columns sized
// to their content and an auto-filter over the table.
class XlsxOutSheet
{
public:
    XlsxOutSheet(XlsxBook &book, const std::string &name);
    void header(const std::vector<std::string> &names);
    void row(const std::vector<XlsxOutCell> &cells);
    void finish();

private:
    void widen(std::size_t c, const std::string &text);
    XlsxBook &m_book;
    lxw_worksheet *m_sheet;
    std::vector<double> m_widths;
    std::size_t m_columns = 0;
    unsigned m_row = 0;
};

// A workbook written to `path` + ".part" in constant memory (rows go to temporary files beside
// the output, in order) and renamed to `path` by close().
class XlsxBook
{
public:
    explicit XlsxBook(const std::string &path);

    bool opened() const { return m_file.book() != nullptr; }
    // Writes and renames; `discard` removes the partial file instead (an error came up).
    Result<Done> close(bool discard = false) { return m_file.close(discard); }

private:
    friend class XlsxOutSheet;
    XlsxFile m_file;
    lxw_format *m_header = nullptr, *m_wrap = nullptr, *m_percent = nullptr;
};

} // namespace dl
