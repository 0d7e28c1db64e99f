// SPDX-License-Identifier: GPL-3.0-or-later
// The shapes a bundle's fields are checked against (base/textshape.h): identifiers, times, names;
// and the profile check, which holds what a user types to the same names.
#include "base/textshape.h"
#include "enterprise/enterpriseprofile.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("identifiers, hashes and times in the one form DigiLevel writes", "[textshape]")
{
    CHECK(dl::isLowerUuid("1b4e28ba-2fa1-4d2e-883f-0016d3cca427"));
    for (const char *bad :
         {"1B4E28BA-2FA1-4D2E-883F-0016D3CCA427", "1b4e28ba2fa14d2e883f0016d3cca427",
          "1b4e28ba-2fa1-4d2e-883f-0016d3cca42", "../../../../../tmp/escaped",
          "1b4e28ba-2fa1-4d2e-883f-0016d3cca42g", "1b4e28ba-2fa1-4d2e-883f_0016d3cca427", ""}) {
        INFO(bad);
        CHECK_FALSE(dl::isLowerUuid(bad));
    }
    CHECK(dl::isSha256Hex(std::string(64, 'a')));
    CHECK_FALSE(dl::isSha256Hex(std::string(64, 'A')));
    CHECK_FALSE(dl::isSha256Hex(std::string(63, 'a')));

    CHECK(dl::isIsoUtcTime("2026-11-27T03:58:24Z"));
    CHECK(dl::isIsoUtcTime("2024-02-29T23:59:59Z"));
    for (const char *bad : {"2026-11-27 03:58:24", "2026-11-27T03:58:24", "2026-11-27T03:58:24.5Z",
                            "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-27T24:00:00Z",
                            "2026-11-27T03:60:00Z", "yesterday", ""}) {
        INFO(bad);
        CHECK_FALSE(dl::isIsoUtcTime(bad));
    }
}

TEST_CASE("names without control, text-direction or broken characters", "[textshape]")
{
    CHECK_FALSE(dl::findBadCharacter("杭州示例机械有限公司"));
    CHECK_FALSE(dl::findBadCharacter("line one\nline two\ttab", true));
    const auto bell = dl::findBadCharacter("示例\a");
    REQUIRE(bell);
    CHECK(bell->offset == 6);
    CHECK(bell->point == 0x07);
    CHECK(dl::findBadCharacter("two\nlines")->point == '\n');
    CHECK(dl::findBadCharacter("evil\u202Etxt.sh")->point == 0x202E);
    CHECK(dl::findBadCharacter("\xc2\x85")->point == 0x85); // C1 next line
    CHECK(dl::findBadCharacter("del\x7f")->point == 0x7F);
    CHECK(dl::findBadCharacter("\xff broken")->point == 0xFFFD);
    CHECK(dl::findBadCharacter("\xc0\xaf overlong")->point == 0xFFFD);
    CHECK(dl::findBadCharacter("\xed\xa0\x80 surrogate")->point == 0xFFFD);

    CHECK(dl::isPlainFileName("排产计划 v2.txt"));
    CHECK(dl::isPlainFileName(".hidden-but-plain"));
    for (const char *bad :
         {"", ".", "..", "../x", "a/b", "a\\b", "x\n.pdf", "invoice\u202Efdp.exe"}) {
        INFO(bad);
        CHECK_FALSE(dl::isPlainFileName(bad));
    }
    CHECK_FALSE(dl::isPlainFileName(std::string(256, 'a')));

    CHECK(dl::quotedForMessage("a\u202Eb\x01") == "'a\\u{202E}b\\u{1}'");
    CHECK(dl::quotedForMessage(std::string(60, 'x'), 8) == "'xxxxxxxx...'");
    // Cut at a character boundary: 示 is three bytes.
    CHECK(dl::quotedForMessage("示例机械", 7) == "'示例...'");
}

TEST_CASE("a profile's names are plain lines, as a bundle carries them", "[textshape]")
{
    dl::Enterprise e;
    e.name = "杭州示例\u202E机械";
    e.city = "杭州市\n";
    auto checked = dl::checkEnterprise(e);
    REQUIRE_FALSE(checked.ok());
    REQUIRE(checked.errors().size() == 2);
    CHECK(checked.errors()[0].id == "name");
    CHECK(checked.errors()[0].message ==
          "holds the control or text-direction character U+202E; expected one line of plain text");
    CHECK(checked.errors()[1].id == "city");
    e.name = "杭州示例机械";
    e.city = "杭州市";
    e.contactEmail = std::string(1025, 'x');
    checked = dl::checkEnterprise(e);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.errors()[0].id == "contact_email");
}
