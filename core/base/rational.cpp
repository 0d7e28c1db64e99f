// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/rational.h"

#include <limits>

namespace dl {

namespace {

__int128 gcd128(__int128 a, __int128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const __int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

constexpr __int128 kMax = std::numeric_limits<std::int64_t>::max();

} // namespace

Rational Rational::fromWide(__int128 num, __int128 den)
{
    if (den == 0)
        den = 1; // division by zero is a caller bug; keep the value defined
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const __int128 g = gcd128(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    while (num > kMax || num < -kMax || den > kMax) { // saturate instead of overflowing
        num /= 2;
        den /= 2;
        if (den == 0)
            den = 1;
    }
    Rational r;
    r.m_num = static_cast<std::int64_t>(num);
    r.m_den = static_cast<std::int64_t>(den);
    return r;
}

Rational Rational::fraction(std::int64_t num, std::int64_t den)
{
    return fromWide(num, den);
}

std::optional<Rational> Rational::parseDecimal(std::string_view text)
{
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    __int128 num = 0;
    __int128 den = 1;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        if (seenPoint) {
            if (++fracDigits > 6)
                return std::nullopt;
            den *= 10;
        } else if (++intDigits > 15) {
            return std::nullopt;
        }
        num = num * 10 + (c - '0');
    }
    // 18 digits always fit the 64-bit numerator exactly; more could only be approximated.
    if (intDigits + fracDigits == 0 || intDigits + fracDigits > 18)
        return std::nullopt;
    return fromWide(negative ? -num : num, den);
}

Rational operator+(const Rational &a, const Rational &b)
{
    if (a.m_den == b.m_den)
        return Rational::fromWide(__int128(a.m_num) + b.m_num, a.m_den);
    return Rational::fromWide(__int128(a.m_num) * b.m_den + __int128(b.m_num) * a.m_den,
                              __int128(a.m_den) * b.m_den);
}

Rational operator-(const Rational &a, const Rational &b)
{
    return a + (-b);
}

Rational operator*(const Rational &a, const Rational &b)
{
    return Rational::fromWide(__int128(a.m_num) * b.m_num, __int128(a.m_den) * b.m_den);
}

Rational operator/(const Rational &a, const Rational &b)
{
    return Rational::fromWide(__int128(a.m_num) * b.m_den, __int128(a.m_den) * b.m_num);
}

std::strong_ordering operator<=>(const Rational &a, const Rational &b)
{
    const __int128 l = __int128(a.m_num) * b.m_den;
    const __int128 r = __int128(b.m_num) * a.m_den;
    return l < r ? std::strong_ordering::less
                 : (l > r ? std::strong_ordering::greater : std::strong_ordering::equal);
}

std::string Rational::toString(int maxDecimals) const
{
    // Exact when the denominator has only factors 2 and 5 and fits in maxDecimals + 2 places.
    __int128 num = m_num < 0 ? -__int128(m_num) : __int128(m_num);
    __int128 scale = 1;
    int places = 0;
    while ((num * scale) % m_den != 0 && places < maxDecimals + 2) {
        scale *= 10;
        ++places;
    }
    __int128 scaled;
    if ((num * scale) % m_den == 0) {
        scaled = num * scale / m_den;
    } else { // not a terminating decimal: round half up to maxDecimals places
        places = maxDecimals;
        scale = 1;
        for (int k = 0; k < places; ++k)
            scale *= 10;
        scaled = (num * scale * 2 + m_den) / (2 * __int128(m_den));
        while (places > 0 && scaled % 10 == 0) {
            scaled /= 10;
            --places;
        }
    }
    std::string digits;
    do {
        digits.insert(digits.begin(), char('0' + int(scaled % 10)));
        scaled /= 10;
    } while (scaled > 0);
    while (int(digits.size()) <= places)
        digits.insert(digits.begin(), '0');
    if (places > 0)
        digits.insert(digits.end() - places, '.');
    if (m_num < 0 && digits.find_first_not_of("0.") != std::string::npos)
        digits.insert(digits.begin(), '-');
    return digits;
}

} // namespace dl
