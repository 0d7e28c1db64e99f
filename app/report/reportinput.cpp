// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportinput.h"

#include "base/diagnosticcatalog.h"
#include "model/builtinmodels.h"
#include "store/fingerprint.h"
#include "store/storedassessment.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace dl::report {

namespace {

Diagnostic noVerified(const std::string &where)
{
    return fileError<DiagMsg::NoVerifiedAnswers>(where);
}

// The assessment of the same enterprise created last before `current`, if any.
std::optional<AssessmentRecord> previousOf(const std::vector<AssessmentRecord> &list,
                                           const AssessmentRecord &current)
{
    std::optional<AssessmentRecord> best;
    for (const AssessmentRecord &a : list) {
        if (a.id == current.id ||
            std::tie(a.createdAt, a.id) >= std::tie(current.createdAt, current.id))
            continue;
        if (!best || std::tie(a.createdAt, a.id) > std::tie(best->createdAt, best->id))
            best = a;
    }
    return best;
}

} // namespace

Result<PortfolioData> loadPeerData(Store &store)
{
    auto builtin = loadBuiltinModelSet();
    if (!builtin)
        return builtin.errors();
    return loadPortfolioData(store.db(), builtin->model);
}

Result<ReportInput> reportInputFromStore(Store &store,
                                         std::int64_t assessmentId,
                                         Layer layer,
                                         const Clock &clock,
                                         int minPeers,
                                         const PortfolioData *portfolio)
{
    auto loaded = loadAssessment(store, std::to_string(assessmentId));
    if (!loaded)
        return loaded.errors();
    if (layer == Layer::Verified && !loaded->answers.verified)
        return noVerified("assessment " + std::to_string(assessmentId));
    auto stored = store.answers(assessmentId);
    if (!stored)
        return stored.errors();
    auto evidence = store.evidenceFiles(assessmentId);
    if (!evidence)
        return evidence.errors();
    auto siblings = store.assessments(loaded->record.enterpriseId);
    if (!siblings)
        return siblings.errors();

    ReportInput in;
    in.layer = layer;
    in.fingerprint = fingerprint(fingerprintSource(loaded->record, *stored, layer));
    in.evidence = std::move(*evidence);
    in.generatedOn = isoTime(clock()).substr(0, 10);
    if (const auto before = previousOf(*siblings, loaded->record)) {
        auto previous = loadAssessment(store, std::to_string(before->id));
        if (!previous)
            return previous.errors();
        in.previous = ReportInput::Previous{previous->record, previous->models.model,
                                            compareAssessments(*previous, *loaded, layer)};
    }
    in.minPeers = std::max(minPeers, kMinPeersFloor);
    std::optional<PortfolioData> read;
    if (!portfolio) {
        auto loadedPeers = loadPeerData(store);
        if (!loadedPeers)
            return loadedPeers.errors();
        read = std::move(*loadedPeers);
        portfolio = &*read;
    }
    in.peers = ReportInput::Peers{peerBenchmark(*portfolio, assessmentId, in.minPeers),
                                  portfolio->catalogue, in.minPeers};
    in.models = std::move(loaded->models);
    in.industry = loaded->industry;
    in.answers = std::move(loaded->answers);
    in.enterprise = std::move(loaded->enterprise);
    in.record = std::move(loaded->record);
    return in;
}

Result<ReportInput> reportInputFromAnswers(ModelSet models,
                                           AnswerFile answers,
                                           Layer layer,
                                           const std::optional<IndustryCode> &industry,
                                           const Clock &clock)
{
    if (layer == Layer::Verified && !answers.verified)
        return noVerified(answers.file);
    ReportInput in;
    in.layer = layer;
    in.industry = industry ? industry : answers.industry;
    in.answers = DecodedAnswers{std::move(answers.self), std::move(answers.verified)};
    in.fingerprint = fingerprint(fingerprintSource(models, in.answers, layer));
    in.enterprise.name = answers.enterpriseName;
    if (in.industry)
        in.enterprise.industry = in.industry->section + in.industry->division;
    in.record.modelId = models.model.id;
    in.record.modelVersion = models.model.version;
    in.record.modelHash = models.model.contentHash;
    in.record.mode = layer == Layer::Verified ? AssessmentMode::Onsite : AssessmentMode::Self;
    in.generatedOn = isoTime(clock()).substr(0, 10);
    in.sourceFile = std::filesystem::path(answers.file).filename().string();
    in.models = std::move(models);
    return in;
}

} // namespace dl::report
