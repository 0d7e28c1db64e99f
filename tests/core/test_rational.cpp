// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <cstdint>
#include <optional>
#include <string>

using dl::Rational;

namespace {

struct ParseRow
{
    const char *text;
    bool valid;
    std::int64_t num; // expected normalised fraction when valid
    std::int64_t den;
};

} // namespace

TEST_CASE("parseDecimal accepts plain decimals and rejects everything else", "[rational]")
{
    const ParseRow rows[] = {
        {"1.875", true, 15, 8},
        {"-3", true, -3, 1},
        {"+2", true, 2, 1},
        {"0", true, 0, 1},
        {"-0", true, 0, 1},
        {"7.5", true, 15, 2},
        {"0.7", true, 7, 10},
        {"0.875", true, 7, 8},
        {"10.000", true, 10, 1},
        {".5", true, 1, 2},
        {"1.", true, 1, 1},
        {"1.123456", true, 17554, 15625},              // 6 decimals: the most allowed
        {"123456789012345", true, 123456789012345, 1}, // 15 integer digits: the most allowed
        {"1e3", false, 0, 0},
        {"1E3", false, 0, 0},
        {"1,000", false, 0, 0},
        {"1.1234567", false, 0, 0},        // 7 decimals
        {"1234567890123456", false, 0, 0}, // 16 integer digits
        {"0000000000000001", false, 0, 0}, // 16 digits even if leading zeros
        {"", false, 0, 0},
        {".", false, 0, 0},
        {"+", false, 0, 0},
        {"-", false, 0, 0},
        {"-.", false, 0, 0},
        {"1..2", false, 0, 0},
        {"1.2.3", false, 0, 0},
        {"--1", false, 0, 0},
        {"+-1", false, 0, 0},
        {" 1", false, 0, 0},
        {"1 ", false, 0, 0},
        {"0x10", false, 0, 0},
        {"1/2", false, 0, 0},
        {"abc", false, 0, 0},
        {".inf", false, 0, 0},
        {"NaN", false, 0, 0},
        {"１", false, 0, 0}, // full-width digit
    };
    for (const ParseRow &row : rows) {
        DYNAMIC_SECTION("'" << row.text << "'")
        {
            const auto r = Rational::parseDecimal(row.text);
            REQUIRE(r.has_value() == row.valid);
            if (row.valid) {
                CHECK(r->numerator() == row.num);
                CHECK(r->denominator() == row.den);
            }
        }
    }
}

TEST_CASE("every accepted decimal is held exactly (round trip through toString)", "[rational]")
{
    // The parser accepts up to 15 integer digits, 6 decimals and 18 digits in all; whatever it
    // accepts must be held exactly, never silently approximated.
    const char *rows[] = {
        "1.875",
        "-3",
        "0.000001",
        "123456789012345",
        "999999999999999",
        "-999999999999999",
        "999999999999.999999", // 18 digits: the most the parser takes
    };
    // More than 18 digits in all would not fit the 64-bit numerator exactly: refused, not rounded.
    for (const char *text :
         {"1000000000000.000001", "9999999999999.999999", "10000000000000.000001",
          "999999999999999.999999", "-123456789012345.123457"}) {
        DYNAMIC_SECTION("refused " << text)
        {
            CHECK_FALSE(Rational::parseDecimal(text).has_value());
        }
    }
    for (const char *text : rows) {
        DYNAMIC_SECTION(text)
        {
            const auto r = Rational::parseDecimal(text);
            REQUIRE(r.has_value());
            CHECK(r->toString(6) == text);
        }
    }
}

TEST_CASE("sums of decimal points are exact", "[rational]")
{
    SECTION("13 x 0.7 + 0.9 is exactly 10 (the 14 data-collection links)")
    {
        // 14 links: 13 at 0.7 and human resources at 0.9. (14 x 0.7 + 0.9 would be 10.7.)
        Rational sum;
        for (int k = 0; k < 13; ++k)
            sum += R("0.7");
        sum += R("0.9");
        CHECK(sum == Rational(10));
        CHECK(sum.isInteger());
        CHECK(sum.toString() == "10");
        CHECK(sum + R("0.7") == R("10.7"));
    }
    SECTION("4 x 1.875 is exactly 7.5")
    {
        Rational sum;
        for (int k = 0; k < 4; ++k)
            sum += R("1.875");
        CHECK(sum == R("7.5"));
        CHECK(sum == Rational::fraction(15, 2));
    }
    SECTION("0.1 + 0.2 is exactly 0.3")
    {
        CHECK(R("0.1") + R("0.2") == R("0.3"));
    }
    SECTION("4 x 1.25 and 5 x 1.5 give the item totals")
    {
        Rational a, b;
        for (int k = 0; k < 4; ++k)
            a += R("1.25");
        for (int k = 0; k < 5; ++k)
            b += R("1.5");
        CHECK(a == Rational(5));
        CHECK(b == R("7.5"));
    }
    SECTION("the 2024 maximum: 50 + 30 + 20 from its item points")
    {
        const char *items[] = {"8",   "6",   "6",   "10", "10", "5", "5", "7.5",
                               "7.5", "7.5", "7.5", "7",  "7",  "3", "3"};
        Rational sum;
        for (const char *p : items)
            sum += R(p);
        CHECK(sum == Rational(100));
    }
    SECTION("subtraction, multiplication and division")
    {
        CHECK(R("57.5") - R("60") == R("-2.5"));
        CHECK(R("1.5") * R("0.5") == R("0.75"));
        CHECK(Rational(13) * Rational(100) / Rational(120) == Rational::fraction(65, 6));
        CHECK(Rational(12) * Rational(100) / Rational(120) == Rational(10));
        CHECK(R("7.5") / R("8") * Rational(4) == R("3.75"));
        CHECK(-R("2.5") == R("-2.5"));
    }
}

