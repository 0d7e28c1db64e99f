// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire workbook's import on workbooks built by hand (as the reader hands them over):
// every kind of problem with its sheet, row and column, changes listed old → new, an empty cell
// changing nothing, and the apply storing through AnswerWriter with the file in the audit. The
// round trip through real files is in tests/cli/test_cli_questionnaire.cpp.

#include "storetestsupport.h"

#include "answers/answerwriter.h"
#include "base/embedded.h"
#include "exchange/questionnairebook.h"
#include "exchange/xlsxreader.h"
#include "model/builtinmodels.h"
#include "store/storedassessment.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using dl::AnswerKind;
using dl::Layer;

namespace {

struct Fixture
{
    TempDir dir{"questionnaire"};
    dl::Store store = open(dir.file("db.sqlite"));
    std::int64_t id = newAssessment();

    static dl::Store open(const std::string &path)
    {
        auto s = dl::Store::open(path, quietOptions());
        REQUIRE(s.ok());
        return std::move(*s);
    }
    std::int64_t newAssessment()
    {
        auto models = dl::loadBuiltinModelSet();
        REQUIRE(models.ok());
        dl::Enterprise e;
        e.name = "示例精密机械有限公司";
        e.industry = "C34";
        auto added = store.addEnterprise(e);
        REQUIRE(added.ok());
        auto a = store.newAssessment(added->id, models->model,
                                     *dl::embeddedFile("assessments/miit-sme-2024.yaml"), "王工",
                                     "", dl::AssessmentMode::Self);
        REQUIRE(a.ok());
        return a->id;
    }
    dl::LoadedAssessment load()
    {
        auto a = dl::loadAssessment(store, std::to_string(id));
        REQUIRE(a.ok());
        return std::move(*a);
    }
    void answer(AnswerKind kind, const std::string &key, const std::string &value)
    {
        const dl::LoadedAssessment a = load();
        REQUIRE(dl::AnswerWriter(store, a).setValue(Layer::Self, kind, key, value, "王工").ok());
    }
};

enum class As { Text, Number, Bool };

// One row of the figures-and-items sheet: the id in column A, the answer in column C, the note in
// column D (the headings are in row 1).
struct Row
{
    std::string id;
    As as;
    std::string answer;
    std::string note = {};
};

dl::XlsxCell cell(int row, int column, As as, const std::string &text)
{
    dl::XlsxCell c;
    c.row = row;
    c.column = column;
    c.text = text;
    c.type = as == As::Text     ? dl::XlsxCell::Type::Text
             : as == As::Number ? dl::XlsxCell::Type::Number
                                : dl::XlsxCell::Type::Boolean;
    if (as != As::Text)
        c.number = std::stod(text);
    return c;
}

// A questionnaire of `version` of the bundled model with one question sheet, "Answers".
dl::XlsxWorkbook workbook(const std::vector<Row> &rows, const std::string &version = "2024.2")
{
    dl::XlsxSheet facts{"说明", {}};
    int r = 2;
    for (const auto &[key, value] :
         std::vector<std::pair<std::string, std::string>>{{"#format", "digilevel-questionnaire/1"},
                                                          {"#model", "miit-sme-2024"},
                                                          {"#model-version", version}}) {
        facts.cells.push_back(cell(r, 1, As::Text, key));
        facts.cells.push_back(cell(r++, 3, As::Text, value));
    }
    dl::XlsxSheet sheet{"Answers", {}};
    sheet.cells = {cell(1, 1, As::Text, "ID"), cell(1, 2, As::Text, "Question"),
                   cell(1, 3, As::Text, " answer "), cell(1, 4, As::Text, "备注")};
    r = 2;
    for (const Row &row : rows) {
        sheet.cells.push_back(cell(r, 1, As::Text, row.id));
        if (!row.answer.empty())
            sheet.cells.push_back(cell(r, 3, row.as, row.answer));
        if (!row.note.empty())
            sheet.cells.push_back(cell(r, 4, As::Text, row.note));
        ++r;
    }
    return {{facts, sheet}};
}

} // namespace

