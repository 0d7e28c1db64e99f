// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/bulkread.h"

#include "model/industry.h"
#include "store/storedassessment.h"

#include <sqlite3.h>

namespace dl {

ModelCache::ModelCache(Store &store)
    : m_store(store)
{}

Result<const ModelSet *> ModelCache::models(const AssessmentRecord &record)
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

const Model &ModelCache::applied(const std::string &hash,
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

AnswerLayer CachedAssessment::layer(Layer which) const
{
    if (which == Layer::Verified && answers.verified)
        return mergeVerified(*models, answers.self, *answers.verified);
    return answers.self;
}

Result<CachedAssessment> loadCached(Store &store, ModelCache &cache, std::int64_t assessmentId)
{
    CachedAssessment a;
    auto record = store.assessment(assessmentId);
    if (!record)
        return record.errors();
    a.record = std::move(*record);
    auto enterprise = store.enterprise(a.record.enterpriseId);
    if (!enterprise)
        return enterprise.errors();
    a.enterprise = std::move(*enterprise);
    auto models = cache.models(a.record);
    if (!models)
        return models.errors();
    a.models = *models;
    if (!a.enterprise.industry.empty())
        a.industry = IndustryTable::gbt4754().parse(a.enterprise.industry);
    a.applied = &cache.applied(a.record.modelHash, *a.models, a.industry);
    auto stored = store.answers(assessmentId);
    if (!stored)
        return stored.errors();
    a.stored = std::move(*stored);
    auto decoded = decodeStoredAnswers(*a.models, a.industry, a.stored);
    if (!decoded)
        return decoded.errors();
    a.answers = std::move(*decoded);
    return a;
}

ReadSnapshot::ReadSnapshot(SqliteDb &db)
    : m_db(db)
{}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        m_db.exec("COMMIT");
}

std::optional<Diagnostic> ReadSnapshot::begin()
{
    if (!sqlite3_get_autocommit(m_db.handle()))
        return std::nullopt;
    auto err = m_db.exec("BEGIN");
    m_open = !err;
    return err;
}

} // namespace dl
