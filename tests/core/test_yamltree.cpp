// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "base/yamltree.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using dl::YNode;

namespace {

dl::YNode parseOk(const std::string &text, const dl::YamlLimits &limits = {})
{
    auto r = dl::parseYaml(text, "t.yaml", limits);
    if (!r) {
        std::string all;
        for (const auto &d : r.errors())
            all += d.toString() + "\n";
        FAIL("unexpected YAML error:\n" << all);
    }
    return std::move(*r);
}

struct ErrorRow
{
    const char *what;
    std::string text;
    const char *code;
    int line; // 0: position not known / not checked
    int column;
};

} // namespace

TEST_CASE("parseYaml builds a tree with 1-based positions", "[yaml]")
{
    const YNode root = parseOk("a: 1\n"
                               "b:\n"
                               "  c: x\n"
                               "  d: [p, 'q']\n"
                               "list:\n"
                               "  - one\n"
                               "  - \"two\"\n"
                               "empty:\n");
    REQUIRE(root.isMap());
    REQUIRE(root.mapSize() == 4);

    struct Row
    {
        const YNode *node;
        YNode::Kind kind;
        const char *value;
        int line, column;
        bool quoted;
    };
    const YNode &b = *root.find("b");
    const YNode &list = *root.find("list");
    const YNode &d = *b.find("d");
    const Row rows[] = {
        {&root.key(0), YNode::Kind::Scalar, "a", 1, 1, false},
        {root.find("a"), YNode::Kind::Scalar, "1", 1, 4, false},
        {&root.key(1), YNode::Kind::Scalar, "b", 2, 1, false},
        {&b, YNode::Kind::Map, "", 3, 3, false},
        {&b.key(0), YNode::Kind::Scalar, "c", 3, 3, false},
        {b.find("c"), YNode::Kind::Scalar, "x", 3, 6, false},
        {&d, YNode::Kind::Sequence, "", 4, 6, false},
        {&d.children[0], YNode::Kind::Scalar, "p", 4, 7, false},
        {&d.children[1], YNode::Kind::Scalar, "q", 4, 10, true},
        {&list, YNode::Kind::Sequence, "", 6, 3, false},
        {&list.children[0], YNode::Kind::Scalar, "one", 6, 5, false},
        {&list.children[1], YNode::Kind::Scalar, "two", 7, 5, true},
        {root.find("empty"), YNode::Kind::Null, "", 0, 0, false}, // position not checked
    };
    int k = 0;
    for (const Row &row : rows) {
        DYNAMIC_SECTION("node " << k++ << " '" << row.value << "'")
        {
            REQUIRE(row.node != nullptr);
            CHECK(row.node->kind == row.kind);
            CHECK(row.node->value == row.value);
            if (row.line > 0) {
                CHECK(row.node->pos.line == row.line);
                CHECK(row.node->pos.column == row.column);
            }
            CHECK(row.node->quoted == row.quoted);
        }
    }
    CHECK(root.find("missing") == nullptr);
    CHECK(b.find("x") == nullptr); // values are not keys
}

TEST_CASE("quoted scalars are marked, plain ones are not", "[yaml]")
{
    struct Row
    {
        const char *text;
        const char *value;
        bool quoted;
    };
    const Row rows[] = {
        {"v: 1", "1", false},           {"v: '1'", "1", true},
        {"v: \"1\"", "1", true},        {"v: yes", "yes", false},
        {"v: 'yes'", "yes", true},      {"v: \"2024.1\"", "2024.1", true},
        {"v: 2024.1", "2024.1", false}, {"v: |\n  block\n", "block\n", true},
        {"v: 中文", "中文", false},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.text)
        {
            const YNode root = parseOk(row.text);
            const YNode *v = root.find("v");
            REQUIRE(v);
            CHECK(v->isScalar());
            CHECK(v->value == row.value);
            CHECK(v->quoted == row.quoted);
        }
    }
}

