// SPDX-License-Identifier: GPL-3.0-or-later
// The language of digilevel-cli's messages: Chinese unless --lang or the locale says English, for
// the core's diagnostics and for the command line's own usage errors.
#include "testsupport.h"

#include "clicommands.h"
#include "clitest.h"

#include <filesystem>
#include <sstream>
#include <unistd.h>

namespace {

const std::string kRatingFive = testData("malformed/answers/rating-five.yaml");

} // namespace

TEST_CASE("a malformed answer file is reported in Chinese by default", "[cli][lang]")
{
    NoLocale chinese;
    const Run r = cli({"score", kRatingFive});
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    CHECK(r.err ==
          kRatingFive +
              ":15:19: [product-design] 场景 product-design：等级“5”无效；应为 0（未达到）到 "
              "4 的整数\n发现 1 个问题\n");
}

TEST_CASE("with --lang en the same problem is reported in English", "[cli][lang]")
{
    NoLocale chinese;
    const Run r = cli({"score", kRatingFive, "--lang", "en"});
    CHECK(r.code == 1);
    CHECK(r.err == kRatingFive +
                       ":15:19: [product-design] scenario product-design: rating '5' is not "
                       "valid; expected 0 (not reached) to 4, a whole number\n1 problem found\n");
}

TEST_CASE("an English locale makes English the default, and --lang still wins", "[cli][lang]")
{
    EnglishLocale english;
    CHECK_THAT(cli({"score", kRatingFive}).err, Catch::Contains("rating '5' is not valid"));
    CHECK_THAT(cli({"score", kRatingFive, "--lang=zh_CN"}).err, Catch::Contains("等级“5”无效"));
}

TEST_CASE("usage errors are in the chosen language", "[cli][lang]")
{
    NoLocale chinese;
    struct Row
    {
        std::vector<std::string> args;
        const char *zh;
    };
    const Row rows[] = {
        {{}, "没有指定命令"},
        {{"grade"}, "未知命令“grade”"},
        {{"score"}, "score 需要且只需要一个答案文件"},
        {{"score", kRatingFive, "--lang", "fr"}, "--lang 只能是 zh_CN 或 en"},
        {{"score", kRatingFive, "--layer", "draft"}, "--layer 只能是 self 或 verified"},
        {{"score", kRatingFive, "--colour"}, "未知选项 --colour：score 命令没有这个选项"},
        {{"backup", "extra", "--db"}, "选项 --db 需要一个值"},
    };
    for (const Row &row : rows) {
        const Run r = cli(row.args);
        INFO(r.err);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Catch::StartsWith(std::string("digilevel-cli: ") + row.zh));
        CHECK_THAT(r.err, Catch::Contains("digilevel-cli --help"));
    }
}

TEST_CASE("the database verbs print the core's diagnostics in the chosen language", "[cli][lang]")
{
    NoLocale chinese;
    const std::string db = (std::filesystem::temp_directory_path() /
                            ("digilevel-lang-" + std::to_string(::getpid()) + ".sqlite"))
                               .string();
    const Run zh = cli({"enterprise", "show", "42", "--db", db});
    CHECK(zh.code == 1);
    CHECK_THAT(zh.err, Catch::Contains("没有编号、UUID 或统一社会信用代码为“42”的企业"));
    const Run en = cli({"enterprise", "show", "42", "--db", db, "--lang", "en"});
    CHECK_THAT(en.err, Catch::Contains("no enterprise with id, uuid or credit code '42'"));
    const Run code = cli(
        {"enterprise", "add", "--name", "示例", "--credit-code", "91350100M000100Y4X", "--db", db});
    CHECK(code.code == 1);
    CHECK_THAT(code.err,
               Catch::Contains("enterprise: [credit_code] 校验码（第18位）为“X”，应为“3”"));
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db + suffix);
}
