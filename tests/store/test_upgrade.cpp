// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a stored assessment to a newer version of its model (answers/upgrade.h): a 2024.1
// assessment with an answer in every id the 2024.2 `supersedes` block names, upgraded to the
// bundled 2024.2. The expected lists are written by hand from that block:
//   recheck: energy-intensity-after, pass-rate-after
//   drop:    energy-intensity-before, pass-rate-before, energy-intensity, pass-rate
//   every other id 2024.2 has: same.

#include "upgradetestsupport.h"

#include "testsupport.h"

#include "answers/answerwriter.h"
#include "base/diagnosticcatalog.h"
#include "model/builtinmodels.h"

#include <catch2/catch.hpp>

using dl::AnswerKind;
using dl::CarryOver;
using dl::Layer;

namespace {

std::vector<std::string> ids(const std::vector<dl::CarriedAnswer> &list)
{
    std::vector<std::string> out;
    for (const dl::CarriedAnswer &c : list)
        out.push_back(std::string(dl::key(c.layer)) + "/" + c.key);
    return out;
}

std::int64_t assessmentCount(dl::Store &store)
{
    auto all = store.assessments();
    REQUIRE(all.ok());
    return std::int64_t(all->size());
}

} // namespace

TEST_CASE("a 2024.1 assessment upgraded to 2024.2 carries, rechecks and drops answers as the "
          "supersedes block declares",
          "[store][upgrade]")
{
    UpgradeFixture f("upgrade");
    const auto sourceRows = f.rows(f.sourceId);
    auto sourceAudit = f.store.audit(f.sourceId);
    REQUIRE(sourceAudit.ok());
    const dl::UpgradeResult r = f.upgrade();
    const dl::UpgradePlan &p = r.plan;

    CHECK(p.targetId == "miit-sme-2024");
    CHECK(p.targetVersion == "2024.2");
    CHECK(ids(p.carried) == std::vector<std::string>{
                                "self/digital-spend", "self/digital-units", "self/production-units",
                                "self/network", "self/system-coverage", "self/product-design"});
    CHECK(ids(p.rechecked) == std::vector<std::string>{"self/energy-intensity-after",
                                                       "self/pass-rate-after",
                                                       "verified/pass-rate-after"});
    CHECK(ids(p.dropped) == std::vector<std::string>{"self/energy-intensity-before",
                                                     "self/pass-rate", "verified/pass-rate-before",
                                                     "verified/energy-intensity"});
    // Each with its rule's note; an answer no rule names has none.
    for (const dl::CarriedAnswer &c : p.carried)
        CHECK(c.why.empty());
    for (const dl::CarriedAnswer &c : p.rechecked)
        CHECK(c.why.en.starts_with("Version 2024.1 asked for last year's figure here"));
    for (const dl::CarriedAnswer &c : p.dropped) {
        CHECK(c.why.en.starts_with("Version 2024.1 compared last year with the year before"));
        CHECK(c.why.zh.starts_with("2024.1版比较的是上一年度与前一年度"));
    }
    CHECK(p.evidenceFiles == 1);
    CHECK(p.evidenceFilesLeft == 1);
    CHECK(p.evidenceChecks == 1);
    CHECK(p.evidenceChecksLeft == 1);

    // The new assessment: same enterprise, mode, assessor and organisation, on 2024.2.
    const dl::AssessmentRecord &a = r.assessment;
    CHECK(a.enterpriseId == f.enterpriseId);
    CHECK(a.mode == dl::AssessmentMode::Onsite);
    CHECK(a.status == dl::AssessmentStatus::Draft);
    CHECK(a.assessorName == "王工");
    CHECK(a.assessorOrg == "示例咨询");
    CHECK(a.modelVersion == "2024.2");
    CHECK(a.modelHash == dl::loadBuiltinModelSet()->model.contentHash);
    CHECK(a.upgradedFrom == f.sourceUuid);
    CHECK(a.planLocks == std::vector<std::string>{"network", "pass-rate"});
    CHECK(f.rows(a.id) ==
          std::vector<UpgradeFixture::Row>{
              {"self", "figure", "digital-spend", "", "财务下周提供", false},
              {"self", "figure", "digital-units", "30", "", false},
              {"self", "figure", "energy-intensity-after", "2", "能源台账", true},
              {"self", "figure", "pass-rate-after", "98.5", "", true},
              {"self", "figure", "production-units", "100", "", false},
              {"self", "item", "network", "control-network,application-network", "", false},
              {"self", "item", "system-coverage", "several", "", false},
              {"self", "scenario", "product-design", "2", "", false},
              {"verified", "figure", "pass-rate-after", "99", "", true}});

    // Evidence of the carried item goes with it; the dropped item's stays behind.
    auto files = f.store.evidenceFiles(a.id);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(files->front().target == "system-coverage");
    CHECK(files->front().originalName == "erp.pdf");
    CHECK(*f.store.evidenceContent(files->front().uuid) == "ERP 合同");
    auto checks = f.store.evidenceChecks(a.id);
    REQUIRE(checks.ok());
    REQUIRE(checks->size() == 1);
    CHECK(checks->front().target == "system-coverage");
    CHECK(checks->front().evidenceId == "system-list");

    // The audit: the new assessment names its source, then one row per answer it was given;
    // the source gains one row naming its upgrade.
    auto audit = f.store.audit(a.id);
    REQUIRE(audit.ok());
    REQUIRE(audit->size() == 1 + 9);
    CHECK(audit->front().event == "upgraded-from");
    CHECK(audit->front().newValue == f.sourceUuid + " (miit-sme-2024 2024.1)");
    CHECK(audit->front().changedBy == "李四");
    for (std::size_t k = 1; k < audit->size(); ++k) {
        CHECK((*audit)[k].event.empty());
        CHECK_FALSE((*audit)[k].oldValue);
    }
    auto after = f.store.audit(f.sourceId);
    REQUIRE(after.ok());
    REQUIRE(after->size() == sourceAudit->size() + 1);
    CHECK(after->back().event == "upgraded-to");
    CHECK(after->back().newValue == a.uuid + " (miit-sme-2024 2024.2)");

    // Nothing else of the source changed.
    CHECK(f.rows(f.sourceId) == sourceRows);
    auto source = f.store.assessment(f.sourceId);
    REQUIRE(source.ok());
    CHECK(source->modelVersion == "2024.1");
    CHECK(source->upgradedFrom.empty());
    CHECK(f.store.evidenceFiles(f.sourceId)->size() == 2);
    CHECK(f.store.evidenceChecks(f.sourceId)->size() == 2);
}