TEST_CASE("parseYaml reports every failure with code and position", "[yaml]")
{
    std::string deep65, deep64;
    for (int k = 0; k < 65; ++k)
        deep65 += "[";
    for (int k = 0; k < 65; ++k)
        deep65 += "]";
    const ErrorRow rows[] = {
        {"duplicate key", "a: 1\nb: 2\na: 3\n", "duplicate-key", 3, 1},
        {"duplicate key in a nested map", "top:\n  x: 1\n  y: 2\n  x: 3\n", "duplicate-key", 4, 3},
        {"duplicate key in a flow map", "m: {k: 1, k: 2}\n", "duplicate-key", 1, 11},
        {"anchor", "a: &x 1\nb: 2\n", "yaml-alias", 1, 4},
        {"anchor on a map", "a: &m\n  k: 1\n", "yaml-alias", 1, 4},
        {"alias bomb", "a: &x [1, 2]\nb: [*x, *x]\n", "yaml-alias", 1, 4},
        {"65 nested lists", deep65, "yaml-depth", 1, 65},
        {"two documents (at the --- that starts the second)", "a: 1\n---\nb: 2\n",
         "yaml-multiple-documents", 2, 1},
        {"empty", "", "empty-file", 0, 0},
        {"only white space", "  \n\t\n\r\n", "empty-file", 0, 0},
        {"only a comment", "# nothing here\n", "empty-file", 0, 0},
        {"bad byte after ASCII", "a: 1\nb: x\xffy\n", "invalid-utf8", 2, 5},
        {"bad byte after CJK (columns count characters)", "名: 中\xff\n", "invalid-utf8", 1, 5},
        {"truncated 3-byte sequence", "a: 中\nb: \xe4\xb8\n", "invalid-utf8", 2, 4},
        {"overlong encoding", "a: \xc0\xaf\n", "invalid-utf8", 1, 4},
        {"UTF-16 surrogate", "a: ok\n\nc: \xed\xa0\x80\n", "invalid-utf8", 3, 4},
        {"GBK text", "a: \xd6\xd0\xce\xc4\n", "invalid-utf8", 1, 4},
        {"NUL byte", std::string("a: 1\nb: \0\n", 10), "invalid-utf8", 2, 4},
        {"syntax error", "a: [1, 2\nb: 3\n", "yaml-syntax", 0, 0},
        {"complex key", "? [a, b]\n: 1\n", "yaml-key", 1, 3},
    };
    for (const ErrorRow &row : rows) {
        DYNAMIC_SECTION(row.what)
        {
            auto r = dl::parseYaml(row.text, "f.yaml");
            REQUIRE_FALSE(r.ok());
            REQUIRE(r.errors().size() == 1);
            const dl::Diagnostic &d = r.errors().front();
            CHECK(d.code == row.code);
            CHECK(d.file == "f.yaml");
            CHECK_FALSE(d.message.empty());
            if (row.line > 0) {
                CHECK(d.pos.line == row.line);
                CHECK(d.pos.column == row.column);
            }
        }
    }
}

TEST_CASE("depth and size limits", "[yaml]")
{
    auto nested = [](int depth) {
        std::string s(std::size_t(depth), '[');
        return s + std::string(std::size_t(depth), ']');
    };
    SECTION("64 levels are allowed by default, 65 are not")
    {
        CHECK(dl::parseYaml(nested(64), "f.yaml").ok());
        CHECK_FALSE(dl::parseYaml(nested(65), "f.yaml").ok());
    }
    SECTION("a lower maxDepth counts maps and lists alike")
    {
        dl::YamlLimits limits;
        limits.maxDepth = 3;
        CHECK(dl::parseYaml("a:\n  b:\n    c: 1\n", "f.yaml", limits).ok());       // 3 maps
        auto r = dl::parseYaml("a:\n  b:\n    c:\n      - 1\n", "f.yaml", limits); // 3 maps + list
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == "yaml-depth");
        CHECK(r.errors().front().pos.line == 4);
    }
    SECTION("maxBytes: at the limit is accepted, one byte more is refused")
    {
        dl::YamlLimits limits;
        limits.maxBytes = 10;
        const std::string ten = "a: 123456\n"; // 10 bytes
        REQUIRE(ten.size() == 10);
        CHECK(dl::parseYaml(ten, "f.yaml", limits).ok());
        auto r = dl::parseYaml(ten + " ", "f.yaml", limits);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == "file-too-large");
        CHECK(r.errors().front().message.find("11 bytes") != std::string::npos);
        CHECK(r.errors().front().message.find("at most 10") != std::string::npos);
    }
    SECTION("maxNodes bounds the number of values")
    {
        dl::YamlLimits limits;
        limits.maxNodes = 5;
        CHECK(dl::parseYaml("[1, 2, 3, 4]", "f.yaml", limits).ok()); // list + 4 = 5
        auto r = dl::parseYaml("[1, 2, 3, 4, 5]", "f.yaml", limits);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == "yaml-size");
    }
    SECTION("readTextFile refuses a file above maxBytes and a missing file")
    {
        const std::string path =
            (std::filesystem::temp_directory_path() / "digilevel-test-yamltree.tmp").string();
        {
            std::ofstream out(path, std::ios::binary);
            out << "a: 123456\n";
        }
        auto ok = dl::readTextFile(path, 10);
        REQUIRE(ok.ok());
        CHECK(*ok == "a: 123456\n");
        auto big = dl::readTextFile(path, 9);
        REQUIRE_FALSE(big.ok());
        CHECK(big.errors().front().code == "file-too-large");
        std::remove(path.c_str());
        auto missing = dl::readTextFile(path);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.errors().front().code == "file-not-found");
    }
}

TEST_CASE("Diagnostic::toString names file, line and column", "[yaml]")
{
    auto r = dl::parseYaml("a: 1\na: 2\n", "dir/answers.yaml");
    REQUIRE_FALSE(r.ok());
    const std::string text = r.errors().front().toString();
    CHECK(text.rfind("dir/answers.yaml:2:1:", 0) == 0);
    CHECK(text.find("'a' appears twice") != std::string::npos);
}

TEST_CASE("columns after Chinese text count characters, as the UTF-8 check does", "[yaml]")
{
    // "名: 中\xff" reports the bad byte at column 5 (characters); a value after a Chinese key
    // must use the same kind of column, or editors point at the wrong place.
    const YNode root = parseOk("名称: 示例\nname: {zh_CN: 网络, en: Net}\n");
    const YNode *v = root.find("名称");
    REQUIRE(v);
    CHECK(v->pos.line == 1);
    CHECK(v->pos.column == 5); // 名 称 : space -> the value starts at character 5 (byte 8)
    const YNode *en = root.find("name")->find("en");
    REQUIRE(en);
    CHECK(en->pos.column == 23); // "name: {zh_CN: 网络, en: " is 22 characters (26 bytes)
}
