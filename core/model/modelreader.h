// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/rational.h"
#include "base/result.h"
#include "base/yamltree.h"
#include "model/model.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace dl {

// Typed reads from a YAML tree that record a precise diagnostic (file:line:column, id, what was
// found, what was expected) for anything unexpected and carry on, so one run reports every
// problem. Used by the model and the answer-file loaders.
class NodeReader
{
public:
    NodeReader(std::string file, Diagnostics &out)
        : m_file(std::move(file))
        , m_out(out)
    {}

    const std::string &file() const { return m_file; }
    void error(const YNode &at, const std::string &id, std::string code, std::string message);
    void error(SourcePos at, const std::string &id, std::string code, std::string message);

    // `n` must be a mapping whose keys are all in `allowed`; `what` names it in messages.
    bool expectMap(const YNode &n,
                   std::string_view what,
                   const std::string &id,
                   std::initializer_list<std::string_view> allowed);
    const YNode *required(const YNode &map, std::string_view key, const std::string &id);

    std::optional<std::string> id(const YNode *n, const std::string &context);
    std::optional<std::string>
    string(const YNode *n, const std::string &id, std::string_view field);
    // Both zh_CN and en, non-empty. A missing optional text gives an empty LocalText.
    LocalText text(const YNode *n, const std::string &id, std::string_view field, bool required);
    std::optional<Rational> decimal(const YNode *n, const std::string &id, std::string_view field);
    std::optional<int> integer(const YNode *n, const std::string &id, std::string_view field);
    std::optional<bool> boolean(const YNode *n, const std::string &id, std::string_view field);
    std::optional<Interval> interval(const YNode *n, const std::string &id, std::string_view field);
    // The elements of a list (an absent optional list is empty).
    const std::vector<YNode> *list(const YNode *n, const std::string &id, std::string_view field);

private:
    std::string m_file;
    Diagnostics &m_out;
};

// "[0, 10]", "(10,20]" ...
std::optional<Interval> parseInterval(std::string_view text);
bool isValidId(std::string_view id);

} // namespace dl
