// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// <string> before <compare>: Qt 6.4's moc, which reads this header through the GUI's headers,
// fails to parse <compare> (through <concepts>) when it comes first.
#include <string>

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace dl {

// An exact fraction for points, figures and ratios. Scores such as 13 x 0.7 + 0.9 or a ratio of
// exactly 10 % must compare exactly at band edges and level thresholds; binary floating point
// cannot promise that. Parsed inputs are bounded (at most 15 digits before the point, 6 after and
// 18 in all), so they are always exact and the 128-bit intermediates of sums and comparisons do
// not overflow in practice; should a result ever not fit, it saturates rather than invoking
// undefined behaviour.
class Rational
{
public:
    constexpr Rational() = default;
    constexpr Rational(std::int64_t whole)
        : m_num(whole)
    {}
    static Rational fraction(std::int64_t num, std::int64_t den);

    // Parses a plain decimal ("7.5", "-3", "0.875", "+2"): at most 15 digits before the point, 6
    // after it and 18 in all. No exponents, no thousands separators.
    static std::optional<Rational> parseDecimal(std::string_view text);

    std::int64_t numerator() const { return m_num; }
    std::int64_t denominator() const { return m_den; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }
    bool isInteger() const { return m_den == 1; }
    double toDouble() const { return double(m_num) / double(m_den); }

    // Shortest exact decimal when there is one ("57.5", "1.875", "10"); otherwise rounded to
    // `maxDecimals` places.
    std::string toString(int maxDecimals = 4) const;

    friend Rational operator+(const Rational &a, const Rational &b);
    friend Rational operator-(const Rational &a, const Rational &b);
    friend Rational operator*(const Rational &a, const Rational &b);
    friend Rational operator/(const Rational &a, const Rational &b); // b must not be zero
    Rational operator-() const { return fraction(-m_num, m_den); }
    Rational &operator+=(const Rational &o) { return *this = *this + o; }
    Rational &operator-=(const Rational &o) { return *this = *this - o; }

    friend bool operator==(const Rational &a, const Rational &b)
    {
        return a.m_num == b.m_num && a.m_den == b.m_den;
    }
    friend std::strong_ordering operator<=>(const Rational &a, const Rational &b);

private:
    static Rational fromWide(__int128 num, __int128 den);
    std::int64_t m_num = 0;
    std::int64_t m_den = 1;
};

} // namespace dl
