// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/answercodec.h"
#include "model/modelloader.h"
#include "portfolio/peerbenchmark.h"
#include "scoring/comparison.h"
#include "store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace dl::report {

// Everything a report shows, independent of where it came from (a stored assessment or an answer
// file with a model) and of the language it is written in.
struct ReportInput
{
    Layer layer = Layer::Self;
    ModelSet models;
    std::optional<IndustryCode> industry;
    DecodedAnswers answers;
    Enterprise enterprise;   // from an answer file: name and industry only
    AssessmentRecord record; // from an answer file: model and a mode only (id 0, no uuid)
    std::vector<EvidenceFile> evidence;

    // The previous assessment of the same enterprise (by creation time), when there is one.
    struct Previous
    {
        AssessmentRecord record;
        Model model;
        Comparison comparison;
    };
    std::optional<Previous> previous;

    // 同行对标 (peerbenchmark.h) among the database's enterprises, never naming a peer: the
    // smallest peer group shown (raised to kMinPeersFloor), and the benchmark with the catalogue
    // naming its parts. `peers` is nullopt for an answer file (no database); its benchmark is
    // nullopt when no group has `minPeers` peers.
    int minPeers = kMinPeersDefault;
    struct Peers
    {
        std::optional<PeerBenchmark> benchmark;
        std::vector<PortfolioPart> catalogue;
        int minPeers = kMinPeersDefault;
    };
    std::optional<Peers> peers;

    std::string fingerprint; // fingerprint.h, over the answers the report shows
    std::string generatedOn; // "2026-11-27"
    // The answer file's name, for a report made without a database; without its folders, which
    // say nothing to a reader and are the author's own.
    std::string sourceFile;
};

// A stored assessment with its evidence list, the comparison with its predecessor and the peer
// benchmark among the database's enterprises with at least `minPeers` peers (raised to
// kMinPeersFloor), in `layer`. The peers come from `portfolio` when the caller has read it
// (a batch reads it once), else from the database here; either way from the cached summaries as
// they are (refreshSummaries first).
Result<ReportInput> reportInputFromStore(Store &store,
                                         std::int64_t assessmentId,
                                         Layer layer,
                                         const Clock &clock = systemClock(),
                                         int minPeers = kMinPeersDefault,
                                         const PortfolioData *portfolio = nullptr);

// The portfolio the peer benchmark ranks in, named by the bundled model.
Result<PortfolioData> loadPeerData(Store &store);

// An answer file scored against `models` (the `--model M ANSWERS.yaml` form); `industry`
// overrides the file's.
Result<ReportInput> reportInputFromAnswers(ModelSet models,
                                           AnswerFile answers,
                                           Layer layer,
                                           const std::optional<IndustryCode> &industry,
                                           const Clock &clock = systemClock());

} // namespace dl::report
