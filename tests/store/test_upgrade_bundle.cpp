// SPDX-License-Identifier: GPL-3.0-or-later
// An upgraded assessment between machines: a bundle carries the link to the assessment it was
// upgraded from and which answers wait for confirmation, with both model texts when both
// assessments travel; bundles written before either existed still import.

#include "bundletestsupport.h"
#include "upgradetestsupport.h"

#include "../fuzz/hostilebundles.h"

#include "answers/answerwriter.h"

#include <catch2/catch.hpp>

using dl::Layer;
using nlohmann::json;

namespace {

dl::Store freshStore(const TempDir &dir)
{
    auto s = dl::Store::open(dir.file("fresh.sqlite"), quietOptions());
    REQUIRE(s.ok());
    return std::move(*s);
}

std::string exportAll(dl::Store &store, const std::string &path)
{
    auto done = dl::exportBundle(store, {{}, {}, true}, path, "tester");
    INFO(describe(done.ok() ? dl::Diagnostics{} : done.errors()));
    REQUIRE(done.ok());
    return path;
}

dl::ImportReport importOk(dl::Store &store, const std::string &path)
{
    auto r = dl::importBundle(store, path);
    INFO(describe(r.ok() ? dl::Diagnostics{} : r.errors()));
    REQUIRE(r.ok());
    return *r;
}

std::vector<std::string> events(dl::Store &store, std::int64_t id)
{
    auto audit = store.audit(id);
    REQUIRE(audit.ok());
    std::vector<std::string> out;
    for (const dl::AuditEntry &e : *audit)
        if (!e.event.empty())
            out.push_back(e.event + " " + e.newValue.value_or(""));
    return out;
}

} // namespace

TEST_CASE("a bundle with a 2024.1 assessment and its 2024.2 upgrade carries both models, the "
          "link and the waiting answers into a fresh database",
          "[bundle][upgrade]")
{
    UpgradeFixture f("upgrade-bundle");
    const dl::UpgradeResult r = f.upgrade();
    const std::int64_t upgraded = r.assessment.id;
    REQUIRE(dl::AnswerWriter(f.store, f.load(upgraded))
                .confirm(Layer::Self, {"energy-intensity-after"}, "王工")
                .ok());
    const std::string path = exportAll(f.store, f.dir.file("both.dlb"));

    const json bundle = json::parse(readFile(path));
    std::set<std::string> versions;
    for (const json &m : bundle["payload"]["models"])
        versions.insert(m["version"].get<std::string>());
    CHECK(versions == std::set<std::string>{"2024.1", "2024.2"});

    TempDir other("upgrade-bundle-fresh");
    dl::Store fresh = freshStore(other);
    const dl::ImportReport report = importOk(fresh, path);
    CHECK(report.assessmentsAdded == 2);
    CHECK(report.conflicts.empty());

    auto source = fresh.assessmentByRef(f.sourceUuid);
    auto upgrade = fresh.assessmentByRef(r.assessment.uuid);
    REQUIRE(source.ok());
    REQUIRE(upgrade.ok());
    CHECK(source->upgradedFrom.empty());
    CHECK(upgrade->upgradedFrom == f.sourceUuid);
    CHECK(upgrade->modelVersion == "2024.2");
    CHECK(source->modelVersion == "2024.1");
    auto rowsOf = [](dl::Store &store, std::int64_t id) {
        auto all = store.answers(id);
        REQUIRE(all.ok());
        std::vector<UpgradeFixture::Row> out;
        for (const dl::StoredAnswer &a : *all)
            out.emplace_back(dl::key(a.layer), dl::key(a.kind), a.key, a.value, a.note,
                             a.needsConfirmation);
        return out;
    };
    CHECK(rowsOf(fresh, upgrade->id) == f.rows(upgraded));
    CHECK(rowsOf(fresh, source->id) == f.rows(f.sourceId));
    CHECK(events(fresh, upgrade->id) == events(f.store, upgraded));
    CHECK(events(fresh, source->id) == events(f.store, f.sourceId));

    // Each scores with its own model text, as on the machine it came from.
    auto old = dl::loadAssessment(fresh, f.sourceUuid);
    auto now = dl::loadAssessment(fresh, r.assessment.uuid);
    REQUIRE(old.ok());
    REQUIRE(now.ok());
    CHECK(dl::evaluateStored(*old, Layer::Self).result.base == R("22.5"));
    CHECK(dl::evaluateStored(*now, Layer::Self).result.base == R("12"));

    // Importing it again changes nothing.
    const dl::ImportReport again = importOk(fresh, path);
    CHECK(again.assessmentsAdded == 0);
    CHECK(again.answersAdded == 0);
    CHECK(again.answersUpdated == 0);
    CHECK(rowsOf(fresh, upgrade->id) == f.rows(upgraded));
}

TEST_CASE("a confirmation made on another machine comes back as a change of the answer",
          "[bundle][upgrade]")
{
    UpgradeFixture f("upgrade-confirm-merge");
    const dl::UpgradeResult r = f.upgrade();
    TempDir other("upgrade-confirm-other");
    dl::Store laptop = freshStore(other);
    importOk(laptop, exportAll(f.store, f.dir.file("out.dlb")));

    auto there = dl::loadAssessment(laptop, r.assessment.uuid);
    REQUIRE(there.ok());
    REQUIRE(dl::AnswerWriter(laptop, *there).confirmAll(Layer::Verified, "现场核验员").ok());
    const dl::ImportReport back = importOk(f.store, exportAll(laptop, other.file("back.dlb")));
    CHECK(back.conflicts.empty());
    CHECK(back.answersUpdated == 1);
    for (const UpgradeFixture::Row &row : f.rows(r.assessment.id)) {
        if (std::get<0>(row) == "verified")
            CHECK_FALSE(std::get<5>(row));
        else if (std::get<2>(row).ends_with("-after"))
            CHECK(std::get<5>(row)); // the self ones still wait
    }
}

TEST_CASE("a bundle from before upgrades (no upgraded_from, no needs_confirmation) still imports",
          "[bundle][upgrade]")
{
    UpgradeFixture f("upgrade-old-bundle");
    const dl::UpgradeResult r = f.upgrade();
    json bundle = json::parse(readFile(exportAll(f.store, f.dir.file("new.dlb"))));
    for (json &a : bundle["payload"]["assessments"]) {
        a.erase("upgraded_from");
        for (json &ans : a["answers"])
            ans.erase("needs_confirmation");
    }
    const std::string path = f.dir.file("old.dlb");
    writeFile(path, dl::hostile::resealed(bundle));

    TempDir other("upgrade-old-bundle-fresh");
    dl::Store fresh = freshStore(other);
    const dl::ImportReport report = importOk(fresh, path);
    CHECK(report.assessmentsAdded == 2);
    auto upgrade = fresh.assessmentByRef(r.assessment.uuid);
    REQUIRE(upgrade.ok());
    CHECK(upgrade->upgradedFrom.empty());
    auto answers = fresh.answers(upgrade->id);
    REQUIRE(answers.ok());
    for (const dl::StoredAnswer &a : *answers)
        CHECK_FALSE(a.needsConfirmation);
}
