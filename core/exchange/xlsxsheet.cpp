// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxsheet.h"

#include "base/diagnosticcatalog.h"
#include "base/platform.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>

namespace dl {

XlsxOutCell xlsxNumber(const Rational &r)
{
    return {r.toString(), r.toDouble()};
}

XlsxOutCell xlsxNumber(long long n)
{
    return {std::to_string(n), double(n)};
}

XlsxOutCell xlsxShare(const Rational &share)
{
    return {(share * Rational(100)).toString(1) + "%", share.toDouble(), true};
}

XlsxOutSheet::XlsxOutSheet(XlsxBook &book, const std::string &name)
    : m_book(book)
    , m_sheet(workbook_add_worksheet(book.m_file.book(), name.c_str()))
{}

void XlsxOutSheet::header(const std::vector<std::string> &names)
{
    m_widths.assign(names.size(), 8.0);
    for (std::size_t c = 0; c < names.size(); ++c) {
        worksheet_write_string(m_sheet, 0, lxw_col_t(c), names[c].c_str(), m_book.m_header);
        widen(c, names[c]);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_columns = names.size();
}

void XlsxOutSheet::row(const std::vector<XlsxOutCell> &cells)
{
    ++m_row;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].number)
            worksheet_write_number(m_sheet, m_row, lxw_col_t(c), *cells[c].number,
                                   cells[c].percent ? m_book.m_percent : nullptr);
        else if (!cells[c].text.empty())
            worksheet_write_string(m_sheet, m_row, lxw_col_t(c), cells[c].text.c_str(), nullptr);
        if (c < m_widths.size())
            widen(c, cells[c].text);
    }
}

void XlsxOutSheet::finish()
{
    for (std::size_t c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], 60.0),
                             m_widths[c] > 60.0 ? m_book.m_wrap : nullptr);
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(m_columns - 1));
}

// Column width in Excel's character units: a CJK character is about two.
void XlsxOutSheet::widen(std::size_t c, const std::string &text)
{
    double w = 1.5;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if ((b & 0xC0) != 0x80) // count code points, wide ones double
            w += b >= 0xE0 ? 2.0 : 1.0;
    }
    m_widths[c] = std::max(m_widths[c], w);
}

XlsxFile::XlsxFile(const std::string &path, bool constantMemory)
    : m_path(path)
    , m_partial(path + ".part")
    , m_folder(std::filesystem::path(m_partial).parent_path().string())
{
    if (m_folder.empty())
        m_folder = ".";
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_folder.data();
    m_book = workbook_new_opt(m_partial.c_str(), &options);
}

XlsxFile::~XlsxFile()
{
    if (m_book && !m_closed)
        (void)close(true);
}

Result<Done> XlsxFile::close(bool discard)
{
    if (!m_book)
        return fileError<DiagMsg::ExcelCannotCreate>(m_path);
    m_closed = true;
    const lxw_error closed = workbook_close(m_book);
    std::error_code ec;
    if (discard) {
        std::filesystem::remove(m_partial, ec);
        return Done{};
    }
    if (closed == LXW_NO_ERROR)
        platform::replaceFile(m_partial, m_path, ec);
    if (closed != LXW_NO_ERROR || ec) {
        std::filesystem::remove(m_partial, ec);
        return fileError<DiagMsg::ExcelCannotWrite>(
            m_path, closed != LXW_NO_ERROR ? std::string(lxw_strerror(closed)) : ec.message());
    }
    return Done{};
}

// Constant memory: a whole city took 1.7 GB with the shared-string table, 74 MB so.
XlsxBook::XlsxBook(const std::string &path)
    : m_file(path, true)
{
    lxw_workbook *book = m_file.book();
    if (!book)
        return;
    m_header = workbook_add_format(book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDCE6F1);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    m_wrap = workbook_add_format(book);
    format_set_text_wrap(m_wrap);
    format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    m_percent = workbook_add_format(book);
    format_set_num_format(m_percent, "0.0%");
}

} // namespace dl
