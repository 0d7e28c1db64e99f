// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/answerloader.h"

#include "base/diagnosticcatalog.h"
#include "base/yamltree.h"
#include "model/builtinmodels.h"
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
    std::pair<int, int> locate(const YNode &key, Find find, const LocalText &what);
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
std::pair<int, int> AnswerParser::locate(const YNode &key, Find find, const LocalText &what)
{
    if (const int i = find(m_models.model); i >= 0)
        return {-1, i};
    for (int k = 0; k < int(m_models.overlays.size()); ++k) {
        const Model &o = m_models.overlays[k];
        if (const int i = find(o); i >= 0) {
            if (overlayActive(k))
                return {k, i};
            r.error<DiagMsg::OverlayNotActive>(key, key.value, what, key.value, o.id,
                                               listArg(o.industries));
            return {0, -1};
        }
    }
    r.error<DiagMsg::UnknownAnswerId>(key, key.value, what, key.value, m_models.model.id,
                                      m_models.model.version);
    return {0, -1};
}

void AnswerParser::parse(const YNode &root)
{
    if (!root.isMap()) {
        r.error<DiagMsg::AnswersNotAMapping>(root, {}, root.kindName());
        return;
    }
    r.expectMap(root, LocalText{"答案文件", "an answer file"}, {},
                {"format", "model", "enterprise", "figures", "items", "scenarios", "verified"});
    if (auto format = r.string(r.required(root, "format", {}), {}, "format");
        format && *format != kAnswersFormat) {
        r.error<DiagMsg::AnswersUnknownFormat>(*root.find("format"), {}, *format, kAnswersFormat);
        return;
    }
    if (const YNode *m = r.required(root, "model", {});
        m && r.expectMap(*m, "model", {}, {"id", "version"})) {
        f.modelId = r.string(r.required(*m, "id", {}), {}, LocalText{"评测模型编号", "model id"})
                        .value_or("");
        f.modelVersion =
            r.string(r.required(*m, "version", {}), {}, LocalText{"评测模型版本", "model version"})
                .value_or("");
        if (!f.modelId.empty() && f.modelId != m_models.model.id)
            r.error<DiagMsg::ModelIdMismatch>(*m->find("id"), f.modelId, f.modelId,
                                              m_models.model.id);
        else if (!f.modelVersion.empty() && f.modelVersion != m_models.model.version)
            r.error<DiagMsg::ModelVersionMismatch>(*m->find("version"), f.modelId, f.modelVersion,
                                                   f.modelId, m_models.model.version);
    }
    if (const YNode *e = root.find("enterprise");
        e && r.expectMap(*e, "enterprise", {}, {"name", "industry"})) {
        f.enterpriseName =
            r.string(e->find("name"), {}, LocalText{"企业名称", "enterprise name"}).value_or("");
        if (auto code = r.string(e->find("industry"), {}, "industry")) {
            f.industry = IndustryTable::gbt4754().parse(*code);
            if (!f.industry)
                r.error<DiagMsg::AnswerIndustryUnknown>(*e->find("industry"), {}, *code);
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
        r.error<DiagMsg::FiguresNotAMapping>(*n, {}, n->kindName());
        return;
    }
    for (std::size_t k = 0; k < n->mapSize(); ++k)
        applyFigure(n->key(k), n->mapValue(k), layer);
}

void AnswerParser::applyFigure(const YNode &key, const YNode &value, AnswerLayer &layer)
{
    const auto [which, index] = locate(
        key, [&](const Model &m) { return m.findFigure(key.value); },
        LocalText{"数据项", "figure"});
    if (index < 0 || value.isNull())
        return;
    const Model &model = which < 0 ? m_models.model : m_models.overlays[which];
    AnswerSet &set = which < 0 ? layer.base : layer.overlays[which];
    const Figure &fig = model.figures[index];
    auto number = r.decimal(&value, fig.id, LocalText{"数据项 " + fig.id, "figure " + fig.id});
    if (!number)
        return;
    if (fig.kind == FigureKind::Count && (!number->isInteger() || number->isNegative()))
        r.error<DiagMsg::FigureCountInvalid>(value, fig.id, fig.id, fig.unit, number->toString());
    else if (fig.kind == FigureKind::Amount && number->isNegative())
        r.error<DiagMsg::FigureAmountInvalid>(value, fig.id, fig.id, number->toString());
    else if (fig.kind == FigureKind::Percent && (number->isNegative() || *number > Rational(100)))
        r.error<DiagMsg::FigurePercentInvalid>(value, fig.id, fig.id, number->toString());
    else
        set.figures[index] = *number;
    set.figurePos[index] = value.pos;
}

void AnswerParser::parseItems(const YNode *n, AnswerLayer &layer)
{
    if (!n || n->isNull())
        return;
    if (!n->isMap()) {
        r.error<DiagMsg::ItemsNotAMapping>(*n, {}, n->kindName());
        return;
    }
    for (std::size_t k = 0; k < n->mapSize(); ++k)
        applyItem(n->key(k), n->mapValue(k), layer);
}

void AnswerParser::applyItem(const YNode &key, const YNode &value, AnswerLayer &layer)
{
    const auto [which, index] = locate(
        key, [&](const Model &m) { return m.findItem(key.value); }, LocalText{"评分项", "item"});
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
        r.expectMap(node, LocalText{"答案", "an answer"}, item.id, {"answer", "note"});
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
        std::vector<std::string> ids;
        for (const Option &o : item.options)
            ids.push_back(o.id);
        r.error<DiagMsg::UnknownOption>(v, item.id, item.id, shownValue(v), listArg(ids));
        return -1;
    };
    switch (item.type) {
    case ItemType::Single:
        if (!value->isScalar()) {
            r.error<DiagMsg::SingleNeedsOne>(*value, item.id, item.id, value->kindName());
            return;
        }
        out.choice = optionIndex(*value);
        out.answered = out.choice >= 0;
        return;
    case ItemType::Multi: {
        if (!value->isSequence()) {
            r.error<DiagMsg::MultiNeedsList>(*value, item.id, item.id, value->kindName());
            return;
        }
        if (value->children.empty()) {
            r.error<DiagMsg::EmptyChoice>(*value, item.id, item.id);
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
                r.error<DiagMsg::OptionGivenTwice>(v, item.id, item.id, v.value);
                ok = false;
            }
            out.selected |= std::uint64_t(1) << k;
            if (item.options[k].exclusive)
                exclusive = k;
        }
        if (exclusive >= 0 && value->children.size() > 1) {
            r.error<DiagMsg::ExclusiveCombined>(*value, item.id, item.id,
                                                item.options[exclusive].id);
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
            r.error<DiagMsg::YesNoExpected>(*value, item.id, item.id);
            return;
        }
        out.answered = true;
        return;
    case ItemType::Trend:
        if (const auto t = value->isScalar() ? parseTrend(value->value) : std::nullopt) {
            out.choice = int(*t);
            out.answered = true;
        } else {
            r.error<DiagMsg::TrendExpected>(*value, item.id, item.id,
                                            model.figures[item.figureA].id,
                                            model.figures[item.figureB].id);
        }
        return;
    case ItemType::Ratio:
    case ItemType::Number: {
        if (item.type == ItemType::Ratio)
            r.error<DiagMsg::RatioFromFigures>(*value, item.id, item.id,
                                               model.figures[item.figureA].id,
                                               model.figures[item.figureB].id);
        else
            r.error<DiagMsg::NumberFromFigure>(*value, item.id, item.id,
                                               model.figures[item.figureA].id);
        return;
    }
    }
}

