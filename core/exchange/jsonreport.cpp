// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonreport.h"

#include "model/officialmodels.h"
#include "scoring/textreport.h"

namespace dl {

namespace {

using json = nlohmann::ordered_json;

json number(const Rational &r)
{
    if (r.isInteger())
        return r.numerator();
    return r.toDouble();
}

const char *conditionName(ConditionKind k)
{
    switch (k) {
    case ConditionKind::BaseScore:
        return "base_score";
    case ConditionKind::Scenarios:
        return "scenarios";
    case ConditionKind::ConstrainedScenarios:
        return "constrained_scenarios";
    }
    return "";
}

json conditionJson(const ConditionCheck &c, Lang lang)
{
    json j = {{"condition", conditionName(c.kind)},
              {"actual", number(c.actual)},
              {"required", number(c.required)},
              {"met", c.met},
              {"text", conditionText(c, lang)}};
    if (c.kind != ConditionKind::BaseScore)
        j["at_level"] = c.atLevel;
    if (!c.met)
        j["shortfall"] = number(c.shortfall);
    return j;
}

json scoredPart(const Model &m, const ScoreResult &r, const AnswerSet &answers, Lang lang)
{
    json dims = json::array();
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        json subs = json::array();
        for (int s : m.dimensions[d].subdimensions)
            subs.push_back({{"id", m.subdimensions[s].id},
                            {"name", m.subdimensions[s].name.get(lang)},
                            {"score", number(r.subdimensions[s])},
                            {"max", number(m.subdimensions[s].points)}});
        dims.push_back({{"id", m.dimensions[d].id},
                        {"name", m.dimensions[d].name.get(lang)},
                        {"score", number(r.dimensions[d])},
                        {"max", number(m.dimensions[d].points)},
                        {"subdimensions", subs}});
    }
    json items = json::array();
    for (std::size_t k = 0; k < m.items.size(); ++k) {
        const Item &item = m.items[k];
        if (!item.enabled)
            continue;
        json j = {{"id", item.id},
                  {"name", item.name.get(lang)},
                  {"score", number(r.items[k].points)},
                  {"max", number(item.points)},
                  {"answered", r.items[k].answered}};
        if (item.type == ItemType::Multi && r.items[k].answered) {
            json ticked = json::array();
            for (std::size_t o = 0; o < item.options.size(); ++o) {
                if (answers.items[k].selected & (std::uint64_t(1) << o))
                    ticked.push_back(item.options[o].id);
            }
            j["answer"] = ticked;
        } else if (r.items[k].answered) {
            j["answer"] = itemStateText(m, int(k), r.items[k].state, lang);
        }
        items.push_back(j);
    }
    json scenarios = json::array();
    for (std::size_t k = 0; k < m.scenarios.size(); ++k) {
        const Scenario &s = m.scenarios[k];
        if (!s.enabled)
            continue;
        const int rating = answers.scenarios[k].rating;
        scenarios.push_back({{"id", s.id},
                             {"name", s.name.get(lang)},
                             {"constrained", s.constrained},
                             {"rating", rating < 0 ? json(nullptr) : json(rating)}});
    }
    return {{"base_score", number(r.base)},
            {"base_score_exact", r.base.toString()},
            {"max_base_score", number(r.maxBase)},
            {"dimensions", dims},
            {"items", items},
            {"scenarios", scenarios}};
}

} // namespace

