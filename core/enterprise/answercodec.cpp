// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/answercodec.h"

#include "base/diagnosticcatalog.h"
#include "scoring/answerloader.h"
#include "scoring/textreport.h"

namespace dl {

namespace {

const Item *findItemAnywhere(const ModelSet &models, const std::string &key)
{
    if (const int i = models.model.findItem(key); i >= 0)
        return &models.model.items[i];
    for (const Model &o : models.overlays) {
        if (const int i = o.findItem(key); i >= 0)
            return &o.items[i];
    }
    return nullptr;
}

// The text as the YAML node an answer file would hold: a list for multiple choice.
YNode nodeFor(const ModelSet &models,
              AnswerKind kind,
              const std::string &key,
              std::string_view text)
{
    YNode n;
    n.kind = YNode::Kind::Scalar;
    n.value = std::string(text);
    const Item *item = kind == AnswerKind::Item ? findItemAnywhere(models, key) : nullptr;
    if (item && item->type == ItemType::Multi) {
        n.kind = YNode::Kind::Sequence;
        n.value.clear();
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find(',', start);
            if (end == std::string_view::npos)
                end = text.size();
            std::string_view part = text.substr(start, end - start);
            while (!part.empty() && part.front() == ' ')
                part.remove_prefix(1);
            while (!part.empty() && part.back() == ' ')
                part.remove_suffix(1);
            if (!part.empty()) {
                YNode e;
                e.kind = YNode::Kind::Scalar;
                e.value = std::string(part);
                n.children.push_back(std::move(e));
            }
            start = end + 1;
        }
    }
    return n;
}

std::string canonicalFrom(const ModelSet &models,
                          const AnswerLayer &layer,
                          AnswerKind kind,
                          const std::string &key)
{
    auto scan = [&](const Model &m, const AnswerSet &a) -> std::optional<std::string> {
        if (kind == AnswerKind::Figure) {
            const int f = m.findFigure(key);
            if (f >= 0 && a.figures[f])
                return a.figures[f]->toString(6);
        } else if (kind == AnswerKind::Scenario) {
            const int s = m.findScenario(key);
            if (s >= 0)
                return std::to_string(a.scenarios[s].rating);
        } else if (const int i = m.findItem(key); i >= 0) {
            const Item &item = m.items[i];
            const ItemAnswer &ans = a.items[i];
            switch (item.type) {
            case ItemType::Single:
                return item.options[ans.choice].id;
            case ItemType::Multi: {
                std::string out;
                for (std::size_t o = 0; o < item.options.size(); ++o) {
                    if (ans.selected & (std::uint64_t(1) << o))
                        out += (out.empty() ? "" : ",") + item.options[o].id;
                }
                return out;
            }
            case ItemType::YesNo:
                return ans.choice == 1 ? "yes" : "no";
            case ItemType::Trend:
                return trendKey(TrendDirection(ans.choice));
            default:
                return std::nullopt;
            }
        }
        return std::nullopt;
    };
    if (auto v = scan(models.model, layer.base))
        return *v;
    for (std::size_t k = 0; k < models.overlays.size(); ++k) {
        if (auto v = scan(models.overlays[k], layer.overlays[k]))
            return *v;
    }
    return {};
}

} // namespace

Result<std::string> canonicalAnswer(const ModelSet &models,
                                    const std::optional<IndustryCode> &industry,
                                    AnswerKind kind,
                                    const std::string &key,
                                    std::string_view text)
{
    AnswerLayer layer = emptyAnswerLayer(models);
    const YNode node = nodeFor(models, kind, key, text);
    Diagnostics errors = applyAnswerNode(models, industry, layer, kind, key, node, "answer");
    if (!errors.empty())
        return errors;
    std::string canonical = canonicalFrom(models, layer, kind, key);
    if (canonical.empty())
        return diagnostic<DiagMsg::AnswerNotAccepted>("answer", {}, key, text, key);
    return canonical;
}

std::string readableAnswer(const Model &model,
                           const std::vector<Model> &overlays,
                           AnswerKind kind,
                           const std::string &key,
                           const std::string &value,
                           Lang lang)
{
    auto in = [&](const Model &x) {
        return kind == AnswerKind::Item       ? x.findItem(key)
               : kind == AnswerKind::Scenario ? x.findScenario(key)
                                              : x.findFigure(key);
    };
    const Model *m = &model;
    int index = in(model);
    for (std::size_t k = 0; index < 0 && k < overlays.size(); ++k) {
        m = &overlays[k];
        index = in(*m);
    }
    if (index < 0 || value.empty())
        return value;
    if (kind == AnswerKind::Scenario)
        return lang == Lang::ZhCN ? value + " 级" : "level " + value;
    if (kind == AnswerKind::Figure) {
        const std::string &unit = m->figures[index].unit.get(lang);
        return unit.empty() ? value : value + " " + unit;
    }
    const Item &item = m->items[index];
    if (item.type == ItemType::YesNo)
        return itemStateText(*m, index, value == "yes" ? 1 : 0, lang);
    if (const auto t = item.type == ItemType::Trend ? parseTrend(value) : std::nullopt)
        return itemStateText(*m, index, int(*t), lang);
    std::string out;
    std::size_t start = 0;
    while (start <= value.size()) { // single: one option id; multi: ids joined by ","
        std::size_t end = value.find(',', start);
        if (end == std::string::npos)
            end = value.size();
        const std::string id = value.substr(start, end - start);
        std::string label = id;
        for (const Option &o : item.options)
            if (o.id == id)
                label = o.label.get(lang);
        out += (out.empty() ? "" : T(lang, "；", "; ")) + label;
        start = end + 1;
    }
    return out;
}

Result<DecodedAnswers> decodeStoredAnswers(const ModelSet &models,
                                           const std::optional<IndustryCode> &industry,
                                           const std::vector<StoredAnswer> &answers)
{
    DecodedAnswers out{emptyAnswerLayer(models), std::nullopt};
    Diagnostics errors;
    for (const StoredAnswer &a : answers) {
        if (a.value.empty())
            continue; // a note without an answer
        AnswerLayer *layer = &out.self;
        if (a.layer == Layer::Verified) {
            if (!out.verified)
                out.verified = emptyAnswerLayer(models);
            layer = &*out.verified;
        }
        const YNode node = nodeFor(models, a.kind, a.key, a.value);
        auto diags = applyAnswerNode(models, industry, *layer, a.kind, a.key, node,
                                     std::string("stored answer ") + key(a.layer) + "/" +
                                         key(a.kind) + "/" + a.key);
        errors.insert(errors.end(), diags.begin(), diags.end());
    }
    if (!errors.empty())
        return errors;
    return out;
}

} // namespace dl
