// SPDX-License-Identifier: GPL-3.0-or-later
// Only the real official model is called official. Anyone can edit the model a bundle carries,
// recompute its hashes and keep `official: true` and the title: the import accepts it (the data
// is the sender's), scores it as written, and every view labels it modified, because its text is
// none of the official versions the program knows by content hash.

#include "bundletestsupport.h"

#include "../fuzz/hostilebundles.h"
#include "base/sha256.h"
#include "exchange/jsonreport.h"
#include "model/officialmodels.h"
#include "scoring/textreport.h"
#include "store/portfolio.h"

#include <catch2/catch.hpp>

using nlohmann::json;

namespace {

// Base 37 on the official 2024.2 rules, by hand: network 4 x 2 = 8; system coverage "all" = 10;
// network security 4 x 1.25 = 5; data security 4 x 1.25 = 5; management mechanisms
// 4 x 1.875 = 7.5; digital talent 1 x 1.5 = 1.5. 8 + 10 + 5 + 5 + 7.5 + 1.5 = 37.
// Six scenarios at level 2, three of them constrained (product design, sales, production
// control). Official: 37 < 40 fails 二级, 一级 holds (37 >= 20, 6 >= 6, 3 >= 3): level 1.
// With 二级's base threshold edited to 35: 37 >= 35, 6 >= 6, 3 >= 3: level 2.
std::int64_t fillBase37(Laptop &l, const std::string &modelText)
{
    auto model = dl::loadModelText(modelText, "miit-sme-2024.yaml");
    REQUIRE(model.ok());
    dl::Enterprise e;
    e.name = "佛山示例陶瓷有限公司";
    e.industry = "C30";
    auto ent = l.store.addEnterprise(e);
    REQUIRE(ent.ok());
    auto a = l.store.newAssessment(ent->id, *model, modelText, "陈工", "示例咨询",
                                   dl::AssessmentMode::Onsite);
    REQUIRE(a.ok());
    l.answer(a->id, "item", "network",
             "control-network,application-network,industrial-5g,full-coverage", "陈工");
    l.answer(a->id, "item", "system-coverage", "all", "陈工");
    l.answer(a->id, "item", "network-security",
             "security-policy,security-products,risk-assessment,boundary-protection", "陈工");
    l.answer(a->id, "item", "data-security",
             "data-policy,data-products,data-risk-assessment,data-inventory", "陈工");
    l.answer(a->id, "item", "management-mechanisms",
             "transformation-workflow,it-operations,data-management,innovation-incentives", "陈工");
    l.answer(a->id, "item", "digital-talent", "digital-staff", "陈工");
    for (const char *s : {"product-design", "sales-management", "production-control",
                          "human-resources", "collaborative-office", "decision-support"})
        l.answer(a->id, "scenario", s, "2", "陈工");
    return a->id;
}

struct Shown
{
    bool official, modified;
    int level;
    std::string base, title, json, text;
};

Shown shownAfterImport(const std::string &bundlePath)
{
    Laptop office("official-office", 12);
    auto imported = dl::importBundle(office.store, bundlePath);
    INFO(describe(imported.ok() ? dl::Diagnostics{} : imported.errors()));
    REQUIRE(imported.ok());
    const std::int64_t id = onlyAssessment(office.store);
    auto loaded = dl::loadAssessment(office.store, std::to_string(id));
    REQUIRE(loaded.ok());
    const dl::Evaluation e = dl::evaluateStored(*loaded, dl::Layer::Self);
    const dl::AnswerSet &answers = loaded->layer(dl::Layer::Self).base;
    auto rows = dl::enterpriseRows(office.store);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().officialModel == e.model.official);
    return {e.model.official,
            e.model.modifiedOfficial(),
            e.result.level,
            e.result.base.toString(),
            e.model.title.zh,
            dl::evaluationToJson({&e, &answers, loaded->enterprise.name, "C30", {}}, dl::Lang::En)
                .dump(),
            dl::renderTextReport({&e, &answers, loaded->enterprise.name, {}, {}}, dl::Lang::ZhCN)};
}

} // namespace

