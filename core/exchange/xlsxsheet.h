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
    ~XlsxBook(); // removes the partial file when close() was not reached
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    bool opened() const { return m_book != nullptr; }
    // Writes and renames; `discard` removes the partial file instead (an error came up).
    Result<Done> close(bool discard = false);

private:
    friend class XlsxOutSheet;
    std::string m_path, m_partial, m_folder;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr, *m_wrap = nullptr, *m_percent = nullptr;
    bool m_closed = false;
};

} // namespace dl
