// SPDX-License-Identifier: GPL-3.0-or-later
// 同行对标 in the assessment report: percentiles among peers of the local database, no peer named.
#include "reportsections.h"

#include "exchange/portfolioexport.h"

namespace dl::report {

namespace {

std::string percentile(const Rational &p)
{
    return roundedDecimal(p, 0);
}

} // namespace

void writePeers(PageLayout &page, const ReportContext &c)
{
    if (!c.in.peers)
        return; // no database: an answer file has no peers
    const Lang lang = c.lang;
    const ReportInput::Peers &peers = *c.in.peers;
    page.space(3);
    page.heading(q(T(lang, "同行对标", "Peer benchmark")), 2, 25);
    if (!peers.benchmark) {
        page.paragraph(q(fmt(T(lang,
                               "本数据库中同一细分行业、行业大类或门类的已评测同行都不足 %1 "
                               "家，为不泄露个别企业的结果，不作同行对标。",
                               "No segment, industry division or section of this database has %1 "
                               "assessed peers, so no peer benchmark is shown: with fewer, a "
                               "percentile would give away single enterprises' results."),
                             {std::to_string(peers.minPeers)})),
                       9, false, kGrey);
        return;
    }
    const PeerBenchmark &b = *peers.benchmark;
    const std::string group =
        b.group == PeerBenchmark::Group::Segment
            ? fmt(T(lang, "细分行业“%1”", "the segment %1"), {b.groupName.get(lang)})
            : fmt(T(lang, "行业 %1", "the industry %1"), {b.groupName.get(lang)});
    page.paragraph(
        q(fmt(T(lang,
                "同行组：%1，本数据库中已评测的同行 %2 家（不含本企业，不列出任何同行）。"
                "百分位 = (低于本企业的同行 + 持平同行的一半) / 同行数 × 100。",
                "Peer group: %1, %2 assessed peers in this database (this enterprise "
                "not counted, no peer named). Percentile = (peers below + half the "
                "peers equal) / peers x 100."),
              {group, std::to_string(b.peers)})),
        9);
    Table t;
    t.pointSize = 8.5;
    t.widths = {70, 30};
    t.header.cells = {{q(T(lang, "得分", "Score"))},
                      {q(T(lang, "百分位", "Percentile")), false, Qt::black, {}, Qt::AlignRight}};
    t.rows.push_back({{{q(T(lang, "基础分", "Base score")), true},
                       {q(percentile(b.basePercentile)), true, Qt::black, {}, Qt::AlignRight}}});
    for (std::size_t k = 0; k < b.partPercentiles.size() && k < peers.catalogue.size(); ++k) {
        const PortfolioPart &part = peers.catalogue[k];
        if (part.kind != PortfolioPart::Kind::SubDimension || !b.partPercentiles[k])
            continue;
        t.rows.push_back(
            {{{q("    " + part.name.get(lang))},
              {q(percentile(*b.partPercentiles[k])), false, Qt::black, {}, Qt::AlignRight}}});
    }
    page.table(t);
}

} // namespace dl::report
