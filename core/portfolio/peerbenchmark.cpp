// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/peerbenchmark.h"

#include "model/industry.h"

#include <algorithm>
#include <functional>

namespace dl {

namespace {

int latestScored(const PortfolioData &data, const PortfolioEnterprise &e)
{
    for (auto it = e.assessments.rbegin(); it != e.assessments.rend(); ++it) {
        if (data.assessments[std::size_t(*it)].scored)
            return *it;
    }
    return -1;
}

Rational percentile(const Rational &own, const std::vector<Rational> &peers)
{
    int below = 0, equal = 0;
    for (const Rational &p : peers) {
        below += p < own;
        equal += p == own;
    }
    return (Rational(below) + Rational::fraction(equal, 2)) * Rational(100) /
           Rational(std::int64_t(peers.size()));
}

} // namespace

std::optional<PeerBenchmark>
peerBenchmark(const PortfolioData &data, std::int64_t assessmentId, int minPeers)
{
    minPeers = std::max(minPeers, kMinPeersFloor);
    const auto own =
        std::find_if(data.assessments.begin(), data.assessments.end(),
                     [&](const PortfolioAssessment &a) { return a.id == assessmentId; });
    if (own == data.assessments.end() || !own->scored)
        return std::nullopt;
    const PortfolioEnterprise &self = data.enterprises[std::size_t(own->enterprise)];

    // Candidate groups in order of closeness, each as a membership test and a name.
    struct Candidate
    {
        PeerBenchmark::Group group;
        LocalText name;
        std::function<bool(const PortfolioEnterprise &)> member;
    };
    std::vector<Candidate> candidates;
    for (int s : self.segments) {
        const Segment &seg = data.segments[std::size_t(s)];
        candidates.push_back({PeerBenchmark::Group::Segment,
                              {seg.nameZh, seg.nameEn.empty() ? seg.nameZh : seg.nameEn},
                              [s](const PortfolioEnterprise &e) {
                                  return std::find(e.segments.begin(), e.segments.end(), s) !=
                                         e.segments.end();
                              }});
    }
    const IndustryTable &table = IndustryTable::gbt4754();
    if (!self.division.empty()) {
        const IndustryEntry *entry = table.find(self.division);
        const std::string code = self.section + self.division;
        candidates.push_back({PeerBenchmark::Group::Division,
                              {code + " " + (entry ? entry->name.zh : ""),
                               code + " " + (entry ? entry->name.en : "")},
                              [&self](const PortfolioEnterprise &e) {
                                  return e.section == self.section && e.division == self.division;
                              }});
    }
    if (!self.section.empty()) {
        const IndustryEntry *entry = table.find(self.section);
        candidates.push_back(
            {PeerBenchmark::Group::Section,
             {self.section + " " + (entry ? entry->name.zh : ""),
              self.section + " " + (entry ? entry->name.en : "")},
             [&self](const PortfolioEnterprise &e) { return e.section == self.section; }});
    }

    for (const Candidate &c : candidates) {
        std::vector<int> peers;
        for (const PortfolioEnterprise &e : data.enterprises) {
            if (e.id == self.id || !c.member(e))
                continue;
            if (const int a = latestScored(data, e); a >= 0)
                peers.push_back(a);
        }
        if (int(peers.size()) < minPeers)
            continue;
        PeerBenchmark b;
        b.group = c.group;
        b.groupName = c.name;
        b.peers = int(peers.size());
        std::vector<Rational> bases;
        for (int a : peers)
            bases.push_back(data.assessments[std::size_t(a)].base);
        b.basePercentile = percentile(own->base, bases);
        b.partPercentiles.assign(data.catalogue.size(), std::nullopt);
        for (std::size_t p = 0; p < data.catalogue.size(); ++p) {
            if (data.catalogue[p].kind == PortfolioPart::Kind::Scenario || p >= own->parts.size() ||
                !own->parts[p])
                continue;
            std::vector<Rational> values;
            for (int a : peers) {
                const PortfolioAssessment &pa = data.assessments[std::size_t(a)];
                if (p < pa.parts.size() && pa.parts[p])
                    values.push_back(*pa.parts[p]);
            }
            if (!values.empty())
                b.partPercentiles[p] = percentile(*own->parts[p], values);
        }
        return b;
    }
    return std::nullopt;
}

} // namespace dl
