// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/textshape.h"

#include <chrono>
#include <cstdio>

namespace dl {

namespace {

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

struct Decoded
{
    char32_t point = 0;
    std::size_t length = 1;
    bool valid = true;
};

// One UTF-8 character at `at`; anything that is not the shortest form of a scalar value is
// invalid, one byte at a time.
Decoded decodeAt(std::string_view s, std::size_t at)
{
    const auto b = static_cast<unsigned char>(s[at]);
    if (b < 0x80)
        return {b, 1, true};
    std::size_t n = 0;
    char32_t cp = 0, min = 0;
    if ((b & 0xE0) == 0xC0)
        n = 2, cp = b & 0x1F, min = 0x80;
    else if ((b & 0xF0) == 0xE0)
        n = 3, cp = b & 0x0F, min = 0x800;
    else if ((b & 0xF8) == 0xF0)
        n = 4, cp = b & 0x07, min = 0x10000;
    else
        return {0xFFFD, 1, false};
    if (at + n > s.size())
        return {0xFFFD, 1, false};
    for (std::size_t k = 1; k < n; ++k) {
        const auto c = static_cast<unsigned char>(s[at + k]);
        if ((c & 0xC0) != 0x80)
            return {0xFFFD, 1, false};
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return {0xFFFD, 1, false};
    return {cp, n, true};
}

bool isBad(char32_t c, bool multiline)
{
    if (c < 0x20)
        return !(multiline && (c == '\n' || c == '\t' || c == '\r'));
    return (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

int number(std::string_view s, std::size_t at, std::size_t n)
{
    int v = 0;
    for (std::size_t k = 0; k < n; ++k)
        v = v * 10 + (s[at + k] - '0');
    return v;
}

} // namespace

bool isLowerUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isLowerHex(text[i]))
            return false;
    }
    return true;
}

bool isSha256Hex(std::string_view text)
{
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!isLowerHex(c))
            return false;
    return true;
}

bool isIsoUtcTime(std::string_view t)
{
    // 2026-11-27T03:58:24Z
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' ||
        t[16] != ':' || t[19] != 'Z')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
        if (!isDigit(t[i]))
            return false;
    const std::chrono::year_month_day day{std::chrono::year(number(t, 0, 4)),
                                          std::chrono::month(unsigned(number(t, 5, 2))),
                                          std::chrono::day(unsigned(number(t, 8, 2)))};
    return day.ok() && number(t, 11, 2) < 24 && number(t, 14, 2) < 60 && number(t, 17, 2) < 60;
}

std::optional<BadCharacter> findBadCharacter(std::string_view text, bool multiline)
{
    for (std::size_t at = 0; at < text.size();) {
        const Decoded d = decodeAt(text, at);
        if (!d.valid || isBad(d.point, multiline))
            return BadCharacter{at, d.point};
        at += d.length;
    }
    return std::nullopt;
}

bool isPlainFileName(std::string_view name)
{
    return !name.empty() && name.size() <= 255 && name != "." && name != ".." &&
           name.find_first_of("/\\") == std::string_view::npos && !findBadCharacter(name);
}

std::string codePointName(char32_t point)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", unsigned(point));
    return buf;
}

std::string quotedForMessage(std::string_view text, std::size_t maxBytes)
{
    std::string out = "'";
    std::size_t at = 0;
    while (at < text.size()) {
        const Decoded d = decodeAt(text, at);
        if (at + d.length > maxBytes) {
            out += "...";
            break;
        }
        if (!d.valid || isBad(d.point, false)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u{%X}", unsigned(d.point));
            out += buf;
        } else {
            out.append(text.substr(at, d.length));
        }
        at += d.length;
    }
    return out + "'";
}

} // namespace dl
