// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of saving an answer, as AnswerWriter owns them for every front end: the same value
// again writes nothing, clearing keeps the note, figures replace a trend answered directly, the
// verification copies the enterprise's answer, and a batch is stored whole or not at all.
// Expected rows and audit rows are written out by hand.

#include "storetestsupport.h"

#include "answers/answerfile.h"
#include "answers/answerwriter.h"
#include "base/embedded.h"
#include "model/builtinmodels.h"
#include "model/industry.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using dl::AnswerKind;
using dl::Layer;

namespace {

// An assessment of the bundled model for a C34 enterprise in a fresh database.
struct Fixture
{
    TempDir dir{"answerwriter"};
    dl::Store store = open(dir.file("db.sqlite"));
    dl::ModelSet models = builtin();
    std::optional<dl::IndustryCode> industry = dl::IndustryTable::gbt4754().parse("C34");
    std::int64_t id = newAssessment();
    dl::AnswerWriter writer{store, id, models, industry};

    static dl::Store open(const std::string &path)
    {
        auto s = dl::Store::open(path, quietOptions());
        REQUIRE(s.ok());
        return std::move(*s);
    }
    static dl::ModelSet builtin()
    {
        auto m = dl::loadBuiltinModelSet();
        REQUIRE(m.ok());
        return std::move(*m);
    }
    std::int64_t newAssessment()
    {
        dl::Enterprise e;
        e.name = "示例精密机械有限公司";
        e.industry = "C34";
        auto added = store.addEnterprise(e);
        REQUIRE(added.ok());
        auto a = store.newAssessment(added->id, models.model,
                                     *dl::embeddedFile("assessments/miit-sme-2024.yaml"), "王工",
                                     "", dl::AssessmentMode::Self);
        REQUIRE(a.ok());
        return a->id;
    }

    // Rows as (layer, kind, key, value, note, by) and audit rows as (layer, kind, key, old,
    // new, note, by): what the rules decide, without the times.
    using Row =
        std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;
    using Audit = std::tuple<std::string,
                             std::string,
                             std::string,
                             std::string,
                             std::string,
                             std::string,
                             std::string>;
    std::vector<Row> rows()
    {
        auto all = store.answers(id);
        REQUIRE(all.ok());
        std::vector<Row> out;
        for (const dl::StoredAnswer &a : *all)
            out.emplace_back(dl::key(a.layer), dl::key(a.kind), a.key, a.value, a.note,
                             a.updatedBy);
        return out;
    }
    std::vector<Audit> audit()
    {
        auto all = store.audit(id);
        REQUIRE(all.ok());
        std::vector<Audit> out;
        for (const dl::AuditEntry &e : *all)
            out.emplace_back(e.layer ? dl::key(*e.layer) : "", e.kind ? dl::key(*e.kind) : "",
                             e.key, e.oldValue.value_or("NULL"), e.newValue.value_or("NULL"),
                             e.note, e.changedBy);
        return out;
    }
};

void require(const dl::Result<dl::AnswerWrite> &done, int changed)
{
    INFO(describe(done.ok() ? dl::Diagnostics{} : done.errors()));
    REQUIRE(done.ok());
    CHECK(done->changed == changed);
}

} // namespace

TEST_CASE("saving what is stored writes no row and no audit row", "[store][answers]")
{
    Fixture f;
    require(f.writer.setValue(Layer::Self, AnswerKind::Item, "system-coverage", "several", "王工"),
            1);
    require(f.writer.setValue(Layer::Self, AnswerKind::Item, "system-coverage", "several", "李四"),
            0);
    // The same figure in another spelling is the same canonical value.
    require(f.writer.setValue(Layer::Self, AnswerKind::Figure, "production-units", "120", "王工"),
            1);
    require(f.writer.setValue(Layer::Self, AnswerKind::Figure, "production-units", "120.0", "李四"),
            0);
    require(f.writer.setNote(Layer::Self, AnswerKind::Item, "system-coverage", "ERP", "王工"), 1);
    require(f.writer.setNote(Layer::Self, AnswerKind::Item, "system-coverage", "ERP", "李四"), 0);
    // Removing what is not there is no change either.
    require(f.writer.clear(Layer::Self, AnswerKind::Scenario, "product-design", "李四"), 0);

    CHECK(f.rows() ==
          std::vector<Fixture::Row>{{"self", "figure", "production-units", "120", "", "王工"},
                                    {"self", "item", "system-coverage", "several", "ERP", "王工"}});
    CHECK(f.audit() ==
          std::vector<Fixture::Audit>{
              {"self", "item", "system-coverage", "NULL", "several", "", "王工"},
              {"self", "figure", "production-units", "NULL", "120", "", "王工"},
              {"self", "item", "system-coverage", "several", "several", "ERP", "王工"}});
}