TEST_CASE("each problem of a returned questionnaire is reported at its cell", "[questionnaire]")
{
    struct Case
    {
        const char *what;
        std::vector<Row> rows;
        // The problem expected: its code, row, column, id and a piece of its English message.
        const char *code;
        int row, column;
        const char *id;
        const char *says;
    };
    const std::vector<Case> cases = {
        {"an option text the item does not have",
         {{"system-coverage", As::Text, "plenty"}},
         "questionnaire-unknown-answer",
         2,
         3,
         "system-coverage",
         "'plenty' is not an answer to system-coverage"},
        {"a fraction where a count is expected",
         {{"production-units", As::Text, "3.5"}},
         "questionnaire-answer-invalid",
         2,
         3,
         "production-units",
         "expected a whole number >= 0, found 3.5"},
        {"a fraction typed as a number",
         {{"production-units", As::Number, "3.5"}},
         "questionnaire-answer-invalid",
         2,
         3,
         "production-units",
         "found 3.5"},
        {"text where a count is expected",
         {{"production-units", As::Text, "abc"}},
         "questionnaire-answer-invalid",
         2,
         3,
         "production-units",
         "abc"},
        {"more networked units than units",
         {{"production-units", As::Number, "20"}, {"networked-units", As::Number, "30"}},
         "questionnaire-answer-invalid",
         3,
         3,
         "equipment-networking",
         "the part cannot exceed the whole"},
        {"'none' ticked with another option",
         {{"network", As::Text, ""},
          {"network/control-network", As::Text, "是"},
          {"network/none", As::Bool, "1"}},
         "questionnaire-answer-invalid",
         3,
         3,
         "network",
         "excludes every other option"},
        {"every option answered No",
         {{"network/control-network", As::Text, "No"}, {"network/none", As::Text, "否"}},
         "questionnaire-answer-invalid",
         2,
         3,
         "network",
         "the list is empty"},
        {"an answer on a multiple choice's own row",
         {{"network", As::Text, "Yes"}},
         "questionnaire-heading-answer",
         2,
         3,
         "network",
         "answer Yes or No on its option rows"},
        {"an option row that is neither yes nor no",
         {{"network/control-network", As::Text, "maybe"}},
         "questionnaire-unknown-answer",
         2,
         3,
         "network/control-network",
         "'maybe'"},
        {"a level that does not exist",
         {{"product-design", As::Number, "5"}},
         "questionnaire-unknown-answer",
         2,
         3,
         "product-design",
         "'5' is not an answer"},
        {"an id the model does not have",
         {{"no-such-question", As::Text, "1"}},
         "questionnaire-unknown-id",
         2,
         1,
         "no-such-question",
         "is not a figure, item"},
        {"an option the item does not have",
         {{"network/wifi", As::Text, "是"}},
         "questionnaire-unknown-id",
         2,
         1,
         "network/wifi",
         "is not a figure, item"},
        {"the same id twice",
         {{"system-coverage", As::Text, "all"}, {"system-coverage", As::Text, "one"}},
         "questionnaire-duplicate-id",
         3,
         1,
         "system-coverage",
         "is there already, in sheet 'Answers', cell A2"},
    };
    for (const Case &c : cases) {
        SECTION(c.what)
        {
            Fixture f;
            const dl::LoadedAssessment a = f.load();
            auto plan = dl::planQuestionnaireImport(a, workbook(c.rows), "back.xlsx", Layer::Self,
                                                    dl::Lang::En);
            REQUIRE(plan.ok());
            REQUIRE(plan->problems.size() == 1);
            const dl::Diagnostic &d = plan->problems.front();
            CHECK(d.code == c.code);
            CHECK(d.file == "back.xlsx");
            CHECK(d.pos.line == c.row);
            CHECK(d.pos.column == c.column);
            CHECK(d.id == c.id);
            CHECK(d.message.find("sheet 'Answers'") != std::string::npos);
            CHECK(d.message.find(c.says) != std::string::npos);
            // A plan with problems is not applied, and nothing is stored.
            auto applied = dl::applyQuestionnaireImport(f.store, a, *plan, "王工");
            REQUIRE_FALSE(applied.ok());
            CHECK(applied.errors().front().code == "questionnaire-has-problems");
            auto stored = f.store.answers(f.id);
            REQUIRE(stored.ok());
            CHECK(stored->empty());
        }
    }
}

