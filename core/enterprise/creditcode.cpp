// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/creditcode.h"

#include "base/diagnosticcatalog.h"

#include <initializer_list>
#include <vector>

namespace dl {

namespace {

// GB 32100-2015 table 1: the digits and the capital letters without I, O, Z, S and V, which are
// too easily read as 1, 0, 2, 5 and U.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kLength = 18;
// 3^(i-1) mod 31 for positions 1..17.
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(char c)
{
    const std::size_t at = kAlphabet.find(c);
    return at == std::string_view::npos || c == '\0' ? -1 : int(at);
}

// One user-perceived character: people paste codes from web pages and documents, so positions
// and lengths count characters, not UTF-8 bytes.
struct Char
{
    std::string text;
    char32_t point = 0;
};

std::vector<Char> decodeUtf8(std::string_view s)
{
    std::vector<Char> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80             ? 1
                        : (b & 0xE0) == 0xC0 ? 2
                        : (b & 0xF0) == 0xE0 ? 3
                        : (b & 0xF8) == 0xF0 ? 4
                                             : 1;
        if (i + n > s.size())
            n = 1;
        char32_t cp = n == 1 ? b : b & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back({std::string(s.substr(i, n)), cp});
        i += n;
    }
    return out;
}

bool isSpace(char32_t c)
{
    // ASCII white space, no-break space and the ideographic space of Chinese text.
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x3000;
}

// Full-width forms (U+FF01-U+FF5E) are what a Chinese input method in full-width mode types for
// "9" or "A"; they are the same characters to the person typing them.
void normalise(Char &c)
{
    if (c.point >= 0xFF01 && c.point <= 0xFF5E)
        c.point = c.point - 0xFF01 + 0x21;
    if (c.point >= 'a' && c.point <= 'z')
        c.point = c.point - 'a' + 'A';
    if (c.point < 0x80)
        c.text = std::string(1, char(c.point));
}

CreditCodeCheck
fail(CreditCodeCheck r, CreditCodeError error, int position, Diagnostic problem, Lang lang)
{
    r.valid = false;
    r.error = error;
    r.position = position;
    r.message = problem.text(lang);
    r.problem = std::move(problem);
    return r;
}

} // namespace

char creditCodeCheckCharacter(std::string_view first17)
{
    if (first17.size() != kLength - 1)
        return '\0';
    int sum = 0;
    for (int i = 0; i < kLength - 1; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return '\0';
        sum += v * kWeights[i];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

std::string normalisedCreditCode(std::string_view text)
{
    return checkCreditCode(text, Lang::En).code;
}

CreditCodeCheck checkCreditCode(std::string_view text, Lang lang)
{
    std::vector<Char> chars = decodeUtf8(text);
    std::size_t begin = 0;
    std::size_t end = chars.size();
    while (begin < end && isSpace(chars[begin].point))
        ++begin;
    while (end > begin && isSpace(chars[end - 1].point))
        --end;

    CreditCodeCheck r;
    for (std::size_t i = begin; i < end; ++i) {
        normalise(chars[i]);
        r.code += chars[i].text;
    }
    const int count = int(end - begin);

    if (count == 0) {
        return fail(r, CreditCodeError::Empty, 0, fileError<DiagMsg::CreditCodeEmpty>({}), lang);
    }
    if (count != kLength) {
        return fail(r, CreditCodeError::Length, 0, fileError<DiagMsg::CreditCodeLength>({}, count),
                    lang);
    }
    for (int pos = 1; pos <= kLength; ++pos) {
        const Char &c = chars[begin + pos - 1];
        const char ascii = c.point < 0x80 ? char(c.point) : '\0';
        if (valueOf(ascii) < 0) {
            const bool lookalike =
                ascii == 'I' || ascii == 'O' || ascii == 'Z' || ascii == 'S' || ascii == 'V';
            return fail(r, CreditCodeError::BadCharacter, pos,
                        lookalike ? fileError<DiagMsg::CreditCodeLookalike>({}, pos, c.text)
                                  : fileError<DiagMsg::CreditCodeBadCharacter>(
                                        {}, pos, c.text, kAlphabet.substr(10)),
                        lang);
        }
        if (pos >= 3 && pos <= 8 && (ascii < '0' || ascii > '9')) {
            return fail(r, CreditCodeError::DivisionNotDigit, pos,
                        fileError<DiagMsg::CreditCodeDivision>({}, pos, c.text), lang);
        }
    }

    r.expectedCheck = creditCodeCheckCharacter(std::string_view(r.code).substr(0, kLength - 1));
    if (r.code[kLength - 1] != r.expectedCheck) {
        return fail(r, CreditCodeError::CheckMismatch, kLength,
                    fileError<DiagMsg::CreditCodeCheck>({}, r.code.substr(kLength - 1),
                                                        std::string(1, r.expectedCheck)),
                    lang);
    }
    r.valid = true;
    return r;
}

} // namespace dl
