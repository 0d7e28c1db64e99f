// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkread.h"

#include "storedassessment.h"

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