TEST_CASE("an edited official model imports, scores as written and is labelled modified",
          "[bundle][official]")
{
    const std::string official = readFile(sourceFile("assessments/miit-sme-2024.yaml"));
    Laptop consultant("official-consultant", 8);
    fillBase37(consultant, official);
    const json good = json::parse(readFile(consultant.exportAll("good.dlb")));

    SECTION("the bundled text is official")
    {
        const Shown s = shownAfterImport(consultant.exportAll("good.dlb"));
        CHECK(s.official);
        CHECK_FALSE(s.modified);
        CHECK(s.level == 1);
        CHECK(s.base == "37");
        CHECK(json::parse(s.json)["model"]["official"] == true);
        CHECK_FALSE(json::parse(s.json)["model"].contains("official_reason"));
    }
    SECTION("the same model with 二级 at 35 points, resealed, is not")
    {
        json bundle = good;
        json &model = bundle["payload"]["models"][0];
        std::string content = model["content"];
        const std::string from = "    min_base_score: 40\n", to = "    min_base_score: 35\n";
        REQUIRE(content.find(from) != std::string::npos);
        content.replace(content.find(from), from.size(), to);
        const std::string hash = dl::Sha256::hex(content);
        model["content"] = content;
        model["content_hash"] = hash;
        bundle["payload"]["assessments"][0]["model_hash"] = hash;
        const std::string path = consultant.dir.file("edited.dlb");
        writeFile(path, dl::hostile::resealed(bundle));

        const Shown s = shownAfterImport(path);
        CHECK_FALSE(s.official);
        CHECK(s.modified);
        CHECK(s.level == 2); // scored as written: 37 >= 35
        CHECK(s.base == "37");
        CHECK(s.title == "中小企业数字化水平评测指标（2024年版）"); // the title it claims is kept
        const json j = json::parse(s.json);
        CHECK(j["model"]["official"] == false);
        CHECK(j["model"]["modified"] == true);
        CHECK_THAT(j["model"]["official_reason"].get<std::string>(),
                   Catch::Contains("matches no official version this program knows"));
        CHECK_THAT(s.text, Catch::Contains("（已修改，不是官方指标）"));
        CHECK_THAT(s.text, Catch::Contains(hash.substr(0, 12)));
    }
}

TEST_CASE("a model is official only with a text the program knows", "[official]")
{
    const auto &known = dl::officialModelTexts();
    REQUIRE(known.size() >= 2); // the bundled 2024.2 and 2024.1 from assessments/history
    CHECK(known.front().path == "assessments/miit-sme-2024.yaml");
    for (const dl::OfficialModelText &t : known) {
        INFO(t.path);
        auto m = dl::loadModelText(t.text, std::string(t.path));
        REQUIRE(m.ok());
        CHECK(m->official);
        CHECK(m->contentHash == t.contentHash);
    }
    // One byte more (a trailing comment) is another text: still claimed, no longer believed.
    auto edited = dl::loadModelText(std::string(known.front().text) + "# edited\n", "copy.yaml");
    REQUIRE(edited.ok());
    CHECK(edited->claimsOfficial);
    CHECK_FALSE(edited->official);
    CHECK(edited->modifiedOfficial());
    CHECK(dl::displayTitle(*edited, dl::Lang::En) ==
          "Digital Level Evaluation Indicators for SMEs (2024 edition) (modified — not the "
          "official scheme)");
    // A model that never claimed to be official is simply not official, not "modified".
    auto minimal = dl::loadModelText(minimalText(), "minimal.yaml");
    REQUIRE(minimal.ok());
    CHECK_FALSE(minimal->official);
    CHECK_FALSE(minimal->modifiedOfficial());
}

TEST_CASE("a bundle carries the pilot flag, its batch and each assessment's phase",
          "[bundle][portfolio]")
{
    Laptop consultant("pilot-consultant", 8);
    dl::Enterprise e;
    e.name = "佛山示例陶瓷有限公司";
    e.industry = "C30";
    e.pilot = true;
    e.pilotBatch = "2025年第一批";
    auto ent = consultant.store.addEnterprise(e);
    REQUIRE(ent.ok());
    auto model = dl::loadModelText(minimalText(), "minimal.yaml");
    REQUIRE(model.ok());
    auto a = consultant.store.newAssessment(ent->id, *model, minimalText(), "陈工", "示例咨询",
                                            dl::AssessmentMode::Onsite, dl::AssessmentPhase::After);
    REQUIRE(a.ok());
    const std::string path = consultant.exportAll("pilot.dlb");

    SECTION("as written")
    {
        Laptop office("pilot-office", 12);
        REQUIRE(dl::importBundle(office.store, path).ok());
        auto list = office.store.enterprises();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->front().pilot);
        CHECK(list->front().pilotBatch == "2025年第一批");
        auto assessments = office.store.assessments();
        REQUIRE(assessments.ok());
        REQUIRE(assessments->size() == 1);
        CHECK(assessments->front().phase == dl::AssessmentPhase::After);
    }
    SECTION("from a program before schema 6: baseline, not a pilot")
    {
        json bundle = json::parse(readFile(path));
        bundle["payload"]["enterprises"][0].erase("pilot");
        bundle["payload"]["enterprises"][0].erase("pilot_batch");
        bundle["payload"]["assessments"][0].erase("phase");
        const std::string old = consultant.dir.file("old.dlb");
        writeFile(old, dl::hostile::resealed(bundle));
        Laptop office("pilot-old", 12);
        REQUIRE(dl::importBundle(office.store, old).ok());
        CHECK_FALSE(office.store.enterprises()->front().pilot);
        CHECK(office.store.assessments()->front().phase == dl::AssessmentPhase::Baseline);
    }
    SECTION("an unknown phase is refused, naming the field")
    {
        json bundle = json::parse(readFile(path));
        bundle["payload"]["assessments"][0]["phase"] = "during";
        const std::string bad = consultant.dir.file("bad.dlb");
        writeFile(bad, dl::hostile::resealed(bundle));
        Laptop office("pilot-bad", 12);
        auto r = dl::importBundle(office.store, bad);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.errors().front().message, Catch::Contains("phase"));
    }
}
