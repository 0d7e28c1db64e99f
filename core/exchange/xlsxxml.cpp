// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxxml.h"

#include "base/diagnosticcatalog.h"

#include <expat.h>

#include <cstring>
#include <memory>

namespace dl::xlsx {

namespace {

// Between a namespace URI and a local name in the names expat reports; no URI or name holds it.
constexpr char kNamespaceSeparator = '\x01';

std::string_view localName(const char *name)
{
    const char *sep = std::strrchr(name, kNamespaceSeparator);
    return sep ? std::string_view(sep + 1) : std::string_view(name);
}

struct FreeParser
{
    void operator()(XML_ParserStruct *p) const { XML_ParserFree(p); }
};

// What the expat callbacks need: the handler, and where it is for messages.
struct Run
{
    XML_Parser parser;
    XmlHandler &handler;
    const std::string &file;
    const std::string &part;
    std::string_view root;
    bool rootSeen = false;

    int line() const { return int(XML_GetCurrentLineNumber(parser)); }
    int column() const { return int(XML_GetCurrentColumnNumber(parser)) + 1; }
    void stopIfFailed()
    {
        if (handler.failed())
            XML_StopParser(parser, XML_FALSE);
    }
};

void XMLCALL onStart(void *data, const XML_Char *name, const XML_Char **attributes)
{
    Run &run = *static_cast<Run *>(data);
    if (run.handler.failed())
        return;
    const std::string_view local = localName(name);
    run.handler.setLine(run.line());
    if (!run.rootSeen) {
        run.rootSeen = true;
        if (local != run.root) {
            run.handler.fail(fileError<DiagMsg::XlsxXmlRoot>(run.file, run.part, local, run.root));
            run.stopIfFailed();
            return;
        }
    }
    run.handler.start(local, XmlAttributes(attributes));
    run.stopIfFailed();
}

void XMLCALL onEnd(void *data, const XML_Char *name)
{
    Run &run = *static_cast<Run *>(data);
    if (run.handler.failed())
        return;
    run.handler.end(localName(name));
    run.stopIfFailed();
}

void XMLCALL onText(void *data, const XML_Char *s, int len)
{
    Run &run = *static_cast<Run *>(data);
    if (run.handler.failed())
        return;
    run.handler.text(std::string_view(s, std::size_t(len)));
    run.stopIfFailed();
}

// A DOCTYPE is where every entity attack starts (billion laughs, external files): a workbook's
// XML never has one, so the first sight of it ends the part.
void XMLCALL onDoctype(void *data, const XML_Char *, const XML_Char *, const XML_Char *, int)
{
    Run &run = *static_cast<Run *>(data);
    run.handler.fail(
        fileError<DiagMsg::XlsxXmlDoctype>(run.file, run.part, run.line(), run.column()));
    run.stopIfFailed();
}

// Unreachable without a DOCTYPE; kept so that entities stay refused should that ever change.
void XMLCALL onEntity(void *data,
                      const XML_Char *name,
                      int,
                      const XML_Char *,
                      int,
                      const XML_Char *,
                      const XML_Char *,
                      const XML_Char *,
                      const XML_Char *)
{
    Run &run = *static_cast<Run *>(data);
    run.handler.fail(
        fileError<DiagMsg::XlsxXmlEntity>(run.file, run.part, run.line(), run.column(), name));
    run.stopIfFailed();
}

int XMLCALL onExternalEntity(XML_Parser parser,
                             const XML_Char *,
                             const XML_Char *,
                             const XML_Char *systemId,
                             const XML_Char *)
{
    Run &run = *static_cast<Run *>(XML_GetUserData(parser));
    run.handler.fail(fileError<DiagMsg::XlsxXmlEntity>(run.file, run.part, run.line(), run.column(),
                                                       systemId ? systemId : ""));
    return XML_STATUS_ERROR; // never loaded
}

} // namespace

const char *XmlAttributes::get(std::string_view local, bool namespaced) const
{
    for (const char **a = m_pairs; a && *a; a += 2) {
        const bool hasNamespace = std::strchr(*a, kNamespaceSeparator) != nullptr;
        if (hasNamespace == namespaced && localName(*a) == local)
            return a[1];
    }
    return nullptr;
}

Result<Done> parsePart(const ZipArchive &zip,
                       const std::string &part,
                       Budget &budget,
                       XmlHandler &handler,
                       std::string_view root)
{
    std::unique_ptr<XML_ParserStruct, FreeParser> parser(
        XML_ParserCreateNS(nullptr, kNamespaceSeparator));
    if (!parser)
        return fileError<DiagMsg::XlsxPartUnreadable>(zip.file(), part, "out of memory");
    XML_Parser p = parser.get();
    Run run{p, handler, zip.file(), part, root};
    XML_SetUserData(p, &run);
    XML_SetElementHandler(p, onStart, onEnd);
    XML_SetCharacterDataHandler(p, onText);
    XML_SetStartDoctypeDeclHandler(p, onDoctype);
    XML_SetEntityDeclHandler(p, onEntity);
    XML_SetExternalEntityRefHandler(p, onExternalEntity);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);

