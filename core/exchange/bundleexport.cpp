// SPDX-License-Identifier: GPL-3.0-or-later
// exportBundle: the bundle is written as it is read from the database, one assessment's records
// at a time, and the checksum is taken over the payload's bytes as they are written. The file is
// byte for byte what dumping the whole document would give (compact, keys in sorted order), but
// an export of 10,000 enterprises no longer holds a document of several GB in memory.
#include "exchange/bundle.h"

#include "base/base64.h"
#include "base/diagnosticcatalog.h"
#include "base/partialfile.h"
#include "base/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace dl {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "digilevel-bundle/1";

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
            if (n == "ticked" || n == "size" || n == "needs_confirmation")
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
            {"size_class", key(e.sizeClass)},
            {"above_scale", e.aboveScale},
            {"srdi", key(e.srdi)},
            {"pilot", e.pilot},
            {"pilot_batch", e.pilotBatch},
            {"contact_name", e.contactName},
            {"contact_phone", e.contactPhone},
            {"contact_email", e.contactEmail},
            {"created_at", e.createdAt},
            {"updated_at", e.updatedAt}};
}

std::string sizeText(std::size_t bytes)
{
    if (bytes >= (std::size_t(1) << 30) && bytes % (std::size_t(1) << 30) == 0)
        return std::to_string(bytes >> 30) + " GiB";
    if (bytes >= (std::size_t(1) << 20) && bytes % (std::size_t(1) << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

// The bundle file being written (a PartialFile): buffered, the payload's bytes hashed on the
// way.
class BundleFile
{
public:
    explicit BundleFile(std::string path)
        : m_file(std::move(path))
    {}

    void frame(std::string_view text) { append(text); }
    void payload(std::string_view text)
    {
        m_hash.add(text);
        append(text);
    }
    // The payload's items, each dumped on its own, with the separators a whole dump would have.
    void payloadItem(const json &item)
    {
        payload(m_first ? std::string_view() : std::string_view(","));
        m_first = false;
        payload(item.dump());
    }
    void payloadList(std::string_view opening)
    {
        payload(opening);
        m_first = true;
    }
    std::string payloadHash() { return m_hash.finishHex(); }
    std::size_t size() const { return m_size; }
    bool failed() const { return m_file.failed(); }

    Result<std::string> commit()
    {
        flush();
        return m_file.commit({"数据包", "the bundle"});
    }

private:
    void append(std::string_view text)
    {
        m_size += text.size();
        m_buffer.append(text);
        if (m_buffer.size() >= (std::size_t(1) << 20))
            flush();
    }
    void flush()
    {
        m_file.out().write(m_buffer.data(), std::streamsize(m_buffer.size()));
        m_buffer.clear();
    }

    PartialFile m_file;
    std::string m_buffer;
    Sha256 m_hash;
    std::size_t m_size = 0;
    bool m_first = true;
};

struct Selected
{
    std::set<std::int64_t> assessments;
    std::set<std::int64_t> enterprises;
};

Result<Selected> resolveSelection(Store &store, const ExportSelection &selection)
{
    Selected out;
    out.assessments.insert(selection.assessments.begin(), selection.assessments.end());
    out.enterprises.insert(selection.enterprises.begin(), selection.enterprises.end());
    for (std::int64_t e : selection.enterprises) {
        if (auto ent = store.enterprise(e); !ent)
            return ent.errors();
    }
    auto all = store.assessments();
    if (!all)
        return all.errors();
    for (const AssessmentRecord &a : *all) {
        if (selection.all || out.enterprises.count(a.enterpriseId))
            out.assessments.insert(a.id);
    }
    if (selection.all) {
        auto ents = store.enterprises();
        if (!ents)
            return ents.errors();
        for (const Enterprise &e : *ents)
            out.enterprises.insert(e.id);
    }
    return out;
}

// An assessment's part of the payload and the name of its rows in it.
struct Part
{
    const char *key;
    const char *sql;
    std::vector<std::string> names;
};

const Part kParts[] = {
    {"answers",
     "SELECT layer, kind, key, value, note, updated_at, updated_by, change_uuid, "
     "needs_confirmation FROM answer WHERE assessment_id=? ORDER BY layer, kind, key",
     {"layer", "kind", "key", "value", "note", "updated_at", "updated_by", "change_uuid",
      "needs_confirmation"}},
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

} // namespace

Result<std::string> exportBundle(Store &store,
                                 const ExportSelection &selection,
                                 const std::string &path,
                                 const std::string &createdBy,
                                 const BundleProgress &progress,
                                 std::size_t maxBytes)
{
    auto selected = resolveSelection(store, selection);
    if (!selected)
        return selected.errors();
    std::set<std::int64_t> &enterpriseIds = selected->enterprises;
    const int total = int(selected->assessments.size() + enterpriseIds.size());
    int done = 0;
    auto tooLarge = [&] { return fileError<DiagMsg::BundleTooLarge>(path, sizeText(maxBytes)); };
    // Each prepared once: an export of a city runs them for tens of thousands of assessments.
    std::vector<SqliteStatement> statements;
    for (const Part &p : kParts) {
        auto st = store.db().prepare(p.sql);
        if (!st)
            return st.errors();
        statements.push_back(std::move(*st));
    }

    BundleFile file(path);
    if (file.failed())
        return fileError<DiagMsg::BundleCannotCreate>(path);
    // Checked as the file grows, counting the bytes that must still follow: the closing of the
    // payload and the checksum field.
    const std::size_t tail = std::string_view("]}").size() +
                             std::string_view(",\"payload_sha256\":\"").size() + 64 +
                             std::string_view("\"}\n").size();
    auto over = [&] { return file.size() + tail > maxBytes; };
    // The top level in sorted key order: created_at, created_by, format, payload,
    // payload_sha256; the payload's in turn: assessments, enterprises, models.
    const std::string head = json{
        {"created_at", isoTime(std::chrono::system_clock::now())},
        {"created_by", createdBy},
        {"format", kFormat}}.dump();
    file.frame(std::string_view(head).substr(0, head.size() - 1)); // without its closing brace
    file.frame(",\"payload\":");
    file.payloadList("{\"assessments\":[");
    std::set<std::string> modelHashes;
    for (std::int64_t id : selected->assessments) {
        if (progress && !progress(done++, total))
            return cancelled(path, LeftBehind::NoFile);
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
                   {"status", key(a->status)},
                   {"mode", key(a->mode)},
                   {"assessor_name", a->assessorName},
                   {"assessor_org", a->assessorOrg},
                   {"created_at", a->createdAt},
                   {"updated_at", a->updatedAt},
                   {"upgraded_from", a->upgradedFrom},
                   {"phase", key(a->phase)}};
        for (std::size_t k = 0; k < std::size(kParts); ++k) {
            auto r = rows(statements[k], id, kParts[k].names);
            if (!r)
                return r.errors();
            aj[kParts[k].key] = std::move(*r);
        }
        file.payloadItem(aj);
        if (over())
            return tooLarge();
    }
    file.payloadList("],\"enterprises\":[");
    for (std::int64_t id : enterpriseIds) {
        if (progress && !progress(done++, total))
            return cancelled(path, LeftBehind::NoFile);
        auto e = store.enterprise(id);
        if (!e)
            return e.errors();
        file.payloadItem(enterpriseJson(*e));
        if (over())
            return tooLarge();
    }
    file.payloadList("],\"models\":[");
    auto modelRow = store.db().prepare("SELECT model_id, version FROM model WHERE content_hash=?");
    if (!modelRow)
        return modelRow.errors();
    for (const std::string &hash : modelHashes) {
        auto text = store.modelText(hash);
        if (!text)
            return text.errors();
        modelRow->reset();
        modelRow->bind(1, hash);
        if (auto row = modelRow->step(); !row || !*row)
            return fileError<DiagMsg::ModelMissing>(store.path(), hash);
        file.payloadItem({{"content_hash", hash},
                          {"model_id", modelRow->text(0)},
                          {"version", modelRow->text(1)},
                          {"content", *text}});
        if (over())
            return tooLarge();
    }
    file.payload("]}");
    if (progress && !progress(total, total))
        return cancelled(path, LeftBehind::NoFile);
    file.frame(",\"payload_sha256\":\"" + file.payloadHash() + "\"}\n");
    if (file.size() > maxBytes)
        return tooLarge();
    return file.commit();
}

} // namespace dl
