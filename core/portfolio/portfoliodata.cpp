// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/portfoliodata.h"

#include "model/industry.h"
#include "model/officialmodels.h"
#include "store/bulkread.h"
#include "store/segments.h"

#include <algorithm>
#include <unordered_map>

namespace dl {

int PortfolioData::findSegment(const std::string &ref) const
{
    for (std::size_t k = 0; k < segments.size(); ++k) {
        if (segmentMatches(segments[k], ref))
            return int(k);
    }
    return -1;
}

int PortfolioData::findPart(std::string_view id) const
{
    for (std::size_t k = 0; k < catalogue.size(); ++k) {
        if (catalogue[k].id == id)
            return int(k);
    }
    return -1;
}

namespace {

std::vector<PortfolioPart> catalogueOf(const Model &model)
{
    std::vector<PortfolioPart> parts;
    for (const Dimension &d : model.dimensions)
        parts.push_back({PortfolioPart::Kind::Dimension, d.id, d.name});
    for (const SubDimension &s : model.subdimensions)
        parts.push_back({PortfolioPart::Kind::SubDimension, s.id, s.name});
    for (const Scenario &s : model.scenarios)
        parts.push_back({PortfolioPart::Kind::Scenario, s.id, s.name});
    return parts;
}

// "id=value,..." (encodeSummaryDetail) into values by catalogue index.
void decodeDetail(std::string_view detail,
                  const std::unordered_map<std::string, int> &index,
                  std::vector<std::optional<Rational>> &out)
{
    while (!detail.empty()) {
        const std::size_t comma = detail.find(',');
        const std::string_view pair = detail.substr(0, comma);
        detail = comma == std::string_view::npos ? std::string_view{} : detail.substr(comma + 1);
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos)
            continue;
        const auto it = index.find(std::string(pair.substr(0, eq)));
        if (it == index.end())
            continue;
        out[std::size_t(it->second)] = Rational::parseDecimal(pair.substr(eq + 1));
    }
}

} // namespace

Result<PortfolioData> loadPortfolioData(SqliteDb &db, const Model &model)
{
    PortfolioData data;
    data.catalogue = catalogueOf(model);
    std::unordered_map<std::string, int> partIndex;
    for (std::size_t k = 0; k < data.catalogue.size(); ++k)
        partIndex[data.catalogue[k].id] = int(k);

    ReadSnapshot snapshot(db);
    if (auto err = snapshot.begin())
        return *err;
    auto segs = segments(db);
    if (!segs)
        return segs.errors();
    data.segments = std::move(*segs);

    const IndustryTable &industries = IndustryTable::gbt4754();
    auto ents = collectRows<PortfolioEnterprise>(
        db.prepare("SELECT id, name, province, city, industry, size_class, srdi, pilot, "
                   "pilot_batch FROM enterprise ORDER BY id"),
        [&](const SqliteStatement &s) {
            PortfolioEnterprise e;
            e.id = s.integer(0);
            e.name = s.text(1);
            e.province = s.text(2);
            e.city = s.text(3);
            const std::string industry = s.text(4);
            if (auto code = industries.parse(industry)) {
                e.section = code->section;
                e.division = code->division;
            }
            e.size = parseSizeClass(s.text(5)).value_or(SizeClass::Unknown);
            e.srdi = parseSrdiStatus(s.text(6)).value_or(SrdiStatus::None);
            e.pilot = s.integer(7) != 0;
            e.pilotBatch = s.text(8);
            return e;
        });
    if (!ents)
        return ents.errors();
    data.enterprises = std::move(*ents);
    for (PortfolioEnterprise &e : data.enterprises) {
        const std::string industry = e.section + e.division;
        for (std::size_t k = 0; k < data.segments.size(); ++k) {
            if (segmentCovers(data.segments[k], e.id, industry))
                e.segments.push_back(int(k));
        }
    }

    auto st = db.prepare("SELECT id, enterprise_id, created_at, phase, assessor_org, model_hash, "
                         "summary_layer, summary_level, summary_score, summary_detail "
                         "FROM assessment ORDER BY created_at, id");
    if (!st)
        return st.errors();
    std::unordered_map<std::string, bool> official; // by model hash
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            break;
        const std::int64_t enterpriseId = st->integer(1);
        const auto it = std::lower_bound(
            data.enterprises.begin(), data.enterprises.end(), enterpriseId,
            [](const PortfolioEnterprise &e, std::int64_t id) { return e.id < id; });
        if (it == data.enterprises.end() || it->id != enterpriseId)
            continue; // cannot happen with foreign keys on
        PortfolioAssessment a;
        a.id = st->integer(0);
        a.enterprise = int(it - data.enterprises.begin());
        a.createdAt = st->text(2);
        a.phase = parseAssessmentPhase(st->text(3)).value_or(AssessmentPhase::Baseline);
        a.organisation = st->text(4);
        const std::string hash = st->text(5);
        auto known = official.find(hash);
        if (known == official.end())
            known = official.emplace(hash, isKnownOfficialHash(hash)).first;
        a.officialModel = known->second;
        if (!st->isNull(7)) {
            a.scored = true;
            a.layer = parseLayer(st->text(6)).value_or(Layer::Self);
            a.level = int(st->integer(7));
            a.base = Rational::parseDecimal(st->text(8)).value_or(Rational(0));
            a.parts.resize(data.catalogue.size());
            decodeDetail(st->text(9), partIndex, a.parts);
        }
        it->assessments.push_back(int(data.assessments.size()));
        data.assessments.push_back(std::move(a));
    }
    return data;
}

} // namespace dl