    bool ok = true;
    const auto feed = [&](std::string_view chunk, bool last) {
        ok = XML_Parse(p, chunk.data(), int(chunk.size()), last ? XML_TRUE : XML_FALSE) ==
             XML_STATUS_OK;
        return ok;
    };
    auto streamed = zip.stream(part, budget, [&](std::string_view chunk) {
        // Chunks are at most 64 KiB: they fit an int.
        return feed(chunk, false);
    });
    if (!streamed)
        return streamed.errors();
    if (ok)
        feed({}, true);
    if (handler.error())
        return *handler.error();
    if (!ok) {
        const XML_Error code = XML_GetErrorCode(p);
        return fileError<DiagMsg::XlsxXmlSyntax>(zip.file(), part, run.line(), run.column(),
                                                 XML_ErrorString(code));
    }
    return Done{};
}

bool relationshipIs(const Relationship &r, std::string_view kind)
{
    const std::size_t slash = r.type.rfind('/');
    return slash != std::string::npos && std::string_view(r.type).substr(slash + 1) == kind;
}

namespace {

class RelationshipsReader : public XmlHandler
{
public:
    RelationshipsReader(const std::string &file, const std::string &part)
        : m_file(file)
        , m_part(part)
    {}
    std::vector<Relationship> found;

    void start(std::string_view name, const XmlAttributes &a) override
    {
        if (name != "Relationship")
            return;
        const char *id = a.get("Id"), *target = a.get("Target"), *type = a.get("Type");
        if (!id || !target) {
            fail(fileError<DiagMsg::XlsxAttributeMissing>(m_file, m_part, line(), name,
                                                          id ? "Target" : "Id"));
            return;
        }
        const char *mode = a.get("TargetMode");
        found.push_back({id, type ? type : "", target, mode && std::strcmp(mode, "External") == 0});
    }
    void end(std::string_view) override {}

private:
    const std::string &m_file, &m_part;
};

class WorkbookReader : public XmlHandler
{
public:
    WorkbookReader(const std::string &file, const std::string &part)
        : m_file(file)
        , m_part(part)
    {}
    std::vector<SheetEntry> sheets;

    void start(std::string_view name, const XmlAttributes &a) override
    {
        if (name != "sheet")
            return;
        const char *sheetName = a.get("name"), *rel = a.get("id", true);
        if (!sheetName || !rel) {
            fail(fileError<DiagMsg::XlsxAttributeMissing>(m_file, m_part, line(), name,
                                                          sheetName ? "r:id" : "name"));
            return;
        }
        sheets.push_back({sheetName, rel});
    }
    void end(std::string_view) override {}

private:
    const std::string &m_file, &m_part;
};

// <si> holds a <t>, or runs <r><t>..</t></r> that are joined; <rPh> carries the reading of East
// Asian text (furigana), which is not part of the string.
class SharedStringsReader : public XmlHandler
{
public:
    std::vector<std::string> strings;

    void start(std::string_view name, const XmlAttributes &) override
    {
        if (name == "si") {
            m_inItem = true;
            m_current.clear();
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t" && m_inItem && m_phonetic == 0) {
            m_inText = true;
        }
    }
    void end(std::string_view name) override
    {
        if (name == "si" && m_inItem) {
            strings.push_back(std::move(m_current));
            m_current.clear();
            m_inItem = false;
        } else if (name == "rPh" && m_phonetic > 0) {
            --m_phonetic;
        } else if (name == "t") {
            m_inText = false;
        }
    }
    void text(std::string_view s) override
    {
        if (m_inText)
            m_current += s;
    }

private:
    std::string m_current;
    bool m_inItem = false, m_inText = false;
    int m_phonetic = 0;
};

} // namespace

Result<std::vector<Relationship>>
readRelationships(const ZipArchive &zip, const std::string &part, Budget &budget)
{
    RelationshipsReader reader(zip.file(), part);
    if (auto r = parsePart(zip, part, budget, reader, "Relationships"); !r)
        return r.errors();
    return std::move(reader.found);
}

Result<std::vector<SheetEntry>>
readWorkbookSheets(const ZipArchive &zip, const std::string &part, Budget &budget)
{
    WorkbookReader reader(zip.file(), part);
    if (auto r = parsePart(zip, part, budget, reader, "workbook"); !r)
        return r.errors();
    return std::move(reader.sheets);
}

Result<std::vector<std::string>>
readSharedStrings(const ZipArchive &zip, const std::string &part, Budget &budget)
{
    SharedStringsReader reader;
    if (auto r = parsePart(zip, part, budget, reader, "sst"); !r)
        return r.errors();
    return std::move(reader.strings);
}

} // namespace dl::xlsx
