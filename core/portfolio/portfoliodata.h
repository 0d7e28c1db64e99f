// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "base/result.h"
#include "enterprise/records.h"
#include "model/model.h"
#include "store/sqlitedb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// Everything the portfolio (试点看板) aggregates, read from the database once: the enterprises
// with the facts the filters and groups use, their scored assessments with the cached summary
// (store/portfolio.h), and the segments. A filter change then only walks memory, which keeps an
// aggregate over 40,000 enterprises within a frame.
struct PortfolioAssessment
{
    std::int64_t id = 0;
    int enterprise = -1;   // index into PortfolioData::enterprises
    std::string createdAt; // ISO time; its first 10 characters are the date the filters use
    AssessmentPhase phase = AssessmentPhase::Baseline;
    std::string organisation;
    bool officialModel = true;
    bool scored = false; // a summary is cached; the fields below are set only then
    Layer layer = Layer::Self;
    int level = 0;
    Rational base;
    // By PortfolioData::catalogue index; nullopt where the assessment's model has no such id.
    std::vector<std::optional<Rational>> parts;
};

struct PortfolioEnterprise
{
    std::int64_t id = 0;
    std::string name;
    std::string province, city;
    std::string section, division; // GB/T 4754 ("C", "30"); empty when unknown
    SizeClass size = SizeClass::Unknown;
    SrdiStatus srdi = SrdiStatus::None;
    bool pilot = false;
    std::string pilotBatch;
    std::vector<int> segments;    // indices into PortfolioData::segments
    std::vector<int> assessments; // indices into PortfolioData::assessments, oldest first
};

// One dimension, sub-dimension or scenario the summaries report, from the bundled model.
struct PortfolioPart
{
    enum class Kind { Dimension, SubDimension, Scenario };
    Kind kind = Kind::Dimension;
    std::string id;
    LocalText name;
};

struct PortfolioData
{
    std::vector<PortfolioEnterprise> enterprises;
    std::vector<PortfolioAssessment> assessments;
    std::vector<Segment> segments;
    std::vector<PortfolioPart> catalogue;
    int findSegment(const std::string &ref) const; // id, uuid or either name; -1 if none
    int findPart(std::string_view id) const;
};

// Reads the portfolio from a database (any connection: the GUI reads on a worker thread).
// Summaries that are not cached yet (refreshSummaries has not run) leave their assessment
// unscored. `model` names the dimensions, sub-dimensions and scenarios to aggregate.
Result<PortfolioData> loadPortfolioData(SqliteDb &db, const Model &model);

} // namespace dl
