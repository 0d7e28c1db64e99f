// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxreader.h"

#include "base/diagnosticcatalog.h"
#include "base/yamltree.h"
#include "exchange/xlsxxml.h"
#include "exchange/xlsxzip.h"

#include <algorithm>

namespace dl {

using namespace xlsx;

namespace {

// The folder of a part, with its slash: "xl/" for "xl/workbook.xml".
std::string folderOf(const std::string &part)
{
    const std::size_t slash = part.rfind('/');
    return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship's target as a part name: relative to the folder of the part the relationships
// belong to ("worksheets/sheet1.xml"), or from the package root ("/xl/worksheets/sheet1.xml").
// ".." past the root stays at the root; the part is then simply not found.
std::string resolveTarget(const std::string &folder, const std::string &target)
{
    const std::string path = !target.empty() && target[0] == '/' ? target : folder + target;
    std::vector<std::string_view> segments;
    std::string_view rest = path;
    while (!rest.empty()) {
        const std::size_t slash = rest.find('/');
        const std::string_view segment = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        if (segment.empty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.empty())
                segments.pop_back();
            continue;
        }
        segments.push_back(segment);
    }
    std::string out;
    for (std::string_view s : segments) {
        if (!out.empty())
            out += '/';
        out += s;
    }
    return out;
}

// The relationships of `part`: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
std::string relationshipsOf(const std::string &part)
{
    const std::string folder = folderOf(part);
    return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

// The workbook part as the package's relationships name it (Excel always uses xl/workbook.xml,
// but the package format lets a writer choose).
Result<std::string> findWorkbook(const ZipArchive &zip, Budget &budget)
{
    const std::string fallback = "xl/workbook.xml";
    if (!zip.contains("_rels/.rels"))
        return fallback;
    auto rels = readRelationships(zip, "_rels/.rels", budget);
    if (!rels)
        return rels.errors();
    for (const Relationship &r : *rels)
        if (relationshipIs(r, "officeDocument") && !r.external)
            return resolveTarget("", r.target);
    return fallback;
}

} // namespace

const XlsxCell *XlsxSheet::cell(int row, int column) const
{
    const auto it = std::lower_bound(cells.begin(), cells.end(), std::pair(row, column),
                                     [](const XlsxCell &c, const std::pair<int, int> &at) {
                                         return std::pair(c.row, c.column) < at;
                                     });
    return it != cells.end() && it->row == row && it->column == column ? &*it : nullptr;
}

const XlsxSheet *XlsxWorkbook::sheet(std::string_view name) const
{
    for (const XlsxSheet &s : sheets)
        if (s.name == name)
            return &s;
    return nullptr;
}

std::string xlsxColumnName(int column)
{
    std::string name;
    for (; column > 0; column = (column - 1) / 26)
        name.insert(name.begin(), char('A' + (column - 1) % 26));
    return name;
}

Result<XlsxWorkbook> readXlsx(const std::string &path, const XlsxLimits &limits)
{
    // Refused by its size before a byte is read.
    auto bytes = readTextFile(path, std::size_t(limits.maxFileBytes));
    if (!bytes)
        return bytes.errors();
    return readXlsxBytes(*bytes, path, limits);
}

Result<XlsxWorkbook>
readXlsxBytes(std::string_view bytes, const std::string &file, const XlsxLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return fileError<DiagMsg::FileTooLarge>(file, bytes.size(), limits.maxFileBytes);
    auto zip = ZipArchive::open(bytes, file);
    if (!zip)
        return zip.errors();
    Budget budget{limits};

    auto workbookPart = findWorkbook(*zip, budget);
    if (!workbookPart)
        return workbookPart.errors();
    if (!zip->contains(*workbookPart))
        return fileError<DiagMsg::XlsxPartMissing>(file, *workbookPart);
    auto entries = readWorkbookSheets(*zip, *workbookPart, budget);
    if (!entries)
        return entries.errors();
    const std::string relsPart = relationshipsOf(*workbookPart);
    auto rels = readRelationships(*zip, relsPart, budget);
    if (!rels)
        return rels.errors();
    const std::string folder = folderOf(*workbookPart);

    // Shared strings are optional: a workbook of numbers only, or one with inline strings.
    std::string stringsPart;
    for (const Relationship &r : *rels)
        if (relationshipIs(r, "sharedStrings") && !r.external)
            stringsPart = resolveTarget(folder, r.target);
    if (stringsPart.empty() && zip->contains(folder + "sharedStrings.xml"))
        stringsPart = folder + "sharedStrings.xml";
    std::vector<std::string> strings;
    if (!stringsPart.empty() && zip->contains(stringsPart)) {
        auto read = readSharedStrings(*zip, stringsPart, budget);
        if (!read)
            return read.errors();
        strings = std::move(*read);
    }

    XlsxWorkbook book;
    for (const SheetEntry &entry : *entries) {
        const auto rel = std::find_if(rels->begin(), rels->end(), [&](const Relationship &r) {
            return r.id == entry.relationship;
        });
        if (rel == rels->end())
            return fileError<DiagMsg::XlsxSheetNoRelationship>(file, entry.name, entry.relationship,
                                                               relsPart);
        // Chart sheets, macro sheets and dialog sheets hold no answers.
        if (!relationshipIs(*rel, "worksheet") || rel->external)
            continue;
        const std::string part = resolveTarget(folder, rel->target);
        if (!zip->contains(part))
            return fileError<DiagMsg::XlsxSheetPartMissing>(file, entry.name, part);
        auto cells = readWorksheet(*zip, part, entry.name, strings, budget);
        if (!cells)
            return cells.errors();
        book.sheets.push_back({entry.name, std::move(*cells)});
    }
    if (book.sheets.empty())
        return fileError<DiagMsg::XlsxNoWorksheets>(file, *workbookPart);
    return book;
}

} // namespace dl
