// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle.h"

#include "base64.h"
#include "bundleanswers.h"
#include "bundlemerge.h"
#include "bundlereader.h"
#include "sha256.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <set>

namespace dl {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "digilevel-bundle/1";

Diagnostic bundleError(const std::string &file, std::string code, std::string message)
{
    return Diagnostic{file, {}, {}, std::move(code), std::move(message)};
}

Diagnostic cancelled(const std::string &file)
{
    return bundleError(file, "cancelled", "cancelled by the user; nothing was changed");
}

// ---- export -------------------------------------------------------------------------------

// The rows of one prepared statement (reset and bound to `id` here) as JSON objects.
Result<json> rows(SqliteStatement &st, std::int64_t id, const std::vector<std::string> &names)
{
    st.reset();
    st.bind(1, id);
    json out = json::array();
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.errors();
        if (!*row)
            return out;
        json r = json::object();
        for (int c = 0; c < int(names.size()); ++c) {
            const std::string &n = names[c];
            if (n == "ticked" || n == "size")
                r[n] = st.integer(c);
            else if (n == "content")
                r["content_base64"] = base64Encode(st.blob(c));
            else if (st.isNull(c))
                r[n] = nullptr;
            else
                r[n] = st.text(c);
        }
        out.push_back(std::move(r));
    }
}

json enterpriseJson(const Enterprise &e)
{
    return {{"uuid", e.uuid},
            {"name", e.name},
            {"credit_code", e.creditCode},
            {"industry", e.industry},
            {"province", e.province},
            {"city", e.city},
            {"employees", e.employees ? json(*e.employees) : json(nullptr)},
            {"revenue_wan", e.revenueWan ? json(*e.revenueWan) : json(nullptr)},
            {"assets_wan", e.assetsWan ? json(*e.assetsWan) : json(nullptr)},
            {"size_class", e.sizeClass},
            {"above_scale", e.aboveScale},
            {"srdi", srdiKey(e.srdi)},
            {"contact_name", e.contactName},
            {"contact_phone", e.contactPhone},
            {"contact_email", e.contactEmail},
            {"created_at", e.createdAt},
            {"updated_at", e.updatedAt}};
}

} // namespace

