// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/answerloader.h"

#include "base/yamltree.h"
#include "model/modelreader.h"
#include "scoring/scoring.h"

#include <algorithm>

namespace dl {

namespace {

constexpr std::string_view kAnswersFormat = "digilevel-answers/1";

class AnswerParser
{
public:
    AnswerParser(const ModelSet &models, AnswerFile &file, NodeReader &reader)
        : m_models(models)
        , f(file)
        , r(reader)
    {}

    void parse(const YNode &root);
    AnswerLayer emptyLayer() const;
    void applyFigure(const YNode &key, const YNode &value, AnswerLayer &layer);
    void applyItem(const YNode &key, const YNode &value, AnswerLayer &layer);
    void applyScenario(const YNode &key, const YNode &value, AnswerLayer &layer);

private:
    void parseLayer(const YNode &n, AnswerLayer &layer);
    void parseFigures(const YNode *n, AnswerLayer &layer);
    void parseItems(const YNode *n, AnswerLayer &layer);
    void parseItem(const Model &model, const Item &item, const YNode &value, ItemAnswer &out);
    void parseScenarios(const YNode *n, AnswerLayer &layer);
    // Finds which model (-1 the base, k the k-th overlay) declares `id`; reports an inactive
    // overlay's id as an error.
    template<typename Find>
    std::pair<int, int> locate(const YNode &key, Find find, std::string_view what);
    bool overlayActive(int k) const;