TEST_CASE("the old assessment scores as before the upgrade, the new one without the dropped "
          "answers",
          "[store][upgrade]")
{
    UpgradeFixture f("upgrade-score");
    auto before = dl::evaluateStored(f.load(f.sourceId), Layer::Self);
    CHECK(before.result.base == R("22.5"));
    const dl::UpgradeResult r = f.upgrade();

    const dl::LoadedAssessment old = f.load(f.sourceId);
    CHECK(old.models.model.version == "2024.1");
    // network 4 + equipment-digitalisation 3 + system-coverage 5 + energy-intensity 7 (2.5 ->
    // 2.0, lower is better) + pass-rate 3.5 ("same", answered directly).
    const dl::Evaluation self = dl::evaluateStored(old, Layer::Self);
    CHECK(self.result.base == R("22.5"));
    CHECK(self.result.level == 0); // one scenario rated
    // Verified view: energy-intensity "worse" 0; pass-rate from the verified figures 97 -> 99 7.
    CHECK(dl::evaluateStored(old, Layer::Verified).result.base == R("19"));

    // 2024.2: the two outcome items wait for the figures from before the transformation.
    const dl::LoadedAssessment upgraded = f.load(r.assessment.id);
    CHECK(upgraded.models.model.version == "2024.2");
    CHECK(dl::evaluateStored(upgraded, Layer::Self).result.base == R("12"));
    CHECK(dl::evaluateStored(upgraded, Layer::Verified).result.base == R("12"));
}

