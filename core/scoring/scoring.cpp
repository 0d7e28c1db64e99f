// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/scoring.h"

#include "model/modelloader.h"

#include <algorithm>

namespace dl {

namespace {

void scaleItem(Item &item, const Rational &newPoints)
{
    if (item.points.isZero())
        return;
    const Rational factor = newPoints / item.points;
    for (Option &o : item.options)
        o.points = o.points * factor;
    for (Band &b : item.bands)
        b.points = b.points * factor;
    for (Rational &t : item.trendPoints)
        t = t * factor;
    item.yesPoints = item.yesPoints * factor;
    item.points = newPoints;
}

} // namespace

Model applyIndustry(const Model &model, const std::optional<IndustryCode> &industry)
{
    Model m = model;
    if (industry) {
        for (const IndustryOverride &o : model.overrides) {
            if (!industryMatches(o.industries, *industry))
                continue;
            for (const auto *list : {&o.enable, &o.disable}) {
                const bool on = list == &o.enable;
                for (const std::string &id : *list) {
                    if (const int i = m.findItem(id); i >= 0)
                        m.items[i].enabled = on;
                    if (const int s = m.findScenario(id); s >= 0)
                        m.scenarios[s].enabled = on;
                }
            }
            for (const auto &[id, points] : o.reweight) {
                if (const int i = m.findItem(id); i >= 0)
                    scaleItem(m.items[i], points);
            }
        }
    }
    for (SubDimension &s : m.subdimensions) {
        s.points = 0;
        for (int i : s.items)
            s.points += m.items[i].enabled ? m.items[i].points : Rational(0);
    }
    for (Dimension &d : m.dimensions) {
        d.points = 0;
        for (int s : d.subdimensions)
            d.points += m.subdimensions[s].points;
    }
    return m;
}

std::vector<int> activeOverlays(const ModelSet &set, const std::optional<IndustryCode> &industry)
{
    std::vector<int> out;
    for (int k = 0; k < int(set.overlays.size()); ++k) {
        if (industry && industryMatches(set.overlays[k].industries, *industry))
            out.push_back(k);
    }
    return out;
}

Rational ratioPercent(const Rational &numerator, const Rational &denominator)
{
    if (denominator.isZero())
        return 0;
    return numerator * Rational(100) / denominator;
}

std::optional<NumeratorNeeded>
numeratorForBand(const Item &item, int band, const Rational &denominator)
{
    if (denominator.isZero())
        return std::nullopt;
    const Interval &range = item.bands[band].range;
    return NumeratorNeeded{range.low * denominator / Rational(100), !range.lowClosed};
}

NumeratorNeeded wholeNumerator(const NumeratorNeeded &need)
{
    const Rational floor(need.value.numerator() / need.value.denominator());
    return {need.strict || !need.value.isInteger() ? floor + Rational(1) : need.value, false};
}

int bandIndex(const std::vector<Band> &bands, const Rational &value)
{
    for (int k = 0; k < int(bands.size()); ++k) {
        if (bands[k].range.contains(value))
            return k;
    }
    return -1;
}

TrendDirection trendFromFigures(const Item &item, const Rational &before, const Rational &after)
{
    if (before == after)
        return TrendDirection::Same;
    return (after > before) == item.higherIsBetter ? TrendDirection::Better : TrendDirection::Worse;
}

namespace {

ItemScore scoreItem(const Item &item, const ItemAnswer &a, const AnswerSet &answers)
{
    ItemScore s;
    switch (item.type) {
    case ItemType::Single:
        if (a.answered && a.choice >= 0 && a.choice < int(item.options.size())) {
            s.answered = true;
            s.state = a.choice;
            s.points = item.options[a.choice].points;
        }
        break;
    case ItemType::Multi:
        if (a.answered) {
            s.answered = true;
            for (int k = 0; k < int(item.options.size()); ++k) {
                if (a.selected & (std::uint64_t(1) << k))
                    s.points += item.options[k].points;
            }
        }
        break;
    case ItemType::YesNo:
        if (a.answered) {
            s.answered = true;
            s.state = a.choice;
            s.points = a.choice == 1 ? item.yesPoints : Rational(0);
        }
        break;
    case ItemType::Trend: {
        int t = a.answered ? a.choice : -1;
        const auto &before = answers.figures[item.figureA];
        const auto &after = answers.figures[item.figureB];
        if (t < 0 && before && after)
            t = int(trendFromFigures(item, *before, *after));
        if (t >= 0) {
            s.answered = true;
            s.state = t;
            s.points = item.trendPoints[t];
        }
        break;
    }
    case ItemType::Ratio:
    case ItemType::Number: {
        const auto &x = answers.figures[item.figureA];
        const auto &y = item.type == ItemType::Ratio ? answers.figures[item.figureB] : x;
        if (!x || !y)
            break;
        const Rational value = item.type == ItemType::Ratio ? ratioPercent(*x, *y) : *x;
        const int band = bandIndex(item.bands, value);
        if (band >= 0) {
            s.answered = true;
            s.state = band;
            s.points = item.bands[band].points;
        }
        break;
    }
    }
    return s;
}

} // namespace

int levelFor(const Model &model,
             const Rational &base,
             const std::array<int, 5> &atLeast,
             const std::array<int, 5> &constrainedAtLeast)
{
    int level = 0;
    for (const LevelRule &r : model.levelRules) {
        bool ok = !r.minBaseScore || base >= *r.minBaseScore;
        if (r.minScenarios)
            ok = ok && atLeast[r.minScenarios->atLevel] >= r.minScenarios->count;
        if (r.minConstrained)
            ok = ok && constrainedAtLeast[r.minConstrained->atLevel] >= r.minConstrained->count;
        if (ok)
            level = r.level;
    }
    return level;
}

ScoreResult score(const Model &model, const AnswerSet &answers)
{
    ScoreResult r;
    r.items.resize(model.items.size());
    r.subdimensions.resize(model.subdimensions.size());
    r.dimensions.resize(model.dimensions.size());
    for (int k = 0; k < int(model.items.size()); ++k) {
        const Item &item = model.items[k];
        if (!item.enabled)
            continue;
        r.items[k] = scoreItem(item, answers.items[k], answers);
        if (!r.items[k].answered)
            r.unanswered.push_back(item.id);
        r.subdimensions[item.subdimension] += r.items[k].points;
        r.dimensions[item.dimension] += r.items[k].points;
        r.base += r.items[k].points;
        r.maxBase += item.points;
    }
    for (int k = 0; k < int(model.scenarios.size()); ++k) {
        const Scenario &s = model.scenarios[k];
        if (!s.enabled)
            continue;
        const int rating = answers.scenarios[k].rating;
        if (rating < 0) {
            r.unanswered.push_back(s.id);
            continue;
        }
        for (int l = 0; l <= rating && l <= 4; ++l) {
            ++r.atLeast[l];
            r.constrainedAtLeast[l] += s.constrained;
        }
    }
    r.level = model.isOverlay ? 0 : levelFor(model, r.base, r.atLeast, r.constrainedAtLeast);
    return r;
}

} // namespace dl