json evaluationToJson(const JsonReportInput &in, Lang lang)
{
    const Evaluation &e = *in.evaluation;
    const Model &m = e.model;
    const ScoreResult &r = e.result;
    json j = {{"model",
               {{"id", m.id},
                {"version", m.version},
                {"content_hash", m.contentHash},
                {"official", m.official},
                {"title", m.title.get(lang)}}},
              {"language", langCode(lang)}};
    if (m.modifiedOfficial()) {
        j["model"]["modified"] = true;
        j["model"]["official_reason"] = modifiedModelReason(m, lang);
    }
    if (!in.enterpriseName.empty() || !in.industry.empty())
        j["enterprise"] = {{"name", in.enterpriseName}, {"industry", in.industry}};
    if (in.layer)
        j["layer"] = key(*in.layer);
    j.update(scoredPart(m, r, *in.answers, lang));

    json counts = json::object();
    for (int l = 1; l <= 4; ++l)
        counts[std::to_string(l)] = {{"total", r.atLeast[l]},
                                     {"constrained", r.constrainedAtLeast[l]}};
    j["scenario_counts"] = counts;
    j["level"] = r.level;
    j["level_name"] = levelName(m, r.level, lang);

    json levels = json::array();
    for (const LevelCheck &lc : e.explanation.levels) {
        json conds = json::array();
        for (const ConditionCheck &c : lc.conditions)
            conds.push_back(conditionJson(c, lang));
        levels.push_back({{"level", lc.level}, {"met", lc.met}, {"conditions", conds}});
    }
    j["explanation"] = levels;

    j["next_level"] = nullptr;
    if (r.level < m.maxLevel()) {
        json failing = json::array();
        for (const ConditionCheck &c : e.explanation.levels[r.level].conditions) {
            if (!c.met)
                failing.push_back(conditionJson(c, lang));
        }
        j["next_level"] = {{"level", r.level + 1},
                           {"name", levelName(m, r.level + 1, lang)},
                           {"failing", failing}};
    }

    json plans = json::array();
    for (const WhatIfPlan &p : e.whatIf) {
        json changes = json::array();
        for (const WhatIfChange &c : p.changes) {
            const bool item = c.kind == WhatIfChange::Kind::Item;
            json cj = {{"kind", key(item ? AnswerKind::Item : AnswerKind::Scenario)},
                       {"id", item ? m.items[c.index].id : m.scenarios[c.index].id},
                       {"steps", c.steps},
                       {"text", changeText(m, *in.answers, c, lang)}};
            if (item) {
                cj["points"] = number(c.points);
                cj["large_investment"] = c.isLargeInvestment();
                if (c.isLargeInvestment())
                    cj["large_investment_reason"] = key(c.largeInvestment);
                if (m.items[c.index].type == ItemType::Multi) {
                    json added = json::array();
                    for (int o : c.addedOptions)
                        added.push_back(m.items[c.index].options[o].id);
                    cj["add_options"] = added;
                } else {
                    cj["from"] = itemStateText(m, c.index, c.fromState, lang);
                    cj["to"] = itemStateText(m, c.index, c.toState, lang);
                }
            } else {
                cj["from"] = c.fromRating;
                cj["to"] = c.toRating;
            }
            changes.push_back(cj);
        }
        plans.push_back({{"target_level", p.targetLevel},
                         {"steps", p.steps},
                         {"points", number(p.points)},
                         {"large_investments", p.largeInvestments},
                         {"changes", changes}});
    }
    json locks = json::array();
    for (int k : e.locks.items)
        locks.push_back({{"kind", key(AnswerKind::Item)},
                         {"id", m.items[k].id},
                         {"name", m.items[k].name.get(lang)}});
    for (int k : e.locks.scenarios)
        locks.push_back({{"kind", key(AnswerKind::Scenario)},
                         {"id", m.scenarios[k].id},
                         {"name", m.scenarios[k].name.get(lang)}});
    j["plan_locks"] = locks;
    j["what_if"] = plans;
    j["what_if_status"] = key(e.whatIfStatus);
    j["unanswered"] = r.unanswered;

    json additions = json::array();
    for (const Evaluation::OverlayResult &o : e.overlays) {
        json a = {{"id", o.overlay->id},
                  {"version", o.overlay->version},
                  {"title", o.overlay->title.get(lang)},
                  {"official", false},
                  {"note", lang == Lang::ZhCN
                               ? "DigiLevel 补充指标，非官方评测内容，不影响官方等级"
                               : "DigiLevel addition, not part of the official scheme; does not "
                                 "change the official level"},
                  {"unanswered", o.result.unanswered}};
        a.update(scoredPart(*o.overlay, o.result, o.answers, lang));
        additions.push_back(a);
    }
    j["additions"] = additions;
    return j;
}

} // namespace dl
