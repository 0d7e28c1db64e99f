// SPDX-License-Identifier: GPL-3.0-or-later
// A returned questionnaire workbook compared with the stored answers and applied
// (docs/questionnaire-workbook.md).
#include "exchange/questionnairebook.h"

#include "base/diagnosticcatalog.h"
#include "exchange/questionnairelayout.h"
#include "exchange/xlsxreader.h"
#include "scoring/answerloader.h"
#include "store/storedassessment.h"

#include <charconv>
#include <filesystem>
#include <map>
#include <set>

namespace dl {

namespace {

std::string trimmed(std::string_view t)
{
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n'))
        t.remove_prefix(1);
    while (!t.empty() &&
           (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
        t.remove_suffix(1);
    return std::string(t);
}

// A cell's text as an answer: a number in plain decimals (Excel writes 0.001 as "1E-3", which
// no answer accepts), a boolean as yes/no, text as typed.
std::string cellText(const XlsxCell &c)
{
    if (c.type == XlsxCell::Type::Boolean)
        return c.number != 0 ? "yes" : "no";
    if (c.type == XlsxCell::Type::Number) {
        char buf[64];
        const auto done = std::to_chars(buf, buf + sizeof buf, c.number, std::chars_format::fixed);
        if (done.ec == std::errc())
            return std::string(buf, done.ptr);
    }
    return trimmed(c.text);
}

bool isHeading(const XlsxCell &c, const LocalText &heading)
{
    const std::string t = trimmed(c.text);
    if (t == heading.zh)
        return true;
    if (t.size() != heading.en.size())
        return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(t[i])) !=
            std::tolower(static_cast<unsigned char>(heading.en[i])))
            return false;
    return true;
}

// Where a value was found: its sheet and cell.
struct Place
{
    std::string sheet;
    int row = 0;
    int column = 0;

    std::string cell() const { return xlsxColumnName(column) + std::to_string(row); }
    SourcePos pos() const { return {row, column}; }
};

// One question as the workbook answers it.
struct Given
{
    QuestionRow row;
    Place answerAt;
    std::string text; // the answer cell; "" when empty
    std::optional<std::string> note;
    // A multiple-choice item: each option row given, with where it was.
    std::vector<std::pair<int, Place>> yes, no;
};

class Planner
{
public:
    Planner(const LoadedAssessment &a, const std::string &file, Layer layer, Lang lang)
        : m_a(a)
        , m_file(file)
        , m_layer(layer)
        , m_lang(lang)
    {}

    std::optional<Diagnostic> checkModel(const XlsxWorkbook &book);
    bool readSheet(const XlsxSheet &sheet);
    QuestionnaireImportPlan plan();

private:
    void readRow(const XlsxSheet &sheet, int row, int answerColumn, int noteColumn);
    std::optional<std::string> valueOf(Given &g);
    void checkFigures(const std::map<std::string, std::string> &values);
    void problem(Diagnostic d) { m_out.problems.push_back(std::move(d)); }
    void invalid(const Place &at, const std::string &id, const Diagnostics &errors)
    {
        for (const Diagnostic &e : errors)
            problem(diagnostic<DiagMsg::QuestionnaireAnswerInvalid>(m_file, at.pos(), id, at.sheet,
                                                                    at.cell(), textOf(e)));
    }

