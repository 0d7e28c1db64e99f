// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of diagnostics (base/diagnosticcatalog.inc): every message has English and
// Chinese text that differ and take the same arguments, every message is used, and the messages
// the malformed fixtures give read fully in both languages.
#include "testsupport.h"

#include "base/diagnosticcatalog.h"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::set<int> placeholders(std::string_view text)
{
    std::set<int> out;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9')
            out.insert(text[i + 1] - '0');
    return out;
}

bool hasPlaceholder(const std::string &text)
{
    static const std::regex placeholder("%[1-9]");
    return std::regex_search(text, placeholder);
}

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("every message of the catalogue reads in both languages", "[diagnostics]")
{
    REQUIRE(dl::diagCatalog().size() > 100);
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < dl::diagCatalog().size(); ++i) {
        const dl::DiagTemplate &t = dl::diagCatalog()[i];
        INFO(t.name << " (" << t.code << ")\n  en: " << t.en << "\n  zh: " << t.zh);
        CHECK(std::size_t(t.msg) == i);
        CHECK(names.insert(t.name).second);
        CHECK(std::regex_match(std::string(t.code), std::regex("[a-z0-9]+(-[a-z0-9]+)*")));
        CHECK_FALSE(t.en.empty());
        CHECK_FALSE(t.zh.empty());
        CHECK(t.en != t.zh);
        // The same arguments, %1..%n with none left out, in both.
        const std::set<int> en = placeholders(t.en);
        CHECK(placeholders(t.zh) == en);
        CHECK((en.empty() || (*en.begin() == 1 && *en.rbegin() == int(en.size()))));
        CHECK(dl::diagdetail::arity(t.en) == int(en.size()));
        // Filled with as many arguments as the sites must pass (checked when compiling), nothing
        // is left unfilled.
        std::vector<dl::DiagArg> args;
        for (int k = 1; k <= int(en.size()); ++k)
            args.emplace_back("<" + std::to_string(k) + ">");
        for (dl::Lang lang : {dl::Lang::ZhCN, dl::Lang::En}) {
            const std::string text =
                dl::fillTemplate(lang == dl::Lang::ZhCN ? t.zh : t.en, args, lang);
            CHECK_FALSE(hasPlaceholder(text));
            for (int k = 1; k <= int(en.size()); ++k)
                CHECK(text.find("<" + std::to_string(k) + ">") != std::string::npos);
        }
        // Chinese text for a Chinese reader: no English sentence left in it.
        CHECK_FALSE(std::regex_search(std::string(t.zh), std::regex(" (the|is|must|not) ")));
    }
}

TEST_CASE("every message of the catalogue is used by the program", "[diagnostics]")
{
    std::string sources;
    for (const char *dir : {"core", "app"})
        for (const auto &entry : fs::recursive_directory_iterator(sourceFile(dir)))
            if (entry.path().extension() == ".cpp" || entry.path().extension() == ".h")
                sources += slurp(entry.path());
    for (const dl::DiagTemplate &t : dl::diagCatalog()) {
        INFO(t.name);
        CHECK(sources.find("DiagMsg::" + std::string(t.name)) != std::string::npos);
    }
}

TEST_CASE("a diagnostic renders in either language", "[diagnostics]")
{
    const dl::Diagnostic d = dl::diagnostic<dl::DiagMsg::UnknownOption>(
        "answers.yaml", {3, 5}, "network", "network", dl::LocalText{"“xyz”", "'xyz'"},
        dl::LocalText{"a、b、c", "a, b, c"});
    CHECK(d.code == "unknown-option");
    CHECK(d.message == "item network has no option 'xyz'; expected one of: a, b, c");
    CHECK(d.text(dl::Lang::En) == d.message);
    CHECK(d.text(dl::Lang::ZhCN) == "评分项 network 没有选项“xyz”；应为以下之一：a、b、c");
    CHECK(d.toString() == "answers.yaml:3:5: [network] " + d.message);
    CHECK(d.toString(dl::Lang::ZhCN) ==
          "answers.yaml:3:5: [network] 评分项 network 没有选项“xyz”；应为以下之一：a、b、c");
    CHECK(d.describe(dl::Lang::ZhCN) ==
          "answers.yaml 第3行第5列：[network] 评分项 network 没有选项“xyz”；应为以下之一：a、b、c");
    CHECK(d.describe(dl::Lang::En) == d.toString());

    const dl::Diagnostic file = dl::fileError<dl::DiagMsg::FileTooLarge>("big.yaml", 9000, 100);
    CHECK(file.describe(dl::Lang::ZhCN) == "big.yaml：文件大小为 9000 字节，最多只能接受 100 字节");
    CHECK(file.toString() == "big.yaml: file is 9000 bytes; at most 100 are accepted");

    // A message carrying another's text carries it in both languages.
    const dl::Diagnostic outer =
        dl::fileError<dl::DiagMsg::BundleAssessmentNotStored>("x.dlb", "u-1", dl::textOf(file));
    CHECK(outer.text(dl::Lang::ZhCN) ==
          "无法保存评测 u-1：文件大小为 9000 字节，最多只能接受 100 字节");
    CHECK(outer.message ==
          "assessment u-1 cannot be stored: file is 9000 bytes; at most 100 are accepted");

    // An argument's own "%1" is not filled again.
    CHECK(dl::fileError<dl::DiagMsg::YamlSyntax>("a.yaml", "50%1").message ==
          "YAML syntax error: 50%1");
}

TEST_CASE("the malformed fixtures' diagnostics read fully in Chinese", "[diagnostics]")
{
    std::size_t seen = 0;
    for (const char *kind : {"models", "answers"}) {
        for (const auto &entry :
             fs::directory_iterator(testData(std::string("malformed/") + kind))) {
            const std::string path = entry.path().string();
            const dl::Diagnostics diags = std::string(kind) == "models"
                                              ? dl::loadModelSet(path).errors()
                                              : dl::loadAnswersFile(path, miit2024()).errors();
            for (const dl::Diagnostic &d : diags) {
                const std::string zh = d.text(dl::Lang::ZhCN);
                INFO(path << "\n  " << d.message << "\n  " << zh);
                CHECK(zh != d.message);
                CHECK_FALSE(hasPlaceholder(zh));
                CHECK_FALSE(hasPlaceholder(d.message));
                // Words filled in are translated too (kinds of node, nouns, lists).
                CHECK_FALSE(std::regex_search(zh, std::regex("\\b(a mapping|a list|nothing|an "
                                                             "item|a figure|found)\\b")));
                ++seen;
            }
        }
    }
    CHECK(seen > 60);
}
