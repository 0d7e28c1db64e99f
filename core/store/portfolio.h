// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "scoring/scoring.h"
#include "store/store.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// The cached result of an assessment (schema 2): the layer shown (the verified view once anything
// is verified, else the self-assessment), its official level and base score, and how many of the
// questions are answered. Any answer change clears it (triggers); refreshSummaries fills it again.
struct AssessmentSummary
{
    Layer layer = Layer::Self;
    int level = 0;
    std::string score; // exact decimal text of the base score
    int answered = 0;
    int questions = 0;
    // The parts of the result the portfolio aggregates (schema 6), see encodeSummaryDetail.
    std::string detail;
};

// "id=value" pairs, comma-separated, in model order: each dimension's and sub-dimension's score
// (exact decimal) and each enabled scenario's rating (0 when not rated). Ids are unique across
// dimensions, sub-dimensions and scenarios, so one list holds them all.
std::string encodeSummaryDetail(const Model &model, const ScoreResult &result, const AnswerSet &a);

Result<Done> storeSummary(Store &store, std::int64_t assessmentId, const AssessmentSummary &s);
Result<std::optional<AssessmentSummary>> storedSummary(Store &store, std::int64_t assessmentId);

// Scores every assessment whose summary is missing and stores the result, each in its own
// transaction. `progress(done, total)` may return false to stop early (what is stored stays).
// Returns how many were scored.
Result<int> refreshSummaries(Store &store,
                             const std::function<bool(int done, int total)> &progress = {});

// One row per enterprise for the enterprise list: the profile fields it shows and its latest
// assessment (by creation time) with the cached summary, when there is one.
struct EnterpriseRow
{
    std::int64_t id = 0;
    std::string name;
    std::string creditCode;
    std::string industry;
    std::string province;
    std::string city;
    SizeClass sizeClass = SizeClass::Unknown;
    SrdiStatus srdi = SrdiStatus::None;
    bool pilot = false;
    std::string pilotBatch;
    std::string updatedAt;
    int assessmentCount = 0;
    std::optional<std::int64_t> latestAssessment;
    std::optional<AssessmentStatus> latestStatus; // nullopt: no assessment
    std::optional<AssessmentPhase> latestPhase;
    std::string latestDate; // the assessment's last change
    std::optional<AssessmentSummary> summary;
    // The latest assessment's model is one of the official texts the program knows
    // (model/officialmodels.h); a level from any other model is not an official level.
    bool officialModel = true;
};
Result<std::vector<EnterpriseRow>> enterpriseRows(Store &store);
// The same from any connection to a DigiLevel database, for example a read-only one that a
// worker thread opened for itself (the GUI loads the list off its own thread).
Result<std::vector<EnterpriseRow>> enterpriseRows(SqliteDb &db);
// How many enterprises the database holds.
Result<int> enterpriseCount(SqliteDb &db);
// Whether any assessment's cached summary is missing (refreshSummaries has work to do); one
// index lookup.
Result<bool> hasStaleSummaries(SqliteDb &db);

// Level distribution of the enterprises' latest assessments by a key of the row (for example
// the industry section and the province): key -> count per level 0..4, and not yet scored.
struct LevelCounts
{
    std::array<int, 5> levels{};
    int unscored = 0;
    int total() const;
};
std::map<std::string, LevelCounts>
levelDistribution(const std::vector<EnterpriseRow> &rows,
                  const std::function<std::string(const EnterpriseRow &)> &key);

} // namespace dl