    const LoadedAssessment &m_a;
    std::string m_file;
    Layer m_layer;
    Lang m_lang;
    QuestionnaireImportPlan m_out;
    std::map<std::string, Place> m_seen;  // ids found, for the second one
    std::vector<std::string> m_order;     // stored keys in the workbook's order
    std::map<std::string, Given> m_given; // by stored key
};

// The keys of the instructions sheet ("#model") with the last value of their row: the value's
// column may move when a column is inserted.
std::map<std::string, std::string> facts(const XlsxWorkbook &book)
{
    std::map<std::string, std::string> out;
    for (const XlsxSheet &s : book.sheets) {
        std::string key;
        int row = 0;
        for (const XlsxCell &c : s.cells) {
            if (c.column == 1) {
                const std::string t = trimmed(c.text);
                key = t.starts_with('#') ? t : std::string();
                row = c.row;
            } else if (!key.empty() && c.row == row) {
                out[key] = cellText(c);
            }
        }
    }
    return out;
}

std::optional<Diagnostic> Planner::checkModel(const XlsxWorkbook &book)
{
    const auto f = facts(book);
    const auto get = [&](const char *k) {
        const auto it = f.find(k);
        return it == f.end() ? std::string() : it->second;
    };
    if (get("#format") != kQuestionnaireFormat)
        return fileError<DiagMsg::QuestionnaireNotOurs>(m_file, "#format");
    const Model &m = m_a.models.model;
    if (get("#model") != m.id || get("#model-version") != m.version)
        return fileError<DiagMsg::QuestionnaireOtherModel>(m_file, get("#model"),
                                                           get("#model-version"), m.id, m.version);
    return std::nullopt;
}

// A sheet's question rows are those below the row headed 答案 / Answer; a sheet without that
// heading (the instructions, the drop-down lists, one a user added) has none.
bool Planner::readSheet(const XlsxSheet &sheet)
{
    int headingRow = 0, answerColumn = 0, noteColumn = 0;
    for (const XlsxCell &c : sheet.cells)
        if (c.type == XlsxCell::Type::Text && isHeading(c, answerHeading())) {
            headingRow = c.row;
            answerColumn = c.column;
            break;
        }
    for (const XlsxCell &c : sheet.cells) // the note column may be left of the answer's
        if (c.row == headingRow && c.type == XlsxCell::Type::Text && isHeading(c, noteHeading()))
            noteColumn = c.column;
    if (!headingRow)
        return false;
    int row = 0;
    for (const XlsxCell &c : sheet.cells)
        if (c.row > headingRow && c.row != row && c.column == 1) {
            row = c.row;
            readRow(sheet, row, answerColumn, noteColumn);
        }
    return true;
}

void Planner::readRow(const XlsxSheet &sheet, int row, int answerColumn, int noteColumn)
{
    const std::string id = cellText(*sheet.cell(row, 1));
    if (id.empty() || id.starts_with('#'))
        return;
    const Place idAt{sheet.name, row, 1};
    const auto found = findQuestionRow(m_a, id);
    if (!found) {
        problem(diagnostic<DiagMsg::QuestionnaireUnknownId>(m_file, idAt.pos(), id, sheet.name,
                                                            idAt.cell(), id, m_a.models.model.id));
        return;
    }
    if (const auto [at, fresh] = m_seen.try_emplace(id, idAt); !fresh) {
        problem(diagnostic<DiagMsg::QuestionnaireDuplicateId>(m_file, idAt.pos(), id, sheet.name,
                                                              idAt.cell(), id, at->second.sheet,
                                                              at->second.cell()));
        return;
    }
    const std::string key = found->key();
    auto [it, fresh] = m_given.try_emplace(key, Given{*found, {}, {}, {}, {}, {}});
    if (fresh)
        m_order.push_back(key);
    Given &g = it->second;
    const Place answerAt{sheet.name, row, answerColumn};
    const XlsxCell *answer = sheet.cell(row, answerColumn);
    const std::string text = answer ? cellText(*answer) : std::string();
    if (found->option >= 0) {
        if (text.empty())
            return;
        const auto yes = answerFromCell(*found, text);
        if (!yes)
            problem(diagnostic<DiagMsg::QuestionnaireUnknownAnswer>(
                m_file, answerAt.pos(), id, sheet.name, answerAt.cell(), text, id,
                answerLabels(*found, m_lang).front() + ", " + answerLabels(*found, m_lang).back()));
        else
            (*yes == "yes" ? g.yes : g.no).push_back({found->option, answerAt});
        return;
    }
    g.answerAt = answerAt;
    g.text = text;
    if (const XlsxCell *note = noteColumn ? sheet.cell(row, noteColumn) : nullptr)
        if (const std::string n = trimmed(note->text); !n.empty())
            g.note = n;
}

// The answer text the workbook gives for one question, checked by the answer codec like any
// other answer; nullopt when it gives none or the answer is wrong (the problem is recorded).
std::optional<std::string> Planner::valueOf(Given &g)
{
    const QuestionRow &row = g.row;
    const std::string &key = row.key();
    const bool multi = row.kind == AnswerKind::Item && row.item().type == ItemType::Multi;
    std::string text;
    Place at = g.answerAt;
    if (multi) {
        if (!g.text.empty()) {
            problem(diagnostic<DiagMsg::QuestionnaireHeadingAnswer>(m_file, at.pos(), key, at.sheet,
                                                                    at.cell(), key));
            return std::nullopt;
        }
        if (g.yes.empty() && g.no.empty())
            return std::nullopt;
        std::sort(g.yes.begin(), g.yes.end(),
                  [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &[option, place] : g.yes)
            text += (text.empty() ? "" : ",") + row.item().options[option].id;
        at = g.yes.empty() ? g.no.front().second : g.yes.front().second;
    } else {
        if (g.text.empty())
            return std::nullopt;
        const auto answer = answerFromCell(row, g.text);
        if (!answer) {
            std::string labels;
            for (const std::string &l : answerLabels(row, m_lang))
                labels += (labels.empty() ? "" : ", ") + l;
            problem(diagnostic<DiagMsg::QuestionnaireUnknownAnswer>(
                m_file, at.pos(), key, at.sheet, at.cell(), g.text, key, labels));
            return std::nullopt;
        }
        text = *answer;
    }
    auto canonical = canonicalAnswer(m_a.models, m_a.industry, row.kind, key, text);
    if (!canonical) {
        invalid(at, key, canonical.errors());
        return std::nullopt;
    }
    g.answerAt = at;
    return *canonical;
}

// Figures that must agree (a part within its whole, a number within its range, a trend with its
// figures) checked on the layer as it would be after the import, the same check an answer file
// gets. Only conflicts the workbook takes part in are its problems; one already stored is not.
void Planner::checkFigures(const std::map<std::string, std::string> &values)
{
    const ModelSet &models = m_a.models;
    AnswerLayer layer = m_layer == Layer::Self ? m_a.answers.self
                        : m_a.answers.verified ? *m_a.answers.verified
                                               : emptyAnswerLayer(models);
    for (const auto &[key, value] : values) {
        const QuestionRow &row = m_given.at(key).row;
        if (row.kind == AnswerKind::Scenario ||
            (row.kind == AnswerKind::Item && row.item().type != ItemType::Trend))
            continue;
        YNode n;
        n.kind = YNode::Kind::Scalar;
        n.value = value;
        n.pos = m_given.at(key).answerAt.pos();
        (void)applyAnswerNode(models, m_a.industry, layer, row.kind, key, n, m_file);
    }
    const auto given = [&](const Model &m, int figure) -> const Place * {
        const auto it = values.find(m.figures[figure].id);
        return it == values.end() ? nullptr : &m_given.at(it->first).answerAt;
    };
    for (int k = -1; k < int(models.overlays.size()); ++k) {
        const Model &m = k < 0 ? models.model : models.overlays[k];
        AnswerSet &set = k < 0 ? layer.base : layer.overlays[k];
        // AnswerWriter's rule: both figures of a trend entered decide it, the direct answer goes.
        for (int i = 0; i < int(m.items.size()); ++i) {
            const Item &item = m.items[i];
            if (item.type == ItemType::Trend && item.figureA >= 0 && item.figureB >= 0 &&
                set.figures[item.figureA] && set.figures[item.figureB] &&
                (given(m, item.figureA) || given(m, item.figureB)) && !values.count(item.id))
                set.items[i] = ItemAnswer{};
        }
        Diagnostics found;
        checkAnswerConsistency(m, set, m_file, found);
        for (const Diagnostic &d : found) {
            const int i = m.findItem(d.id);
            if (i < 0)
                continue;
            const Item &item = m.items[i];
            const Place *at = item.figureA >= 0 ? given(m, item.figureA) : nullptr;
            if (!at && item.figureB >= 0)
                at = given(m, item.figureB);
            if (!at && values.count(item.id))
                at = &m_given.at(item.id).answerAt;
            if (at)
                invalid(*at, d.id, {d});
        }
    }
}

LocalText titleOf(const QuestionRow &row)
{
    if (row.kind == AnswerKind::Figure)
        return row.model->figures[row.index].name;
    if (row.kind == AnswerKind::Scenario)
        return row.model->scenarios[row.index].name;
    return row.item().name;
}

QuestionnaireImportPlan Planner::plan()
{
    m_out.file = m_file;
    m_out.layer = m_layer;
    std::map<std::string, std::string> values;
    for (const std::string &key : m_order)
        if (auto v = valueOf(m_given.at(key)))
            values[key] = *v;
    checkFigures(values);
    std::map<std::pair<AnswerKind, std::string>, const StoredAnswer *> stored;
    for (const StoredAnswer &s : m_a.stored)
        if (s.layer == m_layer)
            stored[{s.kind, s.key}] = &s;
    for (const std::string &key : m_order) {
        const Given &g = m_given.at(key);
        const AnswerKind kind = g.row.kind;
        const auto old = stored.find({kind, key});
        const std::string oldValue = old == stored.end() ? std::string() : old->second->value;
        const std::string oldNote = old == stored.end() ? std::string() : old->second->note;
        AnswerChange c{m_layer, kind, key, std::nullopt, std::nullopt};
        if (const auto v = values.find(key); v != values.end() && v->second != oldValue)
            c.value = v->second;
        if (g.note && *g.note != oldNote)
            c.note = *g.note;
        if (!c.value && !c.note)
            continue;
        const auto readable = [&](const std::string &v) {
            return readableAnswer(m_a.models.model, m_a.models.overlays, kind, key, v, m_lang);
        };
        m_out.changes.push_back({c, titleOf(g.row), readable(oldValue),
                                 readable(c.value.value_or(oldValue)),
                                 c.note ? std::optional(oldNote) : std::nullopt});
    }
    return std::move(m_out);
}

} // namespace

Result<QuestionnaireImportPlan> planQuestionnaireImport(const LoadedAssessment &assessment,
                                                        const XlsxWorkbook &book,
                                                        const std::string &file,
                                                        Layer layer,
                                                        Lang displayLang)
{
    Planner planner(assessment, file, layer, displayLang);
    if (auto refused = planner.checkModel(book))
        return *refused;
    bool questions = false;
    for (const XlsxSheet &sheet : book.sheets)
        questions = planner.readSheet(sheet) || questions;
    if (!questions)
        return fileError<DiagMsg::QuestionnaireNoAnswerColumn>(file);
    return planner.plan();
}

Result<QuestionnaireImportPlan> planQuestionnaireImport(const LoadedAssessment &assessment,
                                                        const std::string &path,
                                                        Layer layer,
                                                        Lang displayLang)
{
    auto book = readXlsx(path);
    if (!book)
        return book.errors();
    return planQuestionnaireImport(assessment, *book, path, layer, displayLang);
}

Result<AnswerWrite> applyQuestionnaireImport(Store &store,
                                             const LoadedAssessment &assessment,
                                             const QuestionnaireImportPlan &plan,
                                             const std::string &who)
{
    if (!plan.problems.empty())
        return fileError<DiagMsg::QuestionnaireHasProblems>(plan.file, int(plan.problems.size()));
    std::vector<AnswerChange> changes;
    for (const QuestionnaireChange &c : plan.changes)
        changes.push_back(c.change);
    const std::string name = std::filesystem::path(plan.file).filename().string();
    return AnswerWriter(store, assessment).apply(changes, who + " (" + name + ")");
}

} // namespace dl
