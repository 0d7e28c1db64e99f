// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

namespace dl {

// Every message a diagnostic can show: the rows of base/diagnosticcatalog.inc, in order.
enum class DiagMsg : std::uint16_t {
#define DL_DIAG(name, code, en, zh) name,
#include "base/diagnosticcatalog.inc"
#undef DL_DIAG
};

// One row of the catalogue.
struct DiagTemplate
{
    DiagMsg msg;
    std::string_view name; // the enumerator's name, for tests and tools
    std::string_view code; // the stable key (Diagnostic::code)
    std::string_view en;
    std::string_view zh;
};

namespace diagdetail {

// The placeholders %1..%9 a template uses, one bit each (bit 0 for %1).
constexpr unsigned placeholders(std::string_view text)
{
    unsigned used = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9')
            used |= 1u << (text[i + 1] - '1');
    return used;
}

// How many arguments a template takes: its placeholders are %1..%n, none left out.
constexpr int arity(std::string_view text)
{
    const unsigned used = placeholders(text);
    int n = 0;
    while (used >> n)
        ++n;
    return used == (1u << n) - 1 ? n : -1;
}

} // namespace diagdetail

inline constexpr DiagTemplate kDiagCatalog[] = {
#define DL_DIAG(name, code, en, zh) {DiagMsg::name, #name, code, en, zh},
#include "base/diagnosticcatalog.inc"
#undef DL_DIAG
};

constexpr const DiagTemplate &diagTemplate(DiagMsg msg)
{
    return kDiagCatalog[std::size_t(msg)];
}

inline std::span<const DiagTemplate> diagCatalog()
{
    return kDiagCatalog;
}

namespace diagdetail {

// The first row whose texts disagree (-1 when none): both texts must be given and use the same
// placeholders, %1..%n with none left out, and the Chinese must be Chinese (not ASCII only).
constexpr int firstInconsistentRow()
{
    for (std::size_t i = 0; i < std::size(kDiagCatalog); ++i) {
        const DiagTemplate &t = kDiagCatalog[i];
        bool chinese = false;
        for (char c : t.zh)
            chinese = chinese || static_cast<unsigned char>(c) >= 0x80;
        if (t.code.empty() || t.en.empty() || !chinese || arity(t.en) < 0 ||
            placeholders(t.en) != placeholders(t.zh))
            return int(i);
    }
    return -1;
}

} // namespace diagdetail

// A compile error here names the row of diagnosticcatalog.inc (counting from 0) to fix.
static_assert(diagdetail::firstInconsistentRow() == -1,
              "a row of diagnosticcatalog.inc has texts that disagree");

// A diagnostic showing message `M`, filled with `args` (%1, %2, ... in order). The number of
// arguments is checked against the message when compiling.
template<DiagMsg M, typename... A>
Diagnostic diagnostic(std::string file, SourcePos pos, std::string id, A &&...args)
{
    static_assert(sizeof...(A) == std::size_t(diagdetail::arity(diagTemplate(M).en)),
                  "the message takes another number of arguments (see diagnosticcatalog.inc)");
    return Diagnostic(std::move(file), pos, std::move(id), M,
                      std::vector<DiagArg>{DiagArg(std::forward<A>(args))...});
}

// A diagnostic about a file as a whole (no position): unreadable, damaged, cannot be written.
template<DiagMsg M, typename... A>
Diagnostic fileError(std::string file, A &&...args)
{
    return diagnostic<M>(std::move(file), {}, {}, std::forward<A>(args)...);
}

// `text` with %1..%9 replaced by `args` in `lang`, in one pass (an argument's own "%1" stays).
std::string fillTemplate(std::string_view text, const std::vector<DiagArg> &args, Lang lang);

} // namespace dl
