// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/modelloader.h"

#include "base/sha256.h"
#include "base/yamltree.h"
#include "model/modelreader.h"
#include "model/modelvalidator.h"
#include "model/officialmodels.h"

#include <algorithm>
#include <filesystem>

namespace dl {

namespace {

constexpr std::string_view kModelFormat = "digilevel-model/1";
constexpr std::string_view kOverlayFormat = "digilevel-overlay/1";

class ModelParser
{
public:
    ModelParser(Model &model, NodeReader &reader)
        : m(model)
        , r(reader)
    {}

    void parse(const YNode &root);

private:
    void parseFigures(const YNode *n);
    void parseDimensions(const YNode *n);
    int parseItem(const YNode &n, int dimension, int subdimension);
    void parseItemType(Item &item, const YNode &n);
    std::vector<Option> parseOptions(const YNode *n, const std::string &itemId);
    std::vector<Band> parseBands(const YNode *n, const std::string &itemId);
    std::vector<EvidenceItem> parseEvidence(const YNode *n, const std::string &ownerId);
    int figureRef(const YNode &itemNode, std::string_view key, const std::string &itemId);
    void parseScenarios(const YNode *n);
    void parseLevelRules(const YNode *n);
    std::optional<ScenarioCondition>
    parseCondition(const YNode *n, int level, const std::string &ruleId, std::string_view field);
    void parseOverrides(const YNode *n);
    void parseUnverified(const YNode *n);
    void parseSupersedes(const YNode *n);
    std::vector<std::string>
    stringList(const YNode *n, const std::string &id, std::string_view field);

