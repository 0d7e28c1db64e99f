// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/upgrade.h"

#include "base/diagnosticcatalog.h"
#include "base/yamltree.h"
#include "enterprise/answercodec.h"
#include "model/builtinmodels.h"
#include "model/officialmodels.h"
#include "store/answerrows.h"

#include <algorithm>
#include <set>

namespace dl {

namespace {

bool hasId(const Model &m, AnswerKind kind, const std::string &key)
{
    switch (kind) {
    case AnswerKind::Figure:
        return m.findFigure(key) >= 0;
    case AnswerKind::Item:
        return m.findItem(key) >= 0;
    case AnswerKind::Scenario:
        return m.findScenario(key) >= 0;
    }
    return false;
}

bool hasId(const ModelSet &set, AnswerKind kind, const std::string &key)
{
    return hasId(set.model, kind, key) ||
           std::any_of(set.overlays.begin(), set.overlays.end(),
                       [&](const Model &o) { return hasId(o, kind, key); });
}

// The evidence checklist of item or scenario `id` in the set; nullptr when the set has no
// item or scenario of that id.
const std::vector<EvidenceItem> *evidenceOf(const ModelSet &set, const std::string &id)
{
    auto in = [&](const Model &m) -> const std::vector<EvidenceItem> * {
        if (const int i = m.findItem(id); i >= 0)
            return &m.items[i].evidence;
        if (const int s = m.findScenario(id); s >= 0)
            return &m.scenarios[s].evidence;
        return nullptr;
    };
    if (auto e = in(set.model))
        return e;
    for (const Model &o : set.overlays)
        if (auto e = in(o))
            return e;
    return nullptr;
}

const LocalText kNotInTarget{"新版本中没有这一项，答案留在原评测中。",
                             "The new version has no such figure, item or scenario; the answer "
                             "stays with the old assessment."};

struct Carry
{
    CarryOver carry;
    LocalText why;
};

// The supersession's rule for the id, else `same` when the target has it, else `drop`.
Carry carryFor(const Supersession &from,
               const ModelSet &target,
               AnswerKind kind,
               const std::string &key)
{
    if (const CarryRule *rule = from.ruleFor(key))
        return {rule->carry, rule->note};
    if (hasId(target, kind, key))
        return {CarryOver::Same, {}};
    return {CarryOver::Drop, kNotInTarget};
}

// A plan with what carrying it out copies besides the answers.
struct Planned
{
    UpgradePlan plan;
    std::vector<std::int64_t> files; // evidence_file ids of the source to copy
    std::vector<EvidenceCheck> checks;
};

Result<Planned> makePlan(Store &store, const LoadedAssessment &source, const UpgradeTarget &target)
{
    const AssessmentRecord &src = source.record;
    const Model &to = target.models.model;
    if (to.id == src.modelId && to.version == src.modelVersion)
        return fileError<DiagMsg::UpgradeSameVersion>(store.path(), src.id, src.modelId,
                                                      src.modelVersion);
    const Supersession *from = to.supersession(src.modelId, src.modelVersion);
    if (!from)
        return fileError<DiagMsg::UpgradeNotSuperseded>(store.path(), to.id, to.version,
                                                        src.modelId, src.modelVersion, src.id);
    auto earlier = upgradeOf(store, src.uuid);
    if (!earlier)
        return earlier.errors();
    if (*earlier)
        return fileError<DiagMsg::UpgradeAlreadyDone>(
            store.path(), src.id, (*earlier)->id, (*earlier)->modelId, (*earlier)->modelVersion);
    auto stored = store.answers(src.id);
    if (!stored)
        return stored.errors();

    Planned out;
    UpgradePlan &plan = out.plan;
    plan.source = src;
    plan.targetId = to.id;
    plan.targetVersion = to.version;
    for (const StoredAnswer &a : *stored) {
        Carry c = carryFor(*from, target.models, a.kind, a.key);
        CarriedAnswer entry{a.layer, a.kind, a.key, a.value, a.note, c.carry, c.why};
        if (c.carry != CarryOver::Drop && !a.value.empty()) {
            // Checked as a value a user types: a value the new version does not accept could
            // be neither shown nor scored there.
            auto canonical =
                canonicalAnswer(target.models, source.industry, a.kind, a.key, a.value);
            if (!canonical) {
                const Diagnostic &d = canonical.errors().front();
                entry.carry = CarryOver::Drop;
                entry.why = {"新版本不接受这个答案：" + d.text(Lang::ZhCN),
                             "The new version does not accept this answer: " + d.text(Lang::En)};
            } else {
                entry.value = std::move(*canonical);
            }
        }
        (entry.carry == CarryOver::Same      ? plan.carried
         : entry.carry == CarryOver::Recheck ? plan.rechecked
                                             : plan.dropped)
            .push_back(std::move(entry));
    }

    // Evidence belongs to an item or scenario (its target), not to one answer row. A file is a
    // document of the enterprise: it goes wherever its target goes, also where the answer is to
    // be rechecked, since the user checks the value against it. A dropped target's files stay
    // with the old assessment, whose answer they document. A checklist tick vouches for an entry
    // as the old version worded it: it goes only where the target's meaning is unchanged and the
    // new version still lists the entry.
    const std::vector<std::string> changed = changedMeaning(to, *from);
    const std::set<std::string> changedIds(changed.begin(), changed.end());
    auto targetCarried = [&](const std::string &id) {
        const AnswerKind kind = hasId(target.models, AnswerKind::Scenario, id)
                                    ? AnswerKind::Scenario
                                    : AnswerKind::Item;
        return evidenceOf(target.models, id) &&
               carryFor(*from, target.models, kind, id).carry != CarryOver::Drop;
    };
    auto files = store.evidenceFiles(src.id);
    if (!files)
        return files.errors();
    for (const EvidenceFile &f : *files) {
        if (targetCarried(f.target)) {
            out.files.push_back(f.id);
            ++plan.evidenceFiles;
        } else {
            ++plan.evidenceFilesLeft;
        }
    }
    auto checks = store.evidenceChecks(src.id);
    if (!checks)
        return checks.errors();
    for (const EvidenceCheck &c : *checks) {
        const std::vector<EvidenceItem> *listed = evidenceOf(target.models, c.target);
        const bool keep = listed && targetCarried(c.target) && !changedIds.count(c.target) &&
                          std::any_of(listed->begin(), listed->end(),
                                      [&](const EvidenceItem &e) { return e.id == c.evidenceId; });
        if (keep) {
            out.checks.push_back(c);
            ++plan.evidenceChecks;
        } else {
            ++plan.evidenceChecksLeft;
        }
    }
    return out;
}

// An audit row of the assessment as a whole, as a status change has (layer "", key ""): kind
// "upgraded-to" or "upgraded-from", the new value naming the other assessment and its model.
std::optional<Diagnostic> auditUpgrade(Store &store,
                                       std::int64_t assessmentId,
                                       const char *kind,
                                       const std::string &text,
                                       const std::string &at,
                                       const std::string &who)
{
    auto st = store.db().prepare(
        "INSERT INTO audit (uuid, assessment_id, layer, kind, key, old_value, new_value, note, "
        "changed_at, changed_by) VALUES (?,?,'',?,'',NULL,?,'',?,?)");
    if (!st)
        return st.errors().front();
    st->bind(1, newUuid()).bind(2, assessmentId).bind(3, kind).bind(4, text);
    st->bind(5, at).bind(6, who);
    return st->run();
}

std::optional<Diagnostic> copyEvidence(Store &store, const Planned &p, std::int64_t to)
{
    auto file = store.db().prepare(
        "INSERT INTO evidence_file (uuid, assessment_id, target, sha256, size, original_name, "
        "media_type, content, added_at, added_by) SELECT ?, ?, target, sha256, size, "
        "original_name, media_type, content, added_at, added_by FROM evidence_file WHERE id=?");
    if (!file)
        return file.errors().front();
    for (std::int64_t id : p.files) {
        file->reset();
        // A file row is one assessment's: the copy is a new row with a uuid of its own, so that
        // bundles tell the two apart.
        file->bind(1, newUuid()).bind(2, to).bind(3, id);
        if (auto err = file->run())
            return err;
    }
    auto tick = store.db().prepare("INSERT INTO evidence_check (assessment_id, target, "
                                   "evidence_id, ticked, updated_at) VALUES (?,?,?,?,?)");
    if (!tick)
        return tick.errors().front();
    for (const EvidenceCheck &c : p.checks) {
        tick->reset();
        tick->bind(1, to).bind(2, c.target).bind(3, c.evidenceId);
        tick->bind(4, std::int64_t(c.ticked)).bind(5, c.updatedAt);
        if (auto err = tick->run())
            return err;
    }
    return std::nullopt;
}

} // namespace

Result<UpgradeTarget> bundledUpgradeTarget()
{
    auto bundled = loadBuiltinModelSet();
    if (!bundled)
        return bundled.errors();
    const auto &texts = officialModelTexts(); // the bundled text first
    return UpgradeTarget{withBuiltinOverlays(bundled->model), std::string(texts.front().text)};
}

Result<UpgradeTarget> upgradeTargetFromFile(const std::string &path)
{
    auto text = readTextFile(path);
    if (!text)
        return text.errors();
    auto model = loadModelText(*text, path);
    if (!model)
        return model.errors();
    return UpgradeTarget{withBuiltinOverlays(std::move(*model)), std::move(*text)};
}

LocalText answerName(const ModelSet &models, AnswerKind kind, const std::string &key)
{
    auto in = [&](const Model &m) -> const LocalText * {
        if (kind == AnswerKind::Figure) {
            const int f = m.findFigure(key);
            return f >= 0 ? &m.figures[f].name : nullptr;
        }
        if (kind == AnswerKind::Item) {
            const int i = m.findItem(key);
            return i >= 0 ? &m.items[i].name : nullptr;
        }
        const int s = m.findScenario(key);
        return s >= 0 ? &m.scenarios[s].name : nullptr;
    };
    if (const LocalText *name = in(models.model))
        return *name;
    for (const Model &o : models.overlays)
        if (const LocalText *name = in(o))
            return *name;
    return {key, key};
}

Result<std::optional<AssessmentRecord>> upgradeOf(Store &store, const std::string &uuid)
{
    auto st = store.db().prepare("SELECT id FROM assessment WHERE upgraded_from=? AND "
                                 "upgraded_from <> '' ORDER BY id LIMIT 1");
    if (!st)
        return st.errors();
    st->bind(1, uuid);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return std::optional<AssessmentRecord>();
    auto found = store.assessment(st->integer(0));
    if (!found)
        return found.errors();
    return std::optional<AssessmentRecord>(std::move(*found));
}

Result<std::vector<PendingConfirmation>> pendingConfirmations(Store &store,
                                                              const LoadedAssessment &assessment)
{
    auto stored = store.answers(assessment.record.id);
    if (!stored)
        return stored.errors();
    const Model &model = assessment.models.model;
    const Supersession *from = nullptr;
    if (!assessment.record.upgradedFrom.empty()) {
        if (auto source = store.assessmentByRef(assessment.record.upgradedFrom))
            from = model.supersession(source->modelId, source->modelVersion);
    }
    auto why = [&](const std::string &key) -> LocalText {
        if (from) {
            const CarryRule *rule = from->ruleFor(key);
            return rule ? rule->note : LocalText{};
        }
        for (const Supersession &s : model.supersedes)
            if (const CarryRule *rule = s.ruleFor(key); rule && rule->carry == CarryOver::Recheck)
                return rule->note;
        return {};
    };
    std::vector<PendingConfirmation> out;
    for (const StoredAnswer &a : *stored)
        if (a.needsConfirmation && !a.value.empty())
            out.push_back({a.layer, a.kind, a.key, a.value, why(a.key)});
    return out;
}

Result<UpgradePlan>
planUpgrade(Store &store, const LoadedAssessment &source, const UpgradeTarget &target)
{
    auto planned = makePlan(store, source, target);
    if (!planned)
        return planned.errors();
    return std::move(planned->plan);
}

Result<UpgradeResult> upgradeAssessment(Store &store,
                                        const std::string &ref,
                                        const UpgradeTarget &target,
                                        const std::string &who)
{
    SqliteTransaction tx(store.db());
    if (auto err = tx.begin())
        return *err;
    // Read inside the transaction: nothing can change the source between the plan and the copy.
    auto source = loadAssessment(store, ref);
    if (!source)
        return source.errors();
    auto planned = makePlan(store, *source, target);
    if (!planned)
        return planned.errors();
    const UpgradePlan &plan = planned->plan;
    const AssessmentRecord &src = source->record;

    AssessmentRecord next;
    next.enterpriseId = src.enterpriseId;
    next.mode = src.mode;
    next.phase = src.phase; // the same evaluation, on the new version
    next.assessorName = src.assessorName;
    next.assessorOrg = src.assessorOrg;
    next.upgradedFrom = src.uuid;
    // What the user keeps out of plans is a choice about items, not an answer: it stays with
    // the ids the new version still has.
    for (const std::string &id : src.planLocks)
        if (hasId(target.models, AnswerKind::Item, id) ||
            hasId(target.models, AnswerKind::Scenario, id))
            next.planLocks.push_back(id);
    auto added = store.insertAssessment(std::move(next), target.models.model, target.text);
    if (!added)
        return added.errors();

    const std::string at = store.now();
    if (auto err = auditUpgrade(store, src.id, "upgraded-to",
                                added->uuid + " (" + plan.targetId + " " + plan.targetVersion + ")",
                                at, who))
        return *err;
    if (auto err =
            auditUpgrade(store, added->id, "upgraded-from",
                         src.uuid + " (" + src.modelId + " " + src.modelVersion + ")", at, who))
        return *err;
    AnswerRows rows(store.db());
    for (const auto *list : {&plan.carried, &plan.rechecked}) {
        for (const CarriedAnswer &c : *list) {
            const bool waits = c.carry == CarryOver::Recheck && !c.value.empty();
            const StoredAnswer a{c.layer, c.kind, c.key, c.value, c.note, {}, {}, waits};
            if (auto err = rows.change(added->id, a, std::nullopt, at, who))
                return *err;
        }
    }
    if (auto err = copyEvidence(store, *planned, added->id))
        return *err;
    if (auto err = tx.commit())
        return *err;
    auto stored = store.assessment(added->id); // with its updated_at after the answers
    if (!stored)
        return stored.errors();
    return UpgradeResult{std::move(*stored), plan};
}

} // namespace dl
