// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/creditcode.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using namespace dl;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

} // namespace

// Values: 0-9 as themselves, A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17 J=18 K=19 L=20 M=21 N=22
// P=23 Q=24 R=25 T=26 U=27 W=28 X=29 Y=30. Weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28.
// Check = (31 - sum mod 31) mod 31. Each code below was worked by hand before the test ran.
TEST_CASE("published credit codes validate", "[creditcode]")
{
    // The example of GB 32100-2015 itself, 91350100M000100Y4|3:
    // 9*1 + 1*3 + 3*9 + 5*27 + 0*19 + 1*26 + 0*16 + 0*17 + M21*20 + 0*29 + 0*25 + 0*13 + 1*8
    // + 0*24 + 0*10 + Y30*30 + 4*28 = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28;
    // 31 - 28 = 3.
    //
    // Huawei Technologies Co., Ltd. (深圳), 91440300192203821|6:
    // 9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 20 + 261 + 50 + 26 + 0 + 72 + 80 + 60 + 28 = 831;
    // 831 mod 31 = 25; 31 - 25 = 6.
    //
    // 深圳市腾讯计算机系统有限公司, 91440300708461136|T:
    // 9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 140 + 0 + 200 + 52 + 48 + 24 + 10 + 90 + 168 = 966;
    // 966 mod 31 = 5; 31 - 5 = 26 = T.
    //
    // 阿里巴巴（中国）有限公司, 91330100799655058|B:
    // 9 + 3 + 27 + 81 + 0 + 26 + 0 + 0 + 140 + 261 + 225 + 78 + 40 + 120 + 0 + 150 + 224 = 1384;
    // 1384 mod 31 = 20; 31 - 20 = 11 = B.
    //
    // 小米科技有限责任公司, 91110108551385082|Q:
    // 9 + 3 + 9 + 27 + 0 + 26 + 0 + 136 + 100 + 145 + 25 + 39 + 64 + 120 + 0 + 240 + 56 = 999;
    // 999 mod 31 = 7; 31 - 7 = 24 = Q.
    //
    // 北京百度网讯科技有限公司, 91110000802100433|B:
    // 9 + 3 + 9 + 27 + 0 + 0 + 0 + 0 + 160 + 0 + 50 + 13 + 0 + 0 + 40 + 90 + 84 = 485;
    // 485 mod 31 = 20; 31 - 20 = 11 = B.
    const char *code = GENERATE("91350100M000100Y43", "914403001922038216", "91440300708461136T",
                                "91330100799655058B", "91110108551385082Q", "91110000802100433B");
    CAPTURE(code);
    const CreditCodeCheck c = checkCreditCode(code, Lang::En);
    CHECK(c.valid);
    CHECK(c.error == CreditCodeError::None);
    CHECK(c.message.empty());
    CHECK(c.position == 0);
    CHECK(c.code == code);
    CHECK(c.expectedCheck == code[17]);
    CHECK(creditCodeCheckCharacter(std::string_view(code).substr(0, 17)) == code[17]);
}

TEST_CASE("credit code input is normalised", "[creditcode]")
{
    SECTION("lower case")
    {
        const CreditCodeCheck c = checkCreditCode("91350100m000100y43", Lang::En);
        CHECK(c.valid);
        CHECK(c.code == "91350100M000100Y43");
    }
    SECTION("surrounding white space, including the ideographic space")
    {
        const CreditCodeCheck c = checkCreditCode(" \t91440300708461136t\u3000\n", Lang::En);
        CHECK(c.valid);
        CHECK(c.code == "91440300708461136T");
    }
    SECTION("full-width digits and letters from a Chinese input method")
    {
        const CreditCodeCheck c = checkCreditCode("９１３３０１００７９９６５５０５８Ｂ", Lang::En);
        CHECK(c.valid);
        CHECK(c.code == "91330100799655058B");
    }
}

