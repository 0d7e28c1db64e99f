// SPDX-License-Identifier: GPL-3.0-or-later
// One answer path: the questionnaire (QuestionnaireData), `digilevel-cli assessment answer` and
// `assessment load` make the same changes to the same rows and audit rows, change for change,
// because all three save through dl::AnswerWriter; and a bundle carries those rows and audit
// rows to another database as they are.
#include "guitestsupport.h"

#include "clicommands.h"
#include "exchange/bundle.h"
#include "questionnaire/questionnairedata.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using dl::AnswerKind;
using dl::Layer;

namespace {

// One change a user makes: a value ("" clears it) or a note.
struct Step
{
    Layer layer;
    AnswerKind kind;
    const char *key;
    std::optional<std::string> value;
    std::optional<std::string> note;
    const char *what;
};

// What the rules decide, without the times: rows as (layer, kind, key, value, note, by), audit
// rows as (layer, kind, key, old, new, note, by).
using Rows = std::vector<
    std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>>;
using Audit = std::vector<std::tuple<std::string,
                                     std::string,
                                     std::string,
                                     std::string,
                                     std::string,
                                     std::string,
                                     std::string>>;
struct Snapshot
{
    Rows rows;
    Audit audit;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(dl::Store &store, qint64 assessment)
{
    Snapshot s;
    auto rows = store.answers(assessment);
    auto audit = store.audit(assessment);
    REQUIRE((rows.ok() && audit.ok()));
    for (const dl::StoredAnswer &a : *rows)
        s.rows.emplace_back(dl::key(a.layer), dl::key(a.kind), a.key, a.value, a.note, a.updatedBy);
    for (const dl::AuditEntry &e : *audit)
        s.audit.emplace_back(e.layer ? dl::key(*e.layer) : "", e.kind ? dl::key(*e.kind) : "",
                             e.key, e.oldValue.value_or("NULL"), e.newValue.value_or("NULL"),
                             e.note, e.changedBy);
    return s;
}

std::string describe(const Snapshot &s)
{
    std::ostringstream out;
    for (const auto &[l, k, key, value, note, by] : s.rows)
        out << "row " << l << ' ' << k << ' ' << key << " = '" << value << "' note '" << note
            << "' by " << by << '\n';
    for (const auto &[l, k, key, from, to, note, by] : s.audit)
        out << "audit " << l << ' ' << k << ' ' << key << ' ' << from << " -> " << to << " note '"
            << note << "' by " << by << '\n';
    return out.str();
}

// The current stored value, for the command line's note-only change (it always names a value).
std::string storedValue(dl::Store &store, qint64 assessment, const Step &s)
{
    auto rows = store.answers(assessment);
    REQUIRE(rows.ok());
    for (const dl::StoredAnswer &a : *rows) {
        if (a.layer == s.layer && a.kind == s.kind && a.key == s.key)
            return a.value;
    }
    return {};
}

// The step as an answer file holding only it, or nothing when a file cannot say it (a file
// gives answers; it has no way to remove one).
std::optional<std::string> answerFile(const Step &s)
{
    if (s.value && s.value->empty())
        return std::nullopt;
    std::string entry = s.key;
    if (s.value)
        entry += ": " + *s.value;
    else
        entry += ": {note: \"" + *s.note + "\"}";
    const std::string section = std::string(dl::key(s.kind)) + "s:\n";
    const bool verified = s.layer == Layer::Verified;
    return "format: digilevel-answers/1\n"
           "model: {id: miit-sme-2024, version: \"2024.2\"}\n"
           "enterprise: {name: 测试精密机械有限公司, industry: C34}\n" +
           (verified ? "verified:\n  " + section + "    " : section + "  ") + entry + "\n";
}

int cli(const std::vector<std::string> &args, const QString &db)
{
    std::vector<std::string> all = args;
    all.push_back("--db");
    all.push_back(db.toStdString());
    std::ostringstream out, err;
    const int code = dl::cli::run(all, out, err);
    INFO(out.str() << err.str());
    CHECK(code == 0);
    return code;
}

} // namespace

TEST_CASE("the questionnaire, the command line and an answer file save alike", "[gui][answers]")
{
    const Step steps[] = {
        {Layer::Self, AnswerKind::Item, "system-coverage", "several", {}, "a value"},
        {Layer::Self, AnswerKind::Item, "system-coverage", "several", {}, "the same value again"},
        {Layer::Self, AnswerKind::Item, "system-coverage", {}, "ERP 与 MES", "a note alone"},
        {Layer::Self, AnswerKind::Item, "energy-intensity", "better", {}, "a trend directly"},
        {Layer::Self, AnswerKind::Figure, "energy-intensity-before", "10", {}, "one figure"},
        {Layer::Self,
         AnswerKind::Figure,
         "energy-intensity-after",
         "8.50",
         {},
         "both figures: the direct trend goes"},
        {Layer::Verified, AnswerKind::Scenario, "product-design", "2", {}, "a verified rating"},
        {Layer::Self, AnswerKind::Item, "system-coverage", "", {}, "cleared: the note stays"},
    };

    // The same enterprise and assessment in three databases.
    TestSession gui, line, file;
    std::vector<qint64> ids;
    for (TestSession *t : {&gui, &line, &file})
        ids.push_back(t->addAssessment(t->addEnterprise()));
    REQUIRE((ids[0] == ids[1] && ids[1] == ids[2]));
    const qint64 id = ids[0];
    const std::string who = gui.session->userName().toStdString();
    const std::string ref = std::to_string(id);
    auto data = QuestionnaireData::load(gui.session->store(), id);
    REQUIRE(data.ok());

    bool filesSayIt = true; // the file path follows until a step no file can say
    for (const Step &s : steps) {
        INFO(s.what);
        // The questionnaire: a value or a note, as its editors and note field save them.
        const auto errors = s.value ? (*data)->setValue(s.layer, s.kind, s.key, *s.value, who)
                                    : (*data)->setNote(s.layer, s.kind, s.key, *s.note, who);
        REQUIRE(errors.empty());

        // The command line: "-" clears; a note goes with the value already stored.
        std::string value = s.value ? *s.value : storedValue(line.session->store(), id, s);
        std::vector<std::string> args = {"assessment", "answer",
                                         ref,          dl::key(s.kind),
                                         s.key,        value.empty() ? "-" : value,
                                         "--layer",    dl::key(s.layer),
                                         "--by",       who};
        if (s.note) {
            args.push_back("--note");
            args.push_back(*s.note);
        }
        cli(args, line.databasePath());

        const Snapshot expected = snapshot(gui.session->store(), id);
        INFO("questionnaire:\n" << describe(expected));
        CHECK(snapshot(line.session->store(), id) == expected);

        // An answer file holding only this change, loaded.
        const auto text = answerFile(s);
        filesSayIt = filesSayIt && text;
        if (!filesSayIt)
            continue;
        const std::string path = file.dir.filePath(QStringLiteral("step.yaml")).toStdString();
        std::ofstream(path, std::ios::trunc) << *text;
        cli({"assessment", "load", ref, path, "--by", who}, file.databasePath());
        CHECK(snapshot(file.session->store(), id) == expected);
    }
    CHECK_FALSE(filesSayIt); // the last step (a clear) was left to the first two

    // What the rules left, by hand: the direct trend went when both figures were given, the
    // cleared value kept its note, the same value again and the clear of nothing wrote nothing.
    const Snapshot final = snapshot(gui.session->store(), id);
    CHECK(final.rows == Rows{{"self", "figure", "energy-intensity-after", "8.5", "", who},
                             {"self", "figure", "energy-intensity-before", "10", "", who},
                             {"self", "item", "system-coverage", "", "ERP 与 MES", who},
                             {"verified", "scenario", "product-design", "2", "", who}});
    CHECK(final.audit ==
          Audit{{"self", "item", "system-coverage", "NULL", "several", "", who},
                {"self", "item", "system-coverage", "several", "several", "ERP 与 MES", who},
                {"self", "item", "energy-intensity", "NULL", "better", "", who},
                {"self", "figure", "energy-intensity-before", "NULL", "10", "", who},
                {"self", "figure", "energy-intensity-after", "NULL", "8.5", "", who},
                {"self", "item", "energy-intensity", "better", "NULL", "", who},
                {"verified", "scenario", "product-design", "NULL", "2", "", who},
                {"self", "item", "system-coverage", "several", "", "ERP 与 MES", who}});

    // A bundle of the questionnaire's database carries the same rows and audit rows, times and
    // authors as they were, to a database that had none of them.
    const std::string bundle = gui.dir.filePath(QStringLiteral("a.dlb")).toStdString();
    REQUIRE(dl::exportBundle(gui.session->store(), {{}, {}, true}, bundle, who).ok());
    TestSession office;
    REQUIRE(dl::importBundle(office.session->store(), bundle).ok());
    auto here = gui.session->store().answers(id);
    auto there = office.session->store().answers(id);
    REQUIRE((here.ok() && there.ok()));
    REQUIRE(here->size() == there->size());
    for (std::size_t k = 0; k < here->size(); ++k) {
        const dl::StoredAnswer &a = (*here)[k], &b = (*there)[k];
        CHECK(std::tie(a.layer, a.kind, a.key, a.value, a.note, a.updatedAt, a.updatedBy) ==
              std::tie(b.layer, b.kind, b.key, b.value, b.note, b.updatedAt, b.updatedBy));
    }
    CHECK(snapshot(office.session->store(), id) == final);
}
