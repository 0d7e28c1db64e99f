// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace dl {

// Nothing to return but success.
struct Done
{
};

// Where a problem is, for messages of the form file:line:column. Lines and columns count from 1;
// 0 means "not known" (for example a problem with the file as a whole).
struct SourcePos
{
    int line = 0;
    int column = 0;
};

// One problem a user sees: where, which id, what is wrong and what was expected (in `message`).
// `code` is a stable key (e.g. "points-mismatch") for tests and for translating in the GUI.
struct Diagnostic
{
    std::string file;
    SourcePos pos;
    std::string id;
    std::string code;
    std::string message;

    // "file:line:column: [id] message" with the parts that are known.
    std::string toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

// A diagnostic about a file as a whole (no position): unreadable, damaged, cannot be written.
inline Diagnostic fileError(std::string file, std::string code, std::string message)
{
    return Diagnostic{std::move(file), {}, {}, std::move(code), std::move(message)};
}

// expected<T, Diagnostics> in the spirit of Qt Creator's Result<T>; core never throws across
// its own API.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Diagnostics errors)
        : m_data(std::move(errors))
    {}
    Result(Diagnostic error)
        : m_data(Diagnostics{std::move(error)})
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Diagnostics &errors() const { return std::get<1>(m_data); }

private:
    std::variant<T, Diagnostics> m_data;
};

} // namespace dl
