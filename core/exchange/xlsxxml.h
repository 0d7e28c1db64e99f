// SPDX-License-Identifier: GPL-3.0-or-later
// The XML parts of an .xlsx workbook, for xlsxreader.cpp only: expat driven over a part as it is
// unpacked, with DOCTYPE and entities refused, and the handful of parts the reader needs.
#pragma once

#include "base/result.h"
#include "exchange/xlsxreader.h"
#include "exchange/xlsxzip.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl::xlsx {

// The attributes of one element start, by local name: Excel writes r:id, another writer x:r:id
// under another prefix, so only the name after the prefix and whether it had a namespace count.
class XmlAttributes
{
public:
    explicit XmlAttributes(const char **pairs)
        : m_pairs(pairs)
    {}
    // The value of the attribute `local` without a namespace, or with one when `namespaced`.
    const char *get(std::string_view local, bool namespaced = false) const;

private:
    const char **m_pairs;
};

// What a part's reader does with the elements (names are local: prefixes and namespaces gone).
// A handler that finds a problem calls fail(); parsing stops there.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const XmlAttributes &attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}

    void fail(Diagnostic d)
    {
        if (!m_error)
            m_error = std::move(d);
    }
    bool failed() const { return m_error.has_value(); }
    const std::optional<Diagnostic> &error() const { return m_error; }
    // The line being parsed, for messages; parsePart keeps it current.
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }

private:
    std::optional<Diagnostic> m_error;
    int m_line = 0;
};

// Parses `part` with `handler` as it is unpacked; the document element must be `root`. Errors:
// the part missing or unreadable, malformed XML (expat's line and column), a DOCTYPE or entity,
// another document element, or whatever the handler failed with.
Result<Done> parsePart(const ZipArchive &zip,
                       const std::string &part,
                       Budget &budget,
                       XmlHandler &handler,
                       std::string_view root);

// One <Relationship> of a .rels part.
struct Relationship
{
    std::string id, type, target;
    bool external = false;
};

Result<std::vector<Relationship>>
readRelationships(const ZipArchive &zip, const std::string &part, Budget &budget);

// One <sheet> of workbook.xml.
struct SheetEntry
{
    std::string name, relationship;
};

Result<std::vector<SheetEntry>>
readWorkbookSheets(const ZipArchive &zip, const std::string &part, Budget &budget);

Result<std::vector<std::string>>
readSharedStrings(const ZipArchive &zip, const std::string &part, Budget &budget);

// The cells of one worksheet part, sorted by row and then column.
Result<std::vector<XlsxCell>> readWorksheet(const ZipArchive &zip,
                                            const std::string &part,
                                            const std::string &sheetName,
                                            const std::vector<std::string> &sharedStrings,
                                            Budget &budget);

// Whether a relationship's type is `kind` ("worksheet", "officeDocument"...): the transitional
// and the strict schemas name the same kind under different URIs, with the same last segment.
bool relationshipIs(const Relationship &r, std::string_view kind);

} // namespace dl::xlsx
