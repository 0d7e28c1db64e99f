// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/bundleshape.h"

#include "base/diagnosticcatalog.h"
#include "base/rational.h"
#include "base/textshape.h"
#include "enterprise/creditcode.h"
#include "model/industry.h"
#include "model/modelreader.h"

#include <initializer_list>
#include <map>
#include <string_view>

namespace dl {

namespace {

constexpr std::size_t kMaxErrors = 20;

// Where a field is: "payload.<list>[i]" or "payload.assessments[i].<sub>[j]", then the field.
// Built only for a message: a bundle has millions of fields and almost all of them are fine.
struct Where
{
    const char *list;
    std::size_t index;
    const char *sub = nullptr;
    std::size_t subIndex = 0;

    std::string record() const
    {
        std::string out = "payload." + std::string(list) + "[" + std::to_string(index) + "]";
        if (sub)
            out += "." + std::string(sub) + "[" + std::to_string(subIndex) + "]";
        return out;
    }
};

std::string join(std::initializer_list<std::string_view> words)
{
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty())
            out += ", ";
        out += w.empty() ? std::string("\"\"") : std::string(w);
    }
    return out;
}

class ShapeChecker
{
public:
    explicit ShapeChecker(const std::string &file)
        : m_file(file)
    {}

    void check(const BundlePayload &payload);
    Diagnostics take() { return std::move(m_errors); }

private:
    bool full() const { return m_errors.size() >= kMaxErrors; }
    // Message M about `field` of the record at `w` (its %1), with `args` as %2, %3, ...
    template<DiagMsg M, typename... A>
    void fail(const Where &w, const char *field, A &&...args)
    {
        if (!full())
            m_errors.push_back(
                diagnostic<M>(m_file, {}, {}, w.record() + "." + field, std::forward<A>(args)...));
    }

    void uuid(const Where &w, const char *field, const std::string &v)
    {
        if (!isLowerUuid(v))
            fail<DiagMsg::BundleShapeUuid>(w, field, quotedForMessage(v));
    }
    void time(const Where &w, const char *field, const std::string &v)
    {
        if (!isIsoUtcTime(v))
            fail<DiagMsg::BundleShapeTime>(w, field, quotedForMessage(v));
    }
    void oneOf(const Where &w,
               const char *field,
               const std::string &v,
               std::initializer_list<std::string_view> allowed)
    {
        for (std::string_view a : allowed)
            if (v == a)
                return;
        fail<DiagMsg::BundleShapeOneOf>(w, field, join(allowed), quotedForMessage(v));
    }
    void modelId(const Where &w, const char *field, const std::string &v, bool emptyAllowed)
    {
        if (!(emptyAllowed && v.empty()) && !isValidId(v)) {
            if (emptyAllowed)
                fail<DiagMsg::BundleShapeModelIdOrEmpty>(w, field, quotedForMessage(v));
            else
                fail<DiagMsg::BundleShapeModelId>(w, field, quotedForMessage(v));
        }
    }
    // One line of text (`multiline`: a note, which may hold line ends and tabs).
    void text(const Where &w,
              const char *field,
              const std::string &v,
              std::size_t maxBytes = kMaxBundleLineBytes,
              bool multiline = false)
    {
        if (v.size() > maxBytes) {
            fail<DiagMsg::BundleShapeTooLong>(w, field, v.size(), maxBytes);
        } else if (const auto bad = findBadCharacter(v, multiline)) {
            if (multiline)
                fail<DiagMsg::BundleShapeBadCharText>(w, field, codePointName(bad->point),
                                                      bad->offset);
            else
                fail<DiagMsg::BundleShapeBadCharLine>(w, field, codePointName(bad->point),
                                                      bad->offset);
        }
    }
    void note(const Where &w, const char *field, const std::string &v)
    {
        text(w, field, v, kMaxBundleTextBytes, true);
    }

    void checkEnterprise(const Enterprise &e, const Where &w);
    void checkAssessment(const BundleAssessment &a, const Where &w);

    const std::string &m_file;
    Diagnostics m_errors;
    std::map<std::string_view, std::size_t> m_enterprises, m_models, m_assessments, m_evidence;
};

