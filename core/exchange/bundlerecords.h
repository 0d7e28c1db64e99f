// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnosticcatalog.h"
#include "base/result.h"
#include "exchange/bundlepayload.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dl {

// Turns the parser's events for a bundle straight into typed records (BundlePayload), checking
// the type of every field on the way and naming the record of each problem. Unknown fields are
// skipped, so a later minor version may add some; a repeated key counts once, the last one, as a
// document tree would keep it. Used by readBundleText (bundlereader.h).
class BundleRecordReader final : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit BundleRecordReader(std::string file);

    bool null() override;
    bool boolean(bool value) override;
    bool number_integer(number_integer_t value) override;
    bool number_unsigned(number_unsigned_t value) override;
    bool number_float(number_float_t value, const string_t &text) override;
    bool string(string_t &value) override;
    bool binary(binary_t &value) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t &value) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position,
                     const std::string &lastToken,
                     const nlohmann::detail::exception &error) override;

    // After parsing.
    bool stoppedByErrors() const { return m_stopped; }
    bool numberTooLarge() const { return m_numberTooLarge; }
    std::size_t errorByte() const { return m_errorByte; }
    const std::string &format() const { return m_format; }
    const std::string &payloadSha256() const { return m_payloadSha256; }
    Diagnostics topLevelErrors() const; // payload_sha256 or payload missing or of another type
    const Diagnostics &errors() const { return m_errors; }
    BundlePayload takePayload() { return std::move(m_payload); }

    enum class Rec {
        Top,
        Payload,
        Model,
        Enterprise,
        Assessment,
        Answer,
        Audit,
        EvidenceFile,
        EvidenceCheck
    };
    struct Value
    {
        enum class Type { Null, Boolean, Number, Integer, String, Object, Array } type;
        std::string text;
        std::int64_t integer = 0;
    };
    struct Field
    {
        std::string key;
        Value value;
    };
    // An object being read (its scalar fields so far) or a list of records.
    struct Frame
    {
        bool list = false;
        Rec rec = Rec::Top;
        const char *name = ""; // the key this list or object is the value of
        std::size_t count = 0; // records started, for a list
        std::vector<Field> fields;
        std::size_t used = 0; // fields[0, used) belong to the current object
        std::string key;      // the key whose value comes next
        unsigned lists = 0;   // the lists of this object seen so far (bit per list)
    };

    // The lists an object holds, one bit each in Frame::lists.
    struct ListField
    {
        Rec parent;
        const char *name;
        Rec element;
        unsigned bit;
    };
    static std::span<const ListField> listFields();
    static LocalText typeName(Value::Type type); // for messages

    // Records message `M` (base/diagnosticcatalog.inc) about `where`, its first argument.
    template<DiagMsg M, typename... A>
    void fail(const std::string &where, A &&...args)
    {
        record(fileError<M>(m_file, where, std::forward<A>(args)...));
    }
    std::string path() const; // of the innermost object being read

private:
    Frame &push(bool list, Rec rec, const char *name);
    Frame &top() { return m_frames[m_depth - 1]; }
    bool value(Value::Type type, std::string_view text = {}, std::int64_t integer = 0);
    bool startNested(Value::Type type);
    void finishObject(Frame &frame);
    void record(Diagnostic d);

    std::string m_file;
    std::vector<Frame> m_frames; // frames are reused: their field buffers keep their capacity
    std::size_t m_depth = 0;
    int m_skip = 0; // depth inside a value that is skipped (an unknown or mistyped field)
    bool m_stopped = false, m_numberTooLarge = false;
    std::size_t m_errorByte = 0;
    std::string m_format, m_payloadSha256;
    // The types of the top-level "payload" and "payload_sha256" values; empty when missing.
    std::optional<Value::Type> m_payloadType, m_payloadSha256Type;
    Diagnostics m_errors;
    BundlePayload m_payload;
};

} // namespace dl
