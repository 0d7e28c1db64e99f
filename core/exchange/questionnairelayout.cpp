// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/questionnairelayout.h"

#include "scoring/scoring.h"
#include "scoring/textreport.h"
#include "store/storedassessment.h"

#include <algorithm>

namespace dl {

namespace {

// Spaces around a label are how a copy from elsewhere arrives, and English may come in any case.
std::string normalised(std::string_view text)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    // U+3000, the ideographic space a Chinese input method types.
    while (text.starts_with("\u3000"))
        text.remove_prefix(3);
    while (text.ends_with("\u3000"))
        text.remove_suffix(3);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(c < 0x80 ? std::tolower(c) : c); });
    return out;
}

LocalText yesNoLabel(bool yes)
{
    return yes ? LocalText{"是", "Yes"} : LocalText{"否", "No"};
}

// A scenario's rating as a drop-down shows it: the level's name, 0 as "below level 1".
LocalText levelLabel(int rating)
{
    static const char *zh[] = {"未达一级", "一级", "二级", "三级", "四级"};
    static const char *en[] = {"Below level 1", "Level 1", "Level 2", "Level 3", "Level 4"};
    return {zh[rating], en[rating]};
}

LocalText trendLabel(const Model &model, int item, int state)
{
    return {itemStateText(model, item, state, Lang::ZhCN),
            itemStateText(model, item, state, Lang::En)};
}

std::optional<bool> yesNo(std::string_view text)
{
    const std::string t = normalised(text);
    for (const char *yes : {"是", "yes", "y", "true", "1", "√", "✓"})
        if (t == yes)
            return true;
    for (const char *no : {"否", "no", "n", "false", "0"})
        if (t == no)
            return false;
    return std::nullopt;
}

bool matches(std::string_view text, const LocalText &label)
{
    const std::string t = normalised(text);
    return t == normalised(label.zh) || t == normalised(label.en);
}

