// SPDX-License-Identifier: GPL-3.0-or-later
// Moving work between machines: a bundle round trip, merges with and without conflicts, bundles
// that are damaged, truncated or altered (refused whole, the database unchanged), and CSV exports.

#include "bundletestsupport.h"

#include <filesystem>

#include "base/sha256.h"
#include "exchange/csvexport.h"
#include "store/storedassessment.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

TEST_CASE("a bundle carries everything to an empty database, and a second import changes nothing",
          "[bundle]")
{
    Laptop a("bundle-a", 8), office("bundle-office", 12);
    const std::int64_t idA = fillLaptopA(a);
    const std::string bundle = a.exportAll("a.dlb");

    auto report = dl::importBundle(office.store, bundle);
    REQUIRE(report.ok());
    CHECK(report->enterprisesAdded == 1);
    CHECK(report->assessmentsAdded == 1);
    CHECK(report->answersAdded == 10); // 9 self answers (one enterprise's) + 1 verified
    CHECK(report->evidenceAdded == 1);
    CHECK(report->conflicts.empty());

    const std::int64_t idO = onlyAssessment(office.store);
    auto ra = a.store.assessment(idA), ro = office.store.assessment(idO);
    REQUIRE((ra.ok() && ro.ok()));
    CHECK(ro->uuid == ra->uuid);
    CHECK(ro->modelHash == ra->modelHash);
    CHECK(ro->mode == dl::AssessmentMode::Onsite);
    auto answersA = a.store.answers(idA), answersO = office.store.answers(idO);
    REQUIRE((answersA.ok() && answersO.ok()));
    REQUIRE(answersO->size() == answersA->size());
    for (std::size_t k = 0; k < answersA->size(); ++k) {
        CHECK((*answersO)[k].key == (*answersA)[k].key);
        CHECK((*answersO)[k].value == (*answersA)[k].value);
        CHECK((*answersO)[k].updatedBy == (*answersA)[k].updatedBy);
    }
    auto files = office.store.evidenceFiles(idO);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(files->front().sha256 == dl::Sha256::hex("排产计划原件"));
    auto content = office.store.evidenceContent(files->front().uuid);
    REQUIRE(content.ok());
    CHECK(*content == "排产计划原件");
    auto checks = office.store.evidenceChecks(idO);
    REQUIRE(checks.ok());
    REQUIRE(checks->size() == 1);
    CHECK(checks->front().ticked);

    // Scored the same on both machines. By hand (tests/data/models/README.md): network wired +
    // wireless 2, digital share 30/40 = 75 % in (50,80] 2, systems: verified "all" 4, security
    // policy 2 -> base 10; scenarios all >= 1 with three constrained -> level 1 (level 2 needs 16).
    auto loaded = dl::loadAssessment(office.store, std::to_string(idO));
    REQUIRE(loaded.ok());
    const dl::Evaluation e = dl::evaluateStored(*loaded, dl::Layer::Verified, 0);
    CHECK(e.result.base == R("10"));
    CHECK(e.result.level == 1);

    const std::string before = office.snapshot();
    auto again = dl::importBundle(office.store, bundle);
    REQUIRE(again.ok());
    CHECK(again->enterprisesAdded == 0);
    CHECK(again->enterprisesMatched == 1);
    CHECK(again->assessmentsAdded == 0);
    CHECK(again->answersAdded == 0);
    CHECK(again->answersUpdated == 0);
    CHECK(again->evidenceAdded == 0);
    CHECK(again->conflicts.empty());
    CHECK(office.snapshot() == before);
}