Result<std::string> exportBundle(Store &store,
                                 const ExportSelection &selection,
                                 const std::string &path,
                                 const std::string &createdBy,
                                 const BundleProgress &progress)
{
    std::set<std::int64_t> wanted(selection.assessments.begin(), selection.assessments.end());
    auto all = store.assessments();
    if (!all)
        return all.errors();
    for (std::int64_t e : selection.enterprises) {
        auto ent = store.enterprise(e);
        if (!ent)
            return ent.errors();
    }
    for (const AssessmentRecord &a : *all) {
        if (selection.all || std::find(selection.enterprises.begin(), selection.enterprises.end(),
                                       a.enterpriseId) != selection.enterprises.end())
            wanted.insert(a.id);
    }
    std::set<std::int64_t> enterpriseIds(selection.enterprises.begin(),
                                         selection.enterprises.end());
    if (selection.all) {
        auto ents = store.enterprises();
        if (!ents)
            return ents.errors();
        for (const Enterprise &e : *ents)
            enterpriseIds.insert(e.id);
    }
    json assessments = json::array();
    std::set<std::string> modelHashes;
    const int total = int(wanted.size() + enterpriseIds.size());
    int done = 0;
    struct Part
    {
        const char *key;
        const char *sql;
        std::vector<std::string> names;
    };
    const Part parts[] = {
        {"answers",
         "SELECT layer, kind, key, value, note, updated_at, updated_by, change_uuid FROM "
         "answer "
         "WHERE assessment_id=? ORDER BY layer, kind, key",
         {"layer", "kind", "key", "value", "note", "updated_at", "updated_by", "change_uuid"}},
        {"audit",
         "SELECT uuid, layer, kind, key, old_value, new_value, note, changed_at, changed_by "
         "FROM audit WHERE assessment_id=? ORDER BY id",
         {"uuid", "layer", "kind", "key", "old_value", "new_value", "note", "changed_at",
          "changed_by"}},
        {"evidence_files",
         "SELECT uuid, target, sha256, size, original_name, media_type, content, added_at, "
         "added_by FROM evidence_file WHERE assessment_id=? ORDER BY id",
         {"uuid", "target", "sha256", "size", "original_name", "media_type", "content", "added_at",
          "added_by"}},
        {"evidence_checks",
         "SELECT target, evidence_id, ticked, updated_at FROM evidence_check WHERE "
         "assessment_id=? ORDER BY target, evidence_id",
         {"target", "evidence_id", "ticked", "updated_at"}},
    };
    // Each prepared once: an export of a city runs them for tens of thousands of assessments.
    std::vector<SqliteStatement> statements;
    for (const Part &p : parts) {
        auto st = store.db().prepare(p.sql);
        if (!st)
            return st.errors();
        statements.push_back(std::move(*st));
    }
    for (std::int64_t id : wanted) {
        if (progress && !progress(done++, total))
            return cancelled(path);
        auto a = store.assessment(id);
        if (!a)
            return a.errors();
        auto enterprise = store.enterprise(a->enterpriseId);
        if (!enterprise)
            return enterprise.errors();
        enterpriseIds.insert(a->enterpriseId);
        modelHashes.insert(a->modelHash);
        json aj = {{"uuid", a->uuid},
                   {"enterprise_uuid", enterprise->uuid},
                   {"model_hash", a->modelHash},
                   {"status", statusKey(a->status)},
                   {"mode", a->mode},
                   {"assessor_name", a->assessorName},
                   {"assessor_org", a->assessorOrg},
                   {"created_at", a->createdAt},
                   {"updated_at", a->updatedAt}};
        for (std::size_t k = 0; k < std::size(parts); ++k) {
            auto r = rows(statements[k], id, parts[k].names);
            if (!r)
                return r.errors();
            aj[parts[k].key] = std::move(*r);
        }
        assessments.push_back(std::move(aj));
    }
    json enterprises = json::array();
    for (std::int64_t id : enterpriseIds) {
        if (progress && !progress(done++, total))
            return cancelled(path);
        auto e = store.enterprise(id);
        if (!e)
            return e.errors();
        enterprises.push_back(enterpriseJson(*e));
    }
    json models = json::array();
    for (const std::string &hash : modelHashes) {
        auto text = store.modelText(hash);
        if (!text)
            return text.errors();
        auto st = store.db().prepare("SELECT model_id, version FROM model WHERE content_hash=?");
        if (!st)
            return st.errors();
        st->bind(1, hash);
        if (auto row = st->step(); !row || !*row)
            return bundleError(store.path(), "not-found", "model " + hash + " is missing");
        models.push_back({{"content_hash", hash},
                          {"model_id", st->text(0)},
                          {"version", st->text(1)},
                          {"content", *text}});
    }
    if (progress && !progress(total, total))
        return cancelled(path);
    // Serialised once: the checksum is over these bytes and the file carries the same bytes, in
    // the place bundle.dump() would put them (keys in sorted order).
    std::string canonical;
    {
        json payload = {{"models", std::move(models)},
                        {"enterprises", std::move(enterprises)},
                        {"assessments", std::move(assessments)}};
        canonical = payload.dump();
    }
    const std::string head = json{
        {"created_at", isoTime(std::chrono::system_clock::now())},
        {"created_by", createdBy},
        {"format", kFormat}}.dump();

    namespace fs = std::filesystem;
    const std::string partial = path + ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(head.data(), std::streamsize(head.size() - 1)); // without its closing brace
        out << ",\"payload\":" << canonical << ",\"payload_sha256\":\"" << Sha256::hex(canonical)
            << "\"}\n";
        out.flush();
        if (!out) {
            std::error_code ec;
            fs::remove(partial, ec);
            return bundleError(path, "io-error",
                               "cannot write the bundle (disk full or no permission)");
        }
    }
    std::error_code ec;
    fs::rename(partial, path, ec);
    if (ec)
        return bundleError(path, "io-error", "cannot write the bundle: " + ec.message());
    return path;
}

namespace {

// Everything an import does before it writes: read, parse, check.
Result<BundlePayload> readCheckedBundle(const std::string &path)
{
    auto payload = readBundle(path);
    if (!payload)
        return payload.errors();
    if (auto bad = checkBundleAnswers(*payload, path); !bad.empty())
        return bad;
    return payload;
}

std::string sourceName(const std::string &path)
{
    return std::filesystem::path(path).filename().string();
}

} // namespace

Result<ImportReport>
importBundle(Store &store, const std::string &path, const BundleProgress &progress)
{
    auto payload = readCheckedBundle(path);
    if (!payload)
        return payload.errors();
    return mergeBundle(store, *payload, sourceName(path), progress);
}

std::vector<Result<ImportReport>> importBundles(Store &store, const std::vector<std::string> &paths)
{
    std::vector<Result<ImportReport>> out;
    if (paths.empty())
        return out;
    // Reading and checking are pure, so they can run on a second thread; the store is only
    // touched by this one.
    auto next = std::async(std::launch::async, readCheckedBundle, paths.front());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        Result<BundlePayload> payload = next.get();
        if (i + 1 < paths.size())
            next = std::async(std::launch::async, readCheckedBundle, paths[i + 1]);
        if (!payload)
            out.emplace_back(payload.errors());
        else
            out.push_back(mergeBundle(store, *payload, sourceName(paths[i])));
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
        c.conflict = {st->text(2),  st->text(3),  st->text(4), st->text(5),
                      st->text(6),  st->text(7),  st->text(8), st->text(9),
                      st->text(10), st->text(11), st->text(12)};
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
        return bundleError(store.path(), "not-found",
                           "no open conflict with id " + std::to_string(conflictId));
    const std::int64_t assessmentId = st->integer(0);
    StoredAnswer incoming{st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), {}, {}};
    st = SqliteStatement();
    if (takeIncoming) {
        if (auto done = store.setAnswer(assessmentId, incoming, who); !done)
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