TEST_CASE("clearing a value keeps its note; the row goes with the note", "[store][answers]")
{
    Fixture f;
    require(f.writer.setValue(Layer::Self, AnswerKind::Scenario, "product-design", "3", "王工"), 1);
    require(f.writer.setNote(Layer::Self, AnswerKind::Scenario, "product-design", "有图纸", "王工"),
            1);
    require(f.writer.clear(Layer::Self, AnswerKind::Scenario, "product-design", "李四"), 1);
    CHECK(f.rows() ==
          std::vector<Fixture::Row>{{"self", "scenario", "product-design", "", "有图纸", "李四"}});
    require(f.writer.setNote(Layer::Self, AnswerKind::Scenario, "product-design", "", "李四"), 1);
    CHECK(f.rows().empty());
    // Without a note, clearing removes the row at once.
    require(f.writer.setValue(Layer::Self, AnswerKind::Scenario, "quality-management", "2", "王工"),
            1);
    require(f.writer.clear(Layer::Self, AnswerKind::Scenario, "quality-management", "李四"), 1);
    CHECK(f.rows().empty());

    CHECK(f.audit() == std::vector<Fixture::Audit>{
                           {"self", "scenario", "product-design", "NULL", "3", "", "王工"},
                           {"self", "scenario", "product-design", "3", "3", "有图纸", "王工"},
                           {"self", "scenario", "product-design", "3", "", "有图纸", "李四"},
                           {"self", "scenario", "product-design", "", "NULL", "", "李四"},
                           {"self", "scenario", "quality-management", "NULL", "2", "", "王工"},
                           {"self", "scenario", "quality-management", "2", "NULL", "", "李四"}});
}

TEST_CASE("both figures of a trend item replace the trend answered directly", "[store][answers]")
{
    struct Case
    {
        const char *name;
        Layer layer;
    };
    for (const Case &c : {Case{"self", Layer::Self}, Case{"verified", Layer::Verified}}) {
        SECTION(c.name)
        {
            Fixture f;
            require(
                f.writer.setValue(c.layer, AnswerKind::Item, "energy-intensity", "better", "王工"),
                1);
            require(
                f.writer.setNote(c.layer, AnswerKind::Item, "energy-intensity", "按账单", "王工"),
                1);
            // One figure does not decide yet.
            require(f.writer.setValue(c.layer, AnswerKind::Figure, "energy-intensity-before", "10",
                                      "王工"),
                    1);
            CHECK(std::get<3>(f.rows().back()) == "better");
            // The second does: the direct answer goes, its note stays.
            require(f.writer.setValue(c.layer, AnswerKind::Figure, "energy-intensity-after", "8.5",
                                      "李四"),
                    2);
            const std::string l = c.name;
            CHECK(f.rows() == std::vector<Fixture::Row>{
                                  {l, "figure", "energy-intensity-after", "8.5", "", "李四"},
                                  {l, "figure", "energy-intensity-before", "10", "", "王工"},
                                  {l, "item", "energy-intensity", "", "按账单", "李四"}});
            CHECK(f.audit().back() ==
                  Fixture::Audit{l, "item", "energy-intensity", "better", "", "按账单", "李四"});
            // Changing a figure again finds no direct answer to remove.
            require(f.writer.setValue(c.layer, AnswerKind::Figure, "energy-intensity-after", "9",
                                      "李四"),
                    1);
        }
    }
}