TEST_CASE("an upgrade to a version that does not supersede the assessment's is refused and "
          "writes nothing",
          "[store][upgrade]")
{
    UpgradeFixture f("upgrade-refused");
    const std::int64_t count = assessmentCount(f.store);
    auto refusedWith = [&](const dl::UpgradeTarget &target, std::int64_t id, dl::DiagMsg msg) {
        auto done = dl::upgradeAssessment(f.store, std::to_string(id), target, "李四");
        REQUIRE_FALSE(done.ok());
        CHECK(done.errors().front().code == "upgrade-refused");
        CHECK(done.errors().front().msg == msg);
        CHECK(assessmentCount(f.store) == count);
        return done.errors().front();
    };

    // The 2024.1 text itself: the same version.
    auto model = dl::loadModelText(model2024_1Text(), "miit-sme-2024.1.yaml");
    REQUIRE(model.ok());
    const dl::UpgradeTarget same{dl::withBuiltinOverlays(*model), model2024_1Text()};
    refusedWith(same, f.sourceId, dl::DiagMsg::UpgradeSameVersion);

    // A model that supersedes nothing.
    auto minimal = dl::upgradeTargetFromFile(testData("models/minimal.yaml"));
    REQUIRE(minimal.ok());
    const dl::Diagnostic d = refusedWith(*minimal, f.sourceId, dl::DiagMsg::UpgradeNotSuperseded);
    CHECK(d.text(dl::Lang::En).find("supersedes miit-sme-2024 2024.1") != std::string::npos);
    CHECK(d.text(dl::Lang::ZhCN).find("没有声明取代") != std::string::npos);

    // Once upgraded, neither the source nor the upgrade goes to 2024.2 again.
    const dl::UpgradeResult r = f.upgrade();
    const std::int64_t upgraded = assessmentCount(f.store);
    auto target = dl::bundledUpgradeTarget();
    REQUIRE(target.ok());
    auto again = dl::upgradeAssessment(f.store, f.sourceUuid, *target, "李四");
    REQUIRE_FALSE(again.ok());
    CHECK(again.errors().front().msg == dl::DiagMsg::UpgradeAlreadyDone);
    auto twice = dl::upgradeAssessment(f.store, r.assessment.uuid, *target, "李四");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errors().front().msg == dl::DiagMsg::UpgradeSameVersion);
    CHECK(assessmentCount(f.store) == upgraded);
}

TEST_CASE("the preview lists what an upgrade would carry and writes nothing", "[store][upgrade]")
{
    UpgradeFixture f("upgrade-preview");
    auto target = dl::bundledUpgradeTarget();
    REQUIRE(target.ok());
    auto plan = dl::planUpgrade(f.store, f.load(f.sourceId), *target);
    REQUIRE(plan.ok());
    CHECK(plan->carried.size() == 6);
    CHECK(plan->rechecked.size() == 3);
    CHECK(plan->dropped.size() == 4);
    CHECK(assessmentCount(f.store) == 1);
    CHECK_FALSE(*dl::upgradeOf(f.store, f.sourceUuid));
    const dl::UpgradeResult r = f.upgrade();
    auto found = dl::upgradeOf(f.store, f.sourceUuid);
    REQUIRE(found.ok());
    REQUIRE(*found);
    CHECK((*found)->id == r.assessment.id);
}

TEST_CASE("confirming keeps the value and ends the wait with an audit row; a new value ends it "
          "too, a note does not",
          "[store][upgrade][answers]")
{
    UpgradeFixture f("upgrade-confirm");
    const dl::UpgradeResult r = f.upgrade();
    const dl::LoadedAssessment a = f.load(r.assessment.id);
    dl::AnswerWriter writer(f.store, a);
    auto waiting = [&](Layer layer, const std::string &key) {
        auto all = f.store.answers(a.record.id);
        REQUIRE(all.ok());
        for (const dl::StoredAnswer &s : *all)
            if (s.layer == layer && s.key == key)
                return s.needsConfirmation;
        FAIL("no answer " << key);
        return false;
    };
    const std::size_t auditBefore = f.store.audit(a.record.id)->size();

    // A note alone leaves the value waiting.
    auto note =
        writer.setNote(Layer::Self, AnswerKind::Figure, "pass-rate-after", "待核对", "王工");
    REQUIRE(note.ok());
    CHECK(note->changed == 1);
    CHECK(waiting(Layer::Self, "pass-rate-after"));

    // Confirmed: the same value, no longer waiting, one audit row with the value on both sides.
    auto done = writer.confirm(Layer::Self, {"energy-intensity-after"}, "王工");
    REQUIRE(done.ok());
    CHECK(done->changed == 1);
    CHECK(done->values == std::vector<std::string>{"2"});
    CHECK_FALSE(waiting(Layer::Self, "energy-intensity-after"));
    auto audit = f.store.audit(a.record.id);
    REQUIRE(audit->size() == auditBefore + 2);
    const dl::AuditEntry &confirmed = audit->back();
    CHECK(confirmed.key == "energy-intensity-after");
    CHECK(confirmed.oldValue == std::optional<std::string>("2"));
    CHECK(confirmed.newValue == std::optional<std::string>("2"));
    CHECK(confirmed.note == "能源台账");
    CHECK(confirmed.changedBy == "王工");
    // Confirming again writes nothing; an id without an answer is refused, nothing stored.
    CHECK(writer.confirm(Layer::Self, {"energy-intensity-after"}, "王工")->changed == 0);
    auto missing = writer.confirm(Layer::Self, {"pass-rate-after", "pass-rate-before"}, "王工");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors().front().code == "not-found");
    CHECK(waiting(Layer::Self, "pass-rate-after"));

    // A new value is the user's answer: nothing left to confirm.
    REQUIRE(
        writer.setValue(Layer::Verified, AnswerKind::Figure, "pass-rate-after", "98", "王工").ok());
    CHECK_FALSE(waiting(Layer::Verified, "pass-rate-after"));

    // The rest at once.
    auto all = writer.confirmAll(std::nullopt, "王工");
    REQUIRE(all.ok());
    CHECK(all->changed == 1);
    CHECK_FALSE(waiting(Layer::Self, "pass-rate-after"));
    CHECK(writer.confirmAll(std::nullopt, "王工")->changed == 0);
}

