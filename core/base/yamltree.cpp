// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/yamltree.h"

#include "base/diagnosticcatalog.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_set>

namespace dl {

const YNode *YNode::find(std::string_view k) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        if (children[i].value == k)
            return &children[i + 1];
    }
    return nullptr;
}

LocalText YNode::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return {"空值", "nothing"};
    case Kind::Scalar:
        return {"单个值", "a single value"};
    case Kind::Sequence:
        return {"列表", "a list"};
    case Kind::Map:
        return {"映射", "a mapping"};
    }
    return {"?", "?"};
}

namespace {

// Thrown inside the event handler and caught in parseYaml; never leaves this file.
struct TreeError
{
    Diagnostic diagnostic; // without the file name
};

// yaml-cpp counts columns in bytes; people (and editors) count characters, so Chinese text before
// a problem would otherwise push the column to the right. The byte offset in the mark lets us
// count the characters from the start of the line.
SourcePos toPos(const YAML::Mark &m, std::string_view text)
{
    if (m.line < 0)
        return {};
    if (m.pos < 0 || std::size_t(m.pos) > text.size())
        return SourcePos{m.line + 1, m.column + 1};
    const std::size_t end = std::size_t(m.pos);
    const std::size_t newline = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
    const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
    int column = 1;
    for (std::size_t k = start; k < end; ++k)
        column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
    return SourcePos{m.line + 1, column};
}

class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(const YamlLimits &limits, std::string_view text)
        : m_limits(limits)
        , m_text(text)
    {}

    // Counts characters from the previous position on the same line, so that a long line of
    // values costs linear time, not quadratic.
    SourcePos toPos(const YAML::Mark &m)
    {
        if (m.line < 0 || m.pos < 0 || std::size_t(m.pos) > m_text.size())
            return dl::toPos(m, m_text);
        if (m.line != m_lastLine || m.pos < m_lastPos) {
            const SourcePos p = dl::toPos(m, m_text);
            m_lastLine = m.line;
            m_lastPos = m.pos;
            m_lastColumn = p.column;
            return p;
        }
        for (int k = m_lastPos; k < m.pos; ++k)
            m_lastColumn += (static_cast<unsigned char>(m_text[std::size_t(k)]) & 0xC0) != 0x80;
        m_lastPos = m.pos;
        return SourcePos{m.line + 1, m_lastColumn};
    }

    YNode root;
    bool haveRoot = false;
    SourcePos documentPos;
    // Where the innermost list or mapping still open began (for "never closed" messages).
    std::optional<SourcePos> openContainer() const
    {
        return m_stack.empty() ? std::nullopt : std::optional(m_stack.back()->pos);
    }

    void OnDocumentStart(const YAML::Mark &mark) override { documentPos = toPos(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        YNode n;
        n.pos = toPos(mark);
        add(std::move(n));
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        throw TreeError{diagnostic<DiagMsg::YamlAlias>({}, toPos(mark), {})};
    }
    void OnAnchor(const YAML::Mark &mark, const std::string &) override
    {
        throw TreeError{diagnostic<DiagMsg::YamlAnchor>({}, toPos(mark), {})};
    }
    void OnScalar(const YAML::Mark &mark,
                  const std::string &tag,
                  YAML::anchor_t anchor,
                  const std::string &value) override
    {
        checkAnchor(mark, anchor);
        YNode n;
        n.kind = YNode::Kind::Scalar;
        n.quoted = tag == "!";
        n.value = value;
        n.pos = toPos(mark);
        add(std::move(n));
    }
    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, YNode::Kind::Sequence);
    }
    void OnSequenceEnd() override { m_stack.pop_back(); }
    void OnMapStart(const YAML::Mark &mark,
                    const std::string &,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, YNode::Kind::Map);
    }
    void OnMapEnd() override
    {
        const YNode &map = *m_stack.back();
        std::unordered_set<std::string_view> seen;
        for (std::size_t i = 0; i < map.children.size(); i += 2) {
            const YNode &key = map.children[i];
            if (!key.isScalar())
                throw TreeError{diagnostic<DiagMsg::YamlKeyNotText>({}, key.pos, {})};
            if (!seen.insert(key.value).second)
                throw TreeError{diagnostic<DiagMsg::DuplicateKey>({}, key.pos, {}, key.value)};
        }
        m_stack.pop_back();
    }

