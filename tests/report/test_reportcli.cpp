// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-cli report / verify / export --xlsx, in-process: exit codes, the verify verdicts for
// the right data and after one answer changes, the batch form, and the workbook's cells.
#include "reporttestsupport.h"

#include "base/sha256.h"

#include <filesystem>
#include <map>
#include <regex>

namespace {

std::string unescapeXml(std::string s)
{
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
            s.replace(at, from.size(), to);
    }
    return s;
}

// A worksheet read back from the .xlsx with `unzip -p`: cell reference -> text or number.
using Cells = std::map<std::string, std::string>;
Cells readSheet(const std::string &xlsx, int sheet)
{
    std::vector<std::string> shared;
    const std::string strings = shell("unzip -p " + quoted(xlsx) + " xl/sharedStrings.xml");
    static const std::regex si(R"re(<si><t(?: [^>]*)?>([^<]*)</t></si>)re");
    for (auto it = std::sregex_iterator(strings.begin(), strings.end(), si);
         it != std::sregex_iterator(); ++it)
        shared.push_back(unescapeXml((*it)[1]));
    const std::string xml =
        shell("unzip -p " + quoted(xlsx) + " xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
    // Numbers and shared strings have <v>; the export's strings are inline (constant-memory mode).
    static const std::regex cell(
        R"re(<c r="([A-Z]+[0-9]+)"([^>]*)>(?:<v>([^<]*)</v>|<is><t(?: [^>]*)?>([^<]*)</t></is>)</c>)re");
    Cells out;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), cell); it != std::sregex_iterator();
         ++it) {
        const std::string attributes = (*it)[2], value = (*it)[3];
        if (attributes.find("t=\"inlineStr\"") != std::string::npos)
            out[(*it)[1]] = unescapeXml((*it)[4]);
        else
            out[(*it)[1]] = attributes.find("t=\"s\"") != std::string::npos
                                ? shared.at(std::stoul(value))
                                : value;
    }
    return out;
}

int rowsOf(const Cells &cells)
{
    int rows = 0;
    for (const auto &[ref, value] : cells)
        rows = std::max(rows, std::stoi(ref.substr(ref.find_first_of("0123456789"))));
    return rows;
}

} // namespace

TEST_CASE("verify says which assessment a report is, and refuses it after one change",
          "[report][cli]")
{
    ReportTempDir dir;
    const std::string db = dir.path("office.sqlite");
    const std::vector<long long> ids =
        storeWorkedExamples(db, {"13-motors-verified.yaml", "02-level1-food-base20.yaml"});
    const std::string id = std::to_string(ids[0]);
    const std::string pdf = dir.path("motors.pdf");
    std::string out, err;
    REQUIRE(cli({"report", "--db", db, id, "--layer", "verified", "--lang", "en", "-o", pdf}, &out,
                &err) == 0);
    CHECK(out.find("report written to " + pdf) != std::string::npos);

    REQUIRE(cli({"verify", pdf, "--db", db}, &out, &err) == 0);
    CHECK(out.find("matches assessment " + id + " (") != std::string::npos);
    CHECK(out.find("苏州联创电机有限公司 (layer verified") != std::string::npos);

    // One verified scenario rating changed: no longer the data of the report.
    REQUIRE(cli({"assessment", "answer", id, "scenario", "procurement", "3", "--layer", "verified",
                 "--db", db}) == 0);
    CHECK(cli({"verify", pdf, "--db", db}, &out, &err) == 1);
    CHECK(out.find("no stored assessment matches this report") != std::string::npos);
    REQUIRE(cli({"assessment", "answer", id, "scenario", "procurement", "2", "--layer", "verified",
                 "--db", db}) == 0);
    CHECK(cli({"verify", pdf, "--db", db}, &out, &err) == 0);

    // Against a bundle, read without importing; a bundle of other data does not match.
    const std::string bundle = dir.path("office.dlb");
    REQUIRE(cli({"export", "-o", bundle, "--all", "--db", db}) == 0);
    REQUIRE(cli({"verify", pdf, "--bundle", bundle}, &out, &err) == 0);
    CHECK(out.find("苏州联创电机有限公司") != std::string::npos);
    const std::string other = dir.path("other.dlb");
    REQUIRE(cli({"export", "-o", other, "--assessment", std::to_string(ids[1]), "--db", db}) == 0);
    CHECK(cli({"verify", pdf, "--bundle", other}, &out, &err) == 1);

    // A report straight from the answer file carries the same fingerprint as the stored data.
    const std::string fromFile = dir.path("from-file.pdf");
    REQUIRE(cli({"report", "--model", sourceFile("assessments/miit-sme-2024.yaml"),
                 testData("worked/13-motors-verified.yaml"), "--lang", "zh_CN", "-o", fromFile},
                &out, &err) == 0);
    REQUIRE(cli({"verify", fromFile, "--db", db}, &out, &err) == 0);
    CHECK(out.find("matches assessment " + id + " (") != std::string::npos);
    CHECK(out.find("(layer self") != std::string::npos);

    // Not a report, usage errors.
    CHECK(cli({"verify", testData("worked/README.md"), "--db", db, "--lang", "en"}, &out, &err) ==
          1);
    CHECK(err.find("no DigiLevel fingerprint") != std::string::npos);
    CHECK(cli({"report", "--db", db, id}, &out, &err) == 2);
    CHECK(cli({"verify", pdf, "--db", db, "--bundle", bundle}, &out, &err) == 2);
}