TEST_CASE("merging work from two laptops: fast-forwards, credit-code matches and conflicts",
          "[bundle]")
{
    Laptop a("merge-a", 8), b("merge-b", 9);
    const std::int64_t idA = fillLaptopA(a);
    REQUIRE(dl::importBundle(b.store, a.exportAll("a1.dlb")).ok());
    const std::int64_t idB = onlyAssessment(b.store);

    SECTION("a change made on one side only comes across, with no conflict")
    {
        b.answer(idB, "scenario", "stock", "3", "赵工");
        auto r = dl::importBundle(a.store, b.exportAll("b1.dlb"));
        REQUIRE(r.ok());
        CHECK(r->answersUpdated == 1);
        CHECK(r->conflicts.empty());
        CHECK(a.value(idA, "scenario", "stock") == "3");
        auto open = dl::openConflicts(a.store);
        REQUIRE(open.ok());
        CHECK(open->empty());
    }

    SECTION("the same answer changed differently on both sides is a conflict, never overwritten")
    {
        a.answer(idA, "item", "systems", "one", "王工");
        b.answer(idB, "item", "systems", "none", "赵工");
        const std::string fromB = b.exportAll("b2.dlb");
        auto r = dl::importBundle(a.store, fromB);
        REQUIRE(r.ok());
        REQUIRE(r->conflicts.size() == 1);
        const dl::MergeConflict &c = r->conflicts.front();
        CHECK(c.enterpriseName == "杭州示例机械有限公司");
        CHECK((c.layer == dl::Layer::Self && c.kind == dl::AnswerKind::Item && c.key == "systems"));
        CHECK(c.localValue == "one");
        CHECK(c.localBy == "王工");
        CHECK(c.incomingValue == "none");
        CHECK(c.incomingBy == "赵工");
        CHECK(c.localAt.starts_with("2026-11-02T08:"));
        CHECK(c.incomingAt.starts_with("2026-11-02T09:"));
        CHECK(a.value(idA, "item", "systems") == "one"); // the local value stays meanwhile

        // Importing the same bundle again does not report the conflict twice.
        auto again = dl::importBundle(a.store, fromB);
        REQUIRE(again.ok());
        CHECK(again->conflicts.empty());
        auto open = dl::openConflicts(a.store);
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);

        // Resolved for the incoming value: a new change, and both machines converge.
        REQUIRE(dl::resolveConflict(a.store, open->front().id, true, "审核员").ok());
        CHECK(a.value(idA, "item", "systems") == "none");
        open = dl::openConflicts(a.store);
        REQUIRE(open.ok());
        CHECK(open->empty());
        auto back = dl::importBundle(b.store, a.exportAll("a2.dlb"));
        REQUIRE(back.ok());
        CHECK(back->conflicts.empty());
        CHECK(b.value(idB, "item", "systems") == "none");
    }

    SECTION("an enterprise created on two machines is matched by its credit code")
    {
        Laptop c("merge-c", 10);
        dl::Enterprise e;
        e.name = "杭州示例机械有限公司（现场录入）";
        e.creditCode = "91330100MA2XXXXXX2";
        REQUIRE(c.store.addEnterprise(e).ok());
        auto r = dl::importBundle(c.store, a.exportAll("a3.dlb"));
        REQUIRE(r.ok());
        CHECK(r->enterprisesAdded == 0);
        CHECK(r->enterprisesMatched == 1);
        auto all = c.store.enterprises();
        REQUIRE(all.ok());
        CHECK(all->size() == 1);
    }
}

TEST_CASE("a damaged, truncated or altered bundle is refused whole and changes nothing", "[bundle]")
{
    Laptop a("tamper-a", 8), office("tamper-office", 12);
    fillLaptopA(a);
    const std::string good = readFile(a.exportAll("good.dlb"));
    // The office already holds other work, which must survive every refusal untouched.
    dl::Enterprise other;
    other.name = "宁波另一家企业";
    REQUIRE(office.store.addEnterprise(other).ok());
    const std::string before = office.snapshot();

    struct Case
    {
        const char *what;
        std::string bytes;
        const char *code;
    };
    nlohmann::json altered = nlohmann::json::parse(good);
    altered["payload"]["assessments"][0]["answers"][0]["value"] = "400";
    nlohmann::json badEvidence = nlohmann::json::parse(good);
    auto &file = badEvidence["payload"]["assessments"][0]["evidence_files"][0];
    REQUIRE(file.is_object());
    file["sha256"] = dl::Sha256::hex("something else");
    badEvidence["payload_sha256"] = dl::Sha256::hex(badEvidence["payload"].dump());
    // Altered with the checksum recomputed: caught by checking the value against the model.
    nlohmann::json forged = nlohmann::json::parse(good);
    for (auto &answer : forged["payload"]["assessments"][0]["answers"])
        if (answer["key"] == "systems")
            answer["value"] = "plenty";
    forged["payload_sha256"] = dl::Sha256::hex(forged["payload"].dump());
    nlohmann::json future = nlohmann::json::parse(good);
    future["format"] = "digilevel-bundle/9";
    const std::vector<Case> cases = {
        {"truncated in the middle", good.substr(0, good.size() / 2), "bundle-damaged"},
        {"without its closing brace", good.substr(0, good.rfind('}')), "bundle-damaged"},
        {"an answer altered after export", altered.dump(), "bundle-tampered"},
        {"an evidence file whose hash does not match", badEvidence.dump(), "bundle-invalid"},
        {"an answer no screen could show, checksum recomputed", forged.dump(), "bundle-invalid"},
        {"a format from the future", future.dump(), "bundle-format"},
        {"not JSON at all", "PK\x03\x04 this is a zip file", "bundle-damaged"},
        {"empty", "", "bundle-damaged"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const std::string path = office.dir.file("bad.dlb");
        writeFile(path, c.bytes);
        auto r = dl::importBundle(office.store, path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == c.code);
        CHECK(r.errors().front().file.find("bad.dlb") != std::string::npos);
        CHECK_FALSE(r.errors().front().message.empty());
        CHECK(office.snapshot() == before);
    }
}

namespace {

// A CSV file as rows of fields (RFC 4180 quoting), checking the BOM and CRLF line ends.
std::vector<std::vector<std::string>> readCsv(const std::string &path)
{
    std::string text = readFile(path);
    REQUIRE(text.starts_with("\xEF\xBB\xBF"));
    text.erase(0, 3);
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t k = 0; k < text.size(); ++k) {
        const char ch = text[k];
        if (quoted) {
            if (ch == '"' && k + 1 < text.size() && text[k + 1] == '"')
                field += '"', ++k;
            else if (ch == '"')
                quoted = false;
            else
                field += ch;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            rows.back().push_back(std::exchange(field, {}));
        } else if (ch == '\r') {
            REQUIRE(k + 1 < text.size());
            REQUIRE(text[k + 1] == '\n'); // CRLF, never a bare CR or LF
            rows.back().push_back(std::exchange(field, {}));
            rows.emplace_back();
            ++k;
        } else {
            REQUIRE(ch != '\n');
            field += ch;
        }
    }
    REQUIRE(rows.back().empty()); // the file ends with a line end
    rows.pop_back();
    return rows;
}

std::string
column(const std::vector<std::vector<std::string>> &rows, std::size_t row, const std::string &name)
{
    const auto &header = rows.front();
    const auto it = std::find(header.begin(), header.end(), name);
    REQUIRE(it != header.end());
    return rows.at(row).at(std::size_t(it - header.begin()));
}

} // namespace

