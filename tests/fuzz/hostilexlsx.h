// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks built from XML written by hand, zipped in memory with libzip, and the hostile ones an
// attacker would send instead of a filled-in questionnaire. Shared by tests/core/test_xlsx*.cpp,
// the fuzz target and make_xlsx_seeds (header-only, like hostilebundles.h). Nothing binary is
// committed: every zip is made when it is needed.
#pragma once

#include "exchange/xlsxreader.h"

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dl::xlsxtest {

struct Part
{
    std::string name, data;
    bool stored = false; // not compressed: a changed byte then reaches the CRC check as it is
};

namespace detail {

// A source of `size` bytes `fill` made as libzip asks for them: a 200 MB part is deflated without
// ever being in memory.
struct Filler
{
    std::uint64_t size = 0, at = 0;
    char fill = 0;
    zip_error_t error;
};

inline zip_int64_t fillerSource(void *user, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    Filler &z = *static_cast<Filler *>(user);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        z.at = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const std::uint64_t n = std::min<std::uint64_t>(len, z.size - z.at);
        std::memset(data, z.fill, n);
        z.at += n;
        return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        zip_stat_t *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = z.size;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&z.error, data, len);
    case ZIP_SOURCE_FREE:
        delete &z;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&z.error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

} // namespace detail

// A part of `size` bytes `fill`, made while it is deflated.
struct FilledPart
{
    std::string name;
    std::uint64_t size = 0;
    char fill = 0;
};

// The zip of `parts` (deflated unless stored), plus `filled` when given. Empty when libzip fails
// (a broken test, not the code under test).
inline std::string zipParts(const std::vector<Part> &parts,
                            const std::optional<FilledPart> &filled = std::nullopt)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *za = out ? zip_open_from_source(out, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    if (!za) {
        if (out)
            zip_source_free(out);
        return {};
    }
    zip_source_keep(out);
    bool ok = true;
    for (const Part &p : parts) {
        zip_source_t *s = zip_source_buffer(za, p.data.data(), p.data.size(), 0);
        const zip_int64_t i = s ? zip_file_add(za, p.name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (i < 0) {
            zip_source_free(s);
            ok = false;
            continue;
        }
        if (p.stored)
            zip_set_file_compression(za, zip_uint64_t(i), ZIP_CM_STORE, 0);
    }
    if (filled) {
        auto *z = new detail::Filler{filled->size, 0, filled->fill, {}};
        zip_error_init(&z->error);
        zip_source_t *s = zip_source_function(za, detail::fillerSource, z);
        if (!s || zip_file_add(za, filled->name.c_str(), s, 0) < 0)
            ok = false;
    }
    ok = zip_close(za) == 0 && ok;
    if (!ok)
        zip_discard(za);
    std::string bytes;
    if (ok && zip_source_open(out) == 0) {
        zip_source_seek(out, 0, SEEK_END);
        bytes.resize(std::size_t(zip_source_tell(out)));
        zip_source_seek(out, 0, SEEK_SET);
        if (zip_source_read(out, bytes.data(), bytes.size()) != zip_int64_t(bytes.size()))
            bytes.clear();
        zip_source_close(out);
    }
    zip_source_free(out);
    return bytes;
}

// Writes `size` over the uncompressed size of `name` in its central directory entry and its
// local header, as a forger would. False when the entry is not found.
inline bool patchDeclaredSize(std::string &zip, const std::string &name, std::uint32_t size)
{
    const auto u16 = [&](std::size_t at) {
        return unsigned(std::uint8_t(zip[at])) | unsigned(std::uint8_t(zip[at + 1])) << 8;
    };
    const auto put32 = [&](std::size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            zip[at + std::size_t(i)] = char((v >> (8 * i)) & 0xff);
    };
    bool found = false;
    for (std::size_t at = zip.find("PK\1\2"); at != std::string::npos && at + 46 <= zip.size();
         at = zip.find("PK\1\2", at + 4)) {
        const std::size_t nameLength = u16(at + 28);
        if (zip.compare(at + 46, nameLength, name) != 0)
            continue;
        put32(at + 24, size);
        std::size_t local = 0;
        for (int i = 0; i < 4; ++i)
            local |= std::size_t(std::uint8_t(zip[at + 42 + std::size_t(i)])) << (8 * i);
        if (local + 30 > zip.size())
            return false;
        put32(local + 22, size);
        found = true;
    }
    return found;
}

inline const char *const kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const char *const kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A worksheet part around `sheetData`'s content (rows).
inline std::string worksheet(const std::string &rows)
{
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
           "\n<worksheet xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">\n<sheetData>" +
           rows + "</sheetData></worksheet>";
}

inline std::string sharedStrings(const std::vector<std::string> &items)
{
    std::string xml = std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "<sst xmlns=\"" +
                      kMainNs + "\">";
    for (const std::string &s : items)
        xml += "<si><t>" + s + "</t></si>";
    return xml + "</sst>";
}

// The parts of a workbook: its sheets (name, worksheet XML) as xl/worksheets/sheetN.xml in the
// order given, and the shared strings when there are any.
inline std::vector<Part> workbook(const std::vector<std::pair<std::string, std::string>> &sheets,
                                  const std::optional<std::string> &strings = std::nullopt)
{
    std::string book = std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") +
                       "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><sheets>";
    std::string rels =
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    std::vector<Part> parts;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        book +=
            "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + kRelNs +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.push_back({"xl/worksheets/sheet" + n + ".xml", sheets[i].second});
    }
    if (strings) {
        rels += std::string("<Relationship Id=\"rIdS\" Type=\"") + kRelNs +
                "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.push_back({"xl/sharedStrings.xml", *strings});
    }
    parts.push_back({"xl/workbook.xml", book + "</sheets></workbook>"});
    parts.push_back({"xl/_rels/workbook.xml.rels", rels + "</Relationships>"});
    return parts;
}

// The parts without the one named `name`, or with its data replaced.
inline std::vector<Part> without(std::vector<Part> parts, const std::string &name)
{
    parts.erase(
        std::remove_if(parts.begin(), parts.end(), [&](const Part &p) { return p.name == name; }),
        parts.end());
    return parts;
}
inline std::vector<Part>
replaced(std::vector<Part> parts, const std::string &name, const std::string &data)
{
    for (Part &p : parts)
        if (p.name == name)
            p.data = data;
    return parts;
}

inline std::vector<Part> plainWorkbook()
{
    return workbook({{"Items", worksheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c>)"
                                         R"(<c r="B1"><v>42</v></c></row>)")}},
                    sharedStrings({"network"}));
}