TEST_CASE("a report from an answer file names the file on its cover, not its folders",
          "[report][cli]")
{
    ReportTempDir dir;
    const std::filesystem::path folder = dir.path("客户资料-苏州");
    std::filesystem::create_directories(folder);
    const std::string answers = (folder / "13-motors-verified.yaml").string();
    std::filesystem::copy_file(testData("worked/13-motors-verified.yaml"), answers);
    for (const std::string lang : {"zh_CN", "en"}) {
        INFO(lang);
        const std::string pdf = dir.path("cover-" + lang + ".pdf");
        std::string out, err;
        REQUIRE(cli({"report", answers, "--lang", lang, "-o", pdf}, &out, &err) == 0);
        const std::string cover = squeezed(pdfText(pdf, 1));
        CHECK(cover.find(lang == "zh_CN" ? "答案文件" : "Answerfile") != std::string::npos);
        CHECK(cover.find("13-motors-verified.yaml") != std::string::npos);
        CHECK(cover.find("客户资料") == std::string::npos);
        CHECK(cover.find(squeezed(dir.path(""))) == std::string::npos);
    }
}

TEST_CASE("the batch form writes one report per assessment with progress", "[report][cli]")
{
    ReportTempDir dir;
    const std::string db = dir.path("batch.sqlite");
    const std::vector<long long> ids =
        storeWorkedExamples(db, {"01-level0-furniture.yaml", "05-level3-electronics-base60.yaml",
                                 "07-level4-instruments-base80.yaml"});
    const std::string folder = dir.path("reports");
    std::string out, err;
    REQUIRE(cli({"report", "--db", db, "--all", "--lang", "zh_CN", "-o", folder}, &out, &err) == 0);
    for (int k = 1; k <= 3; ++k)
        CHECK(err.find(std::to_string(k) + "/3 ") != std::string::npos);
    CHECK(out.find("3 of 3 reports written") != std::string::npos);
    int files = 0;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        ++files;
        CHECK(entry.path().extension() == ".pdf");
        CHECK(pdfPages(entry.path().string()) >= 5);
    }
    CHECK(files == 3);
    CHECK(std::filesystem::exists(folder + "/" + std::to_string(ids[1]) +
                                  "-博远电子科技有限公司-self-zh_CN.pdf"));

    // --layer verified: none of these has verified answers; each is reported, none written.
    const std::string none = dir.path("none");
    CHECK(cli({"report", "--db", db, "--enterprise", "1", "--layer", "verified", "-o", none,
               "--lang", "en"},
              &out, &err) == 1);
    CHECK(err.find("no verified answers") != std::string::npos);
    CHECK(cli({"report", "--db", db, "--enterprise", "1", "--layer", "verified", "-o", none,
               "--lang", "zh_CN"},
              &out, &err) == 1);
    CHECK(err.find("没有现场核验的答案") != std::string::npos);
    // The report verb owns its options too.
    CHECK(cli({"report", "--db", db, "--all", "-o", none, "--search", "x", "--lang", "en"}, &out,
              &err) == 2);
    CHECK(err.find("unknown option --search for report") != std::string::npos);
}

