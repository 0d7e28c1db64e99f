// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle.h"

#include "base64.h"
#include "bundleanswers.h"
#include "sha256.h"
#include "yamltree.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace dl {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "digilevel-bundle/1";
constexpr std::size_t kMaxBundleBytes = std::size_t(1) << 30;

Diagnostic bundleError(const std::string &file, std::string code, std::string message)
{
    return Diagnostic{file, {}, {}, std::move(code), std::move(message)};
}

// nlohmann::json parses iteratively but serialises recursively (dump(), for the checksum), so a
// payload nested a hundred thousand levels deep overflowed the stack (found by fuzzing). A real
// bundle is 5 levels deep. Returns the byte offset of the first bracket past `limit`.
std::optional<std::size_t> nestedTooDeep(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

Diagnostic cancelled(const std::string &file)
{
    return bundleError(file, "cancelled", "cancelled by the user; nothing was changed");
}

// ---- export -------------------------------------------------------------------------------

Result<json>
rows(Store &store, std::string_view sql, std::int64_t id, const std::vector<std::string> &names)
{
    auto st = store.db().prepare(sql);
    if (!st)
        return st.errors();
    st->bind(1, id);
    json out = json::array();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            return out;
        json r = json::object();
        for (int c = 0; c < int(names.size()); ++c) {
            const std::string &n = names[c];
            if (n == "ticked" || n == "size")
                r[n] = st->integer(c);
            else if (n == "content")
                r["content_base64"] = base64Encode(st->blob(c));
            else if (st->isNull(c))
                r[n] = nullptr;
            else
                r[n] = st->text(c);
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

// ---- validation of an incoming bundle -------------------------------------------------------

// Checks the shape of the payload and names the exact place of the first problems.
class Shape
{
public:
    explicit Shape(const std::string &file)
        : m_file(file)
    {}
    Diagnostics errors;

    void need(const json &obj,
              const std::string &path,
              const std::string &key,
              json::value_t type,
              bool nullable = false)
    {
        if (!obj.is_object()) {
            fail(path, "expected an object");
            return;
        }
        const auto it = obj.find(key);
        if (it == obj.end()) {
            fail(path + "." + key, "is missing");
            return;
        }
        if (nullable && it->is_null())
            return;
        const bool ok =
            type == json::value_t::number_integer
                ? it->is_number_integer()
                : (type == json::value_t::boolean ? it->is_boolean() : it->type() == type);
        if (!ok)
            fail(path + "." + key,
                 std::string("expected ") + typeName(type) + ", found " + it->type_name());
    }
    void fail(const std::string &path, const std::string &what)
    {
        if (errors.size() < 20)
            errors.push_back(bundleError(m_file, "bundle-invalid", path + ": " + what));
    }

private:
    static const char *typeName(json::value_t t)
    {
        switch (t) {
        case json::value_t::string:
            return "a string";
        case json::value_t::array:
            return "a list";
        case json::value_t::object:
            return "an object";
        case json::value_t::boolean:
            return "true or false";
        default:
            return "a whole number";
        }
    }
    std::string m_file;
};

void checkPayload(const json &p, Shape &s)
{
    using V = json::value_t;
    s.need(p, "payload", "models", V::array);
    s.need(p, "payload", "enterprises", V::array);
    s.need(p, "payload", "assessments", V::array);
    if (!s.errors.empty())
        return;
    for (std::size_t i = 0; i < p["models"].size(); ++i) {
        const json &m = p["models"][i];
        const std::string path = "payload.models[" + std::to_string(i) + "]";
        for (const char *k : {"content_hash", "model_id", "version", "content"})
            s.need(m, path, k, V::string);
        if (s.errors.empty() && Sha256::hex(m["content"].get<std::string>()) != m["content_hash"])
            s.fail(path, "the model text does not match its content_hash (altered?)");
    }
    for (std::size_t i = 0; i < p["enterprises"].size(); ++i) {
        const json &e = p["enterprises"][i];
        const std::string path = "payload.enterprises[" + std::to_string(i) + "]";
        for (const char *k :
             {"uuid", "name", "credit_code", "industry", "province", "city", "size_class", "srdi",
              "contact_name", "contact_phone", "contact_email", "created_at", "updated_at"})
            s.need(e, path, k, V::string);
        s.need(e, path, "employees", V::number_integer, true);
        s.need(e, path, "revenue_wan", V::string, true);
        s.need(e, path, "assets_wan", V::string, true);
        s.need(e, path, "above_scale", V::boolean);
        if (s.errors.empty() && e["name"].get<std::string>().empty())
            s.fail(path + ".name", "is empty");
    }
    for (std::size_t i = 0; i < p["assessments"].size(); ++i) {
        const json &a = p["assessments"][i];
        const std::string path = "payload.assessments[" + std::to_string(i) + "]";
        for (const char *k : {"uuid", "enterprise_uuid", "model_hash", "status", "mode",
                              "assessor_name", "assessor_org", "created_at", "updated_at"})
            s.need(a, path, k, V::string);
        for (const char *k : {"answers", "audit", "evidence_files", "evidence_checks"})
            s.need(a, path, k, V::array);
        if (!s.errors.empty())
            return;
        for (std::size_t j = 0; j < a["answers"].size(); ++j)
            for (const char *k : {"layer", "kind", "key", "value", "note", "updated_at",
                                  "updated_by", "change_uuid"})
                s.need(a["answers"][j], path + ".answers[" + std::to_string(j) + "]", k, V::string);
        for (std::size_t j = 0; j < a["audit"].size(); ++j) {
            const std::string ap = path + ".audit[" + std::to_string(j) + "]";
            for (const char *k :
                 {"uuid", "layer", "kind", "key", "note", "changed_at", "changed_by"})
                s.need(a["audit"][j], ap, k, V::string);
            s.need(a["audit"][j], ap, "old_value", V::string, true);
            s.need(a["audit"][j], ap, "new_value", V::string, true);
        }
        for (std::size_t j = 0; j < a["evidence_files"].size(); ++j) {
            const json &f = a["evidence_files"][j];
            const std::string fp = path + ".evidence_files[" + std::to_string(j) + "]";
            for (const char *k : {"uuid", "target", "sha256", "original_name", "media_type",
                                  "content_base64", "added_at", "added_by"})
                s.need(f, fp, k, V::string);
            s.need(f, fp, "size", V::number_integer);
            if (!s.errors.empty())
                return;
            const auto bytes = base64Decode(f["content_base64"].get<std::string>());
            if (!bytes)
                s.fail(fp + ".content_base64", "is not valid base64");
            else if (Sha256::hex(*bytes) != f["sha256"] || std::int64_t(bytes->size()) != f["size"])
                s.fail(fp, "the file content does not match its SHA-256 and size (altered?)");
        }
        for (std::size_t j = 0; j < a["evidence_checks"].size(); ++j) {
            const std::string cp = path + ".evidence_checks[" + std::to_string(j) + "]";
            for (const char *k : {"target", "evidence_id", "updated_at"})
                s.need(a["evidence_checks"][j], cp, k, V::string);
            s.need(a["evidence_checks"][j], cp, "ticked", V::number_integer);
        }
    }
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
             {"uuid", "target", "sha256", "size", "original_name", "media_type", "content",
              "added_at", "added_by"}},
            {"evidence_checks",
             "SELECT target, evidence_id, ticked, updated_at FROM evidence_check WHERE "
             "assessment_id=? ORDER BY target, evidence_id",
             {"target", "evidence_id", "ticked", "updated_at"}},
        };
        for (const Part &p : parts) {
            auto r = rows(store, p.sql, id, p.names);
            if (!r)
                return r.errors();
            aj[p.key] = std::move(*r);
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
    json payload = {{"models", models}, {"enterprises", enterprises}, {"assessments", assessments}};
    const std::string canonical = payload.dump();
    json bundle = {{"format", kFormat},
                   {"created_at", isoTime(std::chrono::system_clock::now())},
                   {"created_by", createdBy},
                   {"payload_sha256", Sha256::hex(canonical)},
                   {"payload", std::move(payload)}};

    namespace fs = std::filesystem;
    const std::string partial = path + ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << bundle.dump() << '\n';
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

// ---- merge ------------------------------------------------------------------------------------

class Merger
{
public:
    Merger(Store &store, const std::string &source, const BundleProgress &progress)
        : m_store(store)
        , m_db(store.db())
        , m_source(source)
        , m_progress(progress)
    {}

    Result<ImportReport> run(const json &payload);

private:
    std::optional<Diagnostic> mergeModels(const json &models);
    Result<std::int64_t> mergeEnterprise(const json &e);
    std::optional<Diagnostic> mergeAssessment(const json &a);
    std::optional<Diagnostic> mergeAnswer(std::int64_t assessmentId,
                                          const std::string &assessmentUuid,
                                          const json &ans,
                                          const std::set<std::string> &incomingHistory);
    Result<std::set<std::string>> localHistory(std::int64_t assessmentId,
                                               const std::string &layer,
                                               const std::string &kind,
                                               const std::string &key);

    Store &m_store;
    SqliteDb &m_db;
    std::string m_source;
    const BundleProgress &m_progress;
    ImportReport m_report;
    std::map<std::string, std::int64_t> m_enterpriseIds; // incoming uuid -> local id
    std::map<std::string, std::string> m_enterpriseNames;
};

std::optional<Diagnostic> Merger::mergeModels(const json &models)
{
    for (const json &m : models) {
        auto st = m_db.prepare("INSERT OR IGNORE INTO model (content_hash, model_id, version, "
                               "content) VALUES (?,?,?,?)");
        if (!st)
            return st.errors().front();
        st->bind(1, m["content_hash"].get<std::string>()).bind(2, m["model_id"].get<std::string>());
        st->bind(3, m["version"].get<std::string>()).bindBlob(4, m["content"].get<std::string>());
        if (auto err = st->run())
            return err;
    }
    return std::nullopt;
}

Result<std::int64_t> Merger::mergeEnterprise(const json &e)
{
    const std::string uuid = e["uuid"];
    const std::string credit = e["credit_code"];
    auto find = m_db.prepare("SELECT id, updated_at FROM enterprise WHERE uuid=?1 OR "
                             "(?2 <> '' AND credit_code=?2) ORDER BY uuid=?1 DESC, id LIMIT 1");
    if (!find)
        return find.errors();
    find->bind(1, uuid).bind(2, credit);
    auto row = find->step();
    if (!row)
        return row.errors();
    Enterprise incoming;
    incoming.uuid = uuid;
    incoming.name = e["name"];
    incoming.creditCode = credit;
    incoming.industry = e["industry"];
    incoming.province = e["province"];
    incoming.city = e["city"];
    if (!e["employees"].is_null())
        incoming.employees = e["employees"].get<std::int64_t>();
    if (!e["revenue_wan"].is_null())
        incoming.revenueWan = e["revenue_wan"].get<std::string>();
    if (!e["assets_wan"].is_null())
        incoming.assetsWan = e["assets_wan"].get<std::string>();
    incoming.sizeClass = e["size_class"];
    incoming.aboveScale = e["above_scale"];
    incoming.srdi = parseSrdi(e["srdi"].get<std::string>()).value_or(SrdiStatus::None);
    incoming.contactName = e["contact_name"];
    incoming.contactPhone = e["contact_phone"];
    incoming.contactEmail = e["contact_email"];
    incoming.createdAt = e["created_at"];
    incoming.updatedAt = e["updated_at"];
    m_enterpriseNames[uuid] = incoming.name;
    if (*row) {
        const std::int64_t id = find->integer(0);
        const std::string localUpdated = find->text(1);
        ++m_report.enterprisesMatched;
        // The profile is last-writer-wins: it has no per-field history, and a newer profile is
        // what both sides would keep.
        if (e["updated_at"].get<std::string>() > localUpdated) {
            incoming.id = id;
            if (auto done = m_store.updateEnterprise(incoming); !done)
                return done.errors();
            auto stamp = m_db.prepare("UPDATE enterprise SET updated_at=? WHERE id=?");
            if (!stamp)
                return stamp.errors();
            stamp->bind(1, incoming.updatedAt).bind(2, id); // the profile is as new as its source
            if (auto err = stamp->run())
                return *err;
            ++m_report.enterprisesUpdated;
        }
        m_enterpriseIds[uuid] = id;
        return id;
    }
    auto added = m_store.addEnterprise(incoming);
    if (!added)
        return added.errors();
    ++m_report.enterprisesAdded;
    m_enterpriseIds[uuid] = added->id;
    return added->id;
}

Result<std::set<std::string>> Merger::localHistory(std::int64_t assessmentId,
                                                   const std::string &layer,
                                                   const std::string &kind,
                                                   const std::string &key)
{
    auto st = m_db.prepare("SELECT uuid FROM audit WHERE assessment_id=? AND layer=? AND kind=? "
                           "AND key=?");
    if (!st)
        return st.errors();
    st->bind(1, assessmentId).bind(2, layer).bind(3, kind).bind(4, key);
    std::set<std::string> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            return out;
        out.insert(st->text(0));
    }
}

std::optional<Diagnostic> Merger::mergeAnswer(std::int64_t assessmentId,
                                              const std::string &assessmentUuid,
                                              const json &ans,
                                              const std::set<std::string> &incomingHistory)
{
    const std::string layer = ans["layer"], kind = ans["kind"], key = ans["key"];
    auto local = m_db.prepare("SELECT value, updated_by, updated_at, change_uuid FROM answer "
                              "WHERE assessment_id=? AND layer=? AND kind=? AND key=?");
    if (!local)
        return local.errors().front();
    local->bind(1, assessmentId).bind(2, layer).bind(3, kind).bind(4, key);
    auto row = local->step();
    if (!row)
        return row.errors().front();
    auto write = [&]() -> std::optional<Diagnostic> {
        auto st = m_db.prepare(
            "INSERT INTO answer (assessment_id, layer, kind, key, value, note, updated_at, "
            "updated_by, change_uuid) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (assessment_id, "
            "layer, kind, key) DO UPDATE SET value=excluded.value, note=excluded.note, "
            "updated_at=excluded.updated_at, updated_by=excluded.updated_by, "
            "change_uuid=excluded.change_uuid");
        if (!st)
            return st.errors().front();
        st->bind(1, assessmentId).bind(2, layer).bind(3, kind).bind(4, key);
        st->bind(5, ans["value"].get<std::string>()).bind(6, ans["note"].get<std::string>());
        st->bind(7, ans["updated_at"].get<std::string>())
            .bind(8, ans["updated_by"].get<std::string>());
        st->bind(9, ans["change_uuid"].get<std::string>());
        return st->run();
    };
    if (!*row) {
        ++m_report.answersAdded;
        return write();
    }
    const std::string localValue = local->text(0), localBy = local->text(1),
                      localAt = local->text(2), localChange = local->text(3);
    const std::string incomingChange = ans["change_uuid"];
    if (localChange == incomingChange) {
        ++m_report.answersUnchanged;
        return std::nullopt;
    }
    if (incomingHistory.count(localChange)) { // they saw our value and changed it after
        ++m_report.answersUpdated;
        return write();
    }
    auto ours = localHistory(assessmentId, layer, kind, key);
    if (!ours)
        return ours.errors().front();
    if (ours->count(incomingChange) || localValue == ans["value"].get<std::string>()) {
        ++m_report.answersUnchanged; // we already have their change, or the same answer
        return std::nullopt;
    }
    MergeConflict c{assessmentUuid,   {},      layer,   kind,         key,
                    localValue,       localBy, localAt, ans["value"], ans["updated_by"],
                    ans["updated_at"]};
    auto st = m_db.prepare(
        "INSERT OR IGNORE INTO conflict (assessment_id, layer, kind, key, local_value, local_by, "
        "local_at, local_change, incoming_value, incoming_note, incoming_by, incoming_at, "
        "incoming_change, source, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.errors().front();
    st->bind(1, assessmentId).bind(2, layer).bind(3, kind).bind(4, key).bind(5, localValue);
    st->bind(6, localBy).bind(7, localAt).bind(8, localChange).bind(9, c.incomingValue);
    st->bind(10, ans["note"].get<std::string>()).bind(11, c.incomingBy).bind(12, c.incomingAt);
    st->bind(13, incomingChange)
        .bind(14, m_source)
        .bind(15, isoTime(std::chrono::system_clock::now()));
    if (auto err = st->run())
        return err;
    if (m_db.changes() > 0)
        m_report.conflicts.push_back(std::move(c));
    return std::nullopt;
}

std::optional<Diagnostic> Merger::mergeAssessment(const json &a)
{
    const std::string uuid = a["uuid"];
    const auto ent = m_enterpriseIds.find(a["enterprise_uuid"].get<std::string>());
    if (ent == m_enterpriseIds.end())
        return bundleError(m_source, "bundle-invalid",
                           "assessment " + uuid +
                               " refers to an enterprise the bundle does not carry");
    auto find = m_db.prepare("SELECT id, status FROM assessment WHERE uuid=?");
    if (!find)
        return find.errors().front();
    find->bind(1, uuid);
    auto row = find->step();
    if (!row)
        return row.errors().front();
    std::int64_t id = 0;
    if (*row) {
        id = find->integer(0);
        ++m_report.assessmentsMatched;
        // Status only moves forward (draft -> submitted -> verified) in a merge.
        const auto rank = [](const std::string &s) {
            return s == "verified" ? 2 : s == "submitted" ? 1 : 0;
        };
        if (rank(a["status"]) > rank(find->text(1))) {
            auto up = m_db.prepare("UPDATE assessment SET status=? WHERE id=?");
            if (!up)
                return up.errors().front();
            up->bind(1, a["status"].get<std::string>()).bind(2, id);
            if (auto err = up->run())
                return err;
        }
    } else {
        auto st = m_db.prepare("INSERT INTO assessment (uuid, enterprise_id, model_hash, status, "
                               "mode, assessor_name, assessor_org, created_at, updated_at) VALUES "
                               "(?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.errors().front();
        st->bind(1, uuid).bind(2, ent->second).bind(3, a["model_hash"].get<std::string>());
        st->bind(4, a["status"].get<std::string>()).bind(5, a["mode"].get<std::string>());
        st->bind(6, a["assessor_name"].get<std::string>())
            .bind(7, a["assessor_org"].get<std::string>());
        st->bind(8, a["created_at"].get<std::string>()).bind(9, a["updated_at"].get<std::string>());
        if (auto err = st->run())
            return bundleError(m_source, "bundle-invalid",
                               "assessment " + uuid + " cannot be stored: " + err->message);
        id = m_db.lastInsertRowId();
        ++m_report.assessmentsAdded;
    }
    std::map<std::tuple<std::string, std::string, std::string>, std::set<std::string>> history;
    for (const json &h : a["audit"])
        history[{h["layer"], h["kind"], h["key"]}].insert(h["uuid"].get<std::string>());
    for (const json &ans : a["answers"]) {
        if (auto err = mergeAnswer(id, uuid, ans, history[{ans["layer"], ans["kind"], ans["key"]}]))
            return err;
        if (!m_report.conflicts.empty() && m_report.conflicts.back().assessmentUuid == uuid &&
            m_report.conflicts.back().enterpriseName.empty())
            m_report.conflicts.back().enterpriseName = m_enterpriseNames[a["enterprise_uuid"]];
    }
    for (const json &h : a["audit"]) {
        auto st =
            m_db.prepare("INSERT OR IGNORE INTO audit (uuid, assessment_id, layer, kind, key, "
                         "old_value, new_value, note, changed_at, changed_by) VALUES "
                         "(?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.errors().front();
        st->bind(1, h["uuid"].get<std::string>())
            .bind(2, id)
            .bind(3, h["layer"].get<std::string>());
        st->bind(4, h["kind"].get<std::string>()).bind(5, h["key"].get<std::string>());
        h["old_value"].is_null() ? st->bindNull(6) : st->bind(6, h["old_value"].get<std::string>());
        h["new_value"].is_null() ? st->bindNull(7) : st->bind(7, h["new_value"].get<std::string>());
        st->bind(8, h["note"].get<std::string>()).bind(9, h["changed_at"].get<std::string>());
        st->bind(10, h["changed_by"].get<std::string>());
        if (auto err = st->run())
            return err;
    }
    for (const json &f : a["evidence_files"]) {
        auto st = m_db.prepare("INSERT OR IGNORE INTO evidence_file (uuid, assessment_id, target, "
                               "sha256, size, original_name, media_type, content, added_at, "
                               "added_by) VALUES (?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.errors().front();
        st->bind(1, f["uuid"].get<std::string>())
            .bind(2, id)
            .bind(3, f["target"].get<std::string>());
        st->bind(4, f["sha256"].get<std::string>()).bind(5, f["size"].get<std::int64_t>());
        st->bind(6, f["original_name"].get<std::string>())
            .bind(7, f["media_type"].get<std::string>());
        st->bindBlob(8, *base64Decode(f["content_base64"].get<std::string>()));
        st->bind(9, f["added_at"].get<std::string>()).bind(10, f["added_by"].get<std::string>());
        if (auto err = st->run())
            return err;
        m_report.evidenceAdded += m_db.changes();
    }
    for (const json &c : a["evidence_checks"]) {
        // Ticks merge to the newer one: a checklist tick carries no history of its own.
        auto st = m_db.prepare(
            "INSERT INTO evidence_check (assessment_id, target, evidence_id, ticked, updated_at) "
            "VALUES (?,?,?,?,?) ON CONFLICT (assessment_id, target, evidence_id) DO UPDATE SET "
            "ticked=excluded.ticked, updated_at=excluded.updated_at WHERE excluded.updated_at > "
            "evidence_check.updated_at");
        if (!st)
            return st.errors().front();
        st->bind(1, id)
            .bind(2, c["target"].get<std::string>())
            .bind(3, c["evidence_id"].get<std::string>());
        st->bind(4, c["ticked"].get<std::int64_t>()).bind(5, c["updated_at"].get<std::string>());
        if (auto err = st->run())
            return err;
    }
    return std::nullopt;
}

Result<ImportReport> Merger::run(const json &payload)
{
    SqliteTransaction tx(m_db);
    if (auto err = tx.begin())
        return *err;
    if (auto err = mergeModels(payload["models"]))
        return *err;
    // Cancelling returns before the commit: the transaction rolls back, nothing is imported.
    const int total = int(payload["enterprises"].size() + payload["assessments"].size());
    int done = 0;
    auto carryOn = [&] { return !m_progress || m_progress(done++, total); };
    for (const json &e : payload["enterprises"]) {
        if (!carryOn())
            return cancelled(m_source);
        if (auto id = mergeEnterprise(e); !id)
            return id.errors();
    }
    for (const json &a : payload["assessments"]) {
        if (!carryOn())
            return cancelled(m_source);
        if (auto err = mergeAssessment(a))
            return *err;
    }
    if (m_progress && !m_progress(total, total))
        return cancelled(m_source);
    if (auto err = tx.commit())
        return *err;
    return m_report;
}

} // namespace

Result<ImportReport>
importBundle(Store &store, const std::string &path, const BundleProgress &progress)
{
    auto text = readTextFile(path, kMaxBundleBytes);
    if (!text)
        return text.errors();
    if (const auto at = nestedTooDeep(*text, 64))
        return bundleError(path, "bundle-damaged",
                           "not a DigiLevel bundle: nested more than 64 levels deep at byte " +
                               std::to_string(*at));
    json bundle;
    try {
        bundle = json::parse(*text);
    } catch (const json::parse_error &e) {
        return bundleError(path, "bundle-damaged",
                           "not a complete DigiLevel bundle (damaged or truncated at byte " +
                               std::to_string(e.byte) + ")");
    } catch (const json::exception &) { // out_of_range: a number such as 1e400 (found by fuzzing)
        return bundleError(path, "bundle-damaged",
                           "not a DigiLevel bundle: it holds a number too large to read");
    }
    // find(), not value(): value() throws when "format" is there but is not a string.
    if (const auto f = bundle.find("format");
        f == bundle.end() || !f->is_string() || f->get<std::string>() != kFormat)
        return bundleError(path, "bundle-format",
                           "not a DigiLevel bundle: expected format '" + std::string(kFormat) +
                               "'");
    Shape shape(path);
    shape.need(bundle, "bundle", "payload_sha256", json::value_t::string);
    shape.need(bundle, "bundle", "payload", json::value_t::object);
    if (!shape.errors.empty())
        return shape.errors;
    if (Sha256::hex(bundle["payload"].dump()) != bundle["payload_sha256"].get<std::string>())
        return bundleError(path, "bundle-tampered",
                           "the bundle's content does not match its SHA-256: it was altered or "
                           "damaged after export; nothing was imported");
    checkPayload(bundle["payload"], shape);
    if (!shape.errors.empty())
        return shape.errors;
    if (auto bad = checkBundleAnswers(bundle["payload"], path); !bad.empty())
        return bad;
    try {
        return Merger(store, std::filesystem::path(path).filename().string(), progress)
            .run(bundle["payload"]);
    } catch (const json::exception &e) { // a shape we did not foresee; the transaction rolled back
        return bundleError(path, "bundle-invalid", std::string("unexpected content: ") + e.what());
    }
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
