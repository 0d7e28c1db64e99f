// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a bundle as a stream of typed records: every malformed field is named by its path, a
// bundle re-indented or extended by another tool still reads, and several bundles import in turn.

#include "bundletestsupport.h"

#include "exchange/bundlemerge.h"

#include "base/sha256.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <functional>
#include <thread>

using nlohmann::json;

namespace {

// The bundle with its checksum recomputed, as a careless editor with the format document would.
std::string resealed(json bundle)
{
    bundle["payload_sha256"] = dl::Sha256::hex(bundle["payload"].dump());
    return bundle.dump();
}

json &firstAnswer(json &b)
{
    return b["payload"]["assessments"][0]["answers"][0];
}

} // namespace

TEST_CASE("a malformed record is refused with the path of the field and what was expected",
          "[bundle]")
{
    Laptop a("reader-a", 8), office("reader-office", 12);
    fillLaptopA(a);
    const json good = json::parse(readFile(a.exportAll("good.dlb")));
    const std::string before = office.snapshot();

    struct Case
    {
        const char *what;
        std::function<void(json &)> change;
        const char *message;
    };
    const std::vector<Case> cases = {
        {"an answer value that is a number", [](json &b) { firstAnswer(b)["value"] = 5; },
         "payload.assessments[0].answers[0].value: expected a string, found number"},
        {"an answer without its change id", [](json &b) { firstAnswer(b).erase("change_uuid"); },
         "payload.assessments[0].answers[0].change_uuid: is missing"},
        {"an answer that is not an object",
         [](json &b) { b["payload"]["assessments"][0]["answers"][1] = "yes"; },
         "payload.assessments[0].answers[1]: expected an object, found string"},
        {"employees as text", [](json &b) { b["payload"]["enterprises"][0]["employees"] = "200"; },
         "payload.enterprises[0].employees: expected a whole number, found string"},
        {"employees as a fraction",
         [](json &b) { b["payload"]["enterprises"][0]["employees"] = 2.5; },
         "payload.enterprises[0].employees: expected a whole number, found number"},
        {"above_scale as a number",
         [](json &b) { b["payload"]["enterprises"][0]["above_scale"] = 1; },
         "payload.enterprises[0].above_scale: expected true or false, found number"},
        {"an empty enterprise name", [](json &b) { b["payload"]["enterprises"][0]["name"] = ""; },
         "payload.enterprises[0].name: is empty"},
        {"the audit trail as an object",
         [](json &b) { b["payload"]["assessments"][0]["audit"] = json::object(); },
         "payload.assessments[0].audit: expected a list, found object"},
        {"no list of models", [](json &b) { b["payload"].erase("models"); },
         "payload.models: is missing"},
        {"a model text edited",
         [](json &b) { b["payload"]["models"][0]["content"] = "id: other\n"; },
         "payload.models[0]: the model text does not match its content_hash (altered?)"},
        {"an evidence file that is not base64",
         [](json &b) {
             b["payload"]["assessments"][0]["evidence_files"][0]["content_base64"] = "!!!";
         },
         "payload.assessments[0].evidence_files[0].content_base64: is not valid base64"},
        {"a tick that is text",
         [](json &b) { b["payload"]["assessments"][0]["evidence_checks"][0]["ticked"] = "yes"; },
         "payload.assessments[0].evidence_checks[0].ticked: expected a whole number, found string"},
        {"no checksum", [](json &b) { b.erase("payload_sha256"); },
         "bundle.payload_sha256: is missing"},
        {"a payload that is a list", [](json &b) { b["payload"] = json::array(); },
         "bundle.payload: expected an object, found array"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        json bundle = good;
        c.change(bundle);
        const std::string path = office.dir.file("bad.dlb");
        // "no checksum" must stay without one; every other case is resealed.
        writeFile(path, bundle.contains("payload_sha256") ? resealed(bundle) : bundle.dump());
        auto r = dl::importBundle(office.store, path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().code == "bundle-invalid");
        CHECK(r.errors().front().message == c.message);
        CHECK(office.snapshot() == before);
    }
}

TEST_CASE("a bundle re-indented or extended by another tool still imports", "[bundle]")
{
    Laptop a("reader-indent-a", 8);
    fillLaptopA(a);
    const json good = json::parse(readFile(a.exportAll("good.dlb")));

    SECTION("re-indented: the checksum is recomputed from the parsed payload")
    {
        Laptop office("reader-indent-office", 12);
        const std::string path = office.dir.file("indented.dlb");
        writeFile(path, good.dump(2)); // the checksum was taken over the compact form
        auto r = dl::importBundle(office.store, path);
        REQUIRE(r.ok());
        CHECK(r->enterprisesAdded == 1);
        CHECK(r->assessmentsAdded == 1);
        CHECK(r->answersAdded == 10); // 9 self-assessed and 1 verified, as fillLaptopA answers
        CHECK(r->evidenceAdded == 1);
    }
    SECTION("fields this version does not know are skipped")
    {
        Laptop office("reader-extra-office", 12);
        json extended = good;
        firstAnswer(extended)["confidence"] = {{"by", "王工"}, {"levels", {1, 2, 3}}};
        extended["payload"]["enterprises"][0]["website"] = "https://example.cn";
        extended["payload"]["statistics"] = {{"answers", 9}};
        const std::string path = office.dir.file("extended.dlb");
        writeFile(path, resealed(extended));
        auto r = dl::importBundle(office.store, path);
        REQUIRE(r.ok());
        CHECK(r->answersAdded == 10); // 9 self-assessed and 1 verified, as fillLaptopA answers
    }
}

TEST_CASE("several bundles import in turn and a refused one does not stop the others", "[bundle]")
{
    Laptop a("reader-many-a", 8), b("reader-many-b", 9), office("reader-many-office", 12);
    fillLaptopA(a);
    dl::Enterprise e;
    e.name = "绍兴纺织有限公司";
    REQUIRE(b.store.addEnterprise(e).ok());
    const std::string first = a.exportAll("a.dlb");
    const std::string damaged = office.dir.file("damaged.dlb");
    const std::string text = readFile(first);
    writeFile(damaged, text.substr(0, text.size() / 3));
    const std::string second = b.exportAll("b.dlb");

    const auto results = dl::importBundles(office.store, {first, damaged, second});
    REQUIRE(results.size() == 3);
    REQUIRE(results[0].ok());
    CHECK(results[0]->answersAdded == 10);
    REQUIRE_FALSE(results[1].ok());
    CHECK(results[1].errors().front().code == "bundle-damaged");
    CHECK(results[1].errors().front().file == damaged);
    REQUIRE(results[2].ok());
    CHECK(results[2]->enterprisesAdded == 1);
    auto all = office.store.enterprises();
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    CHECK(dl::importBundles(office.store, {}).empty());
}

TEST_CASE("bundles are read one ahead, in order, and one left unread is waited for", "[bundle]")
{
    Laptop a("read-ahead-a", 8);
    fillLaptopA(a);
    const std::string first = a.exportAll("a.dlb");
    const std::string missing = a.dir.file("missing.dlb");
    const std::string second = a.exportAll("again.dlb");

    dl::BundleReadAhead bundles({first, missing, second});
    auto one = bundles.take();
    REQUIRE(one.ok());
    CHECK(one->assessments.size() == 1);
    auto two = bundles.take(); // refused, in its place
    REQUIRE_FALSE(two.ok());
    CHECK(two.errors().front().file == missing);
    while (!bundles.ready())
        std::this_thread::yield();
    auto three = bundles.take();
    REQUIRE(three.ok());
    CHECK(three->assessments.size() == one->assessments.size());
    CHECK(bundles.ready()); // nothing left to wait for

    {
        dl::BundleReadAhead untaken({first, second}); // gone while the first is being read
    }
    dl::BundleReadAhead none({});
    CHECK(none.ready());
}

TEST_CASE("an exported bundle is written in its compact sorted form, checksum over those bytes",
          "[bundle]")
{
    // The reader checks the checksum over the payload's bytes as written and only re-serialises
    // when they differ; an export must therefore be exactly what dump() of the document gives.
    Laptop a("reader-canonical-a", 8);
    fillLaptopA(a);
    const std::string text = readFile(a.exportAll("canonical.dlb"));
    const json bundle = json::parse(text);
    CHECK(text == bundle.dump() + "\n");
    CHECK(bundle["payload_sha256"] == dl::Sha256::hex(bundle["payload"].dump()));
    CHECK(bundle["format"] == "digilevel-bundle/1");
    CHECK(bundle["created_by"] == "tester");
}
