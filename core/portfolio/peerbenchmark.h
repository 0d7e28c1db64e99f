// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio/portfoliodata.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace dl {

// 同行对标: where one assessment stands among peers in the local database, never naming a peer.
// Peers are the other enterprises of the same segment, else the same GB/T 4754 division, else
// section — the first of these with at least `minPeers` peers — each represented by its latest
// scored assessment. A percentile is (peers below + half the peers equal) / peers x 100: 100 means
// above every peer, 50 the middle.
struct PeerBenchmark
{
    enum class Group { Segment, Division, Section };
    Group group = Group::Segment;
    LocalText groupName; // the segment's name, or the industry code and name
    int peers = 0;
    Rational basePercentile;
    // By PortfolioData::catalogue index, for dimensions and sub-dimensions the assessment and
    // its peers have; nullopt otherwise.
    std::vector<std::optional<Rational>> partPercentiles;
};

// The smallest peer group shown; a smaller setting is raised to it, so that a percentile never
// gives away one or two named competitors' results.
constexpr int kMinPeersFloor = 3;
constexpr int kMinPeersDefault = 5;

// nullopt when the assessment is not scored or no group has enough peers.
std::optional<PeerBenchmark> peerBenchmark(const PortfolioData &data,
                                           std::int64_t assessmentId,
                                           int minPeers = kMinPeersDefault);

} // namespace dl
