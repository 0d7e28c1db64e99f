// SPDX-License-Identifier: GPL-3.0-or-later
// The cells of one worksheet part: <sheetData><row r="3"><c r="B3" t="s"><v>0</v></c>...
#include "base/diagnosticcatalog.h"
#include "exchange/xlsxxml.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace dl::xlsx {

namespace {

constexpr int kMaxRow = 1048576;
constexpr int kMaxColumn = 16384; // XFD

std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

template<typename N>
bool parseWhole(std::string_view s, N &out)
{
    const char *end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && ptr == end && !s.empty();
}

// "B3" → row 3, column 2. Letters are taken in either case (Excel writes capitals).
bool parseCellRef(std::string_view ref, int &row, int &column)
{
    std::size_t i = 0;
    int col = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char c = ref[i];
        if (c >= 'A' && c <= 'Z')
            col = col * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            col = col * 26 + (c - 'a' + 1);
        else
            break;
    }
    if (i == 0 || i > 3 || col > kMaxColumn)
        return false;
    int r = 0;
    if (!parseWhole(ref.substr(i), r) || r < 1 || r > kMaxRow)
        return false;
    row = r;
    column = col;
    return true;
}

std::string cellName(int row, int column)
{
    return xlsxColumnName(column) + std::to_string(row);
}

class WorksheetReader : public XmlHandler
{
public:
    WorksheetReader(const std::string &file,
                    const std::string &sheet,
                    const std::vector<std::string> &strings,
                    Budget &budget)
        : m_file(file)
        , m_sheet(sheet)
        , m_strings(strings)
        , m_budget(budget)
    {}
    std::vector<XlsxCell> cells;

    void start(std::string_view name, const XmlAttributes &a) override
    {
        if (name == "sheetData") {
            m_inData = true;
        } else if (!m_inData) {
            return;
        } else if (name == "row") {
            startRow(a.get("r"));
        } else if (name == "c") {
            startCell(a.get("r"), a.get("t"));
        } else if (!m_inCell) {
            return;
        } else if (name == "v") {
            m_inValue = true;
            m_hasValue = true;
        } else if (name == "is") {
            m_inInline = true;
            m_hasInline = true;
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t" && m_inInline && m_phonetic == 0) {
            m_inInlineText = true;
        }
    }

    void end(std::string_view name) override
    {
        if (name == "sheetData") {
            m_inData = false;
        } else if (name == "c" && m_inCell) {
            finishCell();
            m_inCell = false;
        } else if (name == "v") {
            m_inValue = false;
        } else if (name == "is") {
            m_inInline = false;
        } else if (name == "rPh" && m_phonetic > 0) {
            --m_phonetic;
        } else if (name == "t") {
            m_inInlineText = false;
        }
    }

    void text(std::string_view s) override
    {
        if (m_inValue)
            m_value += s;
        else if (m_inInlineText)
            m_inlineText += s;
    }

private:
    void startRow(const char *r)
    {
        // Some writers leave out r: a row then follows the one before.
        int row = m_row + 1;
        if (r && (!parseWhole(std::string_view(r), row) || row < 1 || row > kMaxRow)) {
            fail(fileError<DiagMsg::XlsxBadRowNumber>(m_file, m_sheet, r));
            return;
        }
        if (!r && row > kMaxRow) {
            fail(fileError<DiagMsg::XlsxBadRowNumber>(m_file, m_sheet, row));
            return;
        }
        m_row = row;
        m_column = 0;
    }

    void startCell(const char *r, const char *t)
    {
        if (m_row == 0 && !r)
            m_row = 1; // a cell outside any <row>, without a reference: the first row
        int row = m_row, column = m_column + 1;
        if (r && !parseCellRef(r, row, column)) {
            fail(fileError<DiagMsg::XlsxBadCellRef>(m_file, m_sheet, r));
            return;
        }
        if (column > kMaxColumn) {
            fail(fileError<DiagMsg::XlsxBadCellRef>(m_file, m_sheet,
                                                    xlsxColumnName(column) + std::to_string(row)));
            return;
        }
        m_row = row;
        m_column = column;
        m_inCell = true;
        m_type = t ? t : "n";
        m_value.clear();
        m_inlineText.clear();
        m_hasValue = m_hasInline = false;
        m_inValue = m_inInline = m_inInlineText = false;
        m_phonetic = 0;
    }

