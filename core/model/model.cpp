// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model.h"

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

std::string levelName(const Model &model, int level, Lang lang)
{
    if (const LevelRule *r = model.rule(level))
        return r->name.get(lang);
    return lang == Lang::ZhCN ? "未达一级" : "Below level 1";
}

} // namespace dl