    Model &m;
    NodeReader &r;
};

void ModelParser::parse(const YNode &root)
{
    const YNode *format = root.isMap() ? root.find("format") : nullptr;
    const auto formatText = r.string(format, {}, "format");
    if (root.isMap() && !format) {
        r.error<DiagMsg::ModelFormatMissing>(root, {});
        return;
    }
    if (!root.isMap()) {
        r.error<DiagMsg::ModelNotAMapping>(root, {}, root.kindName());
        return;
    }
    if (formatText && *formatText != kModelFormat && *formatText != kOverlayFormat) {
        r.error<DiagMsg::ModelUnknownFormat>(*format, {}, *formatText, kModelFormat,
                                             kOverlayFormat);
        return;
    }
    m.isOverlay = formatText && *formatText == kOverlayFormat;
    if (m.isOverlay)
        r.expectMap(root, LocalText{"行业补充指标文件", "an overlay"}, {},
                    {"format", "id", "version", "official", "extends", "title", "source",
                     "applicability", "unverified", "figures", "dimensions", "scenario_groups"});
    else
        r.expectMap(root, LocalText{"评测模型文件", "a model"}, {},
                    {"format", "id", "version", "official", "title", "source", "applicability",
                     "unverified", "figures", "dimensions", "scenario_groups", "level_rules",
                     "overrides", "supersedes"});

    m.id = r.id(r.required(root, "id", {}), {}).value_or("");
    if (const YNode *v = r.required(root, "version", m.id))
        m.version = r.string(v, m.id, "version").value_or("");
    m.claimsOfficial =
        r.boolean(r.required(root, "official", m.id), m.id, "official").value_or(false);
    m.title = r.text(r.required(root, "title", m.id), m.id, "title", true);
    m.source = r.text(r.required(root, "source", m.id), m.id, "source", true);
    if (m.isOverlay) {
        m.extends = r.id(r.required(root, "extends", m.id), m.id).value_or("");
        if (m.claimsOfficial)
            r.error<DiagMsg::OverlayOfficial>(*root.find("official"), m.id);
    }
    if (const YNode *app = root.find("applicability")) {
        if (r.expectMap(*app, "applicability", m.id, {"industries"})) {
            m.industries = stringList(app->find("industries"), m.id, "industries");
            m.industriesPos = app->find("industries") ? app->find("industries")->pos : app->pos;
        }
    }
    parseUnverified(root.find("unverified"));
    parseFigures(root.find("figures"));
    parseDimensions(r.required(root, "dimensions", m.id));
    parseScenarios(root.find("scenario_groups"));
    if (!m.isOverlay) {
        parseLevelRules(r.required(root, "level_rules", m.id));
        parseOverrides(root.find("overrides"));
        parseSupersedes(root.find("supersedes"));
    }
}

std::vector<std::string>
ModelParser::stringList(const YNode *n, const std::string &id, std::string_view field)
{
    std::vector<std::string> out;
    for (const YNode &e : *r.list(n, id, field)) {
        if (auto s = r.string(&e, id, field))
            out.push_back(*s);
    }
    return out;
}

void ModelParser::parseUnverified(const YNode *n)
{
    for (const YNode &e : *r.list(n, m.id, "unverified")) {
        if (!r.expectMap(e, LocalText{"待核实事项", "an unverified fact"}, m.id,
                         {"id", "refers_to", "note"}))
            continue;
        UnverifiedFact f;
        f.id = r.id(r.required(e, "id", m.id), m.id).value_or("");
        f.refersTo = stringList(e.find("refers_to"), f.id, "refers_to");
        f.pos = e.find("refers_to") ? e.find("refers_to")->pos : e.pos;
        f.note = r.text(r.required(e, "note", f.id), f.id, "note", true);
        m.unverified.push_back(std::move(f));
    }
}

void ModelParser::parseSupersedes(const YNode *n)
{
    for (const YNode &e : *r.list(n, m.id, "supersedes")) {
        if (!r.expectMap(e, LocalText{"被取代的版本", "a superseded version"}, m.id,
                         {"id", "version", "changes"}))
            continue;
        Supersession s;
        s.pos = e.pos;
        s.modelId = r.id(r.required(e, "id", m.id), m.id).value_or("");
        if (const YNode *v = r.required(e, "version", m.id))
            s.version = r.string(v, m.id, "version").value_or("");
        for (const YNode &c : *r.list(e.find("changes"), m.id, "changes")) {
            if (!r.expectMap(c, LocalText{"答案沿用规则", "a carry-over rule"}, m.id,
                             {"carry", "refers_to", "note"}))
                continue;
            CarryRule rule;
            rule.pos = c.pos;
            if (auto carry = r.string(r.required(c, "carry", m.id), m.id, "carry")) {
                if (auto parsed = parseCarryOver(*carry))
                    rule.carry = *parsed;
                else
                    r.error<DiagMsg::CarryOverUnknown>(*c.find("carry"), m.id, *carry);
            }
            rule.refersTo = stringList(r.required(c, "refers_to", m.id), m.id, "refers_to");
            rule.note = r.text(r.required(c, "note", m.id), m.id, "note", true);
            s.rules.push_back(std::move(rule));
        }
        m.supersedes.push_back(std::move(s));
    }
}

void ModelParser::parseFigures(const YNode *n)
{
    for (const YNode &e : *r.list(n, m.id, "figures")) {
        if (!r.expectMap(e, LocalText{"数据项", "a figure"}, m.id,
                         {"id", "name", "unit", "kind", "help"}))
            continue;
        Figure f;
        f.pos = e.pos;
        f.id = r.id(r.required(e, "id", m.id), m.id).value_or("");
        f.name = r.text(r.required(e, "name", f.id), f.id, "name", true);
        f.unit = r.text(r.required(e, "unit", f.id), f.id, "unit", true);
        f.help = r.text(e.find("help"), f.id, "help", false);
        if (auto kind = r.string(r.required(e, "kind", f.id), f.id, "kind")) {
            if (*kind == "count")
                f.kind = FigureKind::Count;
            else if (*kind == "amount")
                f.kind = FigureKind::Amount;
            else if (*kind == "percent")
                f.kind = FigureKind::Percent;
            else if (*kind == "value")
                f.kind = FigureKind::Value;
            else
                r.error<DiagMsg::FigureKindUnknown>(*e.find("kind"), f.id, *kind);
        }
        if (!f.id.empty() && m.figureIndex.count(f.id))
            r.error<DiagMsg::FigureIdTwice>(e, f.id, f.id);
        else if (!f.id.empty())
            m.figureIndex[f.id] = int(m.figures.size());
        m.figures.push_back(std::move(f));
    }
}

void ModelParser::parseDimensions(const YNode *n)
{
    for (const YNode &d : *r.list(n, m.id, "dimensions")) {
        if (!r.expectMap(d, LocalText{"维度", "a dimension"}, m.id,
                         {"id", "name", "points", "subdimensions"}))
            continue;
        Dimension dim;
        dim.pos = d.pos;
        dim.id = r.id(r.required(d, "id", m.id), m.id).value_or("");
        dim.name = r.text(r.required(d, "name", dim.id), dim.id, "name", true);
        dim.points = r.decimal(r.required(d, "points", dim.id), dim.id, "points").value_or(0);
        const int dimIndex = int(m.dimensions.size());
        m.dimensions.push_back(dim);
        for (const YNode &s :
             *r.list(r.required(d, "subdimensions", dim.id), dim.id, "subdimensions")) {
            if (!r.expectMap(s, LocalText{"子维度", "a sub-dimension"}, dim.id,
                             {"id", "name", "points", "items"}))
                continue;
            SubDimension sub;
            sub.pos = s.pos;
            sub.id = r.id(r.required(s, "id", dim.id), dim.id).value_or("");
            sub.name = r.text(r.required(s, "name", sub.id), sub.id, "name", true);
            sub.points = r.decimal(r.required(s, "points", sub.id), sub.id, "points").value_or(0);
            const int subIndex = int(m.subdimensions.size());
            m.dimensions[dimIndex].subdimensions.push_back(subIndex);
            m.subdimensions.push_back(sub);
            for (const YNode &i : *r.list(r.required(s, "items", sub.id), sub.id, "items")) {
                const int itemIndex = parseItem(i, dimIndex, subIndex);
                if (itemIndex >= 0)
                    m.subdimensions[subIndex].items.push_back(itemIndex);
            }
        }
    }
}

int ModelParser::parseItem(const YNode &n, int dimension, int subdimension)
{
    if (!r.expectMap(n, LocalText{"评分项", "an item"}, m.subdimensions[subdimension].id,
                     {"id",      "name",         "question",
                      "help",    "points",       "type",
                      "options", "evidence",     "recommendation",
                      "enabled", "numerator",    "denominator",
                      "bands",   "before",       "after",
                      "better",  "trend_points", "figure",
                      "range",   "yes_points",   "large_investment_above"}))
        return -1;
    Item item;
    item.pos = n.pos;
    item.dimension = dimension;
    item.subdimension = subdimension;
    item.id = r.id(r.required(n, "id", m.subdimensions[subdimension].id), m.id).value_or("");
    item.name = r.text(r.required(n, "name", item.id), item.id, "name", true);
    item.question = r.text(r.required(n, "question", item.id), item.id, "question", true);
    item.help = r.text(n.find("help"), item.id, "help", false);
    item.recommendation =
        r.text(r.required(n, "recommendation", item.id), item.id, "recommendation", true);
    item.evidence = parseEvidence(n.find("evidence"), item.id);
    item.points = r.decimal(r.required(n, "points", item.id), item.id, "points").value_or(0);
    if (const YNode *e = n.find("enabled"))
        item.enabled = r.boolean(e, item.id, "enabled").value_or(true);
    parseItemType(item, n);
    m.items.push_back(std::move(item));
    return int(m.items.size()) - 1;
}

int ModelParser::figureRef(const YNode &itemNode, std::string_view key, const std::string &itemId)
{
    const auto name = r.string(r.required(itemNode, key, itemId), itemId, key);
    if (!name)
        return -1;
    const auto it = m.figureIndex.find(*name);
    if (it == m.figureIndex.end()) {
        r.error<DiagMsg::FigureNotDeclared>(*itemNode.find(key), itemId, key, *name);
        return -1;
    }
    return it->second;
}

void ModelParser::parseItemType(Item &item, const YNode &n)
{
    const auto type = r.string(r.required(n, "type", item.id), item.id, "type");
    if (!type)
        return;
    auto notFor = [&](std::initializer_list<std::string_view> keys) {
        for (std::string_view k : keys) {
            if (const YNode *v = n.find(k); v)
                r.error<DiagMsg::KeyNotForItemType>(*v, item.id, k, *type);
        }
    };
    if (*type == "single" || *type == "multi") {
        item.type = *type == "single" ? ItemType::Single : ItemType::Multi;
        item.options = parseOptions(r.required(n, "options", item.id), item.id);
        notFor({"numerator", "denominator", "bands", "before", "after", "better", "trend_points",
                "figure", "range", "yes_points", "large_investment_above"});
    } else if (*type == "ratio") {
        item.type = ItemType::Ratio;
        item.figureA = figureRef(n, "numerator", item.id);
        item.figureB = figureRef(n, "denominator", item.id);
        item.bands = parseBands(r.required(n, "bands", item.id), item.id);
        item.numberRange = Interval{0, 100, true, true};
        if (const YNode *large = n.find("large_investment_above"))
            item.largeInvestmentAbove = r.decimal(large, item.id, "large_investment_above");
        notFor({"options", "before", "after", "better", "trend_points", "figure", "range",
                "yes_points"});
    } else if (*type == "number") {
        item.type = ItemType::Number;
        item.figureA = figureRef(n, "figure", item.id);
        item.numberRange = r.interval(r.required(n, "range", item.id), item.id, "range")
                               .value_or(Interval{0, 0, true, true});
        item.bands = parseBands(r.required(n, "bands", item.id), item.id);
        notFor({"options", "numerator", "denominator", "before", "after", "better", "trend_points",
                "yes_points", "large_investment_above"});
    } else if (*type == "trend") {
        item.type = ItemType::Trend;
        item.figureA = figureRef(n, "before", item.id);
        item.figureB = figureRef(n, "after", item.id);
        if (auto better = r.string(r.required(n, "better", item.id), item.id, "better")) {
            if (*better == "higher" || *better == "lower")
                item.higherIsBetter = *better == "higher";
            else
                r.error<DiagMsg::BetterUnknown>(*n.find("better"), item.id, *better);
        }
        if (const YNode *tp = r.required(n, "trend_points", item.id);
            tp && r.expectMap(*tp, "trend_points", item.id, {"worse", "same", "better"})) {
            for (int k = 0; k < 3; ++k) {
                const char *name = trendKey(TrendDirection(k));
                item.trendPoints[k] =
                    r.decimal(r.required(*tp, name, item.id), item.id, name).value_or(0);
            }
        }
        notFor({"options", "numerator", "denominator", "bands", "figure", "range", "yes_points",
                "large_investment_above"});
    } else if (*type == "yesno") {
        item.type = ItemType::YesNo;
        item.yesPoints =
            r.decimal(r.required(n, "yes_points", item.id), item.id, "yes_points").value_or(0);
        notFor({"options", "numerator", "denominator", "bands", "before", "after", "better",
                "trend_points", "figure", "range", "large_investment_above"});
    } else {
        r.error<DiagMsg::ItemTypeUnknown>(*n.find("type"), item.id, *type);
    }
}

std::vector<Option> ModelParser::parseOptions(const YNode *n, const std::string &itemId)
{
    std::vector<Option> out;
    for (const YNode &o : *r.list(n, itemId, "options")) {
        if (!r.expectMap(o, LocalText{"选项", "an option"}, itemId,
                         {"id", "label", "points", "exclusive"}))
            continue;
        Option opt;
        opt.pos = o.pos;
        opt.id = r.id(r.required(o, "id", itemId), itemId).value_or("");
        const std::string ctx = itemId + "/" + opt.id;
        opt.label = r.text(r.required(o, "label", ctx), ctx, "label", true);
        opt.points = r.decimal(r.required(o, "points", ctx), ctx, "points").value_or(0);
        if (const YNode *e = o.find("exclusive"))
            opt.exclusive = r.boolean(e, ctx, "exclusive").value_or(false);
        out.push_back(std::move(opt));
    }
    return out;
}

std::vector<Band> ModelParser::parseBands(const YNode *n, const std::string &itemId)
{
    std::vector<Band> out;
    for (const YNode &b : *r.list(n, itemId, "bands")) {
        if (!r.expectMap(b, LocalText{"档位", "a band"}, itemId, {"range", "points"}))
            continue;
        Band band;
        band.pos = b.pos;
        auto range = r.interval(r.required(b, "range", itemId), itemId, "range");
        auto points = r.decimal(r.required(b, "points", itemId), itemId, "points");
        if (!range || !points)
            continue;
        band.range = *range;
        band.points = *points;
        out.push_back(band);
    }
    return out;
}

std::vector<EvidenceItem> ModelParser::parseEvidence(const YNode *n, const std::string &ownerId)
{
    std::vector<EvidenceItem> out;
    for (const YNode &e : *r.list(n, ownerId, "evidence")) {
        if (!r.expectMap(e, LocalText{"佐证材料条目", "an evidence entry"}, ownerId,
                         {"id", "text"}))
            continue;
        EvidenceItem ev;
        ev.id = r.id(r.required(e, "id", ownerId), ownerId).value_or("");
        ev.text = r.text(r.required(e, "text", ownerId), ownerId, "text", true);
        out.push_back(std::move(ev));
    }
    return out;
}

void ModelParser::parseScenarios(const YNode *n)
{
    for (const YNode &g : *r.list(n, m.id, "scenario_groups")) {
        if (!r.expectMap(g, LocalText{"场景组", "a scenario group"}, m.id,
                         {"id", "name", "scenarios"}))
            continue;
        ScenarioGroup group;
        group.pos = g.pos;
        group.id = r.id(r.required(g, "id", m.id), m.id).value_or("");
        group.name = r.text(r.required(g, "name", group.id), group.id, "name", true);
        const int groupIndex = int(m.groups.size());
        for (const YNode &s :
             *r.list(r.required(g, "scenarios", group.id), group.id, "scenarios")) {
            if (!r.expectMap(
                    s, LocalText{"场景", "a scenario"}, group.id,
                    {"id", "name", "constrained", "question", "evidence", "levels", "enabled"}))
                continue;
            Scenario sc;
            sc.pos = s.pos;
            sc.group = groupIndex;
            sc.id = r.id(r.required(s, "id", group.id), group.id).value_or("");
            sc.name = r.text(r.required(s, "name", sc.id), sc.id, "name", true);
            sc.question = r.text(s.find("question"), sc.id, "question", false);
            sc.evidence = parseEvidence(s.find("evidence"), sc.id);
            sc.constrained = r.boolean(r.required(s, "constrained", sc.id), sc.id, "constrained")
                                 .value_or(false);
            if (const YNode *e = s.find("enabled"))
                sc.enabled = r.boolean(e, sc.id, "enabled").value_or(true);
            const YNode *levels = r.required(s, "levels", sc.id);
            const auto &list = *r.list(levels, sc.id, "levels");
            if (levels && levels->isSequence() && list.size() != 4)
                r.error<DiagMsg::ScenarioLevelCount>(*levels, sc.id, list.size());
            for (std::size_t k = 0; k < list.size() && k < 4; ++k) {
                const YNode &l = list[k];
                if (!r.expectMap(l, LocalText{"场景等级", "a scenario level"}, sc.id,
                                 {"level", "description", "recommendation"}))
                    continue;
                const auto number = r.integer(r.required(l, "level", sc.id), sc.id, "level");
                if (number && *number != int(k) + 1)
                    r.error<DiagMsg::ScenarioLevelOrder>(l, sc.id, *number, k + 1);
                sc.levels[k].description =
                    r.text(r.required(l, "description", sc.id), sc.id, "description", true);
                sc.levels[k].recommendation =
                    r.text(r.required(l, "recommendation", sc.id), sc.id, "recommendation", true);
            }
            group.scenarios.push_back(int(m.scenarios.size()));
            m.scenarios.push_back(std::move(sc));
        }
        m.groups.push_back(std::move(group));
    }
}

std::optional<ScenarioCondition> ModelParser::parseCondition(const YNode *n,
                                                             int level,
                                                             const std::string &ruleId,
                                                             std::string_view field)
{
    if (!n)
        return std::nullopt;
    ScenarioCondition c{0, level};
    if (n->isMap()) {
        r.expectMap(*n, field, ruleId, {"count", "at_level"});
        c.count = r.integer(r.required(*n, "count", ruleId), ruleId, "count").value_or(0);
        if (const YNode *at = n->find("at_level"))
            c.atLevel = r.integer(at, ruleId, "at_level").value_or(level);
    } else if (auto count = r.integer(n, ruleId, field)) {
        c.count = *count;
    } else {
        return std::nullopt;
    }
    if (c.count < 0)
        r.error<DiagMsg::ConditionNegative>(*n, ruleId, field);
    if (c.atLevel < 1 || c.atLevel > 4)
        r.error<DiagMsg::ConditionLevel>(*n, ruleId, field, c.atLevel);
    return c;
}

void ModelParser::parseLevelRules(const YNode *n)
{
    for (const YNode &l : *r.list(n, m.id, "level_rules")) {
        if (!r.expectMap(l, LocalText{"等级规则", "a level rule"}, m.id,
                         {"level", "name", "description", "min_base_score", "min_scenarios",
                          "min_constrained_scenarios"}))
            continue;
        LevelRule rule;
        rule.pos = l.pos;
        rule.level = r.integer(r.required(l, "level", m.id), m.id, "level").value_or(0);
        const std::string ruleId = "level-" + std::to_string(rule.level);
        rule.name = r.text(r.required(l, "name", ruleId), ruleId, "name", true);
        rule.description =
            r.text(r.required(l, "description", ruleId), ruleId, "description", true);
        if (const YNode *b = l.find("min_base_score"))
            rule.minBaseScore = r.decimal(b, ruleId, "min_base_score");
        rule.minScenarios =
            parseCondition(l.find("min_scenarios"), rule.level, ruleId, "min_scenarios");
        rule.minConstrained = parseCondition(l.find("min_constrained_scenarios"), rule.level,
                                             ruleId, "min_constrained_scenarios");
        if (!rule.minBaseScore && !rule.minScenarios && !rule.minConstrained)
            r.error<DiagMsg::LevelRuleNoCondition>(l, ruleId);
        m.levelRules.push_back(std::move(rule));
    }
}

void ModelParser::parseOverrides(const YNode *n)
{
    for (const YNode &o : *r.list(n, m.id, "overrides")) {
        if (!r.expectMap(o, LocalText{"行业调整", "an industry override"}, m.id,
                         {"id", "industries", "disable", "enable", "reweight"}))
            continue;
        IndustryOverride ov;
        ov.pos = o.pos;
        ov.id = r.id(r.required(o, "id", m.id), m.id).value_or("");
        ov.industries = stringList(r.required(o, "industries", ov.id), ov.id, "industries");
        ov.disable = stringList(o.find("disable"), ov.id, "disable");
        ov.enable = stringList(o.find("enable"), ov.id, "enable");
        if (const YNode *w = o.find("reweight")) {
            if (!w->isMap()) {
                r.error<DiagMsg::ReweightNotAMapping>(*w, ov.id, w->kindName());
            } else {
                for (std::size_t k = 0; k < w->mapSize(); ++k) {
                    if (auto p = r.decimal(&w->mapValue(k), ov.id, "reweight"))
                        ov.reweight.emplace_back(w->key(k).value, *p);
                }
            }
        }
        m.overrides.push_back(std::move(ov));
    }
}

} // namespace

Result<Model> loadModelText(std::string_view text, const std::string &fileName)
{
    auto tree = parseYaml(text, fileName);
    if (!tree)
        return tree.errors();
    Model model;
    model.file = fileName;
    model.contentHash = Sha256::hex(text);
    Diagnostics diags;
    NodeReader reader(fileName, diags);
    ModelParser(model, reader).parse(*tree);
    model.official =
        model.claimsOfficial && !model.isOverlay && isKnownOfficialHash(model.contentHash);
    // Consistency checks on a half-read model would report sums of values that are not in the
    // file; the reading problems come first.
    if (diags.empty())
        validateModel(model, diags);
    if (!diags.empty()) {
        std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
        });
        return diags;
    }
    return model;
}