TEST_CASE("credit code rejections say what is wrong and what is expected", "[creditcode]")
{
    SECTION("empty")
    {
        const CreditCodeCheck c = checkCreditCode("   ", Lang::En);
        CHECK_FALSE(c.valid);
        CHECK(c.error == CreditCodeError::Empty);
        CHECK_FALSE(c.message.empty());
    }
    SECTION("too short")
    {
        const CreditCodeCheck c = checkCreditCode("91350100M000100Y4", Lang::En);
        CHECK_FALSE(c.valid);
        CHECK(c.error == CreditCodeError::Length);
        CHECK(c.message == "The unified social credit code must be 18 characters, found 17");
        CHECK(checkCreditCode("91350100M000100Y4", Lang::ZhCN).message ==
              "统一社会信用代码应为18位，实际为17位");
    }
    SECTION("too long")
    {
        const CreditCodeCheck c = checkCreditCode("91350100M000100Y433", Lang::En);
        CHECK(c.error == CreditCodeError::Length);
        CHECK(c.message == "The unified social credit code must be 18 characters, found 19");
    }
    SECTION("length counts characters, not bytes")
    {
        const CreditCodeCheck c = checkCreditCode("统一社会信用代码", Lang::En);
        CHECK(c.error == CreditCodeError::Length);
        CHECK(c.message == "The unified social credit code must be 18 characters, found 8");
    }
    SECTION("a letter the code never uses")
    {
        const CreditCodeCheck c = checkCreditCode("9135010IM000100Y43", Lang::En);
        CHECK_FALSE(c.valid);
        CHECK(c.error == CreditCodeError::BadCharacter);
        CHECK(c.position == 8);
        CHECK(c.message ==
              "character 'I' at position 8 is not allowed (the code never uses I, O, Z, S, V)");
        CHECK(checkCreditCode("9135010IM000100Y43", Lang::ZhCN).message ==
              "第8位的字符“I”不允许使用（代码不使用 I、O、Z、S、V）");
    }
    SECTION("lower-case o is still the letter O")
    {
        const CreditCodeCheck c = checkCreditCode("91350100M0o0100Y43", Lang::En);
        CHECK(c.error == CreditCodeError::BadCharacter);
        CHECK(c.position == 11);
        CHECK(c.code == "91350100M0O0100Y43");
    }
    SECTION("punctuation and non-ASCII characters")
    {
        CreditCodeCheck c = checkCreditCode("91350100-000100Y43", Lang::En);
        CHECK(c.error == CreditCodeError::BadCharacter);
        CHECK(c.position == 9);
        CHECK(c.message ==
              "character '-' at position 9 is not allowed (only digits and the letters "
              "ABCDEFGHJKLMNPQRTUWXY)");
        c = checkCreditCode("91350100中000100Y43", Lang::En);
        CHECK(c.error == CreditCodeError::BadCharacter);
        CHECK(c.position == 9);
        CHECK(c.message.starts_with("character '中' at position 9"));
    }
    SECTION("a letter in the administrative division code")
    {
        const CreditCodeCheck c = checkCreditCode("9135A100M000100Y43", Lang::En);
        CHECK_FALSE(c.valid);
        CHECK(c.error == CreditCodeError::DivisionNotDigit);
        CHECK(c.position == 5);
        CHECK(c.message ==
              "position 5 must be a digit (positions 3-8 are the administrative division "
              "code), found 'A'");
        CHECK(checkCreditCode("9135A100M000100Y43", Lang::ZhCN).message ==
              "第5位应为数字（第3-8位是行政区划码），实际为“A”");
    }
    SECTION("letters are fine outside the division code")
    {
        // Y for "other" registration authority, 1 for entity type: Y1 + 350100 + M000100Y4.
        // 30*1 + 1*3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0 + 900 + 112 = 1661;
        // 1661 mod 31 = 18; 31 - 18 = 13 = D.
        CHECK(checkCreditCode("Y1350100M000100Y4D", Lang::En).valid);
    }
    SECTION("wrong check character names the right one")
    {
        const CreditCodeCheck c = checkCreditCode("91350100M000100Y4X", Lang::En);
        CHECK_FALSE(c.valid);
        CHECK(c.error == CreditCodeError::CheckMismatch);
        CHECK(c.position == 18);
        CHECK(c.expectedCheck == '3');
        CHECK(c.message == "check character is 'X' but should be '3' (position 18)");
        CHECK(checkCreditCode("91350100M000100Y4X", Lang::ZhCN).message ==
              "校验码（第18位）为“X”，应为“3”");
    }
    SECTION("a typo in the body is caught by the check character")
    {
        // Huawei's code with positions 10 and 11 swapped.
        const CreditCodeCheck c = checkCreditCode("914403001292038216", Lang::En);
        CHECK(c.error == CreditCodeError::CheckMismatch);
        CHECK(c.expectedCheck != '6');
    }
}

TEST_CASE("creditCodeCheckCharacter refuses what is not 17 code characters", "[creditcode]")
{
    CHECK(creditCodeCheckCharacter("91350100M000100Y") == '\0');
    CHECK(creditCodeCheckCharacter("91350100M000100Y4X") == '\0');
    CHECK(creditCodeCheckCharacter("91350100I000100Y4") == '\0');
    CHECK(creditCodeCheckCharacter("91350100m000100Y4") == '\0');
    // All zeros weigh nothing: (31 - 0) mod 31 = 0.
    CHECK(creditCodeCheckCharacter("00000000000000000") == '0');
}

TEST_CASE("every computed check character validates and every other one fails", "[creditcode]")
{
    // A fixed linear congruential generator, so a failure reproduces.
    std::uint32_t state = 20151001;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int n = 0; n < 1000; ++n) {
        std::string prefix;
        for (int pos = 1; pos <= 17; ++pos) {
            const bool division = pos >= 3 && pos <= 8;
            prefix += kAlphabet[next() % (division ? 10 : kAlphabet.size())];
        }
        const char check = creditCodeCheckCharacter(prefix);
        REQUIRE(check != '\0');
        const CreditCodeCheck ok = checkCreditCode(prefix + check, Lang::En);
        CAPTURE(prefix, check);
        REQUIRE(ok.valid);
        for (char other : kAlphabet) {
            if (other == check)
                continue;
            const CreditCodeCheck bad = checkCreditCode(prefix + other, Lang::En);
            REQUIRE_FALSE(bad.valid);
            REQUIRE(bad.error == CreditCodeError::CheckMismatch);
            REQUIRE(bad.expectedCheck == check);
        }
    }
}

TEST_CASE("a credit code is kept and matched in one form", "[creditcode]")
{
    CHECK(dl::normalisedCreditCode("91330100MA2XXXXXX2") == "91330100MA2XXXXXX2");
    CHECK(dl::normalisedCreditCode(" 91330100ma2xxxxxx2\t") == "91330100MA2XXXXXX2");
    CHECK(dl::normalisedCreditCode("　９１３３０１０６ｍａ２ｃｆ３ｋ８ｘ６") ==
          "91330106MA2CF3K8X6");
    CHECK(dl::normalisedCreditCode("").empty());
    CHECK(dl::normalisedCreditCode("  ").empty());
}