void ShapeChecker::checkEnterprise(const Enterprise &e, const Where &w)
{
    uuid(w, "uuid", e.uuid);
    text(w, "name", e.name);
    if (!e.creditCode.empty()) {
        // Longer than 18 full-width characters with spaces around cannot be a code; not decoded.
        // A wrong check character passes: the store keeps what it was given (a typing mistake
        // is not a danger), and a bundle must carry whatever a database holds.
        const CreditCodeCheck check =
            e.creditCode.size() <= 96 ? checkCreditCode(e.creditCode, Lang::En) : CreditCodeCheck{};
        if (!check.valid && check.error != CreditCodeError::CheckMismatch) {
            if (check.problem)
                fail<DiagMsg::BundleShapeCreditCodeWhy>(
                    w, "credit_code", quotedForMessage(e.creditCode), textOf(*check.problem));
            else
                fail<DiagMsg::BundleShapeCreditCode>(w, "credit_code",
                                                     quotedForMessage(e.creditCode));
        }
    }
    if (!e.industry.empty() &&
        (e.industry.size() > 8 || !IndustryTable::gbt4754().parse(e.industry)))
        fail<DiagMsg::BundleShapeIndustry>(w, "industry", quotedForMessage(e.industry));
    text(w, "province", e.province);
    text(w, "city", e.city);
    if (e.employees && *e.employees < 0)
        fail<DiagMsg::BundleShapeNegative>(w, "employees", *e.employees);
    for (auto [field, value] :
         {std::pair{"revenue_wan", &e.revenueWan}, std::pair{"assets_wan", &e.assetsWan}}) {
        if (!*value)
            continue;
        const auto amount = (*value)->size() <= 40 ? Rational::parseDecimal(**value) : std::nullopt;
        if (!amount || amount->isNegative())
            fail<DiagMsg::BundleShapeAmount>(w, field, quotedForMessage(**value));
    }
    // size_class and srdi are enumerations, refused when unknown as the record is read.
    text(w, "contact_name", e.contactName);
    text(w, "contact_phone", e.contactPhone);
    text(w, "contact_email", e.contactEmail);
    text(w, "pilot_batch", e.pilotBatch);
    time(w, "created_at", e.createdAt);
    time(w, "updated_at", e.updatedAt);
}