TEST_CASE("CSV exports open in a spreadsheet with the right columns", "[csv]")
{
    Laptop a("csv-a", 8);
    fillLaptopA(a);
    const std::string assessments = a.dir.file("assessments.csv");
    auto n = dl::exportAssessmentsCsv(a.store, {}, assessments, dl::Lang::En);
    REQUIRE(n.ok());
    auto rows = readCsv(assessments);
    REQUIRE(rows.size() == 3); // header, the self layer and the verified view
    for (const auto &r : rows)
        CHECK(r.size() == rows.front().size());
    CHECK(column(rows, 1, "enterprise") == "杭州示例机械有限公司");
    CHECK(column(rows, 1, "credit_code") == "91330100MA2XXXXXX2");
    CHECK(column(rows, 1, "layer") == "self");
    CHECK(column(rows, 2, "layer") == "verified");
    // By hand, as in the round-trip test: self 8 (systems "several" 2), verified 10; level 1.
    CHECK(column(rows, 1, "base_score") == "8");
    CHECK(column(rows, 2, "base_score") == "10");
    CHECK(column(rows, 1, "max_base_score") == "24");
    CHECK(column(rows, 1, "level") == "1");
    CHECK(column(rows, 1, "scenarios_at_1") == "4");
    CHECK(column(rows, 1, "constrained_at_2") == "1"); // finance★ is the only one at 2
    CHECK(column(rows, 1, "unanswered") == "3");       // energy, headcount-size, hr

    auto zh = dl::exportAssessmentsCsv(a.store, {}, assessments, dl::Lang::ZhCN);
    REQUIRE(zh.ok());
    rows = readCsv(assessments);
    CHECK(column(rows, 1, "企业名称") == "杭州示例机械有限公司");
    CHECK(column(rows, 1, "基础分") == "8");

    const std::string answers = a.dir.file("answers.csv");
    REQUIRE(dl::exportAnswersCsv(a.store, {}, answers, dl::Lang::En).ok());
    rows = readCsv(answers);
    REQUIRE(rows.size() == 1 + 10); // one row per stored answer
    CHECK(rows.front().at(0) == "assessment_uuid");
    bool sawVerified = false;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (column(rows, r, "layer") == "verified") {
            sawVerified = true;
            CHECK(column(rows, r, "key") == "systems");
            CHECK(column(rows, r, "value") == "all");
            CHECK(column(rows, r, "points") == "4");
            CHECK(column(rows, r, "updated_by") == "李审");
        }
    }
    CHECK(sawVerified);
}

