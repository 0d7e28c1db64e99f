// SPDX-License-Identifier: GPL-3.0-or-later
// exportBundle writes as it reads (core/exchange/bundleexport.cpp): the file must be exactly the
// dump of the whole document, and a cancelled or failed export must leave nothing behind.
#include "bundletestsupport.h"

#include "base/sha256.h"

#include <nlohmann/json.hpp>

#include <filesystem>

using json = nlohmann::json;

namespace {

// Two more enterprises with an assessment each: every list of the payload has several items.
void addTwoMore(Laptop &a)
{
    auto model = dl::loadModelText(minimalText(), "minimal.yaml");
    REQUIRE(model.ok());
    const char *codes[] = {"91330100MA2XXXXXX2", "91110000100000000X"};
    for (int i = 0; i < 2; ++i) {
        dl::Enterprise e;
        e.name = i == 0 ? "宁波示例纺织有限公司" : "北京示例软件有限公司";
        e.creditCode = i == 0 ? "" : codes[1];
        e.industry = i == 0 ? "C17" : "I65";
        e.employees = 120 + i;
        auto ent = a.store.addEnterprise(e);
        REQUIRE(ent.ok());
        auto as = a.store.newAssessment(ent->id, *model, minimalText(), "张工", "",
                                        dl::AssessmentMode::Self);
        REQUIRE(as.ok());
        a.answer(as->id, "item", "network", "wired", "张工");
        a.answer(as->id, "item", "network", "wired,wireless", "张工"); // two audit rows
    }
}

bool exists(const std::string &path)
{
    return std::filesystem::exists(path);
}

} // namespace

TEST_CASE("an export of several enterprises is byte for byte the dump of its document",
          "[bundle][export]")
{
    Laptop a("export-dump", 8);
    fillLaptopA(a);
    addTwoMore(a);
    const std::string text = readFile(a.exportAll("all.dlb"));
    const json bundle = json::parse(text);
    CHECK(text == bundle.dump() + "\n");
    CHECK(bundle["payload_sha256"] == dl::Sha256::hex(bundle["payload"].dump()));
    CHECK(bundle["payload"]["assessments"].size() == 3);
    CHECK(bundle["payload"]["enterprises"].size() == 3);
    CHECK(bundle["payload"]["models"].size() == 1);
    CHECK(bundle["payload"]["assessments"][0]["evidence_files"].size() == 1);
    CHECK(bundle["payload"]["assessments"][1]["audit"].size() == 2);

    // And it imports on another machine.
    Laptop office("export-dump-office", 9);
    auto report = dl::importBundle(office.store, a.dir.file("all.dlb"));
    REQUIRE(report.ok());
    CHECK(report->enterprisesAdded == 3);
    CHECK(report->assessmentsAdded == 3);
    CHECK(report->evidenceAdded == 1);
}

TEST_CASE("an export with nothing selected has empty lists", "[bundle][export]")
{
    Laptop a("export-empty", 8);
    const std::string path = a.dir.file("empty.dlb");
    REQUIRE(dl::exportBundle(a.store, {}, path, "tester").ok());
    const std::string text = readFile(path);
    const json bundle = json::parse(text);
    CHECK(text == bundle.dump() + "\n");
    CHECK(bundle["payload"].dump() == R"({"assessments":[],"enterprises":[],"models":[]})");
}

TEST_CASE("an export cancelled at any step leaves no file behind", "[bundle][export]")
{
    Laptop a("export-cancel", 8);
    fillLaptopA(a);
    addTwoMore(a);
    const std::string path = a.dir.file("cancelled.dlb");
    // 3 assessments and 3 enterprises: steps 0..5, then the final report of 6 of 6.
    for (int stopAt = 0; stopAt <= 6; ++stopAt) {
        CAPTURE(stopAt);
        int calls = 0;
        auto result =
            dl::exportBundle(a.store, {{}, {}, true}, path, "tester", [&](int done, int total) {
                CHECK(total == 6);
                CHECK(done == calls);
                return calls++ < stopAt;
            });
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors().front().code == "cancelled");
        CHECK(calls == stopAt + 1);
        CHECK_FALSE(exists(path));
        CHECK_FALSE(exists(path + ".part"));
    }
}

TEST_CASE("an export that cannot write its file says so and leaves nothing", "[bundle][export]")
{
    Laptop a("export-unwritable", 8);
    fillLaptopA(a);
    // Into a folder that does not exist.
    const std::string missing = a.dir.file("no-such-folder/out.dlb");
    auto result = dl::exportBundle(a.store, {{}, {}, true}, missing, "tester");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors().front().code == "io-error");
    CHECK(result.errors().front().file == missing);
    CHECK_FALSE(exists(missing + ".part"));
    // Onto a folder: the file is written, but cannot take the folder's name.
    const std::string folder = a.dir.file("a-folder.dlb");
    std::filesystem::create_directory(folder);
    std::filesystem::create_directory(folder + "/inside"); // not empty: rename cannot replace it
    result = dl::exportBundle(a.store, {{}, {}, true}, folder, "tester");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors().front().code == "io-error");
    CHECK_FALSE(exists(folder + ".part"));
    CHECK(std::filesystem::is_directory(folder));
}

TEST_CASE("an export stops at the largest bundle an import reads, and writes nothing",
          "[bundle][export]")
{
    Laptop a("export-limit", 8);
    fillLaptopA(a);
    addTwoMore(a);
    const std::string path = a.dir.file("limited.dlb");
    REQUIRE(dl::exportBundle(a.store, {{}, {}, true}, path, "tester").ok());
    const std::size_t size = std::filesystem::file_size(path);
    std::filesystem::remove(path);

    // Exactly its size is allowed; a byte less is not, nor anything that cannot hold the first
    // assessment (the check runs as the file grows).
    REQUIRE(dl::exportBundle(a.store, {{}, {}, true}, path, "tester", {}, size).ok());
    CHECK(std::filesystem::file_size(path) == size);
    std::filesystem::remove(path);
    for (const std::size_t limit : {size - 1, size / 2, std::size_t(300)}) {
        CAPTURE(limit);
        auto result = dl::exportBundle(a.store, {{}, {}, true}, path, "tester", {}, limit);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors().front().code == "too-large");
        CHECK(result.errors().front().message.find(std::to_string(limit) + " bytes") !=
              std::string::npos);
        CHECK_FALSE(exists(path));
        CHECK_FALSE(exists(path + ".part"));
    }
    CHECK(dl::kMaxBundleBytes == std::size_t(1) << 30);
}