TEST_CASE("the verification takes the enterprise's answer with its figures", "[store][answers]")
{
    Fixture f;
    require(
        f.writer.apply({{Layer::Self, AnswerKind::Item, "system-coverage", "most", "ERP"},
                        {Layer::Self, AnswerKind::Figure, "production-units", "120", {}},
                        {Layer::Self, AnswerKind::Figure, "digital-units", "30", {}},
                        {Layer::Self, AnswerKind::Item, "energy-intensity", "same", {}},
                        {Layer::Verified, AnswerKind::Figure, "energy-intensity-before", "9", {}}},
                       "王工"),
        5);
    const std::size_t before = f.audit().size();

    // An item answered directly: its value, not its note (the note is the enterprise's).
    auto copied = f.writer.copySelfToVerified(AnswerKind::Item, "system-coverage", "李审");
    require(copied, 1);
    CHECK(copied->values == std::vector<std::string>{"most"});
    // A ratio item: both of its figures.
    copied = f.writer.copySelfToVerified(AnswerKind::Item, "equipment-digitalisation", "李审");
    require(copied, 2);
    CHECK(copied->values == std::vector<std::string>{"30", "120"});
    // A trend answered directly: taken directly, and the verified figures go so as not to
    // decide instead.
    copied = f.writer.copySelfToVerified(AnswerKind::Item, "energy-intensity", "李审");
    require(copied, 2);
    CHECK(copied->values == std::vector<std::string>{"same", "", ""});
    // Nothing to take: nothing written.
    copied = f.writer.copySelfToVerified(AnswerKind::Scenario, "product-design", "李审");
    require(copied, 0);
    CHECK(copied->values.empty());
    // Taking it again changes nothing.
    require(f.writer.copySelfToVerified(AnswerKind::Item, "system-coverage", "李审"), 0);

    CHECK(f.rows() ==
          std::vector<Fixture::Row>{{"self", "figure", "digital-units", "30", "", "王工"},
                                    {"self", "figure", "production-units", "120", "", "王工"},
                                    {"self", "item", "energy-intensity", "same", "", "王工"},
                                    {"self", "item", "system-coverage", "most", "ERP", "王工"},
                                    {"verified", "figure", "digital-units", "30", "", "李审"},
                                    {"verified", "figure", "production-units", "120", "", "李审"},
                                    {"verified", "item", "energy-intensity", "same", "", "李审"},
                                    {"verified", "item", "system-coverage", "most", "", "李审"}});
    CHECK(f.audit().size() == before + 5);
}

TEST_CASE("a batch with one value its key does not accept stores nothing", "[store][answers]")
{
    Fixture f;
    auto done =
        f.writer.apply({{Layer::Self, AnswerKind::Item, "system-coverage", "several", {}},
                        {Layer::Self, AnswerKind::Item, "network", "control-network,plenty", {}},
                        {Layer::Self, AnswerKind::Figure, "production-units", "-3", {}},
                        {Layer::Self, AnswerKind::Scenario, "product-design", "2", {}}},
                       "王工");
    REQUIRE_FALSE(done.ok());
    const std::string errors = describe(done.errors());
    INFO(errors);
    CHECK(done.errors().size() == 2); // each bad value named, not just the first
    CHECK(errors.find("plenty") != std::string::npos);
    CHECK(errors.find("production-units") != std::string::npos);
    CHECK(f.rows().empty());
    CHECK(f.audit().empty());
}

TEST_CASE("an answer file is checked whole, then stored with its notes in both layers",
          "[store][answers]")
{
    Fixture f;
    const std::string good = R"(format: digilevel-answers/1
model: {id: miit-sme-2024, version: "2024.2"}
enterprise: {name: 示例精密机械有限公司, industry: C34}
figures:
  production-units: 120
items:
  network: [control-network, application-network]
  system-coverage: {note: 只记备注}
scenarios:
  product-design: {rating: 2, note: 有图纸}
verified:
  scenarios:
    product-design: 1
)";
    auto changes = dl::answerFileChanges(good, "good.yaml", f.models, f.industry);
    REQUIRE(changes.ok());
    require(f.writer.apply(*changes, "王工"), 5);
    CHECK(f.rows() ==
          std::vector<Fixture::Row>{
              {"self", "figure", "production-units", "120", "", "王工"},
              {"self", "item", "network", "control-network,application-network", "", "王工"},
              {"self", "item", "system-coverage", "", "只记备注", "王工"},
              {"self", "scenario", "product-design", "2", "有图纸", "王工"},
              {"verified", "scenario", "product-design", "1", "", "王工"}});
    // Loading it again changes nothing.
    require(f.writer.apply(*changes, "王工"), 0);

    // A file with a bad value anywhere is refused, saying where, and gives no change at all.
    std::string bad = good;
    bad.replace(bad.find("product-design: 1"), 17, "product-design: 7");
    auto refused = dl::answerFileChanges(bad, "bad.yaml", f.models, f.industry);
    REQUIRE_FALSE(refused.ok());
    INFO(describe(refused.errors()));
    CHECK(refused.errors().front().toString().find("bad.yaml:13:") != std::string::npos);
}
