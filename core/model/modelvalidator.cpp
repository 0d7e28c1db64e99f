// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/modelvalidator.h"

#include "model/industry.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace dl {

namespace {

class Validator
{
public:
    Validator(Model &model, Diagnostics &out)
        : m(model)
        , m_out(out)
    {}

    void run()
    {
        indexIds();
        checkSums();
        for (const Item &item : m.items)
            checkItem(item);
        checkLevelRules();
        checkOverrides();
        checkReferences();
    }

private:
    void error(SourcePos pos, const std::string &id, std::string code, std::string message)
    {
        m_out.push_back(Diagnostic{m.file, pos, id, std::move(code), std::move(message)});
    }

    void claim(const std::string &id, SourcePos pos, std::string_view what)
    {
        if (id.empty())
            return;
        const auto [it, inserted] = m_ids.emplace(id, pos);
        if (!inserted)
            error(pos, id, "duplicate-id",
                  std::string(what) + " id '" + id + "' is already used at line " +
                      std::to_string(it->second.line) + "; ids must be unique");
    }

    void indexIds()
    {
        for (const Dimension &d : m.dimensions)
            claim(d.id, d.pos, "dimension");
        for (const SubDimension &s : m.subdimensions)
            claim(s.id, s.pos, "sub-dimension");
        for (int k = 0; k < int(m.items.size()); ++k) {
            claim(m.items[k].id, m.items[k].pos, "item");
            m.itemIndex.emplace(m.items[k].id, k);
        }
        for (const ScenarioGroup &g : m.groups)
            claim(g.id, g.pos, "scenario group");
        for (int k = 0; k < int(m.scenarios.size()); ++k) {
            claim(m.scenarios[k].id, m.scenarios[k].pos, "scenario");
            m.scenarioIndex.emplace(m.scenarios[k].id, k);
        }
    }

    void checkSums()
    {
        for (const Dimension &d : m.dimensions) {
            Rational sum;
            for (int s : d.subdimensions)
                sum += m.subdimensions[s].points;
            if (sum != d.points)
                error(d.pos, d.id, "points-mismatch",
                      "dimension " + d.id + ": sub-dimensions add up to " + sum.toString() +
                          ", dimension declares " + d.points.toString());
        }
        for (const SubDimension &s : m.subdimensions) {
            Rational sum;
            for (int i : s.items)
                sum += m.items[i].points;
            if (sum != s.points)
                error(s.pos, s.id, "points-mismatch",
                      "sub-dimension " + s.id + ": items add up to " + sum.toString() +
                          ", sub-dimension declares " + s.points.toString());
        }
    }

    void checkItem(const Item &item)
    {
        if (item.points.isNegative())
            error(item.pos, item.id, "invalid-value", "item " + item.id + ": points are negative");
        switch (item.type) {
        case ItemType::Single:
        case ItemType::Multi:
            checkOptions(item);
            break;
        case ItemType::Ratio:
        case ItemType::Number:
            checkBands(item);
            break;
        case ItemType::Trend: {
            const Rational *p = item.trendPoints;
            if (p[2] != item.points)
                error(item.pos, item.id, "points-mismatch",
                      "item " + item.id + ": 'better' scores " + p[2].toString() +
                          ", item declares " + item.points.toString());
            if (p[0].isNegative() || p[0] > p[1] || p[1] > p[2])
                error(item.pos, item.id, "points-order",
                      "item " + item.id +
                          ": trend points must satisfy 0 <= worse <= same <= better");
            break;
        }
        case ItemType::YesNo:
            if (item.yesPoints != item.points)
                error(item.pos, item.id, "points-mismatch",
                      "item " + item.id + ": yes scores " + item.yesPoints.toString() +
                          ", item declares " + item.points.toString());
            break;
        }
    }

    void checkOptions(const Item &item)
    {
        const bool multi = item.type == ItemType::Multi;
        if (item.options.size() < 2)
            error(item.pos, item.id, "too-few-options",
                  "item " + item.id + ": has " + std::to_string(item.options.size()) +
                      " option(s); expected at least 2");
        if (multi && item.options.size() > 64)
            error(item.pos, item.id, "too-many-options",
                  "item " + item.id + ": a multiple-choice item has at most 64 options");
        std::unordered_set<std::string> ids;
        Rational sum, best;
        int exclusive = 0;
        for (const Option &o : item.options) {
            if (!o.id.empty() && !ids.insert(o.id).second)
                error(o.pos, item.id, "duplicate-id",
                      "item " + item.id + ": option id '" + o.id + "' is used twice");
            if (o.points.isNegative())
                error(o.pos, item.id, "invalid-value",
                      "item " + item.id + ": option '" + o.id + "' has negative points");
            if (o.exclusive) {
                ++exclusive;
                if (!multi)
                    error(o.pos, item.id, "invalid-value",
                          "item " + item.id + ": 'exclusive' applies only to multi items");
                else if (!o.points.isZero())
                    error(o.pos, item.id, "points-mismatch",
                          "item " + item.id + ": exclusive option '" + o.id + "' scores " +
                              o.points.toString() + "; an exclusive ('none') option scores 0");
                continue;
            }
            sum += o.points;
            best = std::max(best, o.points);
        }
        if (exclusive > 1)
            error(item.pos, item.id, "too-many-exclusive",
                  "item " + item.id + ": " + std::to_string(exclusive) +
                      " options are exclusive; at most one ('none') may be");
        if (item.options.size() < 2)
            return;
        if (multi && sum != item.points)
            error(item.pos, item.id, "points-mismatch",
                  "item " + item.id + ": options add up to " + sum.toString() + ", item declares " +
                      item.points.toString());
        if (!multi && best != item.points)
            error(item.pos, item.id, "points-mismatch",
                  "item " + item.id + ": the best option scores " + best.toString() +
                      ", item declares " + item.points.toString());
    }