TEST_CASE("a Chinese CSV export writes Chinese terms where an English one keeps the keys", "[csv]")
{
    Laptop a("csv-terms", 8);
    const std::int64_t id = fillLaptopA(a); // mode onsite, status draft, no size class, no 专精特新
    const std::string assessments = a.dir.file("assessments.csv");
    const std::string answers = a.dir.file("answers.csv");

    REQUIRE(dl::exportAssessmentsCsv(a.store, {}, assessments, dl::Lang::ZhCN).ok());
    auto rows = readCsv(assessments);
    REQUIRE(rows.size() == 3);
    CHECK(column(rows, 1, "规模") == ""); // not known: left empty
    CHECK(column(rows, 1, "专精特新") == "无");
    CHECK(column(rows, 1, "状态") == "草稿");
    CHECK(column(rows, 1, "方式") == "现场评测");
    CHECK(column(rows, 1, "答案层") == "自评");
    CHECK(column(rows, 2, "答案层") == "核验");

    auto enterprises = a.store.enterprises();
    REQUIRE(enterprises.ok());
    REQUIRE(enterprises->size() == 1);
    dl::Enterprise e = enterprises->front();
    e.sizeClass = dl::SizeClass::Small;
    e.srdi = dl::SrdiStatus::LittleGiant;
    REQUIRE(a.store.updateEnterprise(e).ok());
    REQUIRE(a.store.setStatus(id, dl::AssessmentStatus::Verified, "李审").ok());

    // The same assessment in both languages: column, English key, Chinese term.
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> terms = {
        {"size_class", "规模", "small", "小型"},
        {"srdi", "专精特新", "little-giant", "专精特新“小巨人”企业"},
        {"status", "状态", "verified", "已核验"},
        {"mode", "方式", "onsite", "现场评测"},
        {"layer", "答案层", "self", "自评"},
    };
    REQUIRE(dl::exportAssessmentsCsv(a.store, {}, assessments, dl::Lang::En).ok());
    const auto en = readCsv(assessments);
    REQUIRE(dl::exportAssessmentsCsv(a.store, {}, assessments, dl::Lang::ZhCN).ok());
    const auto zh = readCsv(assessments);
    for (const auto &[enColumn, zhColumn, key, term] : terms) {
        INFO(enColumn);
        CHECK(column(en, 1, enColumn) == key);
        CHECK(column(zh, 1, zhColumn) == term);
    }
    CHECK(column(en, 2, "layer") == "verified");
    CHECK(column(zh, 2, "答案层") == "核验");

    // Answers: layer and kind in words; the answer itself stays the value answer files take.
    REQUIRE(dl::exportAnswersCsv(a.store, {}, answers, dl::Lang::ZhCN).ok());
    rows = readCsv(answers);
    REQUIRE(rows.size() == 1 + 10);
    std::map<std::string, std::string> kindOf; // key -> 类型
    for (std::size_t r = 1; r < rows.size(); ++r) {
        kindOf[column(rows, r, "编号")] = column(rows, r, "类型");
        CHECK((column(rows, r, "答案层") == "自评" || column(rows, r, "答案层") == "核验"));
        if (column(rows, r, "答案层") == "核验")
            CHECK(column(rows, r, "答案") == "all");
    }
    CHECK(kindOf["all-units"] == "数据");
    CHECK(kindOf["systems"] == "评分项");
    CHECK(kindOf["finance"] == "场景");
    REQUIRE(dl::exportAnswersCsv(a.store, {}, answers, dl::Lang::En).ok());
    rows = readCsv(answers);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        kindOf[column(rows, r, "key")] = column(rows, r, "kind");
        CHECK((column(rows, r, "layer") == "self" || column(rows, r, "layer") == "verified"));
    }
    CHECK(kindOf["all-units"] == "figure");
    CHECK(kindOf["systems"] == "item");
    CHECK(kindOf["finance"] == "scenario");
}

TEST_CASE("a CSV export cancelled or failing on the way leaves no file", "[csv]")
{
    Laptop a("csv-cancel", 8);
    const std::int64_t first = fillLaptopA(a);
    const std::string path = a.dir.file("out.csv");
    using Export = dl::Result<int> (*)(dl::Store &, const std::vector<std::int64_t> &,
                                       const std::string &, dl::Lang, const dl::Progress &);
    for (Export run : {Export(dl::exportAssessmentsCsv), Export(dl::exportAnswersCsv)}) {
        // One assessment: step 0, then the final 1 of 1. Stop at either.
        for (int stopAt = 0; stopAt <= 1; ++stopAt) {
            CAPTURE(stopAt);
            int calls = 0;
            auto result = run(a.store, {}, path, dl::Lang::En, [&](int done, int total) {
                CHECK(total == 1);
                CHECK(done == calls);
                return calls++ < stopAt;
            });
            REQUIRE_FALSE(result.ok());
            CHECK(result.errors().front().code == "cancelled");
            CHECK_FALSE(std::filesystem::exists(path));
            CHECK_FALSE(std::filesystem::exists(path + ".part"));
        }
        // An assessment that does not exist, after one that does: an error half-way.
        auto failed = run(a.store, {first, 999'999}, path, dl::Lang::En, {});
        REQUIRE_FALSE(failed.ok());
        CHECK_FALSE(std::filesystem::exists(path));
        CHECK_FALSE(std::filesystem::exists(path + ".part"));
        // And without a cancel, the file is there.
        REQUIRE(run(a.store, {}, path, dl::Lang::En, [](int, int) { return true; }).ok());
        CHECK(std::filesystem::exists(path));
        std::filesystem::remove(path);
    }
}
