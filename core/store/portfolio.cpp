// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/portfolio.h"

#include "enterprise/answercodec.h"
#include "model/industry.h"
#include "model/officialmodels.h"
#include "scoring/scoring.h"
#include "store/bulkread.h"
#include "store/storedassessment.h"

#include <algorithm>
#include <memory>

namespace dl {

namespace {

Result<AssessmentSummary> summarise(Store &store, ModelCache &cache, std::int64_t assessmentId)
{
    auto loaded = loadCached(store, cache, assessmentId);
    if (!loaded)
        return loaded.errors();
    const DecodedAnswers &decoded = loaded->answers;
    const Model &model = *loaded->applied;
    AssessmentSummary s;
    s.layer = decoded.verified ? Layer::Verified : Layer::Self;
    const AnswerSet answers = decoded.verified
                                  ? mergeVerified(model, decoded.self.base, decoded.verified->base)
                                  : decoded.self.base;
    const ScoreResult r = score(model, answers);
    s.level = r.level;
    s.score = r.base.toString(6);
    for (const Item &item : model.items)
        s.questions += item.enabled;
    for (const Scenario &sc : model.scenarios)
        s.questions += sc.enabled;
    s.answered = s.questions - int(r.unanswered.size());
    s.detail = encodeSummaryDetail(model, r, answers);
    return s;
}

} // namespace

std::string encodeSummaryDetail(const Model &model, const ScoreResult &r, const AnswerSet &a)
{
    std::string out;
    auto pair = [&](const std::string &id, const std::string &value) {
        out += (out.empty() ? "" : ",") + id + "=" + value;
    };
    for (std::size_t k = 0; k < model.dimensions.size() && k < r.dimensions.size(); ++k)
        pair(model.dimensions[k].id, r.dimensions[k].toString(6));
    for (std::size_t k = 0; k < model.subdimensions.size() && k < r.subdimensions.size(); ++k)
        pair(model.subdimensions[k].id, r.subdimensions[k].toString(6));
    for (std::size_t k = 0; k < model.scenarios.size() && k < a.scenarios.size(); ++k) {
        if (model.scenarios[k].enabled)
            pair(model.scenarios[k].id, std::to_string(std::max(0, a.scenarios[k].rating)));
    }
    return out;
}

Result<Done> storeSummary(Store &store, std::int64_t assessmentId, const AssessmentSummary &s)
{
    auto st = store.db().prepare(
        "UPDATE assessment SET summary_layer=?, summary_level=?, summary_score=?, "
        "summary_answered=?, summary_questions=?, summary_detail=? WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, key(s.layer)).bind(2, std::int64_t(s.level)).bind(3, s.score);
    st->bind(4, std::int64_t(s.answered)).bind(5, std::int64_t(s.questions)).bind(6, s.detail);
    st->bind(7, assessmentId);
    if (auto err = st->run())
        return *err;
    return Done{};
}

Result<std::optional<AssessmentSummary>> storedSummary(Store &store, std::int64_t assessmentId)
{
    auto st = store.db().prepare(
        "SELECT summary_layer, summary_level, summary_score, summary_answered, summary_questions, "
        "summary_detail FROM assessment WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, assessmentId);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row || st->isNull(1))
        return std::optional<AssessmentSummary>();
    return std::optional<AssessmentSummary>(
        AssessmentSummary{parseLayer(st->text(0)).value_or(Layer::Self), int(st->integer(1)),
                          st->text(2), int(st->integer(3)), int(st->integer(4)), st->text(5)});
}

Result<int> refreshSummaries(Store &store, const std::function<bool(int, int)> &progress)
{
    auto stale = collectRows<std::int64_t>(
        store.db().prepare("SELECT id FROM assessment WHERE summary_level IS NULL ORDER BY id"),
        [](const SqliteStatement &s) { return s.integer(0); });
    if (!stale)
        return stale.errors();
    ModelCache cache(store);
    int done = 0;
    // Summaries are derived data, so they are written in batches: one transaction (and one
    // sync) per batch instead of one per assessment. A batch lost to a crash is recomputed.
    constexpr int kBatch = 256;
    std::optional<SqliteTransaction> tx;
    for (std::int64_t id : *stale) {
        if (progress && !progress(done, int(stale->size())))
            break;
        if (!tx) {
            tx.emplace(store.db());
            if (auto err = tx->begin())
                return *err;
        }
        auto summary = summarise(store, cache, id);
        if (!summary)
            return summary.errors();
        if (auto saved = storeSummary(store, id, *summary); !saved)
            return saved.errors();
        if (++done % kBatch == 0) {
            if (auto err = tx->commit())
                return *err;
            tx.reset();
        }
    }
    if (tx)
        if (auto err = tx->commit())
            return *err;
    return done;
}

Result<std::vector<EnterpriseRow>> enterpriseRows(Store &store)
{
    return enterpriseRows(store.db());
}

Result<std::vector<EnterpriseRow>> enterpriseRows(SqliteDb &db)
{
    // Two plain table scans merged here: at 40,000 enterprises this takes about half the time
    // of one query that finds each enterprise's latest assessment with correlated subqueries.
    // Both scans read one snapshot (a read transaction, unless the caller has one open).
    ReadSnapshot snapshot(db);
    if (auto err = snapshot.begin())
        return *err;
    auto rows = collectRows<EnterpriseRow>(
        db.prepare("SELECT id, name, credit_code, industry, province, city, size_class, srdi, "
                   "updated_at, pilot, pilot_batch FROM enterprise ORDER BY id"),
        [](const SqliteStatement &s) {
            EnterpriseRow r;
            r.id = s.integer(0);
            r.name = s.text(1);
            r.creditCode = s.text(2);
            r.industry = s.text(3);
            r.province = s.text(4);
            r.city = s.text(5);
            r.sizeClass = parseSizeClass(s.text(6)).value_or(SizeClass::Unknown);
            r.srdi = parseSrdiStatus(s.text(7)).value_or(SrdiStatus::None);
            r.updatedAt = s.text(8);
            r.pilot = s.integer(9) != 0;
            r.pilotBatch = s.text(10);
            return r;
        });
    if (!rows)
        return rows.errors();
    auto st = db.prepare("SELECT enterprise_id, id, created_at, status, updated_at, summary_layer, "
                         "summary_level, summary_score, summary_answered, summary_questions, "
                         "model_hash, phase FROM assessment");
    if (!st)
        return st.errors();
    // The latest assessment is the last created (ties: the higher id), as the history orders.
    std::vector<std::string> latestCreated(rows->size());
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            break;
        const std::int64_t enterprise = st->integer(0);
        const auto it =
            std::lower_bound(rows->begin(), rows->end(), enterprise,
                             [](const EnterpriseRow &r, std::int64_t id) { return r.id < id; });
        if (it == rows->end() || it->id != enterprise)
            continue; // cannot happen with foreign keys on
        EnterpriseRow &r = *it;
        ++r.assessmentCount;
        const std::int64_t id = st->integer(1);
        std::string created = st->text(2);
        std::string &best = latestCreated[std::size_t(it - rows->begin())];
        if (r.latestAssessment && (created < best || (created == best && id < *r.latestAssessment)))
            continue;
        best = std::move(created);
        r.latestAssessment = id;
        r.latestStatus = parseAssessmentStatus(st->text(3)).value_or(AssessmentStatus::Draft);
        r.latestDate = st->text(4);
        r.officialModel = isKnownOfficialHash(st->text(10));
        r.latestPhase = parseAssessmentPhase(st->text(11)).value_or(AssessmentPhase::Baseline);
        r.summary.reset();
        if (!st->isNull(6))
            r.summary = AssessmentSummary{parseLayer(st->text(5)).value_or(Layer::Self),
                                          int(st->integer(6)),
                                          st->text(7),
                                          int(st->integer(8)),
                                          int(st->integer(9)),
                                          std::string()};
    }
    return rows;
}

Result<int> enterpriseCount(SqliteDb &db)
{
    auto st = db.prepare("SELECT count(*) FROM enterprise");
    if (!st)
        return st.errors();
    auto row = st->step();
    if (!row)
        return row.errors();
    return int(st->integer(0));
}

Result<bool> hasStaleSummaries(SqliteDb &db)
{
    // The partial index assessment_stale holds exactly these rows.
    auto st = db.prepare("SELECT 1 FROM assessment WHERE summary_level IS NULL LIMIT 1");
    if (!st)
        return st.errors();
    auto row = st->step();
    if (!row)
        return row.errors();
    return *row;
}

int LevelCounts::total() const
{
    int n = unscored;
    for (int c : levels)
        n += c;
    return n;
}

std::map<std::string, LevelCounts>
levelDistribution(const std::vector<EnterpriseRow> &rows,
                  const std::function<std::string(const EnterpriseRow &)> &key)
{
    std::map<std::string, LevelCounts> out;
    for (const EnterpriseRow &r : rows) {
        LevelCounts &c = out[key(r)];
        if (r.summary && r.summary->level >= 0 && r.summary->level <= 4)
            ++c.levels[r.summary->level];
        else
            ++c.unscored;
    }
    return out;
}

} // namespace dl