    template<DiagMsg M, typename... A>
    void cellError(A &&...args)
    {
        fail(diagnostic<M>(m_file, {m_row, m_column}, {}, m_sheet, cellName(m_row, m_column),
                           std::forward<A>(args)...));
    }

    void finishCell()
    {
        XlsxCell cell;
        cell.row = m_row;
        cell.column = m_column;
        const std::string_view value = trimmed(m_value);
        if (m_type == "n") {
            if (value.empty())
                return; // a formula without a cached value, or a cell with a style only
            double number = 0;
            if (!parseWhole(value, number) || !std::isfinite(number))
                return cellError<DiagMsg::XlsxBadNumber>(std::string(value));
            cell.type = XlsxCell::Type::Number;
            cell.text = std::string(value);
            cell.number = number;
        } else if (m_type == "s") {
            std::size_t index = 0;
            if (!parseWhole(value, index) || index >= m_strings.size())
                return cellError<DiagMsg::XlsxSharedStringIndex>(std::string(value),
                                                                 m_strings.size());
            // Counted: one long shared string can be copied into every cell.
            m_budget.bytes += m_strings[index].size();
            if (m_budget.bytes > m_budget.limits.maxTotalBytes)
                return fail(
                    fileError<DiagMsg::XlsxTotalTooLarge>(m_file, m_budget.limits.maxTotalBytes));
            cell.text = m_strings[index];
        } else if (m_type == "inlineStr") {
            cell.text = m_hasInline ? std::move(m_inlineText) : std::move(m_value);
        } else if (m_type == "str" || m_type == "d") {
            // A formula's text result; "d" an ISO 8601 date some writers store as it is.
            cell.text = std::move(m_value);
        } else if (m_type == "b") {
            if (value == "1" || value == "true")
                cell.number = 1;
            else if (value != "0" && value != "false")
                return cellError<DiagMsg::XlsxBadBoolean>(std::string(value));
            cell.type = XlsxCell::Type::Boolean;
            cell.text = cell.number != 0 ? "1" : "0";
        } else if (m_type == "e") {
            cell.type = XlsxCell::Type::Error;
            cell.text = std::string(value);
        } else {
            return cellError<DiagMsg::XlsxBadCellType>(m_type);
        }
        if (cell.type == XlsxCell::Type::Text && cell.text.empty())
            return;
        if (++m_budget.cells > m_budget.limits.maxCells)
            return fail(fileError<DiagMsg::XlsxTooManyCells>(m_file, m_budget.limits.maxCells));
        cells.push_back(std::move(cell));
    }

    const std::string &m_file, &m_sheet;
    const std::vector<std::string> &m_strings;
    Budget &m_budget;
    int m_row = 0, m_column = 0;
    std::string m_type, m_value, m_inlineText;
    bool m_inData = false, m_inCell = false, m_inValue = false, m_inInline = false,
         m_inInlineText = false, m_hasValue = false, m_hasInline = false;
    int m_phonetic = 0;
};

} // namespace

Result<std::vector<XlsxCell>> readWorksheet(const ZipArchive &zip,
                                            const std::string &part,
                                            const std::string &sheetName,
                                            const std::vector<std::string> &sharedStrings,
                                            Budget &budget)
{
    WorksheetReader reader(zip.file(), sheetName, sharedStrings, budget);
    if (auto r = parsePart(zip, part, budget, reader, "worksheet"); !r)
        return r.errors();
    std::vector<XlsxCell> &cells = reader.cells;
    const auto before = [](const XlsxCell &a, const XlsxCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    };
    // Writers keep the order; a file that does not is put in order, and of a cell written twice
    // the last one stays (callers look cells up by position and expect one).
    const auto notBefore = [&](const XlsxCell &a, const XlsxCell &b) { return !before(a, b); };
    if (std::adjacent_find(cells.begin(), cells.end(), notBefore) != cells.end()) {
        std::stable_sort(cells.begin(), cells.end(), before);
        std::vector<XlsxCell> unique;
        unique.reserve(cells.size());
        for (XlsxCell &c : cells) {
            if (!unique.empty() && unique.back().row == c.row && unique.back().column == c.column)
                unique.back() = std::move(c);
            else
                unique.push_back(std::move(c));
        }
        cells = std::move(unique);
    }
    return std::move(cells);
}

} // namespace dl::xlsx
