// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/modelloader.h"
#include "store/storedassessment.h"

#include <string>
#include <vector>

namespace dl {

// Upgrading a stored assessment to a newer version of its model. The newer model says in its
// `supersedes` block how answers given under the older one carry over (model.h: CarryRule); an
// upgrade makes a new assessment of the same enterprise on the newer model with the answers
// carried, and leaves the old one as it was, so that it still scores exactly as before.

// The model set an assessment is upgraded to, with the text the store keeps for it by hash.
struct UpgradeTarget
{
    ModelSet models; // with the bundled overlays, as a stored assessment of it will load
    std::string text;
};
// The bundled model (model/builtinmodels.h): the default target.
Result<UpgradeTarget> bundledUpgradeTarget();
// A model file (digilevel-cli assessment upgrade --model FILE).
Result<UpgradeTarget> upgradeTargetFromFile(const std::string &path);

// One stored answer of the assessment upgraded, and what the upgrade does with it.
struct CarriedAnswer
{
    Layer layer = Layer::Self;
    AnswerKind kind = AnswerKind::Item;
    std::string key;
    std::string value; // as stored; "" for a note alone
    std::string note;
    CarryOver carry = CarryOver::Same;
    // Why: the note of the rule that names the id, or for an id no rule names and the new
    // version lacks (or a value it does not accept) the reason it is left behind; empty for an
    // answer carried over by default.
    LocalText why;
};

// What an upgrade carries: every answer row of the source in one of three lists, and how many
// of its evidence files and checklist ticks go with them.
struct UpgradePlan
{
    AssessmentRecord source;
    std::string targetId, targetVersion;
    std::vector<CarriedAnswer> carried;   // copied as they are
    std::vector<CarriedAnswer> rechecked; // copied, waiting for the user's confirmation
    std::vector<CarriedAnswer> dropped;   // left with the source
    int evidenceFiles = 0, evidenceFilesLeft = 0;
    int evidenceChecks = 0, evidenceChecksLeft = 0;
};

// What upgrading `source` to `target` would do, writing nothing (the preview). Refused with
// code "upgrade-refused" when the target is the source's model version, when it does not declare
// that it supersedes the source's model id and version, or when the source was upgraded before
// (its upgrade names the assessment that has its answers now).
Result<UpgradePlan>
planUpgrade(Store &store, const LoadedAssessment &source, const UpgradeTarget &target);

struct UpgradeResult
{
    AssessmentRecord assessment; // the new one
    UpgradePlan plan;
};

// Upgrades the stored assessment `ref` (id or uuid) to `target` in one transaction: a new
// assessment of the same enterprise, mode, assessor and organisation on the target model (its
// text stored by hash), upgradedFrom the source's uuid, with the answers of both layers as
// planUpgrade lists them (each with its audit row, as any saved answer), their notes, and the
// evidence of the items and scenarios carried; an audit row on each assessment names the other.
// Nothing else of the source changes. A refusal or failure writes nothing.
Result<UpgradeResult> upgradeAssessment(Store &store,
                                        const std::string &ref,
                                        const UpgradeTarget &target,
                                        const std::string &who);

// The name of the figure, item or scenario an answer is keyed by, in the model or an overlay of
// the set, for showing carried and waiting answers; the id itself when the set has none.
LocalText answerName(const ModelSet &models, AnswerKind kind, const std::string &key);

// The assessment `uuid` was upgraded to, if any.
Result<std::optional<AssessmentRecord>> upgradeOf(Store &store, const std::string &uuid);

// An answer an upgrade copied for the user to check, with the note of the rule that says why.
struct PendingConfirmation
{
    Layer layer = Layer::Self;
    AnswerKind kind = AnswerKind::Figure;
    std::string key;
    std::string value;
    LocalText why; // empty when the model no longer names the id in a recheck rule
};

// The answers of `assessment` waiting for confirmation, in the store's order (layer, kind, key).
// The note comes from the rule of the assessment's model for the version it was upgraded from,
// or, when that assessment is not in this database, from any of its recheck rules naming the id.
Result<std::vector<PendingConfirmation>> pendingConfirmations(Store &store,
                                                              const LoadedAssessment &assessment);

} // namespace dl
