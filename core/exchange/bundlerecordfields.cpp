// SPDX-License-Identifier: GPL-3.0-or-later
// The records of a bundle as they finish: each field checked and moved into its typed record.
#include "exchange/bundlerecords.h"

#include "base/base64.h"
#include "base/sha256.h"
#include "base/textshape.h"

namespace dl {

namespace {

using Reader = BundleRecordReader;
using Type = Reader::Value::Type;

LocalText expectedName(Type t)
{
    switch (t) {
    case Type::String:
        return {"字符串", "a string"};
    case Type::Integer:
        return {"整数", "a whole number"};
    case Type::Boolean:
        return {"true 或 false", "true or false"};
    case Type::Array:
        return {"列表", "a list"};
    default:
        return {"对象", "an object"};
    }
}

// Reads the fields of one finished object, checking each one's presence and type. A field that
// is missing or of the wrong type is reported and reads as empty; the record is then never used,
// because any error refuses the whole bundle.
class FieldReader
{
public:
    FieldReader(Reader &reader, Reader::Frame &frame)
        : m_reader(reader)
        , m_frame(frame)
    {}

    std::string text(const char *name)
    {
        Reader::Value *v = find(name, Type::String, false);
        return v ? std::move(v->text) : std::string();
    }
    std::optional<std::string> optionalText(const char *name)
    {
        Reader::Value *v = find(name, Type::String, true);
        if (!v || v->type == Type::Null)
            return std::nullopt;
        return std::move(v->text);
    }
    std::int64_t integer(const char *name)
    {
        const Reader::Value *v = find(name, Type::Integer, false);
        return v ? v->integer : 0;
    }
    // A field a later version added: absent in an older bundle, where it reads as `absent`.
    std::string textOr(const char *name, std::string absent)
    {
        return lookup(name) ? text(name) : absent;
    }
    std::int64_t integerOr(const char *name, std::int64_t absent)
    {
        return lookup(name) ? integer(name) : absent;
    }
    std::optional<std::int64_t> optionalInteger(const char *name)
    {
        const Reader::Value *v = find(name, Type::Integer, true);
        if (!v || v->type == Type::Null)
            return std::nullopt;
        return v->integer;
    }
    bool boolean(const char *name)
    {
        const Reader::Value *v = find(name, Type::Boolean, false);
        return v && v->integer != 0;
    }
    bool booleanOr(const char *name, bool absent) { return lookup(name) ? boolean(name) : absent; }
    // A list field that was not read as a list: missing, or a value of another type.
    void missingList(const char *name)
    {
        const Reader::Value *v = lookup(name);
        if (v)
            m_reader.fail<DiagMsg::BundleNotAList>(m_reader.path() + "." + name,
                                                   Reader::typeName(v->type));
        else
            m_reader.fail<DiagMsg::BundleFieldMissing>(m_reader.path() + "." + name);
    }
    bool ok() const { return m_ok; }

private:
    Reader::Value *lookup(std::string_view name)
    {
        // From the end: a repeated key counts once, the last one.
        for (std::size_t i = m_frame.used; i-- > 0;)
            if (m_frame.fields[i].key == name)
                return &m_frame.fields[i].value;
        return nullptr;
    }
    Reader::Value *find(const char *name, Type type, bool nullable)
    {
        Reader::Value *v = lookup(name);
        if (!v) {
            m_ok = false;
            m_reader.fail<DiagMsg::BundleFieldMissing>(m_reader.path() + "." + name);
            return nullptr;
        }
        if (v->type == type || (nullable && v->type == Type::Null))
            return v;
        m_ok = false;
        m_reader.fail<DiagMsg::BundleFieldType>(m_reader.path() + "." + name, expectedName(type),
                                                Reader::typeName(v->type));
        return nullptr;
    }