private:
    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            OnAnchor(mark, {});
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, YNode::Kind kind)
    {
        checkAnchor(mark, anchor);
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw TreeError{
                diagnostic<DiagMsg::YamlDeeperThan>({}, toPos(mark), {}, m_limits.maxDepth)};
        YNode n;
        n.kind = kind;
        n.pos = toPos(mark);
        m_stack.push_back(add(std::move(n)));
    }

    // Appends to the open container (only the innermost one ever grows, so the pointers on the
    // stack stay valid).
    YNode *add(YNode n)
    {
        if (++m_nodes > m_limits.maxNodes)
            throw TreeError{
                diagnostic<DiagMsg::YamlTooManyValues>({}, n.pos, {}, m_limits.maxNodes)};
        if (m_stack.empty()) {
            root = std::move(n);
            haveRoot = true;
            return &root;
        }
        YNode *parent = m_stack.back();
        parent->children.push_back(std::move(n));
        return &parent->children.back();
    }

    const YamlLimits &m_limits;
    std::string_view m_text;
    int m_lastLine = -1;
    int m_lastPos = 0;
    int m_lastColumn = 1;
    std::vector<YNode *> m_stack;
    std::size_t m_nodes = 0;
};

// The position of the first byte that is not valid UTF-8, if any.
std::optional<SourcePos> firstInvalidUtf8(std::string_view s)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80         ? 1
                          : (c >> 5) == 6  ? 2
                          : (c >> 4) == 14 ? 3
                          : (c >> 3) == 30 ? 4
                                           : 0;
        bool ok = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(s[i + k]) >> 6) == 2;
        if (ok && len == 2)
            ok = c >= 0xC2; // overlong
        if (ok && len == 3) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0); // overlong, surrogate
        }
        if (ok && len == 4) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            ok = c <= 0xF4 && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (!ok || c == 0)
            return SourcePos{line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len;
    }
    return std::nullopt;
}

// yaml-cpp's message (it has no codes), with Chinese for those a hand-written file meets.
DiagArg yamlMessage(const std::string &msg)
{
    namespace E = YAML::ErrorMsg;
    static const std::pair<const char *, const char *> kChinese[] = {
        {E::END_OF_MAP, "映射没有正常结束"},
        {E::END_OF_MAP_FLOW, "用“{”开始的映射没有结束"},
        {E::END_OF_SEQ, "列表没有正常结束"},
        {E::END_OF_SEQ_FLOW, "用“[”开始的列表没有结束"},
        {E::UNKNOWN_TOKEN, "无法识别的符号"},
        {E::DOC_IN_SCALAR, "值中出现了文档分隔符"},
        {E::EOF_IN_SCALAR, "值还没有结束，文件就结束了"},
        {E::CHAR_IN_SCALAR, "值中有不允许的字符"},
        {E::TAB_IN_INDENTATION, "缩进中有制表符（Tab）"},
        {E::FLOW_END, "多余的右括号"},
        {E::BLOCK_ENTRY, "此处不能出现列表项（“- ”）"},
        {E::MAP_KEY, "此处不能出现键"},
        {E::MAP_VALUE, "此处不能出现值（“:”的位置不对）"},
        {E::INVALID_HEX, "十六进制数中有不允许的字符"},
        {E::INVALID_UNICODE, "无效的 Unicode 字符："},
        {E::INVALID_ESCAPE, "无法识别的转义字符："},
        {E::SINGLE_QUOTED_CHAR, "单引号字符串中有不允许的字符"},
        {E::CHAR_IN_BLOCK, "多行文本中有意外的字符"},
        {E::ZERO_INDENT_IN_BLOCK, "多行文本的缩进不能为 0"},
        {E::MULTIPLE_TAGS, "同一个值不能有多个标签"},
        {E::CHAR_IN_TAG_HANDLE, "标签中有不允许的字符"},
        {E::END_OF_VERBATIM_TAG, "标签没有结束"},
    };
    for (const auto &[en, zh] : kChinese) {
        const std::string_view text(en);
        // Some end with ": " and the offending text.
        if (text.ends_with(": ") ? msg.starts_with(text) : msg == text)
            return LocalText{zh + msg.substr(std::min(msg.size(), text.size())), msg};
    }
    return msg;
}

} // namespace