// The option ids of a stored multiple-choice value ("a,b").
bool hasOption(const std::string &stored, const std::string &option)
{
    std::size_t start = 0;
    while (start <= stored.size()) {
        const std::size_t end = std::min(stored.find(',', start), stored.size());
        if (stored.compare(start, end - start, option) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

void addItemRows(const Model &m, int i, std::vector<QuestionRow> &out)
{
    const Item &item = m.items[i];
    if (!item.enabled || item.type == ItemType::Ratio || item.type == ItemType::Number)
        return;
    out.push_back({AnswerKind::Item, &m, i, -1, item.id});
    if (item.type != ItemType::Multi)
        return;
    for (int o = 0; o < int(item.options.size()); ++o)
        out.push_back({AnswerKind::Item, &m, i, o, item.id + "/" + item.options[o].id});
}

void addRows(const Model &m, QuestionnaireRows &rows)
{
    for (int f = 0; f < int(m.figures.size()); ++f)
        rows.figures.push_back({AnswerKind::Figure, &m, f, -1, m.figures[f].id});
    for (const Dimension &d : m.dimensions)
        for (int sub : d.subdimensions)
            for (int i : m.subdimensions[sub].items)
                addItemRows(m, i, rows.items);
    for (const ScenarioGroup &g : m.groups)
        for (int s : g.scenarios)
            if (m.scenarios[s].enabled)
                rows.scenarios.push_back({AnswerKind::Scenario, &m, s, -1, m.scenarios[s].id});
}

} // namespace

const std::string &QuestionRow::key() const
{
    return kind == AnswerKind::Figure     ? model->figures[index].id
           : kind == AnswerKind::Scenario ? model->scenarios[index].id
                                          : model->items[index].id;
}

QuestionnaireRows questionnaireRows(const LoadedAssessment &assessment)
{
    QuestionnaireRows rows;
    rows.applied =
        std::make_shared<const Model>(applyIndustry(assessment.models.model, assessment.industry));
    addRows(*rows.applied, rows);
    for (int k : activeOverlays(assessment.models, assessment.industry))
        addRows(assessment.models.overlays[k], rows);
    return rows;
}

std::optional<QuestionRow> findQuestionRow(const LoadedAssessment &assessment, std::string_view id)
{
    const std::size_t slash = id.find('/');
    const std::string_view head = id.substr(0, slash);
    std::vector<const Model *> models{&assessment.models.model};
    for (const Model &o : assessment.models.overlays)
        models.push_back(&o);
    for (const Model *m : models) {
        if (slash != std::string_view::npos) {
            const int i = m->findItem(head);
            if (i < 0 || m->items[i].type != ItemType::Multi)
                continue;
            const std::string_view option = id.substr(slash + 1);
            for (int o = 0; o < int(m->items[i].options.size()); ++o)
                if (m->items[i].options[o].id == option)
                    return QuestionRow{AnswerKind::Item, m, i, o, std::string(id)};
            return std::nullopt;
        }
        if (const int f = m->findFigure(head); f >= 0)
            return QuestionRow{AnswerKind::Figure, m, f, -1, std::string(id)};
        if (const int i = m->findItem(head); i >= 0)
            return QuestionRow{AnswerKind::Item, m, i, -1, std::string(id)};
        if (const int s = m->findScenario(head); s >= 0)
            return QuestionRow{AnswerKind::Scenario, m, s, -1, std::string(id)};
    }
    return std::nullopt;
}

LocalText answerHeading()
{
    return {"答案", "Answer"};
}

LocalText noteHeading()
{
    return {"备注", "Note"};
}

std::vector<std::string> answerLabels(const QuestionRow &row, Lang lang)
{
    std::vector<std::string> out;
    if (row.kind == AnswerKind::Figure)
        return out;
    if (row.kind == AnswerKind::Scenario) {
        for (int r = 1; r <= 4; ++r)
            out.push_back(levelLabel(r).get(lang));
        out.push_back(levelLabel(0).get(lang));
        return out;
    }
    const Item &item = row.item();
    if (row.option >= 0 || item.type == ItemType::YesNo)
        return {yesNoLabel(true).get(lang), yesNoLabel(false).get(lang)};
    if (item.type == ItemType::Trend) {
        for (int t : {2, 1, 0})
            out.push_back(trendLabel(*row.model, row.index, t).get(lang));
        return out;
    }
    for (const Option &o : item.options) // single choice (a multiple choice has option rows)
        out.push_back(o.label.get(lang));
    return out;
}

std::string answerLabel(const QuestionRow &row, const std::string &stored, Lang lang)
{
    if (stored.empty())
        return {};
    if (row.kind == AnswerKind::Figure)
        return stored;
    if (row.kind == AnswerKind::Scenario) {
        const int r =
            stored.size() == 1 && stored[0] >= '0' && stored[0] <= '4' ? stored[0] - '0' : -1;
        return r < 0 ? stored : levelLabel(r).get(lang);
    }
    const Item &item = row.item();
    if (row.option >= 0)
        return yesNoLabel(hasOption(stored, item.options[row.option].id)).get(lang);
    switch (item.type) {
    case ItemType::YesNo:
        return yesNoLabel(stored == "yes").get(lang);
    case ItemType::Trend:
        if (const auto t = parseTrend(stored))
            return trendLabel(*row.model, row.index, int(*t)).get(lang);
        return stored;
    case ItemType::Single:
        for (const Option &o : item.options)
            if (o.id == stored)
                return o.label.get(lang);
        return stored;
    default:
        return stored; // multiple choice: shown on its option rows
    }
}

std::optional<std::string> answerFromCell(const QuestionRow &row, std::string_view text)
{
    if (row.kind == AnswerKind::Figure)
        return std::string(text);
    const std::string t = normalised(text);
    if (row.kind == AnswerKind::Scenario) {
        for (int r = 0; r <= 4; ++r)
            if (matches(t, levelLabel(r)) || t == std::to_string(r))
                return std::to_string(r);
        return std::nullopt;
    }
    const Item &item = row.item();
    if (row.option >= 0 || item.type == ItemType::YesNo) {
        const auto yes = yesNo(t);
        if (!yes)
            return std::nullopt;
        return std::string(*yes ? "yes" : "no");
    }
    if (item.type == ItemType::Trend) {
        for (int s : {0, 1, 2})
            if (matches(t, trendLabel(*row.model, row.index, s)) ||
                t == trendKey(TrendDirection(s)))
                return std::string(trendKey(TrendDirection(s)));
        return std::nullopt;
    }
    for (const Option &o : item.options)
        if (matches(t, o.label) || t == normalised(o.id))
            return o.id;
    return std::nullopt;
}

} // namespace dl
