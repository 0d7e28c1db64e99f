// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/bundlerecords.h"

namespace dl {

namespace {

using Reader = BundleRecordReader;
using Type = Reader::Value::Type;
constexpr std::size_t kMaxErrors = 20;

constexpr Reader::ListField kLists[] = {
    {Reader::Rec::Payload, "assessments", Reader::Rec::Assessment, 1},
    {Reader::Rec::Payload, "enterprises", Reader::Rec::Enterprise, 2},
    {Reader::Rec::Payload, "models", Reader::Rec::Model, 4},
    {Reader::Rec::Assessment, "answers", Reader::Rec::Answer, 1},
    {Reader::Rec::Assessment, "audit", Reader::Rec::Audit, 2},
    {Reader::Rec::Assessment, "evidence_checks", Reader::Rec::EvidenceCheck, 4},
    {Reader::Rec::Assessment, "evidence_files", Reader::Rec::EvidenceFile, 8},
};

} // namespace

BundleRecordReader::BundleRecordReader(std::string file)
    : m_file(std::move(file))
{}

std::span<const BundleRecordReader::ListField> BundleRecordReader::listFields()
{
    return kLists;
}

LocalText BundleRecordReader::typeName(Type t)
{
    switch (t) {
    case Type::Null:
        return {"空值（null）", "null"};
    case Type::Boolean:
        return {"布尔值", "boolean"};
    case Type::Number:
    case Type::Integer:
        return {"数字", "number"};
    case Type::String:
        return {"字符串", "string"};
    case Type::Object:
        return {"对象", "object"};
    case Type::Array:
        return {"数组", "array"};
    }
    return {"值", "value"};
}

void BundleRecordReader::record(Diagnostic d)
{
    if (m_errors.size() < kMaxErrors)
        m_errors.push_back(std::move(d));
    else
        m_stopped = true; // enough to act on; stop reading
}

std::string BundleRecordReader::path() const
{
    std::string out = "bundle";
    for (std::size_t i = 0; i < m_depth; ++i) {
        const Frame &f = m_frames[i];
        if (f.list)
            out += "." + std::string(f.name) + "[" + std::to_string(f.count - 1) + "]";
        else if (f.rec == Rec::Payload)
            out = "payload";
    }
    return out;
}

BundleRecordReader::Frame &BundleRecordReader::push(bool list, Rec rec, const char *name)
{
    if (m_depth == m_frames.size())
        m_frames.emplace_back();
    Frame &f = m_frames[m_depth++];
    f.list = list;
    f.rec = rec;
    f.name = name;
    f.count = 0;
    f.used = 0;
    f.lists = 0;
    f.key.clear();
    return f;
}

bool BundleRecordReader::value(Value::Type type, std::string_view text, std::int64_t integer)
{
    if (m_skip > 0)
        return true;
    if (m_depth == 0) // a document that is a bare value: it has no format, so it is refused
        return true;
    Frame &f = top();
    if (f.list) {
        ++f.count;
        fail<DiagMsg::BundleNotAnObject>(path(), typeName(type));
        return !m_stopped;
    }
    if (f.used == f.fields.size())
        f.fields.emplace_back();
    Field &field = f.fields[f.used++];
    field.key.assign(f.key);
    field.value.type = type;
    field.value.text.assign(text);
    field.value.integer = integer;
    return true;
}

bool BundleRecordReader::startNested(Value::Type type)
{
    // A field whose value is an object or a list where none is expected: its type is kept for
    // the check, its content skipped.
    value(type);
    m_skip = 1;
    return true;
}

bool BundleRecordReader::null()
{
    return value(Type::Null);
}

bool BundleRecordReader::boolean(bool v)
{
    return value(Type::Boolean, {}, v ? 1 : 0);
}

bool BundleRecordReader::number_integer(number_integer_t v)
{
    return value(Type::Integer, {}, v);
}

bool BundleRecordReader::number_unsigned(number_unsigned_t v)
{
    if (v > number_unsigned_t(INT64_MAX))
        return value(Type::Number); // no field of a bundle holds such a number
    return value(Type::Integer, {}, std::int64_t(v));
}

bool BundleRecordReader::number_float(number_float_t, const string_t &)
{
    return value(Type::Number);
}

bool BundleRecordReader::string(string_t &v)
{
    return value(Type::String, v);
}

bool BundleRecordReader::binary(binary_t &)
{
    return value(Type::Object); // the JSON reader never reports binary values
}

bool BundleRecordReader::key(string_t &k)
{
    if (m_skip == 0)
        top().key.assign(k);
    return true;
}

bool BundleRecordReader::start_object(std::size_t)
{
    if (m_skip > 0) {
        ++m_skip;
        return true;
    }
    if (m_depth == 0) {
        push(false, Rec::Top, "");
        return true;
    }
    Frame &f = top();
    if (f.list) {
        ++f.count;
        const Rec rec = f.rec;
        const char *name = f.name;
        if (rec == Rec::Assessment) // its lists are read into it while it is open
            m_payload.assessments.emplace_back();
        push(false, rec, name);
        return true;
    }
    if (f.rec == Rec::Top && f.key == "payload") {
        m_payloadType = Type::Object;
        m_payload = {}; // a repeated key counts once, the last one
        push(false, Rec::Payload, "payload");
        return true;
    }
    return startNested(Type::Object);
}

bool BundleRecordReader::start_array(std::size_t)
{
    if (m_skip > 0) {
        ++m_skip;
        return true;
    }
    if (m_depth == 0) { // a document that is a list: no format, refused
        m_skip = 1;
        return true;
    }
    Frame &f = top();
    if (f.list) {
        ++f.count;
        fail<DiagMsg::BundleNotAnObject>(path(), typeName(Type::Array));
        m_skip = 1;
        return !m_stopped;
    }
    for (const ListField &l : kLists) {
        if (l.parent != f.rec || f.key != l.name)
            continue;
        f.lists |= l.bit;
        if (f.rec == Rec::Payload) {
            if (l.element == Rec::Model)
                m_payload.models.clear();
            else if (l.element == Rec::Enterprise)
                m_payload.enterprises.clear();
            else
                m_payload.assessments.clear();
        } else {
            BundleAssessment &a = m_payload.assessments.back();
            switch (l.element) {
            case Rec::Answer:
                a.answers.clear();
                break;
            case Rec::Audit:
                a.audit.clear();
                break;
            case Rec::EvidenceFile:
                a.evidenceFiles.clear();
                break;
            default:
                a.evidenceChecks.clear();
            }
        }
        push(true, l.element, l.name);
        return true;
    }
    return startNested(Type::Array);
}

bool BundleRecordReader::end_array()
{
    if (m_skip > 0) {
        --m_skip;
        return true;
    }
    if (m_depth > 0)
        --m_depth;
    return true;
}

bool BundleRecordReader::end_object()
{
    if (m_skip > 0) {
        --m_skip;
        return true;
    }
    finishObject(top());
    --m_depth;
    return !m_stopped;
}

bool BundleRecordReader::parse_error(std::size_t position,
                                     const std::string &,
                                     const nlohmann::detail::exception &error)
{
    m_errorByte = position;
    m_numberTooLarge = error.id == 406; // out_of_range: a number such as 1e400
    return false;
}

} // namespace dl