void AnswerParser::parseScenarios(const YNode *n, AnswerLayer &layer)
{
    if (!n || n->isNull())
        return;
    if (!n->isMap()) {
        r.error<DiagMsg::ScenariosNotAMapping>(*n, {}, n->kindName());
        return;
    }
    for (std::size_t k = 0; k < n->mapSize(); ++k)
        applyScenario(n->key(k), n->mapValue(k), layer);
}

void AnswerParser::applyScenario(const YNode &key, const YNode &valueNode, AnswerLayer &layer)
{
    const auto [which, index] = locate(
        key, [&](const Model &m) { return m.findScenario(key.value); },
        LocalText{"场景", "scenario"});
    if (index < 0)
        return;
    ScenarioAnswer &out = (which < 0 ? layer.base : layer.overlays[which]).scenarios[index];
    out = ScenarioAnswer{};
    const YNode *value = &valueNode;
    out.pos = value->pos;
    if (value->isMap()) {
        r.expectMap(*value, LocalText{"场景答案", "a scenario answer"}, key.value,
                    {"rating", "note"});
        out.note = r.string(value->find("note"), key.value, "note").value_or("");
        value = value->find("rating");
        if (!value)
            return;
    }
    if (value->isNull())
        return;
    const auto number = value->isScalar() ? Rational::parseDecimal(value->value) : std::nullopt;
    if (!number || !number->isInteger() || number->isNegative() || *number > Rational(4)) {
        r.error<DiagMsg::InvalidRating>(*value, key.value, key.value, shownValue(*value));
        return;
    }
    out.rating = int(number->numerator());
}

} // namespace

FigureConflict figureConflict(const Item &item, const Rational &first, const Rational &second)
{
    if (item.type == ItemType::Ratio && first > second)
        return FigureConflict::PartExceedsWhole;
    if (item.type == ItemType::Number && !item.numberRange.contains(first))
        return FigureConflict::OutsideRange;
    return FigureConflict::None;
}

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
        const FigureConflict conflict = figureConflict(item, *x, *y);
        if (conflict == FigureConflict::PartExceedsWhole)
            out.push_back(diagnostic<DiagMsg::PartExceedsWhole>(file, a.figurePos[item.figureA],
                                                                item.id, item.id, fa, x->toString(),
                                                                fb, y->toString()));
        if (conflict == FigureConflict::OutsideRange)
            out.push_back(diagnostic<DiagMsg::FigureOutsideRange>(
                file, a.figurePos[item.figureA], item.id, item.id, fa, x->toString(),
                item.numberRange.toString()));
        if (item.type == ItemType::Trend && a.items[k].choice >= 0) {
            const auto t = trendFromFigures(item, *x, *y);
            if (int(t) != a.items[k].choice)
                out.push_back(diagnostic<DiagMsg::TrendDisagrees>(file, a.items[k].pos, item.id,
                                                                  item.id, fa, fb));
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

Result<ModelSet> builtinModelsForAnswers(const std::string &path)
{
    auto text = readTextFile(path, 4u << 20);
    if (!text)
        return loadBuiltinModelSet();
    YamlLimits limits;
    limits.maxBytes = 4u << 20;
    auto tree = parseYaml(*text, path, limits);
    const YNode *model = tree && tree->isMap() ? tree->find("model") : nullptr;
    const YNode *id = model && model->isMap() ? model->find("id") : nullptr;
    const YNode *version = model && model->isMap() ? model->find("version") : nullptr;
    if (id && version && id->isScalar() && version->isScalar()) {
        if (const ModelSet *set = findBuiltinModelSet(id->value, version->value))
            return *set;
    }
    return loadBuiltinModelSet();
}

Result<AnswerFile> loadAnswersFile(const std::string &path, const ModelSet &models)
{
    auto text = readTextFile(path, 4u << 20);
    if (!text)
        return text.errors();
    return loadAnswersText(*text, path, models);
}

} // namespace dl
