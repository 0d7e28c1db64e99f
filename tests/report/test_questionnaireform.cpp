// SPDX-License-Identifier: GPL-3.0-or-later
// The printable questionnaire of the bundled model in both languages: fonts embedded, "page X of
// Y" in the header of every page, the figures and options chosen by hand below from
// assessments/miit-sme-2024.yaml, and no question parted from its boxes by a page break.
#include "reporttestsupport.h"

#include "questionnaireform.h"

#include <string>
#include <vector>

namespace {

std::vector<std::string> pageTexts(const std::string &pdf)
{
    std::vector<std::string> pages;
    const int count = pdfPages(pdf);
    for (int i = 1; i <= count; ++i)
        pages.push_back(squeezed(pdfText(pdf, i)));
    return pages;
}

// The page (from 1) whose text holds `needle`, 0 when none does.
int pageOf(const std::vector<std::string> &pages, const std::string &needle)
{
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].find(squeezed(needle)) != std::string::npos)
            return int(i) + 1;
    return 0;
}

struct HandPicked
{
    dl::Lang lang;
    std::vector<std::string> texts;
};

// From assessments/miit-sme-2024.yaml: a figure with its unit, options of a multiple-choice item
// (network), of a single-choice item (system-coverage) and a scenario level.
const HandPicked kPicked[] = {
    {dl::Lang::ZhCN,
     {"生产设备总数", "台（套）", "近三年年均数字化投入", "万元/年", "已自建或租用5G工业网络",
      "大部分业务环节（80%以上）使用信息系统", "尚未使用信息系统",
      "使用CAD等计算机辅助设计软件开展产品设计，设计成果以电子文件形式保存。",
      "无（单独选择，不与其他项同选）", "多选：勾选所有符合的项", "单选：请勾选一项"}},
    {dl::Lang::En,
     {"Production equipment in total", "Average yearly digital investment (last 3 years)",
      "10k CNY per year", "Own or leased 5G industrial network",
      "Most business links (over 80 %) use information systems", "No information system in use",
      "Products are designed with computer-aided design software such as CAD",
      "None of these (only on its own)", "Multiple choice: tick all that apply",
      "Single choice: tick one"}},
};

} // namespace

TEST_CASE("the blank questionnaire form lists every question with its boxes, page by page",
          "[report][questionnaire]")
{
    ReportTempDir dir;
    const dl::Model &m = miit2024().model;
    for (const HandPicked &picked : kPicked) {
        const dl::Lang lang = picked.lang;
        INFO(dl::langCode(lang));
        const std::string pdf = dir.path(std::string("blank-") + dl::langCode(lang) + ".pdf");
        REQUIRE(dl::report::writeQuestionnaireForm(dl::report::blankQuestionnaireForm(miit2024()),
                                                   lang, pdf));
        checkEmbeddedCjkFonts(pdf);
        const std::vector<std::string> pages = pageTexts(pdf);
        const int n = int(pages.size());
        REQUIRE(n > 1);
        for (int i = 1; i <= n; ++i) {
            INFO("page " << i);
            const std::string header =
                lang == dl::Lang::ZhCN
                    ? "第" + std::to_string(i) + "页/共" + std::to_string(n) + "页"
                    : "Page" + std::to_string(i) + "of" + std::to_string(n);
            CHECK(pages[i - 1].find(header) != std::string::npos);
            // A blank form has a line to write the name on, not a name.
            CHECK(pages[i - 1].find(lang == dl::Lang::ZhCN
                                        ? "企业名称：日期："
                                        : "Enterprise:Date:") != std::string::npos);
        }
        for (const std::string &text : picked.texts) {
            INFO(text);
            CHECK(pageOf(pages, text) > 0);
        }
        // A question and its last box on the same page: single-choice items (one column of
        // boxes) and every scenario with its level 4.
        for (const dl::Item &item : m.items) {
            if (item.type != dl::ItemType::Single)
                continue;
            INFO(item.id);
            const int page = pageOf(pages, item.question.get(lang));
            CHECK(page > 0);
            CHECK(page == pageOf(pages, item.options.back().label.get(lang)));
        }
        for (const dl::Scenario &s : m.scenarios) {
            INFO(s.id);
            const int page = pageOf(pages, s.question.get(lang));
            CHECK(page > 0);
            CHECK(page == pageOf(pages, s.levels[3].description.get(lang)));
        }
    }
}

TEST_CASE("questionnaire print heads an assessment's form with its enterprise, blank by default",
          "[report][questionnaire][cli]")
{
    ReportTempDir dir;
    const std::string db = dir.path("form.sqlite");
    // Worked example 13: 苏州联创电机有限公司, revenue 10000 (10k CNY).
    const std::vector<long long> ids = storeWorkedExamples(db, {"13-motors-verified.yaml"});
    const std::string id = std::to_string(ids[0]);
    const std::string pdf = dir.path("form.pdf"), filled = dir.path("filled.pdf");
    std::string out, err;
    REQUIRE(cli({"questionnaire", "print", id, "--db", db, "-o", pdf}, &out, &err) == 0);
    const std::vector<std::string> pages = pageTexts(pdf);
    REQUIRE(pages.size() > 1);
    for (const std::string &page : pages)
        CHECK(page.find("企业名称：苏州联创电机有限公司") != std::string::npos);
    CHECK(pageOf(pages, "10000") == 0);

    REQUIRE(cli({"questionnaire", "print", id, "--db", db, "-o", filled, "--fill", "--lang", "en"},
                &out, &err) == 0);
    CHECK(pageOf(pageTexts(filled), "10000") > 0);

    // One of an assessment or --blank; the answers belong to an assessment.
    CHECK(cli({"questionnaire", "print", id, "--blank", "-o", pdf}, &out, &err) == 2);
    CHECK(cli({"questionnaire", "print", "--blank", "--fill", "-o", pdf}, &out, &err) == 2);
    CHECK(cli({"questionnaire", "print", "--blank"}, &out, &err) == 2);
    CHECK(cli({"questionnaire", "print", "--blank", "-o", pdf, "--bogus"}, &out, &err) == 2);
}