    void checkBands(const Item &item)
    {
        const bool percent = item.type == ItemType::Ratio;
        const Interval &range = item.numberRange;
        if (item.bands.empty()) {
            error(item.pos, item.id, "bands-empty", "item " + item.id + ": no bands");
            return;
        }
        Rational best = item.bands.front().points;
        const Band &first = item.bands.front();
        if (first.range.low != range.low || first.range.lowClosed != range.lowClosed)
            error(first.pos, item.id, "bands-gap",
                  "item " + item.id + ": the first band " + first.range.toString(percent) +
                      " does not start where the range " + range.toString(percent) + " starts");
        for (std::size_t k = 1; k < item.bands.size(); ++k) {
            const Band &prev = item.bands[k - 1];
            const Band &cur = item.bands[k];
            best = std::max(best, cur.points);
            const std::string pair =
                prev.range.toString(percent) + " and " + cur.range.toString(percent);
            if (cur.range.low < prev.range.high ||
                (cur.range.low == prev.range.high && cur.range.lowClosed && prev.range.highClosed))
                error(cur.pos, item.id, "bands-overlap",
                      "item " + item.id + ": bands " + pair +
                          " overlap; each value must fall in exactly one band");
            else if (cur.range.low > prev.range.high ||
                     (!cur.range.lowClosed && !prev.range.highClosed))
                error(cur.pos, item.id, "bands-gap",
                      "item " + item.id + ": bands " + pair + " leave a gap at " +
                          prev.range.high.toString() + (percent ? "%" : ""));
            if (cur.points < prev.points)
                error(cur.pos, item.id, "points-order",
                      "item " + item.id + ": band " + cur.range.toString(percent) +
                          " scores less than the band below it");
        }
        const Band &last = item.bands.back();
        if (last.range.high != range.high || last.range.highClosed != range.highClosed)
            error(last.pos, item.id, "bands-gap",
                  "item " + item.id + ": the last band " + last.range.toString(percent) +
                      " does not end where the range " + range.toString(percent) + " ends");
        if (best != item.points)
            error(item.pos, item.id, "points-mismatch",
                  "item " + item.id + ": the best band scores " + best.toString() +
                      ", item declares " + item.points.toString());
        if (item.type == ItemType::Ratio) {
            for (int f : {item.figureA, item.figureB}) {
                if (f >= 0 && (m.figures[f].kind == FigureKind::Value ||
                               m.figures[f].kind == FigureKind::Percent))
                    error(item.pos, item.id, "invalid-value",
                          "item " + item.id + ": figure '" + m.figures[f].id +
                              "' of a ratio must be of kind count or amount");
            }
        }
    }

    void checkLevelRules()
    {
        if (m.isOverlay)
            return;
        if (m.levelRules.empty()) {
            error({}, m.id, "level-rules-empty", "the model has no level rules");
            return;
        }
        int constrained = 0;
        int enabled = 0;
        for (const Scenario &s : m.scenarios) {
            enabled += s.enabled;
            constrained += s.enabled && s.constrained;
        }
        const Rational maxBase = m.maxBaseScore();
        const LevelRule *prev = nullptr;
        for (std::size_t k = 0; k < m.levelRules.size(); ++k) {
            const LevelRule &r = m.levelRules[k];
            const std::string id = "level-" + std::to_string(r.level);
            if (r.level != int(k) + 1) {
                error(r.pos, id, "level-order",
                      "level rule " + std::to_string(r.level) + " is in position " +
                          std::to_string(k + 1) + "; expected levels 1, 2, 3, ... in order");
                continue;
            }
            if (r.minBaseScore && *r.minBaseScore > maxBase)
                error(r.pos, id, "level-unreachable",
                      "level " + std::to_string(r.level) + " needs base score " +
                          r.minBaseScore->toString() + ", above the maximum " + maxBase.toString());
            if (r.minScenarios && r.minScenarios->count > enabled)
                error(r.pos, id, "level-unreachable",
                      "level " + std::to_string(r.level) + " needs " +
                          std::to_string(r.minScenarios->count) + " scenarios; the model has " +
                          std::to_string(enabled));
            if (r.minConstrained && r.minConstrained->count > constrained)
                error(r.pos, id, "level-unreachable",
                      "level " + std::to_string(r.level) + " needs " +
                          std::to_string(r.minConstrained->count) +
                          " constrained scenarios; the model has " + std::to_string(constrained));
            if (r.minScenarios && r.minConstrained &&
                r.minConstrained->count > r.minScenarios->count &&
                r.minConstrained->atLevel == r.minScenarios->atLevel)
                error(r.pos, id, "level-inconsistent",
                      "level " + std::to_string(r.level) +
                          " asks for more constrained scenarios (" +
                          std::to_string(r.minConstrained->count) + ") than scenarios (" +
                          std::to_string(r.minScenarios->count) + ")");
            if (prev)
                checkMonotone(*prev, r, id);
            prev = &r;
        }
    }

