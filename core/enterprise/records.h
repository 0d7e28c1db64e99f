// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dl {

// The records of an enterprise and its assessments as the store keeps them. They live apart from
// the Store so that code that reads them (scoring a stored assessment, exports) needs no SQLite.

enum class SrdiStatus { None, Innovative, Provincial, LittleGiant };
const char *srdiKey(SrdiStatus s); // none / innovative / provincial / little-giant
std::optional<SrdiStatus> parseSrdi(std::string_view key);

struct Enterprise
{
    std::int64_t id = 0;
    std::string uuid;
    std::string name;
    std::string creditCode; // 统一社会信用代码, validated
    std::string industry;   // GB/T 4754-2017, normalised ("C34")
    std::string province;
    std::string city;
    std::optional<std::int64_t> employees;
    std::optional<std::string> revenueWan; // exact decimal text, 万元
    std::optional<std::string> assetsWan;
    std::string sizeClass;   // derived: large / medium / small / micro / "" unknown
    bool aboveScale = false; // 规上
    SrdiStatus srdi = SrdiStatus::None;
    std::string contactName;
    std::string contactPhone;
    std::string contactEmail;
    std::string createdAt;
    std::string updatedAt;
};

enum class AssessmentStatus { Draft, Submitted, Verified };
const char *statusKey(AssessmentStatus s);
std::optional<AssessmentStatus> parseStatus(std::string_view key);

struct AssessmentRecord
{
    std::int64_t id = 0;
    std::string uuid;
    std::int64_t enterpriseId = 0;
    std::string modelId;
    std::string modelVersion;
    std::string modelHash; // SHA-256 of the model text stored with it
    AssessmentStatus status = AssessmentStatus::Draft;
    std::string mode = "self"; // self / onsite
    std::string assessorName;
    std::string assessorOrg;
    std::string createdAt;
    std::string updatedAt;
};

// One stored answer: a figure, item or scenario in the self or verified layer. `value` is the
// canonical text (see answercodec.h); an empty value with a note keeps the note only.
struct StoredAnswer
{
    std::string layer; // self / verified
    std::string kind;  // figure / item / scenario
    std::string key;   // the id in the model
    std::string value;
    std::string note;
    std::string updatedAt;
    std::string updatedBy;
};

struct EvidenceFile
{
    std::int64_t id = 0;
    std::string uuid;
    std::string target; // item or scenario id
    std::string sha256;
    std::int64_t size = 0;
    std::string originalName;
    std::string mediaType;
    std::string addedAt;
    std::string addedBy;
};

struct EvidenceCheck
{
    std::string target;     // item or scenario id
    std::string evidenceId; // the model's evidence entry
    bool ticked = false;
    std::string updatedAt;
};

struct AuditEntry
{
    std::int64_t id = 0;
    std::string layer, kind, key;
    std::optional<std::string> oldValue, newValue;
    std::string changedAt, changedBy;
};

} // namespace dl
