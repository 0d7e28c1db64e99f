// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enterprise/sizeclass.h"
#include "scoring/answerkinds.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// The records of an enterprise and its assessments as the store keeps them. They live apart from
// the Store so that code that reads them (scoring a stored assessment, exports) needs no SQLite.
// Values with a fixed set of meanings are enums, each with one key() (the text of the database
// and of files) and one parse() (nullopt for any other text), as in answerkinds.h.

// 专精特新: none, 创新型中小企业, 专精特新中小企业 (provincial), 专精特新"小巨人". In rising order.
enum class SrdiStatus { None, Innovative, Provincial, LittleGiant };
const char *key(SrdiStatus s); // none / innovative / provincial / little-giant
std::optional<SrdiStatus> parseSrdiStatus(std::string_view key);

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
    SizeClass sizeClass = SizeClass::Unknown; // derived from the industry and the figures
    bool aboveScale = false;                  // 规上
    SrdiStatus srdi = SrdiStatus::None;
    std::string contactName;
    std::string contactPhone;
    std::string contactEmail;
    std::string createdAt;
    std::string updatedAt;
    bool pilot = false;     // in the city's digital transformation pilot (试点企业)
    std::string pilotBatch; // the pilot's year and batch as the city names it, e.g. "2025年第一批"
};

// In the order an assessment moves through (a merge only moves it forward).
enum class AssessmentStatus { Draft, Submitted, Verified };
const char *key(AssessmentStatus s); // draft / submitted / verified
std::optional<AssessmentStatus> parseAssessmentStatus(std::string_view key);

// Answered by the enterprise itself, or on site with an assessor.
enum class AssessmentMode { Self, Onsite };
const char *key(AssessmentMode m); // self / onsite
std::optional<AssessmentMode> parseAssessmentMode(std::string_view key);

// Where an assessment stands in a digital transformation: the diagnosis before it (改造前),
// the evaluation after it (改造后) or a later follow-up (复评).
enum class AssessmentPhase { Baseline, After, FollowUp };
const char *key(AssessmentPhase p); // baseline / after / follow-up
std::optional<AssessmentPhase> parseAssessmentPhase(std::string_view key);

struct AssessmentRecord
{
    std::int64_t id = 0;
    std::string uuid;
    std::int64_t enterpriseId = 0;
    std::string modelId;
    std::string modelVersion;
    std::string modelHash; // SHA-256 of the model text stored with it
    AssessmentStatus status = AssessmentStatus::Draft;
    AssessmentMode mode = AssessmentMode::Self;
    std::string assessorName;
    std::string assessorOrg;
    std::string createdAt;
    std::string updatedAt;
    AssessmentPhase phase = AssessmentPhase::Baseline;
    std::string upgradedFrom;           // uuid of the assessment this one was upgraded from
    std::vector<std::string> planLocks; // item and scenario ids what-if plans must not change
};

// A sub-industry (细分行业) a pilot city follows: enterprises whose GB/T 4754 code falls under one
// of `industries` (a section letter covers its divisions, a division its classes), and those
// named as members whatever their code.
struct Segment
{
    std::int64_t id = 0;
    std::string uuid;
    std::string nameZh;
    std::string nameEn;
    std::vector<std::string> industries;
    std::vector<std::int64_t> members; // enterprise ids
    std::string createdAt;
    std::string updatedAt;
};

// Plan locks as the database and bundles keep them: ids joined by commas, sorted, no duplicates.
std::vector<std::string> splitPlanLocks(std::string_view text);
std::string joinPlanLocks(std::vector<std::string> ids);

// One stored answer: a figure, item or scenario in the self or verified layer. `value` is the
// canonical text (see answercodec.h); an empty value with a note keeps the note only.
struct StoredAnswer
{
    Layer layer = Layer::Self;
    AnswerKind kind = AnswerKind::Item;
    std::string key; // the id in the model
    std::string value;
    std::string note;
    std::string updatedAt;
    std::string updatedBy;
    // Copied by an upgrade under a `recheck` rule: counts as answered, and is listed as needing
    // confirmation until the user confirms or changes it.
    bool needsConfirmation = false;
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

// One change in an assessment's history: of an answer, or (no layer, no kind) of the assessment
// as a whole. A confirmation of an answer (answers/answerwriter.h) is an answer's change whose
// value and note are those of the change before it.
struct AuditEntry
{
    std::int64_t id = 0;
    std::optional<Layer> layer;
    std::optional<AnswerKind> kind;
    // Of the assessment as a whole: "status" (old and new value: the status), "upgraded-to" or
    // "upgraded-from" (new value: the other assessment's uuid and model, answers/upgrade.h).
    // Empty for an answer's change.
    std::string event;
    std::string key;
    std::optional<std::string> oldValue, newValue; // nullopt: there was none, or is none now
    std::string note;                              // the answer's note after the change
    std::string changedAt, changedBy;
};

} // namespace dl