TEST_CASE("comparisons are exact", "[rational]")
{
    struct Row
    {
        Rational a;
        Rational b;
        int order; // -1 a < b, 0 equal, 1 a > b
    };
    const Row rows[] = {
        {R("19.999999"), Rational(20), -1},
        {R("20.000000"), Rational(20), 0},
        {R("20.000001"), Rational(20), 1},
        {Rational::fraction(1, 3), R("0.333333"), 1},
        {Rational::fraction(1, 3), R("0.333334"), -1},
        {Rational::fraction(65, 6), Rational(10), 1}, // 13 of 120 units is above 10 %
        {Rational::fraction(-1, 2), R("-0.5"), 0},
        {R("-3"), R("-2.999999"), -1},
        {Rational(0), R("-0"), 0},
        {R("7.5"), Rational::fraction(30, 4), 0},
    };
    int k = 0;
    for (const Row &row : rows) {
        DYNAMIC_SECTION("row " << k++ << ": " << row.a.toString(6) << " vs " << row.b.toString(6))
        {
            CHECK((row.a < row.b) == (row.order < 0));
            CHECK((row.a == row.b) == (row.order == 0));
            CHECK((row.a > row.b) == (row.order > 0));
            CHECK((row.a <= row.b) == (row.order <= 0));
            CHECK((row.a != row.b) == (row.order != 0));
        }
    }
}

TEST_CASE("toString gives the shortest exact decimal or rounds", "[rational]")
{
    struct Row
    {
        Rational value;
        int maxDecimals;
        const char *text;
    };
    const Row rows[] = {
        {R("57.5"), 4, "57.5"},
        {Rational(10), 4, "10"},
        {R("1.875"), 4, "1.875"},
        {R("0.875"), 4, "0.875"},
        {R("-2.5"), 4, "-2.5"},
        {Rational(0), 4, "0"},
        {R("100.000"), 4, "100"},
        {R("0.000001"), 4, "0.000001"}, // exact within maxDecimals + 2 places
        {Rational::fraction(1, 64), 4, "0.015625"},
        {Rational::fraction(1, 3), 4, "0.3333"},
        {Rational::fraction(2, 3), 4, "0.6667"}, // rounds half up
        {Rational::fraction(-1, 3), 4, "-0.3333"},
        {Rational::fraction(-2, 3), 4, "-0.6667"},
        {Rational::fraction(1, 6), 4, "0.1667"},
        {Rational::fraction(1, 128), 4, "0.0078"}, // 0.0078125 needs 7 places
        {Rational::fraction(1, 3), 1, "0.3"},
        {Rational::fraction(2, 3), 0, "1"},
        {Rational::fraction(65, 6), 4, "10.8333"},
        {Rational::fraction(299999, 300000), 4, "1"}, // 0.99999666... rounds up to 1
        {Rational::fraction(1, 30000), 4, "0"},       // 0.0000333... rounds to 0
        {Rational::fraction(-1, 30000), 4, "0"},      // never "-0"
        {Rational::fraction(10, 3), 2, "3.33"},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.value.numerator()
                        << "/" << row.value.denominator() << " to " << row.maxDecimals << " places")
        {
            CHECK(row.value.toString(row.maxDecimals) == row.text);
        }
    }
}

TEST_CASE("fractions are kept normalised", "[rational]")
{
    struct Row
    {
        std::int64_t num, den, wantNum, wantDen;
    };
    const Row rows[] = {
        {2, 4, 1, 2},  {3, -6, -1, 2}, {-3, -6, 1, 2}, {0, 5, 0, 1},     {0, -5, 0, 1},
        {10, 5, 2, 1}, {15, 8, 15, 8}, {-8, 2, -4, 1}, {100, 120, 5, 6}, {7, 1, 7, 1},
    };
    for (const Row &row : rows) {
        DYNAMIC_SECTION(row.num << "/" << row.den)
        {
            const Rational r = Rational::fraction(row.num, row.den);
            CHECK(r.numerator() == row.wantNum);
            CHECK(r.denominator() == row.wantDen);
            CHECK(r.denominator() > 0);
            CHECK(r.isInteger() == (row.wantDen == 1));
            CHECK(r.isZero() == (row.wantNum == 0));
            CHECK(r.isNegative() == (row.wantNum < 0));
        }
    }
    SECTION("results of arithmetic are normalised too, so == compares values")
    {
        const Rational half = R("0.25") + R("0.25");
        CHECK(half.numerator() == 1);
        CHECK(half.denominator() == 2);
        const Rational zero = R("1.5") - R("1.5");
        CHECK(zero.isZero());
        CHECK(zero.denominator() == 1);
        CHECK(zero == Rational());
    }
    SECTION("toDouble is only an approximation for display")
    {
        CHECK(R("7.5").toDouble() == 7.5);
    }
}
