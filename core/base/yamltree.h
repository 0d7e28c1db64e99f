// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// A YAML document as a plain tree with a position on every node. Built from yaml-cpp's event
// parser rather than YAML::Node so that aliases, depth and size are bounded while parsing (an
// alias bomb never expands) and so that loading costs one parse.
struct YNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    bool quoted = false; // a quoted scalar is always a string, never a number or boolean
    std::string value;   // scalars only
    SourcePos pos;
    // Sequence: the elements. Map: key, value, key, value, ... (keys are scalars).
    std::vector<YNode> children;

    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isNull() const { return kind == Kind::Null; }
    std::size_t mapSize() const { return children.size() / 2; }
    const YNode &key(std::size_t i) const { return children[2 * i]; }
    const YNode &mapValue(std::size_t i) const { return children[2 * i + 1]; }
    // The value for `key` in a map, or nullptr.
    const YNode *find(std::string_view key) const;
    // "a mapping", "a list", "a single value", "nothing" — for messages.
    LocalText kindName() const;
};

struct YamlLimits
{
    std::size_t maxBytes = 8u << 20;
    int maxDepth = 64;
    std::size_t maxNodes = 1'000'000;
};

// Parses one YAML document. Every failure (syntax, invalid UTF-8, too large, too deep, anchors
// or aliases, duplicate keys, more than one document, empty input) becomes a diagnostic that
// names `fileName`, line and column.
Result<YNode>
parseYaml(std::string_view text, const std::string &fileName, const YamlLimits &limits = {});

// Reads a file of at most `maxBytes` bytes. A larger file is refused without reading it.
Result<std::string> readTextFile(const std::string &path, std::size_t maxBytes = 8u << 20);

} // namespace dl
