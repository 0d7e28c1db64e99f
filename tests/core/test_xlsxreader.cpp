// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on workbooks as their writers make them: hand-written XML for the habits of Excel,
// WPS and LibreOffice (shared and inline strings, rich text, cells without a reference, prefixed
// namespaces, sheets listed in another order), and files written at test time by openpyxl and by
// libxlsxwriter (both directly and through core's XlsxBook).
#include "../fuzz/hostilexlsx.h"

#include "exchange/xlsxreader.h"
#include "exchange/xlsxsheet.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using dl::xlsxtest::Part;
using Type = dl::XlsxCell::Type;

namespace {

struct CellExpect
{
    int row, column;
    Type type;
    std::string text;
    double number = 0;
};
struct SheetExpect
{
    std::string name;
    std::vector<CellExpect> cells; // all of them: any other cell fails
};

void checkBook(const dl::Result<dl::XlsxWorkbook> &book, const std::vector<SheetExpect> &expected)
{
    if (!book.ok())
        FAIL(book.errors().front().toString());
    REQUIRE(book->sheets.size() == expected.size());
    for (std::size_t s = 0; s < expected.size(); ++s) {
        const dl::XlsxSheet &sheet = book->sheets[s];
        INFO("sheet " << expected[s].name);
        CHECK(sheet.name == expected[s].name);
        CHECK(book->sheet(expected[s].name) == &sheet);
        for (const CellExpect &e : expected[s].cells) {
            INFO(dl::xlsxColumnName(e.column) << e.row);
            const dl::XlsxCell *c = sheet.cell(e.row, e.column);
            REQUIRE(c != nullptr);
            CHECK(c->type == e.type);
            CHECK(c->text == e.text);
            if (e.type != Type::Text && e.type != Type::Error)
                CHECK(c->number == Approx(e.number));
        }
        CHECK(sheet.cells.size() == expected[s].cells.size());
    }
}

const std::string kMain = dl::xlsxtest::kMainNs, kRel = dl::xlsxtest::kRelNs;
const std::string kPkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";

std::string rels(const std::string &entries, const std::string &prefix = "")
{
    const std::string ns = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
    return "<" + prefix + (prefix.empty() ? "" : ":") + "Relationships " + ns + "=\"" + kPkgRel +
           "\">" + entries + "</" + prefix + (prefix.empty() ? "" : ":") + "Relationships>";
}
std::string rel(const std::string &id,
                const std::string &type,
                const std::string &target,
                const std::string &prefix = "")
{
    return "<" + prefix + (prefix.empty() ? "" : ":") + "Relationship Id=\"" + id + "\" Type=\"" +
           type + "\" Target=\"" + target + "\"/>";
}

struct GoodCase
{
    const char *name;
    std::vector<Part> parts;
    std::vector<SheetExpect> expected;
};

std::vector<GoodCase> goodCases()
{
    using dl::xlsxtest::sharedStrings;
    using dl::xlsxtest::workbook;
    using dl::xlsxtest::worksheet;
    // Rich text runs joined; the phonetic reading (rPh) left out.
    const std::string richStrings =
        "<sst xmlns=\"" + kMain +
        "\" count=\"99999999\" uniqueCount=\"99999999\"><si><t>id</t></si>"
        "<si><r><rPr><b/></rPr><t>答</t></r><r><t xml:space=\"preserve\">案 </t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>コタエ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>a &amp; b &lt;c&gt; &#x4E2D;</t></si></sst>";
    const std::string allTypes =
        R"(<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="3"><v>1</v></c>)"
        R"(<c r="C1" t="s"><v> 2 </v></c></row>)"
        R"(<row r="2"><c r="A2"><v>2.5E-3</v></c><c r="B2" t="b"><v>1</v></c>)"
        R"(<c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="str"><f>"he"&amp;"llo"</f><v>hello</v></c>)"
        R"(<c r="E2" t="n"><f>SUM(A1:A3)</f><v>7</v></c>)"
        R"(<c r="F2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>)"
        R"(<c r="G2" s="1"/><c r="H2"><f>A1</f></c><c r="I2" t="d"><v>2026-12-05T00:00:00Z</v></c>)"
        R"(<c r="J2" t="b"><v>false</v></c><c r="K2"><v>-0</v></c><c r="L2" t="str"><v></v></c>)"
        R"(</row>)";
    // Cells and rows without r follow the one before (some writers leave it out).
    const std::string positional =
        R"(<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>)"
        R"(<row r="5"><c><v>2</v></c><c r="D5"><v>3</v></c><c><v>4</v></c></row>)"
        R"(<row><c><v>5</v></c></row>)";
    // Everything under prefixes, the relationships' namespace under a name of its own.
    const std::string prefixedBook =
        "<x:workbook xmlns:x=\"" + kMain + "\" xmlns:rel=\"" + kRel +
        "\"><x:sheets><x:sheet name=\"Prefixed\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets>"
        "</x:workbook>";
    const std::string prefixedSheet =
        "<x:worksheet xmlns:x=\"" + kMain +
        "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
        "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>inline</x:t></x:is></x:c></x:row>"
        "</x:sheetData></x:worksheet>";
    const std::string prefixedStrings =
        "<x:sst xmlns:x=\"" + kMain + "\"><x:si><x:t>shared</x:t></x:si></x:sst>";
    // Listed in another order than the parts are numbered, with a chart sheet between them and
    // targets written absolute and with "..".
    const std::string reorderedBook =
        "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
        "\"><sheets><sheet name=\"Second\" sheetId=\"2\" r:id=\"rId2\"/>"
        "<sheet name=\"Chart\" sheetId=\"3\" r:id=\"rId3\"/>"
        "<sheet name=\"First\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const std::string reorderedRels =
        rels(rel("rId1", kRel + "/worksheet", "../xl/./worksheets/sheet1.xml") +
             rel("rId2", kRel + "/worksheet", "/xl/worksheets/sheet2.xml") +
             rel("rId3", kRel + "/chartsheet", "chartsheets/sheet1.xml"));
    // ISO/IEC 29500 strict: other namespace URIs, the same local names.
    const std::string strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const std::string strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const std::string unordered =
        R"(<row r="2"><c r="B2"><v>4</v></c><c r="A2"><v>3</v></c></row>)"
        R"(<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>)";

