// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/modelvalidator.h"

#include "base/diagnosticcatalog.h"
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
    template<DiagMsg M, typename... A>
    void error(SourcePos pos, const std::string &id, A &&...args)
    {
        m_out.push_back(diagnostic<M>(m.file, pos, id, std::forward<A>(args)...));
    }

    void claim(const std::string &id, SourcePos pos, const LocalText &what)
    {
        if (id.empty())
            return;
        const auto [it, inserted] = m_ids.emplace(id, pos);
        if (!inserted)
            error<DiagMsg::IdUsedTwice>(pos, id, what, id, it->second.line);
    }

    void indexIds()
    {
        for (const Dimension &d : m.dimensions)
            claim(d.id, d.pos, {"维度", "dimension"});
        for (const SubDimension &s : m.subdimensions)
            claim(s.id, s.pos, {"子维度", "sub-dimension"});
        for (int k = 0; k < int(m.items.size()); ++k) {
            claim(m.items[k].id, m.items[k].pos, {"评分项", "item"});
            m.itemIndex.emplace(m.items[k].id, k);
        }
        for (const ScenarioGroup &g : m.groups)
            claim(g.id, g.pos, {"场景组", "scenario group"});
        for (int k = 0; k < int(m.scenarios.size()); ++k) {
            claim(m.scenarios[k].id, m.scenarios[k].pos, {"场景", "scenario"});
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
                error<DiagMsg::DimensionSum>(d.pos, d.id, d.id, sum.toString(),
                                             d.points.toString());
        }
        for (const SubDimension &s : m.subdimensions) {
            Rational sum;
            for (int i : s.items)
                sum += m.items[i].points;
            if (sum != s.points)
                error<DiagMsg::SubdimensionSum>(s.pos, s.id, s.id, sum.toString(),
                                                s.points.toString());
        }
    }

    void checkItem(const Item &item)
    {
        if (item.points.isNegative())
            error<DiagMsg::ItemPointsNegative>(item.pos, item.id, item.id);
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
                error<DiagMsg::TrendBetterPoints>(item.pos, item.id, item.id, p[2].toString(),
                                                  item.points.toString());
            if (p[0].isNegative() || p[0] > p[1] || p[1] > p[2])
                error<DiagMsg::TrendPointsOrder>(item.pos, item.id, item.id);
            break;
        }
        case ItemType::YesNo:
            if (item.yesPoints != item.points)
                error<DiagMsg::YesPoints>(item.pos, item.id, item.id, item.yesPoints.toString(),
                                          item.points.toString());
            break;
        }
    }

    void checkOptions(const Item &item)
    {
        const bool multi = item.type == ItemType::Multi;
        if (item.options.size() < 2)
            error<DiagMsg::TooFewOptions>(item.pos, item.id, item.id, item.options.size());
        if (multi && item.options.size() > 64)
            error<DiagMsg::TooManyOptions>(item.pos, item.id, item.id);
        std::unordered_set<std::string> ids;
        Rational sum, best;
        int exclusive = 0;
        for (const Option &o : item.options) {
            if (!o.id.empty() && !ids.insert(o.id).second)
                error<DiagMsg::OptionIdTwice>(o.pos, item.id, item.id, o.id);
            if (o.points.isNegative())
                error<DiagMsg::OptionPointsNegative>(o.pos, item.id, item.id, o.id);
            if (o.exclusive) {
                ++exclusive;
                if (!multi)
                    error<DiagMsg::ExclusiveNotMulti>(o.pos, item.id, item.id);
                else if (!o.points.isZero())
                    error<DiagMsg::ExclusiveScores>(o.pos, item.id, item.id, o.id,
                                                    o.points.toString());
                continue;
            }
            sum += o.points;
            best = std::max(best, o.points);
        }
        if (exclusive > 1)
            error<DiagMsg::TooManyExclusive>(item.pos, item.id, item.id, exclusive);
        if (item.options.size() < 2)
            return;
        if (multi && sum != item.points)
            error<DiagMsg::OptionsSum>(item.pos, item.id, item.id, sum.toString(),
                                       item.points.toString());
        if (!multi && best != item.points)
            error<DiagMsg::BestOptionPoints>(item.pos, item.id, item.id, best.toString(),
                                             item.points.toString());
    }

    void checkBands(const Item &item)
    {
        const bool percent = item.type == ItemType::Ratio;
        const Interval &range = item.numberRange;
        if (item.bands.empty()) {
            error<DiagMsg::NoBands>(item.pos, item.id, item.id);
            return;
        }
        Rational best = item.bands.front().points;
        const Band &first = item.bands.front();
        if (first.range.low != range.low || first.range.lowClosed != range.lowClosed)
            error<DiagMsg::FirstBandStart>(first.pos, item.id, item.id,
                                           first.range.toString(percent), range.toString(percent));
        for (std::size_t k = 1; k < item.bands.size(); ++k) {
            const Band &prev = item.bands[k - 1];
            const Band &cur = item.bands[k];
            best = std::max(best, cur.points);
            if (cur.range.low < prev.range.high ||
                (cur.range.low == prev.range.high && cur.range.lowClosed && prev.range.highClosed))
                error<DiagMsg::BandsOverlap>(cur.pos, item.id, item.id,
                                             prev.range.toString(percent),
                                             cur.range.toString(percent));
            else if (cur.range.low > prev.range.high ||
                     (!cur.range.lowClosed && !prev.range.highClosed))
                error<DiagMsg::BandsGap>(cur.pos, item.id, item.id, prev.range.toString(percent),
                                         cur.range.toString(percent),
                                         prev.range.high.toString() + (percent ? "%" : ""));
            if (cur.points < prev.points)
                error<DiagMsg::BandPointsOrder>(cur.pos, item.id, item.id,
                                                cur.range.toString(percent));
        }
        const Band &last = item.bands.back();
        if (last.range.high != range.high || last.range.highClosed != range.highClosed)
            error<DiagMsg::LastBandEnd>(last.pos, item.id, item.id, last.range.toString(percent),
                                        range.toString(percent));
        if (best != item.points)
            error<DiagMsg::BestBandPoints>(item.pos, item.id, item.id, best.toString(),
                                           item.points.toString());
        if (item.type == ItemType::Ratio) {
            for (int f : {item.figureA, item.figureB}) {
                if (f >= 0 && (m.figures[f].kind == FigureKind::Value ||
                               m.figures[f].kind == FigureKind::Percent))
                    error<DiagMsg::RatioFigureKind>(item.pos, item.id, item.id, m.figures[f].id);
            }
        }
    }

    void checkLevelRules()
    {
        if (m.isOverlay)
            return;
        if (m.levelRules.empty()) {
            error<DiagMsg::NoLevelRules>({}, m.id);
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
                error<DiagMsg::LevelRuleOrder>(r.pos, id, r.level, k + 1);
                continue;
            }
            if (r.minBaseScore && *r.minBaseScore > maxBase)
                error<DiagMsg::LevelBaseUnreachable>(r.pos, id, r.level, r.minBaseScore->toString(),
                                                     maxBase.toString());
            if (r.minScenarios && r.minScenarios->count > enabled)
                error<DiagMsg::LevelScenariosUnreachable>(r.pos, id, r.level, r.minScenarios->count,
                                                          enabled);
            if (r.minConstrained && r.minConstrained->count > constrained)
                error<DiagMsg::LevelConstrainedUnreachable>(r.pos, id, r.level,
                                                            r.minConstrained->count, constrained);
            if (r.minScenarios && r.minConstrained &&
                r.minConstrained->count > r.minScenarios->count &&
                r.minConstrained->atLevel == r.minScenarios->atLevel)
                error<DiagMsg::LevelInconsistent>(r.pos, id, r.level, r.minConstrained->count,
                                                  r.minScenarios->count);
            if (prev)
                checkMonotone(*prev, r, id);
            prev = &r;
        }
    }

    // A higher level may not be easier than the one below it in any condition; otherwise the
    // "highest level whose conditions hold" could skip a level.
    void checkMonotone(const LevelRule &lower, const LevelRule &r, const std::string &id)
    {
        auto fail = [&](const LocalText &what, const DiagArg &low, const DiagArg &high) {
            error<DiagMsg::LevelEasier>(r.pos, id, r.level, what, high, lower.level, low);
        };
        const LocalText none{"无", "none"};
        if (lower.minBaseScore && (!r.minBaseScore || *r.minBaseScore < *lower.minBaseScore))
            fail({"基础得分", "base score"}, lower.minBaseScore->toString(),
                 r.minBaseScore ? DiagArg(r.minBaseScore->toString()) : DiagArg(none));
        auto count = [](const ScenarioCondition &c) {
            const std::string n = std::to_string(c.count), at = std::to_string(c.atLevel);
            return LocalText{n + " 个（" + at + " 级及以上）", n + " at level " + at};
        };
        auto cmp = [&](const std::optional<ScenarioCondition> &lo,
                       const std::optional<ScenarioCondition> &hi, const LocalText &what) {
            if (!lo)
                return;
            if (!hi || hi->count < lo->count || hi->atLevel < lo->atLevel)
                fail(what, count(*lo), hi ? count(*hi) : none);
        };
        cmp(lower.minScenarios, r.minScenarios, {"场景数", "scenarios"});
        cmp(lower.minConstrained, r.minConstrained, {"约束性场景数", "constrained scenarios"});
    }

    void
    checkIndustries(const std::vector<std::string> &codes, SourcePos pos, const std::string &id)
    {
        const IndustryTable &table = IndustryTable::gbt4754();
        for (const std::string &c : codes) {
            if (!table.find(c))
                error<DiagMsg::ModelIndustryUnknown>(pos, id, c);
        }
    }

    void checkOverrides()
    {
        checkIndustries(m.industries, m.industriesPos, m.id);
        std::set<std::string> ids;
        for (const IndustryOverride &o : m.overrides) {
            if (!ids.insert(o.id).second)
                error<DiagMsg::OverrideIdTwice>(o.pos, o.id, o.id);
            if (o.industries.empty())
                error<DiagMsg::OverrideNoIndustries>(o.pos, o.id, o.id);
            checkIndustries(o.industries, o.pos, o.id);
            for (const auto *list : {&o.enable, &o.disable}) {
                for (const std::string &ref : *list) {
                    if (m.findItem(ref) < 0 && m.findScenario(ref) < 0)
                        error<DiagMsg::OverrideUnknownTarget>(o.pos, o.id, o.id, ref);
                }
            }
            for (const auto &[ref, points] : o.reweight) {
                if (m.findItem(ref) < 0)
                    error<DiagMsg::OverrideReweightUnknown>(o.pos, o.id, o.id, ref);
                if (!(points > Rational(0)))
                    error<DiagMsg::OverrideReweightPoints>(o.pos, o.id, o.id, ref,
                                                           points.toString());
            }
        }
    }

    void checkReferences()
    {
        for (const UnverifiedFact &f : m.unverified) {
            for (const std::string &ref : f.refersTo) {
                const bool levelRef = ref.starts_with("level-");
                if (!m_ids.count(ref) && m.findFigure(ref) < 0 && !levelRef)
                    error<DiagMsg::UnverifiedUnknownReference>(f.pos, f.id, f.id, ref);
            }
        }
        for (const Supersession &s : m.supersedes) {
            if (s.modelId == m.id && s.version == m.version)
                error<DiagMsg::SupersedesItself>(s.pos, m.id, m.id, m.version);
            for (const CarryRule &rule : s.rules) {
                for (const std::string &ref : rule.refersTo) {
                    if (m.findItem(ref) < 0 && m.findScenario(ref) < 0 && m.findFigure(ref) < 0)
                        error<DiagMsg::SupersedesUnknownReference>(rule.pos, m.id, s.modelId,
                                                                   s.version, ref);
                }
            }
        }
        for (const Item &item : m.items) {
            if (item.largeInvestmentAbove && (*item.largeInvestmentAbove < Rational(0) ||
                                              *item.largeInvestmentAbove > Rational(100)))
                error<DiagMsg::LargeInvestmentRange>(item.pos, item.id, item.id,
                                                     item.largeInvestmentAbove->toString());
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