Result<YNode>
parseYaml(std::string_view text, const std::string &fileName, const YamlLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return diagnostic<DiagMsg::FileTooLarge>(fileName, {}, {}, text.size(), limits.maxBytes);
    if (auto bad = firstInvalidUtf8(text))
        return diagnostic<DiagMsg::InvalidUtf8>(fileName, *bad, {});
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return diagnostic<DiagMsg::EmptyFile>(fileName, {}, {});

    std::istringstream in{std::string(text)};
    TreeBuilder builder(limits, text);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder) || !builder.haveRoot)
            return diagnostic<DiagMsg::NoYamlDocument>(fileName, {}, {});
        TreeBuilder second(limits, text);
        if (parser.HandleNextDocument(second))
            return diagnostic<DiagMsg::YamlMultipleDocuments>(fileName, second.documentPos, {});
    } catch (const TreeError &e) {
        Diagnostic d = e.diagnostic;
        d.file = fileName;
        return d;
    } catch (const YAML::DeepRecursion &e) {
        return diagnostic<DiagMsg::YamlNestingTooDeep>(fileName, toPos(e.mark, text), {});
    } catch (const YAML::Exception &e) {
        const SourcePos pos = toPos(e.mark, text);
        const bool unclosedList = e.msg.find("end of sequence flow") != std::string::npos;
        if ((unclosedList || e.msg.find("end of map flow") != std::string::npos) &&
            builder.openContainer()) {
            return unclosedList
                       ? diagnostic<DiagMsg::YamlListNotClosed>(fileName, *builder.openContainer(),
                                                                {})
                       : diagnostic<DiagMsg::YamlMapNotClosed>(fileName, *builder.openContainer(),
                                                               {});
        }
        if (e.msg.find("end of map not found") != std::string::npos ||
            e.msg.find("end of sequence not found") != std::string::npos ||
            e.msg.find("illegal map value") != std::string::npos) {
            // yaml-cpp names the symptom; say what usually causes it.
            std::size_t start = 0;
            for (int line = 1; line < pos.line - 1 && start != std::string_view::npos; ++line)
                start = text.find('\n', start) + 1;
            const std::string_view near =
                start == std::string_view::npos ? std::string_view() : text.substr(start, 400);
            const bool tab = near.find("\n\t") != std::string_view::npos || near.starts_with('\t');
            return tab ? diagnostic<DiagMsg::YamlSyntaxTab>(fileName, pos, {}, yamlMessage(e.msg))
                       : diagnostic<DiagMsg::YamlSyntaxIndent>(fileName, pos, {},
                                                               yamlMessage(e.msg));
        }
        return diagnostic<DiagMsg::YamlSyntax>(fileName, pos, {}, yamlMessage(e.msg));
    } catch (const std::exception &e) {
        return diagnostic<DiagMsg::YamlCannotParse>(fileName, {}, {}, e.what());
    }
    return std::move(builder.root);
}

Result<std::string> readTextFile(const std::string &path, std::size_t maxBytes)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return fileError<DiagMsg::FileNotFound>(path);
    if (std::filesystem::is_directory(status))
        return fileError<DiagMsg::FileIsFolder>(path);
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > maxBytes)
        return fileError<DiagMsg::FileTooLarge>(path, size, maxBytes);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileError<DiagMsg::FileCannotOpen>(path);
    std::string data;
    data.resize(ec ? 0 : size);
    in.read(data.data(), std::streamsize(data.size()));
    if (ec || in.gcount() != std::streamsize(data.size()))
        return fileError<DiagMsg::FileReadIncomplete>(path);
    return data;
}

} // namespace dl