TEST_CASE("a workbook of another model, or not a questionnaire, is refused", "[questionnaire]")
{
    Fixture f;
    const dl::LoadedAssessment a = f.load();
    auto other =
        dl::planQuestionnaireImport(a, workbook({{"system-coverage", As::Text, "all"}}, "2023.1"),
                                    "old.xlsx", Layer::Self, dl::Lang::En);
    REQUIRE_FALSE(other.ok());
    CHECK(other.errors().front().code == "questionnaire-other-model");
    CHECK(other.errors().front().message.find("2023.1") != std::string::npos);

    dl::XlsxWorkbook plain = workbook({{"system-coverage", As::Text, "all"}});
    plain.sheets.erase(plain.sheets.begin()); // no instructions sheet, so no #format
    auto foreign = dl::planQuestionnaireImport(a, plain, "any.xlsx", Layer::Self, dl::Lang::En);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.errors().front().code == "not-a-questionnaire");
}

TEST_CASE("a questionnaire's changes are listed old to new and stored with the file named",
          "[questionnaire]")
{
    Fixture f;
    f.answer(AnswerKind::Item, "system-coverage", "one");
    f.answer(AnswerKind::Figure, "production-units", "100");
    f.answer(AnswerKind::Scenario, "product-design", "1");
    const dl::LoadedAssessment a = f.load();
    const std::vector<Row> rows = {
        {"production-units", As::Number, "100"},           // as stored: no change
        {"digital-units", As::Text, ""},                   // empty: no change
        {"networked-units", As::Number, "40", "MES 接入"}, // new value and note
        {"system-coverage", As::Text, "两个及以上业务环节使用信息系统"},
        {"network/control-network", As::Bool, "1"},
        {"network/application-network", As::Text, "no"},
        {"network/industrial-5g", As::Text, " Yes "},
        {"energy-intensity", As::Text, "改善"},
        {"product-design", As::Text, "Level 3"},
        {"process-design", As::Number, "0"},
    };
    auto plan = dl::planQuestionnaireImport(a, workbook(rows), "/tmp/x/back.xlsx", Layer::Self,
                                            dl::Lang::En);
    REQUIRE(plan.ok());
    CHECK(plan->problems.empty());
    struct Expected
    {
        std::string key, oldValue, newValue;
    };
    const std::vector<Expected> expected = {
        {"networked-units", "", "40 units"},
        {"system-coverage", "One business link uses an information system",
         "Two or more business links use information systems"},
        {"network", "",
         "Workshop industrial control network linking PLCs and CNC equipment; Own or leased 5G "
         "industrial network"},
        {"energy-intensity", "", "better"},
        {"product-design", "level 1", "level 3"},
        {"process-design", "", "level 0"},
    };
    REQUIRE(plan->changes.size() == expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
        CHECK(plan->changes[k].change.key == expected[k].key);
        CHECK(plan->changes[k].oldValue == expected[k].oldValue);
        CHECK(plan->changes[k].newValue == expected[k].newValue);
    }
    CHECK(plan->changes[0].oldNote == std::optional<std::string>(""));
    CHECK_FALSE(plan->changes[1].oldNote);

    auto done = dl::applyQuestionnaireImport(f.store, a, *plan, "王工");
    REQUIRE(done.ok());
    CHECK(done->changed == 6);
    auto stored = f.store.answers(f.id);
    REQUIRE(stored.ok());
    std::map<std::string, std::pair<std::string, std::string>> byKey;
    for (const dl::StoredAnswer &s : *stored)
        byKey[s.key] = {s.value, s.note};
    using P = std::pair<std::string, std::string>;
    CHECK(byKey["production-units"] == P{"100", ""});
    CHECK(byKey["networked-units"] == P{"40", "MES 接入"});
    CHECK(byKey["system-coverage"] == P{"several", ""});
    CHECK(byKey["network"] == P{"control-network,industrial-5g", ""});
    CHECK(byKey["energy-intensity"] == P{"better", ""});
    CHECK(byKey["product-design"] == P{"3", ""});
    CHECK(byKey["process-design"] == P{"0", ""});
    CHECK(byKey.count("digital-units") == 0);
    auto audit = f.store.audit(f.id);
    REQUIRE(audit.ok());
    int fromFile = 0;
    for (const auto &h : *audit)
        fromFile += h.changedBy == "王工 (back.xlsx)";
    CHECK(fromFile == 6);
}