TEST_CASE("a comparison across the versions flags energy-intensity and pass-rate as changed in "
          "meaning and does not count them as progress",
          "[store][upgrade][comparison]")
{
    UpgradeFixture f("upgrade-compare");
    const dl::UpgradeResult r = f.upgrade();
    {
        const dl::LoadedAssessment loaded = f.load(r.assessment.id);
        dl::AnswerWriter writer(f.store, loaded);
        // The figures from before the transformation, and one real improvement.
        auto done =
            writer.apply({{Layer::Self, AnswerKind::Figure, "energy-intensity-before", "2.0", {}},
                          {Layer::Self, AnswerKind::Figure, "pass-rate-before", "95", {}},
                          {Layer::Self, AnswerKind::Item, "system-coverage", "most", {}}},
                         "王工");
        INFO(describe(done.ok() ? dl::Diagnostics{} : done.errors()));
        REQUIRE(done.ok());
    }
    const dl::LoadedAssessment before = f.load(f.sourceId);
    const dl::LoadedAssessment after = f.load(r.assessment.id);
    const dl::Comparison c = dl::compareAssessments(before, after, Layer::Self);

    CHECK_FALSE(c.sameModel);
    REQUIRE(c.changedMeaning.size() == 2);
    CHECK(c.changedMeaning[0].id == "energy-intensity");
    CHECK(c.changedMeaning[1].id == "pass-rate");
    CHECK(c.changedMeaning[1].name.zh == "产品合格率");
    // 2024.1: 22.5. 2024.2: network 4 + equipment 3 + system-coverage "most" 7.5 +
    // energy-intensity 2.0 -> 2.0 "same" 3.5 + pass-rate 95 -> 98.5 "better" 7 = 25.
    CHECK(c.baseBefore == R("22.5"));
    CHECK(c.baseAfter == R("25"));
    // Without the two: 22.5 - 7 - 3.5 = 12 and 25 - 3.5 - 7 = 14.5.
    CHECK(c.comparableBefore == R("12"));
    CHECK(c.comparableAfter == R("14.5"));
    REQUIRE(c.items.size() == 3);
    for (const dl::Comparison::ItemChange &i : c.items)
        CHECK(i.comparable == (i.id == "system-coverage"));
    // Only system-coverage counts: pass-rate's rise and energy-intensity's fall are not progress.
    CHECK(c.improved() == 1);
    CHECK(c.worsened() == 0);

    // The other way round the newer model still says what changed.
    const dl::Comparison back = dl::compareAssessments(after, before, Layer::Self);
    CHECK(back.changedMeaning.size() == 2);
    CHECK(back.improved() == 0);
    CHECK(back.worsened() == 1);

    // One version: everything compares.
    const dl::Comparison same = dl::compareAssessments(before, before, Layer::Self);
    CHECK(same.sameModel);
    CHECK(same.changedMeaning.empty());
    CHECK(same.comparableBefore == same.baseBefore);
    CHECK(same.comparableAfter == R("22.5"));
}