    const ModelSet &m_models;
    AnswerFile &f;
    NodeReader &r;
};

AnswerLayer AnswerParser::emptyLayer() const
{
    AnswerLayer layer{AnswerSet::emptyFor(m_models.model), {}};
    for (const Model &o : m_models.overlays)
        layer.overlays.push_back(AnswerSet::emptyFor(o));
    return layer;
}

bool AnswerParser::overlayActive(int k) const
{
    const Model &o = m_models.overlays[k];
    return f.industry && industryMatches(o.industries, *f.industry);
}

template<typename Find>
std::pair<int, int> AnswerParser::locate(const YNode &key, Find find, std::string_view what)
{
    if (const int i = find(m_models.model); i >= 0)
        return {-1, i};
    for (int k = 0; k < int(m_models.overlays.size()); ++k) {
        const Model &o = m_models.overlays[k];
        if (const int i = find(o); i >= 0) {
            if (overlayActive(k))
                return {k, i};
            std::string codes;
            for (const std::string &c : o.industries)
                codes += (codes.empty() ? "" : ", ") + c;
            r.error(key, key.value, "overlay-not-active",
                    std::string(what) + " '" + key.value + "' belongs to the DigiLevel addition '" +
                        o.id + "' for industries " + codes +
                        "; set enterprise.industry to one of them or remove the answer");
            return {0, -1};
        }
    }
    r.error(key, key.value, "unknown-id",
            std::string(what) + " '" + key.value + "' is not in model " + m_models.model.id + " " +
                m_models.model.version);
    return {0, -1};
}

void AnswerParser::parse(const YNode &root)
{
    if (!root.isMap()) {
        r.error(root, {}, "wrong-type",
                "an answer file must be a mapping starting with 'format: digilevel-answers/1', "
                "found " +
                    root.kindName());
        return;
    }
    r.expectMap(root, "an answer file", {},
                {"format", "model", "enterprise", "figures", "items", "scenarios", "verified"});
    if (auto format = r.string(r.required(root, "format", {}), {}, "format");
        format && *format != kAnswersFormat) {
        r.error(*root.find("format"), {}, "unknown-format",
                "format '" + *format + "' is not known; expected '" + std::string(kAnswersFormat) +
                    "'");
        return;
    }
    if (const YNode *m = r.required(root, "model", {});
        m && r.expectMap(*m, "model", {}, {"id", "version"})) {
        f.modelId = r.string(r.required(*m, "id", {}), {}, "model id").value_or("");
        f.modelVersion = r.string(r.required(*m, "version", {}), {}, "model version").value_or("");
        if (!f.modelId.empty() && f.modelId != m_models.model.id)
            r.error(*m->find("id"), f.modelId, "model-mismatch",
                    "answers are for model '" + f.modelId + "', but the model loaded is '" +
                        m_models.model.id + "'");
        else if (!f.modelVersion.empty() && f.modelVersion != m_models.model.version)
            r.error(*m->find("version"), f.modelId, "model-mismatch",
                    "answers are for version '" + f.modelVersion + "' of " + f.modelId +
                        ", but the model loaded is version '" + m_models.model.version + "'");
    }
    if (const YNode *e = root.find("enterprise");
        e && r.expectMap(*e, "enterprise", {}, {"name", "industry"})) {
        f.enterpriseName = r.string(e->find("name"), {}, "enterprise name").value_or("");
        if (auto code = r.string(e->find("industry"), {}, "industry")) {
            f.industry = IndustryTable::gbt4754().parse(*code);
            if (!f.industry)
                r.error(*e->find("industry"), {}, "unknown-industry",
                        "industry '" + *code +
                            "' is not a GB/T 4754-2017 code; expected a section "
                            "letter (C), a division (36) or both (C36)");
        }
    }
    f.self = emptyLayer();
    parseLayer(root, f.self);
    if (const YNode *v = root.find("verified"); v && !v->isNull()) {
        if (r.expectMap(*v, "verified", {}, {"figures", "items", "scenarios"})) {
            f.verified = emptyLayer();
            parseLayer(*v, *f.verified);
        }
    }
}

void AnswerParser::parseLayer(const YNode &n, AnswerLayer &layer)
{
    parseFigures(n.find("figures"), layer);
    parseItems(n.find("items"), layer);
    parseScenarios(n.find("scenarios"), layer);
}

void AnswerParser::parseFigures(const YNode *n, AnswerLayer &layer)
{
    if (!n || n->isNull())
        return;
    if (!n->isMap()) {
        r.error(*n, {}, "wrong-type",
                "figures must be a mapping of figure id to number, found " + n->kindName());
        return;
    }
    for (std::size_t k = 0; k < n->mapSize(); ++k)
        applyFigure(n->key(k), n->mapValue(k), layer);
}

void AnswerParser::applyFigure(const YNode &key, const YNode &value, AnswerLayer &layer)
{
    const auto [which, index] = locate(
        key, [&](const Model &m) { return m.findFigure(key.value); }, "figure");
    if (index < 0 || value.isNull())
        return;
    const Model &model = which < 0 ? m_models.model : m_models.overlays[which];
    AnswerSet &set = which < 0 ? layer.base : layer.overlays[which];
    const Figure &fig = model.figures[index];
    auto number = r.decimal(&value, fig.id, "figure " + fig.id);
    if (!number)
        return;
    const auto unit = fig.unit.en;
    if (fig.kind == FigureKind::Count && (!number->isInteger() || number->isNegative()))
        r.error(value, fig.id, "invalid-figure",
                "figure " + fig.id + " is a count of " + unit +
                    ": expected a whole number >= 0, found " + number->toString());
    else if (fig.kind == FigureKind::Amount && number->isNegative())
        r.error(value, fig.id, "invalid-figure",
                "figure " + fig.id + " is an amount: expected a number >= 0, found " +
                    number->toString());
    else if (fig.kind == FigureKind::Percent && (number->isNegative() || *number > Rational(100)))
        r.error(value, fig.id, "invalid-figure",
                "figure " + fig.id + " is a percentage: expected 0 to 100, found " +
                    number->toString());
    else
        set.figures[index] = *number;
    set.figurePos[index] = value.pos;
}

void AnswerParser::parseItems(const YNode *n, AnswerLayer &layer)
{
    if (!n || n->isNull())
        return;
    if (!n->isMap()) {
        r.error(*n, {}, "wrong-type",
                "items must be a mapping of item id to answer, found " + n->kindName());
        return;
    }
    for (std::size_t k = 0; k < n->mapSize(); ++k)
        applyItem(n->key(k), n->mapValue(k), layer);
}

void AnswerParser::applyItem(const YNode &key, const YNode &value, AnswerLayer &layer)
{
    const auto [which, index] = locate(
        key, [&](const Model &m) { return m.findItem(key.value); }, "item");
    if (index < 0)
        return;
    const Model &model = which < 0 ? m_models.model : m_models.overlays[which];
    AnswerSet &set = which < 0 ? layer.base : layer.overlays[which];
    set.items[index] = ItemAnswer{};
    parseItem(model, model.items[index], value, set.items[index]);
}

void AnswerParser::parseItem(const Model &model,
                             const Item &item,
                             const YNode &node,
                             ItemAnswer &out)
{
    const YNode *value = &node;
    out.pos = node.pos;
    if (node.isMap()) { // long form {answer, note}
        r.expectMap(node, "an answer", item.id, {"answer", "note"});
        out.note = r.string(node.find("note"), item.id, "note").value_or("");
        value = node.find("answer");
        if (!value)
            return; // a note alone: still unanswered
    }
    if (value->isNull())
        return;
    auto optionIndex = [&](const YNode &v) {
        for (int k = 0; k < int(item.options.size()); ++k) {
            if (item.options[k].id == v.value)
                return k;
        }
        std::string ids;
        for (const Option &o : item.options)
            ids += (ids.empty() ? "" : ", ") + o.id;
        r.error(v, item.id, "unknown-option",
                "item " + item.id + " has no option '" + (v.isScalar() ? v.value : v.kindName()) +
                    "'; expected one of: " + ids);
        return -1;
    };
    switch (item.type) {
    case ItemType::Single:
        if (!value->isScalar()) {
            r.error(*value, item.id, "wrong-type",
                    "item " + item.id + " takes one option id, found " + value->kindName());
            return;
        }
        out.choice = optionIndex(*value);
        out.answered = out.choice >= 0;
        return;
    case ItemType::Multi: {
        if (!value->isSequence()) {
            r.error(*value, item.id, "wrong-type",
                    "item " + item.id +
                        " takes a list of option ids such as [a, b] or [none], found " +
                        value->kindName());
            return;
        }
        if (value->children.empty()) {
            r.error(*value, item.id, "empty-choice",
                    "item " + item.id +
                        ": the list is empty; tick options or give the exclusive "
                        "'none' option");
            return;
        }
        bool ok = true;
        int exclusive = -1;
        for (const YNode &v : value->children) {
            const int k = optionIndex(v);
            if (k < 0) {
                ok = false;
                continue;
            }
            if (out.selected & (std::uint64_t(1) << k)) {
                r.error(v, item.id, "duplicate-option",
                        "item " + item.id + ": option '" + v.value + "' is given twice");
                ok = false;
            }
            out.selected |= std::uint64_t(1) << k;
            if (item.options[k].exclusive)
                exclusive = k;
        }
        if (exclusive >= 0 && value->children.size() > 1) {
            r.error(*value, item.id, "exclusive-combined",
                    "item " + item.id + ": '" + item.options[exclusive].id +
                        "' excludes every other option; give it alone or remove it");
            ok = false;
        }
        out.answered = ok;
        if (!ok)
            out.selected = 0;
        return;
    }
    case ItemType::YesNo:
        if (value->isScalar() && !value->quoted &&
            (value->value == "yes" || value->value == "true")) {
            out.choice = 1;
        } else if (value->isScalar() && !value->quoted &&
                   (value->value == "no" || value->value == "false")) {
            out.choice = 0;
        } else {
            r.error(*value, item.id, "wrong-type", "item " + item.id + " takes yes or no");
            return;
        }
        out.answered = true;
        return;
    case ItemType::Trend:
        if (value->isScalar() &&
            (value->value == "worse" || value->value == "same" || value->value == "better")) {
            out.choice = value->value == "worse" ? 0 : value->value == "same" ? 1 : 2;
            out.answered = true;
        } else {
            r.error(*value, item.id, "wrong-type",
                    "item " + item.id + " takes worse, same or better (or give its figures '" +
                        model.figures[item.figureA].id + "' and '" +
                        model.figures[item.figureB].id + "')");
        }
        return;
    case ItemType::Ratio:
    case ItemType::Number: {
        std::string figs = model.figures[item.figureA].id;
        if (item.type == ItemType::Ratio)
            figs += "' and '" + model.figures[item.figureB].id;
        r.error(*value, item.id, "wrong-type",
                "item " + item.id + " is scored from figures; give '" + figs + "' under figures");
        return;
    }
    }
}

void AnswerParser::parseScenarios(const YNode *n, AnswerLayer &layer)
{
    if (!n || n->isNull())
        return;
    if (!n->isMap()) {
        r.error(*n, {}, "wrong-type",
                "scenarios must be a mapping of scenario id to rating 0-4, found " + n->kindName());
        return;
    }
    for (std::size_t k = 0; k < n->mapSize(); ++k)
        applyScenario(n->key(k), n->mapValue(k), layer);
}

void AnswerParser::applyScenario(const YNode &key, const YNode &valueNode, AnswerLayer &layer)
{
    const auto [which, index] = locate(
        key, [&](const Model &m) { return m.findScenario(key.value); }, "scenario");
    if (index < 0)
        return;
    ScenarioAnswer &out = (which < 0 ? layer.base : layer.overlays[which]).scenarios[index];
    out = ScenarioAnswer{};
    const YNode *value = &valueNode;
    out.pos = value->pos;
    if (value->isMap()) {
        r.expectMap(*value, "a scenario answer", key.value, {"rating", "note"});
        out.note = r.string(value->find("note"), key.value, "note").value_or("");
        value = value->find("rating");
        if (!value)
            return;
    }
    if (value->isNull())
        return;
    const auto number = value->isScalar() ? Rational::parseDecimal(value->value) : std::nullopt;
    if (!number || !number->isInteger() || number->isNegative() || *number > Rational(4)) {
        r.error(*value, key.value, "invalid-rating",
                "scenario " + key.value + ": rating " +
                    (value->isScalar() ? "'" + value->value + "'" : value->kindName()) +
                    " is not valid; expected 0 (not reached) to 4, a whole number");
        return;
    }
    out.rating = int(number->numerator());
}

} // namespace

void checkAnswerConsistency(const Model &model,
                            const AnswerSet &a,
                            const std::string &file,
                            Diagnostics &out)
{
    for (int k = 0; k < int(model.items.size()); ++k) {
        const Item &item = model.items[k];
        if (item.figureA < 0 || (item.type != ItemType::Number && item.figureB < 0))
            continue;
        const auto &x = a.figures[item.figureA];
        const auto &y = item.type == ItemType::Number ? x : a.figures[item.figureB];
        if (!x || !y)
            continue;
        const std::string &fa = model.figures[item.figureA].id;
        const std::string &fb = item.type == ItemType::Number ? fa : model.figures[item.figureB].id;
        if (item.type == ItemType::Ratio && *x > *y)
            out.push_back({file, a.figurePos[item.figureA], item.id, "inconsistent-figures",
                           "item " + item.id + ": " + fa + " (" + x->toString() +
                               ") is more than " + fb + " (" + y->toString() +
                               "); the part cannot exceed the whole"});
        if (item.type == ItemType::Number && !item.numberRange.contains(*x))
            out.push_back({file, a.figurePos[item.figureA], item.id, "invalid-figure",
                           "item " + item.id + ": " + fa + " = " + x->toString() + " is outside " +
                               item.numberRange.toString()});
        if (item.type == ItemType::Trend && a.items[k].choice >= 0) {
            const auto t = trendFromFigures(item, *x, *y);
            if (int(t) != a.items[k].choice)
                out.push_back({file, a.items[k].pos, item.id, "inconsistent-figures",
                               "item " + item.id + ": the answer disagrees with figures " + fa +
                                   " and " + fb + "; give one or make them agree"});
        }
    }
}

Result<AnswerFile>
loadAnswersText(std::string_view text, const std::string &fileName, const ModelSet &models)
{
    YamlLimits limits;
    limits.maxBytes = 4u << 20;
    auto tree = parseYaml(text, fileName, limits);
    if (!tree)
        return tree.errors();
    AnswerFile file;
    file.file = fileName;
    Diagnostics diags;
    NodeReader reader(fileName, diags);
    AnswerParser(models, file, reader).parse(*tree);
    for (AnswerLayer *layer : {&file.self, file.verified ? &*file.verified : nullptr}) {
        if (!layer || !diags.empty())
            continue;
        checkAnswerConsistency(models.model, layer->base, fileName, diags);
        for (std::size_t k = 0; k < models.overlays.size(); ++k)
            checkAnswerConsistency(models.overlays[k], layer->overlays[k], fileName, diags);
    }
    if (!diags.empty()) {
        std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
        });
        return diags;
    }
    return file;
}

