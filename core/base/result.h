// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
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

// Which message a diagnostic shows: a row of the catalogue (base/diagnosticcatalog.inc) with its
// English and Chinese text. Declared here so that diagnostics can be passed around without it.
enum class DiagMsg : std::uint16_t;

// One value filled into a message: the same in both languages (a number, an id, a value from a
// file, the operating system's or a library's words), or a word that is translated (LocalText).
class DiagArg
{
public:
    DiagArg(std::string text)
        : m_en(std::move(text))
    {}
    DiagArg(const char *text)
        : m_en(text)
    {}
    DiagArg(std::string_view text)
        : m_en(text)
    {}
    DiagArg(const LocalText &text)
        : m_zh(text.zh)
        , m_en(text.en)
        , m_translated(true)
    {}
    template<std::integral N>
    requires(!std::same_as<N, bool> && !std::same_as<N, char>) DiagArg(N number)
        : m_en(std::to_string(number))
    {}

    const std::string &get(Lang lang) const
    {
        return lang == Lang::ZhCN && m_translated ? m_zh : m_en;
    }

private:
    std::string m_zh, m_en;
    bool m_translated = false;
};

struct Diagnostic;
// Made with dl::diagnostic<DiagMsg::...>(file, pos, id, args...) or dl::fileError<...>(file,
// args...) from base/diagnosticcatalog.h, which check the arguments against the message.
template<DiagMsg M, typename... A>
Diagnostic diagnostic(std::string file, SourcePos pos, std::string id, A &&...args);

// One problem a user sees: where, which id, what is wrong and what was expected, in either
// language.
struct Diagnostic
{
    std::string file;
    SourcePos pos;
    std::string id;
    DiagMsg msg;
    std::vector<DiagArg> args;
    // The stable key of the message (e.g. "points-mismatch", shared by messages of one kind), for
    // tests and for programs that act on a kind of problem.
    std::string code;
    // The message in English (logs, tests); text() in the user's language.
    std::string message;

    std::string text(Lang lang) const;
    // "file:line:column: [id] message" with the parts that are known, the message in `lang`: the
    // command line's form, the same shape in both languages so that editors and scripts read it.
    std::string toString(Lang lang = Lang::En) const;
    // For a dialog: in Chinese "file 第line行第column列：[id] 消息", in English as toString().
    std::string describe(Lang lang) const;

private:
    Diagnostic(
        std::string file, SourcePos pos, std::string id, DiagMsg msg, std::vector<DiagArg> args);
    template<DiagMsg M, typename... A>
    friend Diagnostic diagnostic(std::string file, SourcePos pos, std::string id, A &&...args);
};

using Diagnostics = std::vector<Diagnostic>;

// A message that carries another diagnostic's text ("cannot be stored: ..."), in both languages.
inline DiagArg textOf(const Diagnostic &d)
{
    return LocalText{d.text(Lang::ZhCN), d.text(Lang::En)};
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