    Reader &m_reader;
    Reader::Frame &m_frame;
    bool m_ok = true;
};

} // namespace

void BundleRecordReader::finishObject(Frame &frame)
{
    FieldReader r(*this, frame);
    for (const ListField &l : listFields())
        if (l.parent == frame.rec && !(frame.lists & l.bit))
            r.missingList(l.name);
    switch (frame.rec) {
    case Rec::Top:
        for (std::size_t i = 0; i < frame.used; ++i) {
            const Field &f = frame.fields[i];
            if (f.key == "format" && f.value.type == Type::String)
                m_format = f.value.text;
            else if (f.key == "payload_sha256") {
                m_payloadSha256Type = f.value.type;
                m_payloadSha256 = f.value.text;
            } else if (f.key == "payload") {
                m_payloadType = f.value.type; // a value that is not an object
            }
        }
        return;
    case Rec::Payload:
        return;
    case Rec::Model: {
        BundleModel m;
        m.content = r.text("content");
        m.contentHash = r.text("content_hash");
        m.modelId = r.text("model_id");
        m.version = r.text("version");
        if (r.ok() && !isSha256Hex(m.contentHash))
            fail<DiagMsg::BundleHashShape>(path() + ".content_hash",
                                           quotedForMessage(m.contentHash));
        else if (r.ok() && Sha256::hex(m.content) != m.contentHash)
            fail<DiagMsg::BundleModelAltered>(path());
        m_payload.models.push_back(std::move(m));
        return;
    }
    case Rec::Enterprise: {
        Enterprise e;
        e.aboveScale = r.boolean("above_scale");
        e.assetsWan = r.optionalText("assets_wan");
        e.city = r.text("city");
        e.contactEmail = r.text("contact_email");
        e.contactName = r.text("contact_name");
        e.contactPhone = r.text("contact_phone");
        e.createdAt = r.text("created_at");
        e.creditCode = r.text("credit_code");
        e.employees = r.optionalInteger("employees");
        e.industry = r.text("industry");
        e.name = r.text("name");
        e.province = r.text("province");
        e.revenueWan = r.optionalText("revenue_wan");
        const std::string size = r.text("size_class");
        if (const auto known = parseSizeClass(size))
            e.sizeClass = *known;
        else if (r.ok())
            fail<DiagMsg::BundleSizeClassUnknown>(path() + ".size_class", quotedForMessage(size));
        const std::string srdi = r.text("srdi");
        if (const auto known = parseSrdiStatus(srdi))
            e.srdi = *known;
        else if (r.ok())
            fail<DiagMsg::BundleSrdiUnknown>(path() + ".srdi", quotedForMessage(srdi));
        e.updatedAt = r.text("updated_at");
        e.pilot = r.booleanOr("pilot", false);
        e.pilotBatch = r.textOr("pilot_batch", "");
        e.uuid = r.text("uuid");
        if (r.ok() && e.name.empty())
            fail<DiagMsg::BundleFieldEmpty>(path() + ".name");
        m_payload.enterprises.push_back(std::move(e));
        return;
    }
    case Rec::Assessment: {
        BundleAssessment &a = m_payload.assessments.back();
        a.assessorName = r.text("assessor_name");
        a.assessorOrg = r.text("assessor_org");
        a.createdAt = r.text("created_at");
        a.enterpriseUuid = r.text("enterprise_uuid");
        a.mode = r.text("mode");
        a.modelHash = r.text("model_hash");
        a.status = r.text("status");
        a.updatedAt = r.text("updated_at");
        a.upgradedFrom = r.textOr("upgraded_from", "");
        a.phase = r.textOr("phase", "baseline");
        a.uuid = r.text("uuid");
        return;
    }
    case Rec::Answer: {
        BundleAnswer &a = m_payload.assessments.back().answers.emplace_back();
        a.changeUuid = r.text("change_uuid");
        a.key = r.text("key");
        a.kind = r.text("kind");
        a.layer = r.text("layer");
        a.needsConfirmation = r.integerOr("needs_confirmation", 0);
        a.note = r.text("note");
        a.updatedAt = r.text("updated_at");
        a.updatedBy = r.text("updated_by");
        a.value = r.text("value");
        return;
    }
    case Rec::Audit: {
        BundleAuditEntry &h = m_payload.assessments.back().audit.emplace_back();
        h.changedAt = r.text("changed_at");
        h.changedBy = r.text("changed_by");
        h.key = r.text("key");
        h.kind = r.text("kind");
        h.layer = r.text("layer");
        h.newValue = r.optionalText("new_value");
        h.note = r.text("note");
        h.oldValue = r.optionalText("old_value");
        h.uuid = r.text("uuid");
        return;
    }
    case Rec::EvidenceFile: {
        BundleEvidenceFile &f = m_payload.assessments.back().evidenceFiles.emplace_back();
        f.addedAt = r.text("added_at");
        f.addedBy = r.text("added_by");
        const std::string encoded = r.text("content_base64");
        f.mediaType = r.text("media_type");
        f.originalName = r.text("original_name");
        f.sha256 = r.text("sha256");
        f.size = r.integer("size");
        f.target = r.text("target");
        f.uuid = r.text("uuid");
        if (!r.ok())
            return;
        if (!isSha256Hex(f.sha256)) {
            fail<DiagMsg::BundleHashShape>(path() + ".sha256", quotedForMessage(f.sha256));
            return;
        }
        auto bytes = base64Decode(encoded);
        if (!bytes)
            fail<DiagMsg::BundleBase64Invalid>(path() + ".content_base64");
        else if (Sha256::hex(*bytes) != f.sha256 || std::int64_t(bytes->size()) != f.size)
            fail<DiagMsg::BundleFileAltered>(path());
        else
            f.content = std::move(*bytes);
        return;
    }
    case Rec::EvidenceCheck: {
        BundleEvidenceCheck &c = m_payload.assessments.back().evidenceChecks.emplace_back();
        c.evidenceId = r.text("evidence_id");
        c.target = r.text("target");
        c.ticked = r.integer("ticked");
        c.updatedAt = r.text("updated_at");
        return;
    }
    }
}

Diagnostics BundleRecordReader::topLevelErrors() const
{
    Diagnostics out;
    if (!m_payloadSha256Type)
        out.push_back(fileError<DiagMsg::BundleFieldMissing>(m_file, "bundle.payload_sha256"));
    else if (*m_payloadSha256Type != Type::String)
        out.push_back(fileError<DiagMsg::BundleFieldType>(m_file, "bundle.payload_sha256",
                                                          expectedName(Type::String),
                                                          typeName(*m_payloadSha256Type)));
    if (!m_payloadType)
        out.push_back(fileError<DiagMsg::BundleFieldMissing>(m_file, "bundle.payload"));
    else if (*m_payloadType != Type::Object)
        out.push_back(fileError<DiagMsg::BundleNotAnObject>(m_file, "bundle.payload",
                                                            typeName(*m_payloadType)));
    return out;
}

} // namespace dl