AnswerLayer emptyAnswerLayer(const ModelSet &models)
{
    AnswerFile scratch;
    Diagnostics ignored;
    NodeReader reader({}, ignored);
    return AnswerParser(models, scratch, reader).emptyLayer();
}

Diagnostics applyAnswerNode(const ModelSet &models,
                            const std::optional<IndustryCode> &industry,
                            AnswerLayer &layer,
                            AnswerKind kind,
                            const std::string &key,
                            const YNode &value,
                            const std::string &file)
{
    AnswerFile scratch;
    scratch.industry = industry;
    Diagnostics diags;
    NodeReader reader(file, diags);
    AnswerParser parser(models, scratch, reader);
    YNode keyNode;
    keyNode.kind = YNode::Kind::Scalar;
    keyNode.value = key;
    keyNode.pos = value.pos;
    switch (kind) {
    case AnswerKind::Figure:
        parser.applyFigure(keyNode, value, layer);
        break;
    case AnswerKind::Item:
        parser.applyItem(keyNode, value, layer);
        break;
    case AnswerKind::Scenario:
        parser.applyScenario(keyNode, value, layer);
        break;
    }
    return diags;
}

Result<AnswerFile> loadAnswersFile(const std::string &path, const ModelSet &models)
{
    auto text = readTextFile(path, 4u << 20);
    if (!text)
        return text.errors();
    return loadAnswersText(*text, path, models);
}

} // namespace dl
