// SPDX-License-Identifier: GPL-3.0-or-later
// One 统一社会信用代码 names one enterprise: the store refuses a second enterprise with a code
// already registered (in any case or width), naming the one that has it, and a bundle whose
// enterprise has that code under another uuid merges into it instead of adding a twin.

#include "bundletestsupport.h"

#include "base/sha256.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

dl::Enterprise named(const char *name, const char *code)
{
    dl::Enterprise e;
    e.name = name;
    e.creditCode = code;
    return e;
}

std::string resealed(json bundle)
{
    bundle["payload_sha256"] = dl::Sha256::hex(bundle["payload"].dump());
    return bundle.dump();
}

} // namespace

TEST_CASE("a credit code already registered is refused, naming the enterprise that has it",
          "[store][credit-code]")
{
    TempDir dir("credit-codes");
    auto store = dl::Store::open(dir.file("db.sqlite"), quietOptions());
    REQUIRE(store.ok());
    auto first = store->addEnterprise(named("杭州示例机械有限公司", "91330100MA2XXXXXX2"));
    REQUIRE(first.ok());
    // Stored as typed with a Chinese input method: full-width, lower case, spaces around.
    auto loose = store->addEnterprise(named("宁波另一家企业", "　９１３３０１０６ma2cf3k8x6 "));
    REQUIRE(loose.ok());
    CHECK(loose->creditCode == "91330106MA2CF3K8X6");

    for (const char *code : {"91330100MA2XXXXXX2", "91330100ma2xxxxxx2", " 91330100Ma2XxXXXX2"}) {
        INFO(code);
        auto twin = store->addEnterprise(named("重名企业", code));
        REQUIRE_FALSE(twin.ok());
        const dl::Diagnostic &d = twin.errors().front();
        CHECK(d.code == "duplicate-credit-code");
        CHECK(d.id == "credit_code");
        CHECK(d.message == "the credit code 91330100MA2XXXXXX2 is already registered to "
                           "杭州示例机械有限公司 (id " +
                               std::to_string(first->id) + ", uuid " + first->uuid +
                               "); one credit code names one enterprise");
    }
    auto holder = store->enterpriseWithCreditCode("91330100ma2xxxxxx2");
    REQUIRE(holder.ok());
    REQUIRE(holder->has_value());
    CHECK((*holder)->id == first->id);
    auto self = store->enterpriseWithCreditCode("91330100MA2XXXXXX2", first->id);
    REQUIRE(self.ok());
    CHECK_FALSE(self->has_value());

    // Editing keeps or clears a code freely, but cannot take another's.
    dl::Enterprise edited = *loose;
    edited.city = "宁波市";
    CHECK(store->updateEnterprise(edited).ok());
    edited.creditCode = "91330100ma2xxxxxx2";
    auto taken = store->updateEnterprise(edited);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.errors().front().code == "duplicate-credit-code");
    auto unchanged = store->enterprise(loose->id);
    REQUIRE(unchanged.ok());
    CHECK(unchanged->creditCode == "91330106MA2CF3K8X6");
    edited.creditCode.clear();
    CHECK(store->updateEnterprise(edited).ok());
    // Enterprises without a code are many.
    CHECK(store->addEnterprise(named("无代码企业一", "")).ok());
    CHECK(store->addEnterprise(named("无代码企业二", "")).ok());
    auto all = store->enterprises();
    REQUIRE(all.ok());
    CHECK(all->size() == 4);
}

TEST_CASE("a bundle's enterprise with a registered credit code under another uuid merges into it",
          "[bundle][credit-code]")
{
    Laptop a("codes-a", 8), office("codes-office", 12);
    fillLaptopA(a);
    auto mine =
        office.store.addEnterprise(named("杭州示例机械（办公室录入）", "91330100MA2XXXXXX2"));
    REQUIRE(mine.ok());
    json bundle = json::parse(readFile(a.exportAll("a.dlb")));
    REQUIRE(bundle["payload"]["enterprises"][0]["uuid"] != mine->uuid);

    // The code in another case and with spaces, as a hand edit would leave it.
    bundle["payload"]["enterprises"][0]["credit_code"] = " 91330100ma2xxxxxx2";
    const std::string path = office.dir.file("lower.dlb");
    writeFile(path, resealed(bundle));
    auto r = dl::importBundle(office.store, path);
    INFO((r.ok() ? std::string() : describe(r.errors())));
    REQUIRE(r.ok());
    CHECK(r->enterprisesAdded == 0);
    CHECK(r->enterprisesMatched == 1);
    auto all = office.store.enterprises();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->front().uuid == mine->uuid); // ours keeps its identity
    CHECK(all->front().creditCode == "91330100MA2XXXXXX2");
    auto assessments = office.store.assessments(mine->id);
    REQUIRE(assessments.ok());
    CHECK(assessments->size() == 1);
}

TEST_CASE("a merge that would give an enterprise another's credit code is refused whole",
          "[bundle][credit-code]")
{
    Laptop a("codes-taken-a", 8), office("codes-taken-office", 12);
    fillLaptopA(a);
    REQUIRE(dl::importBundle(office.store, a.exportAll("first.dlb")).ok());
    auto other = office.store.addEnterprise(named("宁波另一家企业", "91330106MA2CF3K8X6"));
    REQUIRE(other.ok());
    // On the laptop the code is free, and the profile there becomes newer than the office's.
    auto laptops = a.store.enterprises();
    REQUIRE(laptops.ok());
    dl::Enterprise changed = laptops->front();
    changed.creditCode = "91330106MA2CF3K8X6";
    REQUIRE(a.store.updateEnterprise(changed).ok());
    const std::string before = office.snapshot();

    auto r = dl::importBundle(office.store, a.exportAll("second.dlb"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors().front().code == "duplicate-credit-code");
    CHECK(r.errors().front().message.find("宁波另一家企业 (id " + std::to_string(other->id)) !=
          std::string::npos);
    CHECK(office.snapshot() == before);
}
