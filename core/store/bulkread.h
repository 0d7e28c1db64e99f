// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/answercodec.h"
#include "model/model.h"
#include "model/modelloader.h"
#include "store/sqlitedb.h"
#include "store/store.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// For code that reads and scores many assessments in one go (summaries, CSV export).
namespace dl {

// Scoring needs the model, which many assessments share: keep each stored model (and each
// industry-applied variant of it) once, instead of a copy per assessment.
class ModelCache
{
public:
    explicit ModelCache(Store &store);

    Result<const ModelSet *> models(const AssessmentRecord &record);
    const Model &applied(const std::string &hash,
                         const ModelSet &set,
                         const std::optional<IndustryCode> &industry);

private:
    Store &m_store;
    std::map<std::string, std::unique_ptr<ModelSet>> m_sets;
    std::map<std::string, std::unique_ptr<Model>> m_applied;
};

// One stored assessment as a bulk reader needs it (LoadedAssessment without its own copy of the
// model): the model set and the industry-applied model come from a ModelCache.
struct CachedAssessment
{
    AssessmentRecord record;
    Enterprise enterprise;
    const ModelSet *models = nullptr;
    const Model *applied = nullptr; // models->model with the enterprise's industry applied
    std::optional<IndustryCode> industry;
    std::vector<StoredAnswer> stored;
    DecodedAnswers answers;

    // The self layer, or the verified view (the self-assessment where nothing was verified),
    // as LoadedAssessment::layer.
    AnswerLayer layer(Layer which) const;
};

Result<CachedAssessment> loadCached(Store &store, ModelCache &cache, std::int64_t assessmentId);

// A deferred read transaction, so that several SELECTs see one state of the database (and
// SQLite takes its file lock once, not per statement); none when the caller already has a
// transaction open. Reads only, so ending it never loses anything.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteDb &db);
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    ~ReadSnapshot();
    std::optional<Diagnostic> begin();

private:
    SqliteDb &m_db;
    bool m_open = false;
};

} // namespace dl
