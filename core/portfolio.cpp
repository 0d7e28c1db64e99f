// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio.h"

#include "answercodec.h"
#include "industry.h"
#include "scoring.h"
#include "storedassessment.h"

#include <memory>

namespace dl {

namespace {

// Scoring needs the model, which many assessments share: keep each stored model (and each
// industry-applied variant of it) once.
class ModelCache
{
public:
    explicit ModelCache(Store &store)
        : m_store(store)
    {}

    Result<const ModelSet *> models(const AssessmentRecord &record)
    {
        auto &slot = m_sets[record.modelHash];
        if (!slot) {
            auto loaded = loadStoredModelSet(m_store, record);
            if (!loaded)
                return loaded.errors();
            slot = std::make_unique<ModelSet>(std::move(*loaded));
        }
        return static_cast<const ModelSet *>(slot.get());
    }

    const Model &applied(const std::string &hash,
                         const ModelSet &set,
                         const std::optional<IndustryCode> &industry)
    {
        const std::string key =
            hash + '|' + (industry ? industry->section + industry->division : std::string());
        auto &slot = m_applied[key];
        if (!slot)
            slot = std::make_unique<Model>(applyIndustry(set.model, industry));
        return *slot;
    }

private:
    Store &m_store;
    std::map<std::string, std::unique_ptr<ModelSet>> m_sets;
    std::map<std::string, std::unique_ptr<Model>> m_applied;
};

Result<AssessmentSummary> summarise(Store &store, ModelCache &cache, std::int64_t assessmentId)
{
    auto record = store.assessment(assessmentId);
    if (!record)
        return record.errors();
    auto enterprise = store.enterprise(record->enterpriseId);
    if (!enterprise)
        return enterprise.errors();
    auto models = cache.models(*record);
    if (!models)
        return models.errors();
    std::optional<IndustryCode> industry;
    if (!enterprise->industry.empty())
        industry = IndustryTable::gbt4754().parse(enterprise->industry);
    auto stored = store.answers(assessmentId);
    if (!stored)
        return stored.errors();
    auto decoded = decodeStoredAnswers(**models, industry, *stored);
    if (!decoded)
        return decoded.errors();
    const Model &model = cache.applied(record->modelHash, **models, industry);
    AssessmentSummary s;
    s.layer = decoded->verified ? "verified" : "self";
    const AnswerSet answers =
        decoded->verified ? mergeVerified(model, decoded->self.base, decoded->verified->base)
                          : decoded->self.base;
    const ScoreResult r = score(model, answers);
    s.level = r.level;
    s.score = r.base.toString(6);
    for (const Item &item : model.items)
        s.questions += item.enabled;
    for (const Scenario &sc : model.scenarios)
        s.questions += sc.enabled;
    s.answered = s.questions - int(r.unanswered.size());
    return s;
}

} // namespace

Result<Done> storeSummary(Store &store, std::int64_t assessmentId, const AssessmentSummary &s)
{
    auto st = store.db().prepare(
        "UPDATE assessment SET summary_layer=?, summary_level=?, summary_score=?, "
        "summary_answered=?, summary_questions=? WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, s.layer).bind(2, std::int64_t(s.level)).bind(3, s.score);
    st->bind(4, std::int64_t(s.answered)).bind(5, std::int64_t(s.questions)).bind(6, assessmentId);
    if (auto err = st->run())
        return *err;
    return Done{};
}

Result<std::optional<AssessmentSummary>> storedSummary(Store &store, std::int64_t assessmentId)
{
    auto st = store.db().prepare("SELECT summary_layer, summary_level, summary_score, "
                                 "summary_answered, summary_questions FROM assessment WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, assessmentId);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row || st->isNull(1))
        return std::optional<AssessmentSummary>();
    return std::optional<AssessmentSummary>(AssessmentSummary{
        st->text(0), int(st->integer(1)), st->text(2), int(st->integer(3)), int(st->integer(4))});
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
    // The latest assessment per enterprise in one pass: the correlated subquery uses the
    // assessment(enterprise_id) index.
    auto st = store.db().prepare(
        "SELECT e.id, e.name, e.credit_code, e.industry, e.province, e.city, e.size_class, e.srdi, "
        "e.updated_at, (SELECT count(*) FROM assessment c WHERE c.enterprise_id = e.id), a.id, "
        "a.status, a.updated_at, a.summary_layer, a.summary_level, a.summary_score, "
        "a.summary_answered, a.summary_questions FROM enterprise e LEFT JOIN assessment a ON a.id "
        "= (SELECT l.id FROM assessment l WHERE l.enterprise_id = e.id ORDER BY l.created_at "
        "DESC, l.id DESC LIMIT 1) ORDER BY e.id");
    return collectRows<EnterpriseRow>(std::move(st), [](const SqliteStatement &s) {
        EnterpriseRow r;
        r.id = s.integer(0);
        r.name = s.text(1);
        r.creditCode = s.text(2);
        r.industry = s.text(3);
        r.province = s.text(4);
        r.city = s.text(5);
        r.sizeClass = s.text(6);
        r.srdi = s.text(7);
        r.updatedAt = s.text(8);
        r.assessmentCount = int(s.integer(9));
        if (!s.isNull(10)) {
            r.latestAssessment = s.integer(10);
            r.latestStatus = s.text(11);
            r.latestDate = s.text(12);
            if (!s.isNull(14))
                r.summary = AssessmentSummary{s.text(13), int(s.integer(14)), s.text(15),
                                              int(s.integer(16)), int(s.integer(17))};
        }
        return r;
    });
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