void ShapeChecker::checkAssessment(const BundleAssessment &a, const Where &w)
{
    uuid(w, "uuid", a.uuid);
    uuid(w, "enterprise_uuid", a.enterpriseUuid);
    if (isLowerUuid(a.enterpriseUuid) && !m_enterprises.count(a.enterpriseUuid))
        fail<DiagMsg::BundleShapeForeignEnterprise>(w, "enterprise_uuid",
                                                    quotedForMessage(a.enterpriseUuid));
    if (!isSha256Hex(a.modelHash))
        fail<DiagMsg::BundleHashShape>(w, "model_hash", quotedForMessage(a.modelHash));
    else if (!m_models.count(a.modelHash))
        fail<DiagMsg::BundleShapeForeignModel>(w, "model_hash", quotedForMessage(a.modelHash));
    oneOf(w, "status", a.status, {"draft", "submitted", "verified"});
    oneOf(w, "mode", a.mode, {"self", "onsite"});
    oneOf(w, "phase", a.phase, {"baseline", "after", "follow-up"});
    text(w, "assessor_name", a.assessorName);
    text(w, "assessor_org", a.assessorOrg);
    time(w, "created_at", a.createdAt);
    time(w, "updated_at", a.updatedAt);
    if (!a.upgradedFrom.empty()) // the assessment it was upgraded from, not necessarily here
        uuid(w, "upgraded_from", a.upgradedFrom);

    for (std::size_t j = 0; j < a.answers.size() && !full(); ++j) {
        const BundleAnswer &ans = a.answers[j];
        const Where at{w.list, w.index, "answers", j};
        oneOf(at, "layer", ans.layer, {"self", "verified"});
        oneOf(at, "kind", ans.kind, {"figure", "item", "scenario"});
        modelId(at, "key", ans.key, false);
        text(at, "value", ans.value, kMaxBundleTextBytes);
        note(at, "note", ans.note);
        time(at, "updated_at", ans.updatedAt);
        text(at, "updated_by", ans.updatedBy);
        uuid(at, "change_uuid", ans.changeUuid);
        if (ans.needsConfirmation != 0 && ans.needsConfirmation != 1)
            fail<DiagMsg::BundleShapeTicked>(at, "needs_confirmation", ans.needsConfirmation);
    }
    for (std::size_t j = 0; j < a.audit.size() && !full(); ++j) {
        const BundleAuditEntry &h = a.audit[j];
        const Where at{w.list, w.index, "audit", j};
        uuid(at, "uuid", h.uuid);
        // A change of the assessment as a whole has no layer or key: layer "", kind "status",
        // "upgraded-to" or "upgraded-from", key "".
        oneOf(at, "layer", h.layer, {"self", "verified", ""});
        oneOf(at, "kind", h.kind,
              {"figure", "item", "scenario", "status", "upgraded-to", "upgraded-from"});
        modelId(at, "key", h.key, true);
        if (h.oldValue)
            text(at, "old_value", *h.oldValue, kMaxBundleTextBytes);
        if (h.newValue)
            text(at, "new_value", *h.newValue, kMaxBundleTextBytes);
        note(at, "note", h.note);
        time(at, "changed_at", h.changedAt);
        text(at, "changed_by", h.changedBy);
    }
    for (std::size_t j = 0; j < a.evidenceFiles.size() && !full(); ++j) {
        const BundleEvidenceFile &f = a.evidenceFiles[j];
        const Where at{w.list, w.index, "evidence_files", j};
        uuid(at, "uuid", f.uuid);
        if (isLowerUuid(f.uuid) && !m_evidence.emplace(f.uuid, m_evidence.size()).second)
            fail<DiagMsg::BundleShapeTwice>(at, "uuid", quotedForMessage(f.uuid));
        modelId(at, "target", f.target, false);
        if (!isPlainFileName(f.originalName))
            fail<DiagMsg::BundleShapeFileName>(at, "original_name",
                                               quotedForMessage(f.originalName));
        text(at, "media_type", f.mediaType, 255);
        time(at, "added_at", f.addedAt);
        text(at, "added_by", f.addedBy);
    }
    for (std::size_t j = 0; j < a.evidenceChecks.size() && !full(); ++j) {
        const BundleEvidenceCheck &c = a.evidenceChecks[j];
        const Where at{w.list, w.index, "evidence_checks", j};
        modelId(at, "target", c.target, false);
        modelId(at, "evidence_id", c.evidenceId, false);
        if (c.ticked != 0 && c.ticked != 1)
            fail<DiagMsg::BundleShapeTicked>(at, "ticked", c.ticked);
        time(at, "updated_at", c.updatedAt);
    }
}

void ShapeChecker::check(const BundlePayload &payload)
{
    for (std::size_t i = 0; i < payload.models.size() && !full(); ++i) {
        const BundleModel &m = payload.models[i];
        const Where w{"models", i};
        // content_hash was compared with the content as it was read.
        m_models.emplace(m.contentHash, i);
        text(w, "model_id", m.modelId);
        text(w, "version", m.version);
    }
    for (std::size_t i = 0; i < payload.enterprises.size() && !full(); ++i) {
        const Enterprise &e = payload.enterprises[i];
        const Where w{"enterprises", i};
        checkEnterprise(e, w);
        if (isLowerUuid(e.uuid)) {
            const auto [first, added] = m_enterprises.emplace(e.uuid, i);
            if (!added)
                fail<DiagMsg::BundleShapeSameUuid>(
                    w, "uuid", "payload.enterprises[" + std::to_string(first->second) + "]");
        }
    }
    for (std::size_t i = 0; i < payload.assessments.size() && !full(); ++i) {
        const BundleAssessment &a = payload.assessments[i];
        const Where w{"assessments", i};
        checkAssessment(a, w);
        if (isLowerUuid(a.uuid)) {
            const auto [first, added] = m_assessments.emplace(a.uuid, i);
            if (!added)
                fail<DiagMsg::BundleShapeSameUuid>(
                    w, "uuid", "payload.assessments[" + std::to_string(first->second) + "]");
        }
    }
}

} // namespace

Diagnostics checkBundleShape(const BundlePayload &payload, const std::string &file)
{
    ShapeChecker checker(file);
    checker.check(payload);
    return checker.take();
}

} // namespace dl