// One hostile workbook: how to make it, the Diagnostic::code it must give, a text the message
// must contain (the part, the cell) and the limits it is read with.
struct HostileCase
{
    const char *name;
    std::function<std::string()> make;
    const char *code;
    const char *mentions;
    XlsxLimits limits = {};
    bool large = false; // takes a second to build: left out of the fuzz seeds
};

inline std::vector<HostileCase> hostileCases()
{
    const std::string sheet1 = "xl/worksheets/sheet1.xml";
    const std::string strings = "xl/sharedStrings.xml";
    const auto cells = [](const std::string &rows) {
        return [rows] {
            return zipParts(workbook({{"Items", worksheet(rows)}}, sharedStrings({"a", "b"})));
        };
    };
    const auto withSheet = [&](const std::string &xml) {
        return [xml, sheet1] { return zipParts(replaced(plainWorkbook(), sheet1, xml)); };
    };
    XlsxLimits tenCells;
    tenCells.maxCells = 10;
    XlsxLimits smallTotal;
    smallTotal.maxTotalBytes = 20000;
    XlsxLimits smallFile;
    smallFile.maxFileBytes = 100;
    std::string eleven, copies;
    for (int i = 1; i <= 11; ++i)
        eleven += "<row r=\"" + std::to_string(i) + "\"><c><v>1</v></c></row>";
    for (int i = 1; i <= 100; ++i)
        copies += "<row r=\"" + std::to_string(i) + "\"><c t=\"s\"><v>0</v></c></row>";
    const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE sst [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>)";
    const std::string external = R"(<?xml version="1.0"?>
<!DOCTYPE worksheet [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>)";

    return {
        {"not-a-zip", [] { return std::string("this is a text file, not a workbook\n"); },
         "xlsx-not-zip", ".xlsx"},
        {"truncated",
         [] {
             std::string z = zipParts(plainWorkbook());
             z.resize(z.size() / 2);
             return z;
         },
         "xlsx-not-zip", "zip"},
        {"bad-crc",
         [sheet1] {
             auto parts = replaced(plainWorkbook(), sheet1,
                                   worksheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)"
                                             R"(CRCMARK</t></is></c></row>)"));
             for (Part &p : parts)
                 p.stored = true;
             std::string z = zipParts(parts);
             const std::size_t at = z.find("CRCMARK");
             if (at != std::string::npos)
                 z[at] = 'X';
             return z;
         },
         "xlsx-damaged", "xl/worksheets/sheet1.xml"},
        {"zip-bomb-200mb",
         [sheet1] {
             return zipParts(without(plainWorkbook(), sheet1),
                             FilledPart{sheet1, std::uint64_t(200) << 20});
         },
         "xlsx-too-large",
         "xl/worksheets/sheet1.xml",
         {},
         true},
        {"sheet-claims-1gb",
         [sheet1] {
             std::string z = zipParts(plainWorkbook());
             patchDeclaredSize(z, sheet1, 1u << 30);
             return z;
         },
         "xlsx-too-large", "1073741824"},
        {"bomb-declares-1kb",
         [sheet1] {
             // Spaces: XML may begin with them, so expat keeps reading and the count has to stop
             // it.
             std::string z = zipParts(without(plainWorkbook(), sheet1),
                                      FilledPart{sheet1, std::uint64_t(80) << 20, ' '});
             patchDeclaredSize(z, sheet1, 1000);
             return z;
         },
         "xlsx-too-large",
         "xl/worksheets/sheet1.xml",
         {},
         true},
        {"billion-laughs",
         [strings, laughs] { return zipParts(replaced(plainWorkbook(), strings, laughs)); },
         "xlsx-xml-entity", "xl/sharedStrings.xml, line 2"},
        {"external-entity", withSheet(external), "xlsx-xml-entity", "xl/worksheets/sheet1.xml"},
        {"malformed-xml", withSheet(worksheet("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>")),
         "xlsx-xml", "xl/worksheets/sheet1.xml, line 4"},
        {"empty-part", withSheet(""), "xlsx-xml", "xl/worksheets/sheet1.xml"},
        {"wrong-root", withSheet("<chartsheet/>"), "xlsx-invalid", "<chartsheet>"},
        {"no-workbook", [] { return zipParts(without(plainWorkbook(), "xl/workbook.xml")); },
         "xlsx-part-missing", "xl/workbook.xml"},
        {"no-workbook-rels",
         [] { return zipParts(without(plainWorkbook(), "xl/_rels/workbook.xml.rels")); },
         "xlsx-part-missing", "xl/_rels/workbook.xml.rels"},
        {"sheet-part-missing", [sheet1] { return zipParts(without(plainWorkbook(), sheet1)); },
         "xlsx-part-missing", "xl/worksheets/sheet1.xml"},
        {"sheet-unknown-relationship",
         [] {
             return zipParts(replaced(plainWorkbook(), "xl/workbook.xml",
                                      std::string("<workbook xmlns:r=\"") + kRelNs +
                                          "\"><sheets><sheet name=\"Items\" r:id=\"rId9\"/>"
                                          "</sheets></workbook>"));
         },
         "xlsx-part-missing", "rId9"},
        {"sheet-without-name",
         [] {
             return zipParts(replaced(plainWorkbook(), "xl/workbook.xml",
                                      std::string("<workbook xmlns:r=\"") + kRelNs +
                                          "\"><sheets><sheet r:id=\"rId1\"/></sheets></workbook>"));
         },
         "xlsx-invalid", "'name'"},
        {"no-worksheets",
         [] {
             return zipParts(
                 replaced(plainWorkbook(), "xl/workbook.xml", "<workbook><sheets/></workbook>"));
         },
         "xlsx-invalid", "xl/workbook.xml"},
        {"shared-string-out-of-range", cells(R"(<row r="1"><c r="B1" t="s"><v>2</v></c></row>)"),
         "xlsx-shared-string", "cell B1: shared string 2"},
        {"shared-string-not-a-number", cells(R"(<row r="1"><c r="B1" t="s"><v>x</v></c></row>)"),
         "xlsx-shared-string", "cell B1"},
        {"ref-five-letters", cells(R"(<row r="1"><c r="ZZZZZ1"><v>1</v></c></row>)"),
         "xlsx-cell-ref", "'ZZZZZ1'"},
        {"ref-row-0", cells(R"(<row r="1"><c r="A0"><v>1</v></c></row>)"), "xlsx-cell-ref", "'A0'"},
        {"ref-row-past-1048576", cells(R"(<row><c r="A1048577"><v>1</v></c></row>)"),
         "xlsx-cell-ref", "'A1048577'"},
        {"ref-column-past-xfd", cells(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"),
         "xlsx-cell-ref", "'XFE1'"},
        {"row-number-0", cells(R"(<row r="0"><c><v>1</v></c></row>)"), "xlsx-cell-ref", "'0'"},
        {"row-number-text", cells(R"(<row r="x"><c><v>1</v></c></row>)"), "xlsx-cell-ref", "'x'"},
        {"bad-number", cells(R"(<row r="2"><c r="C2"><v>1,5</v></c></row>)"), "xlsx-cell-value",
         "cell C2: '1,5'"},
        {"number-inf", cells(R"(<row r="2"><c r="C2"><v>inf</v></c></row>)"), "xlsx-cell-value",
         "'inf'"},
        {"bad-boolean", cells(R"(<row r="2"><c r="C2" t="b"><v>2</v></c></row>)"),
         "xlsx-cell-value", "'2'"},
        {"unknown-cell-type", cells(R"(<row r="2"><c r="C2" t="q"><v>2</v></c></row>)"),
         "xlsx-cell-value", "'q'"},
        {"too-many-cells", cells(eleven), "xlsx-too-large", "10 cells", tenCells},
        {"shared-string-copied-too-often",
         [copies] {
             return zipParts(
                 workbook({{"Items", worksheet(copies)}}, sharedStrings({std::string(1000, 'x')})));
         },
         "xlsx-too-large", "20000 bytes", smallTotal},
        {"file-too-large", [] { return zipParts(plainWorkbook()); }, "file-too-large", "100",
         smallFile},
    };
}

} // namespace dl::xlsxtest
