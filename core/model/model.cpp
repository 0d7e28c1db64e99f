// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model.h"

#include <algorithm>

namespace dl {

bool Interval::contains(const Rational &x) const
{
    const bool aboveLow = lowClosed ? x >= low : x > low;
    const bool belowHigh = highClosed ? x <= high : x < high;
    return aboveLow && belowHigh;
}

std::string Interval::toString(bool percent) const
{
    const char *unit = percent ? "%" : "";
    return std::string(lowClosed ? "[" : "(") + low.toString() + unit + "," + high.toString() +
           unit + (highClosed ? "]" : ")");
}

const char *trendKey(TrendDirection t)
{
    switch (t) {
    case TrendDirection::Worse:
        return "worse";
    case TrendDirection::Same:
        return "same";
    case TrendDirection::Better:
        return "better";
    }
    return "same";
}

std::optional<TrendDirection> parseTrend(std::string_view key)
{
    for (TrendDirection t : {TrendDirection::Worse, TrendDirection::Same, TrendDirection::Better}) {
        if (key == trendKey(t))
            return t;
    }
    return std::nullopt;
}

const char *key(CarryOver c)
{
    switch (c) {
    case CarryOver::Same:
        return "same";
    case CarryOver::Recheck:
        return "recheck";
    case CarryOver::Drop:
        return "drop";
    }
    return "same";
}

std::optional<CarryOver> parseCarryOver(std::string_view text)
{
    for (CarryOver c : {CarryOver::Same, CarryOver::Recheck, CarryOver::Drop}) {
        if (text == key(c))
            return c;
    }
    return std::nullopt;
}

const CarryRule *Supersession::ruleFor(std::string_view id) const
{
    for (const CarryRule &r : rules) {
        if (std::find(r.refersTo.begin(), r.refersTo.end(), id) != r.refersTo.end())
            return &r;
    }
    return nullptr;
}

namespace {

int lookup(const std::unordered_map<std::string, int> &index, std::string_view id)
{
    const auto it = index.find(std::string(id));
    return it == index.end() ? -1 : it->second;
}

} // namespace

int Model::findItem(std::string_view id) const
{
    return lookup(itemIndex, id);
}

int Model::findScenario(std::string_view id) const
{
    return lookup(scenarioIndex, id);
}

int Model::findFigure(std::string_view id) const
{
    return lookup(figureIndex, id);
}

Rational Model::maxBaseScore() const
{
    Rational sum;
    for (const Item &i : items) {
        if (i.enabled)
            sum += i.points;
    }
    return sum;
}

const LevelRule *Model::rule(int level) const
{
    return level >= 1 && level <= int(levelRules.size()) ? &levelRules[level - 1] : nullptr;
}

const Supersession *Model::supersession(std::string_view modelId, std::string_view ver) const
{
    for (const Supersession &s : supersedes) {
        if (s.modelId == modelId && s.version == ver)
            return &s;
    }
    return nullptr;
}

std::vector<std::string> changedMeaning(const Model &model, const Supersession &from)
{
    auto changed = [&](std::string_view id) {
        const CarryRule *r = from.ruleFor(id);
        return r && r->carry != CarryOver::Same;
    };
    auto figureChanged = [&](int figure) {
        return figure >= 0 && changed(model.figures[figure].id);
    };
    std::vector<std::string> out;
    for (const Item &item : model.items) {
        if (changed(item.id) || figureChanged(item.figureA) || figureChanged(item.figureB))
            out.push_back(item.id);
    }
    for (const Scenario &s : model.scenarios) {
        if (changed(s.id))
            out.push_back(s.id);
    }
    return out;
}

std::string levelName(const Model &model, int level, Lang lang)
{
    if (const LevelRule *r = model.rule(level))
        return r->name.get(lang);
    return lang == Lang::ZhCN ? "未达一级" : "Below level 1";
}

} // namespace dl