    return {
        {"every cell type, shared strings with rich text",
         workbook({{"Items", worksheet(allTypes)}}, richStrings),
         {{"Items",
           {{1, 1, Type::Text, "id"},
            {1, 2, Type::Text, "答案 "},
            {1, 3, Type::Text, "a & b <c> 中"},
            {2, 1, Type::Number, "2.5E-3", 0.0025},
            {2, 2, Type::Boolean, "1", 1},
            {2, 3, Type::Error, "#N/A"},
            {2, 4, Type::Text, "hello"},
            {2, 5, Type::Number, "7", 7},
            {2, 6, Type::Text, "inline"},
            {2, 9, Type::Text, "2026-12-05T00:00:00Z"},
            {2, 10, Type::Boolean, "0", 0},
            {2, 11, Type::Number, "-0", 0}}}}},
        {"cells and rows without a reference",
         workbook({{"Positions", worksheet(positional)}}),
         {{"Positions",
           {{1, 1, Type::Text, "a"},
            {1, 2, Type::Number, "1", 1},
            {5, 1, Type::Number, "2", 2},
            {5, 4, Type::Number, "3", 3},
            {5, 5, Type::Number, "4", 4},
            {6, 1, Type::Number, "5", 5}}}}},
        {"prefixed namespaces",
         {{"xl/workbook.xml", prefixedBook},
          {"xl/_rels/workbook.xml.rels",
           rels(rel("rId1", kRel + "/worksheet", "worksheets/sheet1.xml", "pr") +
                    rel("rId2", kRel + "/sharedStrings", "sharedStrings.xml", "pr"),
                "pr")},
          {"xl/worksheets/sheet1.xml", prefixedSheet},
          {"xl/sharedStrings.xml", prefixedStrings}},
         {{"Prefixed", {{1, 1, Type::Text, "shared"}, {1, 2, Type::Text, "inline"}}}}},
        {"sheets listed out of order, chart sheet skipped, absolute and relative targets",
         {{"xl/workbook.xml", reorderedBook},
          {"xl/_rels/workbook.xml.rels", reorderedRels},
          {"xl/worksheets/sheet1.xml", worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")},
          {"xl/worksheets/sheet2.xml", worksheet(R"(<row r="1"><c r="A1"><v>2</v></c></row>)")}},
         {{"Second", {{1, 1, Type::Number, "2", 2}}}, {"First", {{1, 1, Type::Number, "1", 1}}}}},
        {"strict OOXML, the workbook found through _rels/.rels",
         {{"_rels/.rels", rels(rel("rId1", strictRel + "/officeDocument", "/book/main.xml"))},
          {"book/main.xml",
           "<workbook xmlns=\"" + strictMain + "\" xmlns:r=\"" + strictRel +
               "\"><sheets><sheet name=\"Strict\" r:id=\"s\"/></sheets></workbook>"},
          {"book/_rels/main.xml.rels", rels(rel("s", strictRel + "/worksheet", "data.xml"))},
          {"book/data.xml", "<worksheet xmlns=\"" + strictMain +
                                "\"><sheetData><row><c r=\"C3\"><v>3</v></c></row></sheetData>"
                                "</worksheet>"}},
         {{"Strict", {{3, 3, Type::Number, "3", 3}}}}},
        {"cells out of order, one written twice",
         workbook({{"Unordered", worksheet(unordered)}}),
         {{"Unordered",
           {{1, 1, Type::Number, "2", 2},
            {2, 1, Type::Number, "3", 3},
            {2, 2, Type::Number, "4", 4}}}}},
        {"no shared strings part",
         workbook({{"Numbers", worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")}}),
         {{"Numbers", {{1, 1, Type::Number, "1", 1}}}}},
    };
}

struct TempFile
{
    fs::path path;
    explicit TempFile(const std::string &name)
        : path(fs::temp_directory_path() / ("digilevel-" + std::to_string(::getpid()) + "-" + name))
    {}
    ~TempFile()
    {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

} // namespace

TEST_CASE("workbooks as writers make them are read cell by cell", "[xlsx]")
{
    for (const GoodCase &c : goodCases()) {
        DYNAMIC_SECTION(c.name)
        {
            const std::string bytes = dl::xlsxtest::zipParts(c.parts);
            REQUIRE_FALSE(bytes.empty());
            checkBook(dl::readXlsxBytes(bytes, "book.xlsx"), c.expected);
        }
    }
}

TEST_CASE("column names", "[xlsx]")
{
    const std::vector<std::pair<int, std::string>> cases{
        {1, "A"},    {26, "Z"},    {27, "AA"},     {52, "AZ"}, {53, "BA"},
        {702, "ZZ"}, {703, "AAA"}, {16384, "XFD"}, {0, ""},    {-3, ""}};
    for (const auto &[column, name] : cases)
        CHECK(dl::xlsxColumnName(column) == name);
}

TEST_CASE("a workbook written by openpyxl is read back", "[xlsx]")
{
    const std::string python = DIGILEVEL_PYTHON_OPENPYXL;
    if (python.empty()) {
        WARN("no Python with openpyxl (Debian python3-openpyxl): skipped");
        return;
    }
    TempFile file("openpyxl.xlsx");
    const std::string command = python + " " +
                                DIGILEVEL_SOURCE_DIR "/tests/support/make_openpyxl_workbook.py " +
                                file.path.string();
    REQUIRE(std::system(command.c_str()) == 0);
    checkBook(dl::readXlsx(file.path.string()),
              {{"Figures",
                {{1, 1, Type::Text, "revenue"},
                 {1, 2, Type::Number, "-1234.5", -1234.5},
                 {2, 16384, Type::Text, "last column"}}},
               {"Items",
                {{1, 1, Type::Text, "id"},
                 {1, 2, Type::Text, "答案 / Answer"},
                 {2, 1, Type::Text, "network"},
                 {2, 2, Type::Text, "wired,wireless"},
                 {3, 1, Type::Text, "planning"},
                 {3, 2, Type::Number, "2", 2},
                 {4, 1, Type::Text, "share"},
                 {4, 2, Type::Number, "0.0025", 0.0025},
                 {5, 1, Type::Text, "ticked"},
                 {5, 2, Type::Boolean, "1", 1},
                 {6, 1, Type::Text, "sum"}, // B6 is a formula openpyxl stores without a value
                 {1048576, 4, Type::Text, "last row"}}}});
}

TEST_CASE("a workbook written by libxlsxwriter is read back", "[xlsx]")
{
    SECTION("directly, with shared strings and rich text")
    {
        TempFile file("libxlsxwriter.xlsx");
        lxw_workbook *book = workbook_new(file.path.string().c_str());
        REQUIRE(book != nullptr);
        lxw_worksheet *sheet = workbook_add_worksheet(book, "答卷");
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);
        worksheet_write_string(sheet, 0, 0, "network", nullptr);
        worksheet_write_number(sheet, 0, 1, 12.75, nullptr);
        worksheet_write_boolean(sheet, 1, 0, 0, nullptr);
        worksheet_write_formula_num(sheet, 1, 1, "=B1*2", nullptr, 25.5);
        lxw_rich_string_tuple first{bold, const_cast<char *>("数字化")};
        lxw_rich_string_tuple second{nullptr, const_cast<char *>("水平")};
        lxw_rich_string_tuple *runs[] = {&first, &second, nullptr};
        worksheet_write_rich_string(sheet, 2, 2, runs, nullptr);
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
        checkBook(dl::readXlsx(file.path.string()), {{"答卷",
                                                      {{1, 1, Type::Text, "network"},
                                                       {1, 2, Type::Number, "12.75", 12.75},
                                                       {2, 1, Type::Boolean, "0", 0},
                                                       {2, 2, Type::Number, "25.5", 25.5},
                                                       {3, 3, Type::Text, "数字化水平"}}}});
    }
    SECTION("through core's XlsxBook (constant memory: inline strings)")
    {
        TempFile file("xlsxbook.xlsx");
        {
            dl::XlsxBook book(file.path.string());
            REQUIRE(book.opened());
            dl::XlsxOutSheet sheet(book, "Scores");
            sheet.header({"id", "得分"});
            sheet.row({{"network"}, dl::xlsxNumber(42)});
            sheet.row({{"share"}, dl::xlsxShare(R("0.25"))});
            sheet.finish();
            REQUIRE(book.close().ok());
        }
        checkBook(dl::readXlsx(file.path.string()), {{"Scores",
                                                      {{1, 1, Type::Text, "id"},
                                                       {1, 2, Type::Text, "得分"},
                                                       {2, 1, Type::Text, "network"},
                                                       {2, 2, Type::Number, "42", 42},
                                                       {3, 1, Type::Text, "share"},
                                                       {3, 2, Type::Number, "0.25", 0.25}}}});
    }
}