    // A higher level may not be easier than the one below it in any condition; otherwise the
    // "highest level whose conditions hold" could skip a level.
    void checkMonotone(const LevelRule &lower, const LevelRule &r, const std::string &id)
    {
        auto fail = [&](const std::string &what, const std::string &low, const std::string &high) {
            error(r.pos, id, "level-order",
                  "level " + std::to_string(r.level) + " needs " + what + " " + high +
                      ", less than level " + std::to_string(lower.level) + "'s " + low +
                      "; a higher level must not be easier");
        };
        if (lower.minBaseScore && (!r.minBaseScore || *r.minBaseScore < *lower.minBaseScore))
            fail("base score", lower.minBaseScore->toString(),
                 r.minBaseScore ? r.minBaseScore->toString() : "none");
        auto cmp = [&](const std::optional<ScenarioCondition> &lo,
                       const std::optional<ScenarioCondition> &hi, const std::string &what) {
            if (!lo)
                return;
            if (!hi || hi->count < lo->count || hi->atLevel < lo->atLevel)
                fail(what, std::to_string(lo->count) + " at level " + std::to_string(lo->atLevel),
                     hi ? std::to_string(hi->count) + " at level " + std::to_string(hi->atLevel)
                        : "none");
        };
        cmp(lower.minScenarios, r.minScenarios, "scenarios");
        cmp(lower.minConstrained, r.minConstrained, "constrained scenarios");
    }

    void
    checkIndustries(const std::vector<std::string> &codes, SourcePos pos, const std::string &id)
    {
        const IndustryTable &table = IndustryTable::gbt4754();
        for (const std::string &c : codes) {
            if (!table.find(c))
                error(pos, id, "unknown-industry",
                      "industry '" + c +
                          "' is not a GB/T 4754-2017 section (A-T) or division "
                          "(01-97)");
        }
    }

    void checkOverrides()
    {
        checkIndustries(m.industries, m.industriesPos, m.id);
        std::set<std::string> ids;
        for (const IndustryOverride &o : m.overrides) {
            if (!ids.insert(o.id).second)
                error(o.pos, o.id, "duplicate-id", "override id '" + o.id + "' is used twice");
            if (o.industries.empty())
                error(o.pos, o.id, "invalid-value", "override " + o.id + " names no industries");
            checkIndustries(o.industries, o.pos, o.id);
            for (const auto *list : {&o.enable, &o.disable}) {
                for (const std::string &ref : *list) {
                    if (m.findItem(ref) < 0 && m.findScenario(ref) < 0)
                        error(o.pos, o.id, "unknown-reference",
                              "override " + o.id + " refers to '" + ref +
                                  "', which is not an item or scenario of this model");
                }
            }
            for (const auto &[ref, points] : o.reweight) {
                if (m.findItem(ref) < 0)
                    error(o.pos, o.id, "unknown-reference",
                          "override " + o.id + " re-weights '" + ref +
                              "', which is not an item of this model");
                if (!(points > Rational(0)))
                    error(o.pos, o.id, "invalid-value",
                          "override " + o.id + " gives '" + ref + "' " + points.toString() +
                              " points; expected more than 0 (use disable to drop an item)");
            }
        }
    }

    void checkReferences()
    {
        for (const UnverifiedFact &f : m.unverified) {
            for (const std::string &ref : f.refersTo) {
                const bool levelRef = ref.starts_with("level-");
                if (!m_ids.count(ref) && m.findFigure(ref) < 0 && !levelRef)
                    error(f.pos, f.id, "unknown-reference",
                          "unverified fact " + f.id + " refers to '" + ref +
                              "', which is not an id in this model");
            }
        }
    }

    Model &m;
    Diagnostics &m_out;
    std::unordered_map<std::string, SourcePos> m_ids;
};

} // namespace

void validateModel(Model &model, Diagnostics &out)
{
    Validator(model, out).run();
}

} // namespace dl