TEST_CASE("export --xlsx writes scores and answers with Chinese intact", "[report][cli][xlsx]")
{
    ReportTempDir dir;
    const std::string db = dir.path("xlsx.sqlite");
    const std::vector<long long> ids =
        storeWorkedExamples(db, {"13-motors-verified.yaml", "06-level2-machinery-base59_25.yaml"});
    const std::string xlsx = dir.path("评测.xlsx");
    std::string out, err;
    REQUIRE(cli({"export", "--xlsx", "-o", xlsx, "--assessment", std::to_string(ids[0]),
                 "--assessment", std::to_string(ids[1]), "--lang", "zh_CN", "--db", db},
                &out, &err) == 0);
    CHECK(out.find("3 score rows") != std::string::npos);

    const std::string workbook = shell("unzip -p " + quoted(xlsx) + " xl/workbook.xml");
    CHECK(workbook.find("name=\"得分\"") != std::string::npos);
    CHECK(workbook.find("name=\"答案\"") != std::string::npos);
    const std::string sheet1 = shell("unzip -p " + quoted(xlsx) + " xl/worksheets/sheet1.xml");
    CHECK(sheet1.find("state=\"frozen\"") != std::string::npos); // header row frozen
    CHECK(sheet1.find("ySplit=\"1\"") != std::string::npos);
    CHECK(sheet1.find("<autoFilter") != std::string::npos);
    CHECK(shell("unzip -p " + quoted(xlsx) + " xl/styles.xml").find("<b/>") != std::string::npos);

    const Cells scores = readSheet(xlsx, 1);
    CHECK(scores.at("B1") == "企业名称");
    CHECK(scores.at("U1") == "基础分");
    CHECK(scores.at("I1") == "试点企业");
    CHECK(scores.at("O1") == "阶段");
    // Hand results: 13 self 71.175 三级, 13 verified 60.175 二级, 06 59.25 二级 (max 100).
    const std::vector<
        std::tuple<int, std::string, std::string, std::string, std::string, std::string>>
        rows = {{2, "苏州联创电机有限公司", "自评", "71.175", "3", "三级"},
                {3, "苏州联创电机有限公司", "核验", "60.175", "2", "二级"},
                {4, "华茂通用机械有限公司", "自评", "59.25", "2", "二级"}};
    for (const auto &[row, name, layer, base, level, levelName] : rows) {
        const std::string r = std::to_string(row);
        INFO("row " << r);
        CHECK(scores.at("B" + r) == name);
        CHECK(scores.at("T" + r) == layer);
        CHECK(scores.at("U" + r) == base);
        CHECK(scores.at("V" + r) == "100");
        CHECK(scores.at("W" + r) == level);
        CHECK(scores.at("X" + r) == levelName);
    }
    CHECK(rowsOf(scores) == 4);
    // The stored keys in Chinese words, as in a Chinese CSV export.
    CHECK(scores.at("H2") == "无");       // 专精特新
    CHECK(scores.at("I2") == "否");       // pilot
    CHECK(scores.at("M2") == "草稿");     // status
    CHECK(scores.at("N2") == "企业自评"); // mode
    CHECK(scores.at("O2") == "改造前");   // phase

    const Cells answers = readSheet(xlsx, 2);
    // 13: 33 self + 9 verified answers; 06: 7 figures, 11 items, 16 scenarios.
    CHECK(rowsOf(answers) == 1 + 42 + 34);
    bool found = false;
    for (int row = 2; row <= rowsOf(answers); ++row) {
        const std::string r = std::to_string(row);
        if (answers.at("C" + r) != "核验" || answers.at("E" + r) != "energy-intensity")
            continue;
        found = true;
        CHECK(answers.at("D" + r) == "评分项");
        CHECK(answers.at("G" + r) == "same");
        CHECK(answers.at("H" + r) == "持平");
        CHECK(answers.at("I" + r) == "3.5"); // trend "same" scores 3.5 of 7
        CHECK(answers.at("J" + r) == "7");
        CHECK(answers.at("K" + r) == "能耗台账显示两年持平");
    }
    CHECK(found);
}
