// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/bundle.h"

#include "answers/answerwriter.h"
#include "base/diagnosticcatalog.h"
#include "exchange/bundleanswers.h"
#include "exchange/bundlemerge.h"
#include "exchange/bundlereader.h"
#include "store/storedassessment.h"

#include <chrono>
#include <filesystem>

namespace dl {

Result<BundlePayload> readCheckedBundle(const std::string &path)
{
    auto payload = readBundle(path);
    if (!payload)
        return payload.errors();
    if (auto bad = checkBundleAnswers(*payload, path); !bad.empty())
        return bad;
    return payload;
}

std::string bundleSourceName(const std::string &path)
{
    return std::filesystem::path(path).filename().string();
}

Result<ImportReport>
importBundle(Store &store, const std::string &path, const BundleProgress &progress)
{
    auto payload = readCheckedBundle(path);
    if (!payload)
        return payload.errors();
    return mergeBundle(store, *payload, bundleSourceName(path), progress);
}

BundleReadAhead::BundleReadAhead(std::vector<std::string> paths)
    : m_paths(std::move(paths))
{
    if (!m_paths.empty())
        m_reading = std::async(std::launch::async, readCheckedBundle, m_paths.front());
}

BundleReadAhead::~BundleReadAhead()
{
    if (m_reading.valid())
        m_reading.wait();
}

bool BundleReadAhead::ready() const
{
    return !m_reading.valid() ||
           m_reading.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

Result<BundlePayload> BundleReadAhead::take()
{
    Result<BundlePayload> payload = m_reading.get();
    if (++m_taken < m_paths.size())
        m_reading = std::async(std::launch::async, readCheckedBundle, m_paths[m_taken]);
    return payload;
}

std::vector<Result<ImportReport>> importBundles(Store &store, const std::vector<std::string> &paths)
{
    std::vector<Result<ImportReport>> out;
    BundleReadAhead bundles(paths);
    for (const std::string &path : paths) {
        Result<BundlePayload> payload = bundles.take();
        if (!payload)
            out.emplace_back(payload.errors());
        else
            out.push_back(mergeBundle(store, *payload, bundleSourceName(path)));
    }
    return out;
}

Result<std::vector<StoredConflict>> openConflicts(Store &store)
{
    auto st = store.db().prepare(
        "SELECT c.id, c.assessment_id, a.uuid, e.name, c.layer, c.kind, c.key, c.local_value, "
        "c.local_by, c.local_at, c.incoming_value, c.incoming_by, c.incoming_at, c.source, "
        "c.detected_at FROM conflict c JOIN assessment a ON a.id = c.assessment_id JOIN "
        "enterprise e ON e.id = a.enterprise_id WHERE c.resolution IS NULL ORDER BY c.id");
    if (!st)
        return st.errors();
    std::vector<StoredConflict> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            return out;
        StoredConflict c;
        c.id = st->integer(0);
        c.assessmentId = st->integer(1);
        c.conflict = {st->text(2),
                      st->text(3),
                      parseLayer(st->text(4)).value_or(Layer::Self),
                      parseAnswerKind(st->text(5)).value_or(AnswerKind::Item),
                      st->text(6),
                      st->text(7),
                      st->text(8),
                      st->text(9),
                      st->text(10),
                      st->text(11),
                      st->text(12)};
        c.source = st->text(13);
        c.detectedAt = st->text(14);
        out.push_back(std::move(c));
    }
}

Result<Done>
resolveConflict(Store &store, std::int64_t conflictId, bool takeIncoming, const std::string &who)
{
    auto st = store.db().prepare("SELECT assessment_id, layer, kind, key, incoming_value, "
                                 "incoming_note FROM conflict WHERE id=? AND resolution IS NULL");
    if (!st)
        return st.errors();
    st->bind(1, conflictId);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return fileError<DiagMsg::NoOpenConflict>(store.path(), conflictId);
    const std::int64_t assessmentId = st->integer(0);
    const auto layer = parseLayer(st->text(1));
    const auto kind = parseAnswerKind(st->text(2));
    const AnswerChange incoming{layer.value_or(Layer::Self), kind.value_or(AnswerKind::Item),
                                st->text(3), st->text(4), st->text(5)};
    st = SqliteStatement();
    if (takeIncoming) {
        if (!layer || !kind)
            return fileError<DiagMsg::ConflictNamesNoAnswer>(store.path(), conflictId);
        auto a = loadAssessment(store, std::to_string(assessmentId));
        if (!a)
            return a.errors();
        if (auto done = AnswerWriter(store, *a).apply({incoming}, who); !done)
            return done.errors();
    }
    auto mark = store.db().prepare("UPDATE conflict SET resolution=? WHERE id=?");
    if (!mark)
        return mark.errors();
    mark->bind(1, takeIncoming ? "incoming" : "local").bind(2, conflictId);
    if (auto err = mark->run())
        return *err;
    return Done{};
}

} // namespace dl
