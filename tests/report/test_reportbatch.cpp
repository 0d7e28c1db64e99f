// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of reports, shared by the command line and the home page: the names, the order, stopping
// and the drawing threads.
#include "reportbatch.h"
#include "reporttestsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace {

// Whether `s` is well-formed UTF-8 (no character cut in two).
bool validUtf8(const std::string &s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80           ? 1
                              : (c >> 5) == 0x6  ? 2
                              : (c >> 4) == 0xE  ? 3
                              : (c >> 3) == 0x1E ? 4
                                                 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += n;
    }
    return true;
}

} // namespace

TEST_CASE("a report's file name in a folder of reports", "[report][batch]")
{
    using dl::Lang;
    using dl::report::batchFileName;
    // (id, enterprise name, layer, language) -> file name
    CHECK(batchFileName(12, "杭州示例机械有限公司", dl::Layer::Self, Lang::ZhCN) ==
          "12-杭州示例机械有限公司-self-zh_CN.pdf");
    CHECK(batchFileName(7, "A/B:C*D?E\"F<G>H|I\\J", dl::Layer::Verified, Lang::En) ==
          "7-A_B_C_D_E_F_G_H_I_J-verified-en.pdf");
    CHECK(batchFileName(3, "tab\there\nline", dl::Layer::Self, Lang::En) ==
          "3-tab_here_line-self-en.pdf");
    CHECK(batchFileName(4, "", dl::Layer::Self, Lang::En) == "4-enterprise-self-en.pdf");

    // 50 Chinese characters are 150 bytes: cut to 40 characters (120 bytes), never mid-character.
    std::string long_name;
    for (int i = 0; i < 50; ++i)
        long_name += "企";
    const std::string cut = batchFileName(5, long_name, dl::Layer::Self, Lang::ZhCN);
    std::string forty;
    for (int i = 0; i < 40; ++i)
        forty += "企";
    CHECK(cut == "5-" + forty + "-self-zh_CN.pdf");
    // One byte more: 119 bytes cannot end inside the 40th character.
    const std::string shifted = batchFileName(6, "x" + long_name, dl::Layer::Self, Lang::ZhCN);
    CHECK(validUtf8(shifted));
    CHECK(shifted == "6-x" + forty.substr(0, 39 * 3) + "-self-zh_CN.pdf");
}

TEST_CASE("a batch of reports goes in order, each in its layer, and stops when asked",
          "[report][batch]")
{
    ReportTempDir dir;
    const std::string db = dir.path("batch.sqlite");
    const std::vector<long long> ids =
        storeWorkedExamples(db, {"13-motors-verified.yaml", "02-level1-food-base20.yaml"});
    auto store = dl::Store::open(db);
    REQUIRE(store.ok());
    auto all = store->assessments();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    const std::string folder = dir.path("out");
    std::filesystem::create_directories(folder);
    std::vector<std::string> files;
    // Stops before the second report: one written.
    auto stopped = dl::report::writeBatch(
        *store, *all, folder, dl::Lang::En,
        [&](const dl::AssessmentRecord &a) {
            return a.id == ids[0] ? dl::Layer::Verified : dl::Layer::Self;
        },
        [&](int k, int total, const std::string &, const std::string &file) {
            CHECK(total == 2);
            files.push_back(file);
            return k < 1;
        });
    CHECK(stopped.written == 1);
    CHECK(stopped.failures.empty());
    REQUIRE(files.size() == 2);
    CHECK(std::filesystem::exists(files[0]));
    CHECK_FALSE(std::filesystem::exists(files[1]));
    CHECK(files[0].find("-verified-en.pdf") != std::string::npos);
    CHECK(files[1].find("-self-en.pdf") != std::string::npos);
}

TEST_CASE("reports drawn on several threads are each their own assessment's, as drawn on one",
          "[report][batch]")
{
    ReportTempDir dir;
    const std::string db = dir.path("threads.sqlite");
    storeWorkedExamples(db, {"01-level0-furniture.yaml", "02-level1-food-base20.yaml",
                             "03-level2-hardware-base40.yaml", "05-level3-electronics-base60.yaml",
                             "07-level4-instruments-base80.yaml", "13-motors-verified.yaml"});
    auto store = dl::Store::open(db);
    REQUIRE(store.ok());
    auto all = store->assessments();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 6);
    std::vector<std::string> names;
    for (const dl::AssessmentRecord &a : *all)
        names.push_back(store->enterprise(a.enterpriseId)->name);

    auto batch = [&](const std::string &folder, unsigned renderers) {
        std::filesystem::create_directories(folder);
        std::vector<std::string> files;
        auto result = dl::report::writeBatch(
            *store, *all, folder, dl::Lang::ZhCN,
            [](const dl::AssessmentRecord &) { return dl::Layer::Self; },
            [&](int, int, const std::string &, const std::string &file) {
                files.push_back(file);
                return true;
            },
            renderers);
        return std::make_pair(result, files);
    };
    const std::string one = dir.path("one");
    const std::string three = dir.path("three");
    // The third report cannot be written: a folder stands where its file would go.
    std::filesystem::create_directories(
        std::filesystem::path(three) /
        dl::report::batchFileName((*all)[2].id, names[2], dl::Layer::Self, dl::Lang::ZhCN));
    const auto [single, singleFiles] = batch(one, 1);
    const auto [threaded, threadedFiles] = batch(three, 3);

    CHECK(single.written == 6);
    CHECK(single.failures.empty());
    CHECK(threaded.written == 5);
    REQUIRE(threaded.failures.size() == 1);
    CHECK(threaded.failures[0].enterpriseName == names[2]);
    REQUIRE(singleFiles.size() == 6);
    REQUIRE(threadedFiles.size() == 6);
    for (std::size_t k = 0; k < 6; ++k) {
        INFO("report " << k << ": " << names[k]);
        CHECK_FALSE(std::filesystem::exists(threadedFiles[k] + ".part"));
        if (k == 2)
            continue;
        const std::string text = pdfText(threadedFiles[k]);
        CHECK(squeezed(text).find(squeezed(names[k])) != std::string::npos);
        CHECK(text == pdfText(singleFiles[k]));
    }
}
