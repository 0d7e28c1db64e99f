// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnosticcatalog.h"
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
    // Records message `M` at `at` (see base/diagnosticcatalog.inc for its arguments).
    template<DiagMsg M, typename... A>
    void error(SourcePos at, const std::string &id, A &&...args)
    {
        m_out.push_back(diagnostic<M>(m_file, at, id, std::forward<A>(args)...));
    }
    template<DiagMsg M, typename... A>
    void error(const YNode &at, const std::string &id, A &&...args)
    {
        error<M>(at.pos, id, std::forward<A>(args)...);
    }

    // `n` must be a mapping whose keys are all in `allowed`; `what` names it in messages (a key,
    // or a LocalText such as {"评分项", "an item"}). `field` below is the same.
    bool expectMap(const YNode &n,
                   const DiagArg &what,
                   const std::string &id,
                   std::initializer_list<std::string_view> allowed);
    const YNode *required(const YNode &map, std::string_view key, const std::string &id);

    std::optional<std::string> id(const YNode *n, const std::string &context);
    std::optional<std::string> string(const YNode *n, const std::string &id, const DiagArg &field);
    // Both zh_CN and en, non-empty. A missing optional text gives an empty LocalText.
    LocalText text(const YNode *n, const std::string &id, const DiagArg &field, bool required);
    std::optional<Rational> decimal(const YNode *n, const std::string &id, const DiagArg &field);
    std::optional<int> integer(const YNode *n, const std::string &id, const DiagArg &field);
    std::optional<bool> boolean(const YNode *n, const std::string &id, const DiagArg &field);
    std::optional<Interval> interval(const YNode *n, const std::string &id, const DiagArg &field);
    // The elements of a list (an absent optional list is empty).
    const std::vector<YNode> *list(const YNode *n, const std::string &id, const DiagArg &field);

private:
    std::string m_file;
    Diagnostics &m_out;
};

// "[0, 10]", "(10,20]" ...
std::optional<Interval> parseInterval(std::string_view text);
bool isValidId(std::string_view id);
// A value for a message: a scalar in quotes ('x' / “x”), else what kind of node it is.
DiagArg shownValue(const YNode &n);
// "a, b, c" / "a、b、c".
DiagArg listArg(const std::vector<std::string> &items);

} // namespace dl
