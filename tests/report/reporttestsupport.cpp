// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttestsupport.h"

#include "clicommands.h"
#include "reportcommands.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

std::string ReportTempDir::path(const std::string &name) const
{
    return m_dir.path().toStdString() + "/" + name;
}

int cli(const std::vector<std::string> &args, std::string *out, std::string *err)
{
    static const bool registered = [] {
        dl::cli::registerReportCommands();
        return true;
    }();
    (void)registered;
    std::ostringstream o, e;
    const int code = dl::cli::run(args, o, e);
    if (out)
        *out = o.str();
    if (err)
        *err = e.str();
    return code;
}

std::string quoted(const std::string &path)
{
    std::string out = "'";
    for (char c : path)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string shell(const std::string &command)
{
    std::string out;
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return out;
    std::array<char, 4096> buffer;
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    pclose(pipe);
    return out;
}

std::string pdfText(const std::string &pdf, int page)
{
    const std::string range =
        page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : std::string();
    return shell("pdftotext -enc UTF-8" + range + " " + quoted(pdf) + " - 2>/dev/null");
}

int pdfPages(const std::string &pdf)
{
    static const std::regex pages(R"(Pages:\s+(\d+))");
    std::smatch m;
    const std::string info = shell("pdfinfo " + quoted(pdf) + " 2>/dev/null");
    return std::regex_search(info, m, pages) ? std::stoi(m[1]) : 0;
}

std::vector<std::string> pdfFontRows(const std::string &pdf)
{
    std::istringstream in(shell("pdffonts " + quoted(pdf) + " 2>/dev/null"));
    std::vector<std::string> rows;
    std::string line;
    int n = 0;
    while (std::getline(in, line))
        if (n++ >= 2 && !line.empty()) // two header lines
            rows.push_back(line);
    return rows;
}

std::string squeezed(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            out += c;
    return out;
}

std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<long long> storeWorkedExamples(const std::string &db,
                                           const std::vector<std::string> &files,
                                           bool sameEnterprise)
{
    std::vector<long long> ids;
    long long enterprise = 0;
    for (const std::string &file : files) {
        const dl::AnswerFile answers = loadAnswersOrFail(testData("worked/" + file), miit2024());
        std::string out, err;
        if (!sameEnterprise || enterprise == 0) {
            std::vector<std::string> add = {"enterprise", "add",    "--db",
                                            db,           "--name", answers.enterpriseName};
            if (answers.industry) {
                add.push_back("--industry");
                add.push_back(answers.industry->section + answers.industry->division);
            }
            REQUIRE(cli(add, &out, &err) == 0);
            static const std::regex id(R"(^id (\d+))");
            std::smatch m;
            REQUIRE(std::regex_search(out, m, id));
            enterprise = std::stoll(m[1]);
        }
        REQUIRE(cli({"assessment", "new", std::to_string(enterprise), "--db", db, "--assessor",
                     "测试员", "--org", "测试机构"},
                    &out, &err) == 0);
        static const std::regex assessment(R"(^assessment (\d+))");
        std::smatch m;
        REQUIRE(std::regex_search(out, m, assessment));
        ids.push_back(std::stoll(m[1]));
        INFO(err);
        REQUIRE(cli({"assessment", "load", std::to_string(ids.back()), testData("worked/" + file),
                     "--db", db},
                    &out, &err) == 0);
    }
    return ids;
}

void checkEmbeddedCjkFonts(const std::string &pdf)
{
    const std::vector<std::string> rows = pdfFontRows(pdf);
    REQUIRE_FALSE(rows.empty());
    for (const std::string &row : rows) {
        INFO(row);
        CHECK(row.find("Type 3") == std::string::npos);
        CHECK(row.find("WenQuanYi") != std::string::npos);
        std::istringstream in(row);
        std::vector<std::string> w;
        for (std::string word; in >> word;)
            w.push_back(word);
        REQUIRE(w.size() >= 6);
        CHECK(w[w.size() - 5] == "yes"); // emb (then sub, uni, object, generation)
    }
}
