// SPDX-License-Identifier: GPL-3.0-or-later
// Bundles made to do harm, their checksum recomputed as anyone can (tests/fuzz/hostilebundles.h):
// path components and control characters in identifiers and names, identifiers that are not
// UUIDs, an assessment pointing at another bundle's enterprise, huge strings. Each is refused
// whole, naming its field, and the database stays as it was.

#include "bundletestsupport.h"

#include "../fuzz/hostilebundles.h"

#include <catch2/catch.hpp>

#include <filesystem>

using nlohmann::json;

TEST_CASE("a hostile bundle is refused whole, naming the field, and changes nothing",
          "[bundle][hostile]")
{
    Laptop a("hostile-a", 8), office("hostile-office", 12);
    fillLaptopA(a);
    const json good = json::parse(readFile(a.exportAll("good.dlb")));
    // The office holds work of its own, which every refusal must leave as it was.
    dl::Enterprise own;
    own.name = "宁波另一家企业";
    REQUIRE(office.store.addEnterprise(own).ok());
    const std::string before = office.snapshot();
    {
        // The unchanged bundle imports: each case below fails for its one change.
        Laptop check("hostile-check", 10);
        const std::string path = check.dir.file("good.dlb");
        writeFile(path, dl::hostile::resealed(good));
        REQUIRE(dl::importBundle(check.store, path).ok());
    }

    for (const dl::hostile::Case &c : dl::hostile::cases()) {
        INFO(c.name);
        json bundle = good;
        c.change(bundle);
        const std::string path = office.dir.file("hostile.dlb");
        writeFile(path, dl::hostile::resealed(bundle));
        auto r = dl::importBundle(office.store, path);
        REQUIRE_FALSE(r.ok());
        const dl::Diagnostic &d = r.errors().front();
        INFO(describe(r.errors()));
        CHECK(d.code == "bundle-invalid");
        CHECK(d.file == path);
        CHECK(d.message.starts_with(c.message));
        // A message never carries the control characters it reports.
        for (const dl::Diagnostic &e : r.errors())
            for (char ch : e.message)
                CHECK(static_cast<unsigned char>(ch) >= 0x20);
        CHECK(office.snapshot() == before);
    }
    std::error_code ec;
    CHECK_FALSE(std::filesystem::exists("/tmp/escaped", ec));
}

TEST_CASE("an evidence file name is refused by the store as by an import", "[store][hostile]")
{
    Laptop a("hostile-evidence", 8);
    const std::int64_t id = fillLaptopA(a);
    for (const char *name :
         {"../plan.txt", "a/b.txt", "..", "", "plan\n.txt", "evil\u202Etxt.sh"}) {
        INFO(name);
        auto f = a.store.addEvidenceFile(id, "planning", "x", name, "text/plain", "王工");
        REQUIRE_FALSE(f.ok());
        CHECK(f.errors().front().code == "invalid-field");
    }
    CHECK(
        a.store.addEvidenceFile(id, "planning", "x", "排产计划 v2.txt", "text/plain", "王工").ok());
}