Result<Model> loadModelFile(const std::string &path)
{
    auto text = readTextFile(path);
    if (!text)
        return text.errors();
    return loadModelText(*text, path);
}

Diagnostics checkOverlay(const Model &model, const Model &overlay)
{
    Diagnostics out;
    if (overlay.extends != model.id)
        out.push_back(diagnostic<DiagMsg::OverlayExtendsOther>(overlay.file, {}, overlay.id,
                                                               overlay.extends, model.id));
    for (const Item &i : overlay.items) {
        if (model.findItem(i.id) >= 0 || model.findScenario(i.id) >= 0)
            out.push_back(
                diagnostic<DiagMsg::OverlayItemClash>(overlay.file, i.pos, i.id, i.id, model.id));
    }
    for (const Scenario &s : overlay.scenarios) {
        if (model.findItem(s.id) >= 0 || model.findScenario(s.id) >= 0)
            out.push_back(diagnostic<DiagMsg::OverlayScenarioClash>(overlay.file, s.pos, s.id, s.id,
                                                                    model.id));
    }
    for (const Figure &f : overlay.figures) {
        if (model.findFigure(f.id) >= 0)
            out.push_back(
                diagnostic<DiagMsg::OverlayFigureClash>(overlay.file, f.pos, f.id, f.id, model.id));
    }
    return out;
}

Result<ModelSet> loadModelSet(const std::string &path, bool withOverlays)
{
    auto model = loadModelFile(path);
    if (!model)
        return model.errors();
    if (model->isOverlay)
        return diagnostic<DiagMsg::NotAModel>(path, {}, model->id, model->extends);
    ModelSet set{std::move(*model), {}};
    if (!withOverlays)
        return set;
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(path).parent_path() / "overlays";
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return set;
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".yaml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    Diagnostics errors;
    for (const fs::path &f : files) {
        auto overlay = loadModelFile(f.string());
        if (!overlay) {
            errors.insert(errors.end(), overlay.errors().begin(), overlay.errors().end());
            continue;
        }
        if (!overlay->isOverlay || overlay->extends != set.model.id)
            continue; // another model's overlay, or not an overlay at all
        auto clash = checkOverlay(set.model, *overlay);
        errors.insert(errors.end(), clash.begin(), clash.end());
        set.overlays.push_back(std::move(*overlay));
    }
    if (!errors.empty())
        return errors;
    return set;
}

} // namespace dl
