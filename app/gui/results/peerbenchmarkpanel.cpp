// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerbenchmarkpanel.h"

#include "appsession.h"
#include "appsettings.h"
#include "exchange/portfolioexport.h"
#include "home/enterpriserowreader.h"
#include "portfolio/peerbenchmark.h"
#include "portfolio/portfolioreader.h"
#include "stdtext.h"

namespace {

QString percent(const dl::Rational &p)
{
    return QString::fromStdString(dl::roundedDecimal(p, 0));
}

} // namespace

PeerBenchmarkPanel::PeerBenchmarkPanel(AppSession &session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
    , m_reader(new PortfolioReader(this))
{
    setObjectName(QStringLiteral("peer-benchmark"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setContentsMargins(10, 6, 10, 6);
    setStyleSheet(QStringLiteral("QLabel { border: 1px solid #90a4ae; background: #eceff1;"
                                 " color: #212121; }"));
    hide();
}

PeerBenchmarkPanel::~PeerBenchmarkPanel() = default;

void PeerBenchmarkPanel::showFor(qint64 assessmentId)
{
    m_assessmentId = assessmentId;
    const dl::Model &model = m_session.builtinModels().model;
    auto present = [this](PortfolioReader::Loaded read) {
        m_loading = false;
        const auto b = read.error.isEmpty() ? dl::peerBenchmark(read.data, m_assessmentId,
                                                                AppSettings::load().minPeers)
                                            : std::nullopt;
        if (!b) {
            setVisible(false);
            emit updated();
            return;
        }
        const dl::Lang lang = m_session.lang();
        QString group;
        switch (b->group) {
        case dl::PeerBenchmark::Group::Segment:
            group = tr("segment %1").arg(qs(b->groupName.get(lang)));
            break;
        case dl::PeerBenchmark::Group::Division:
        case dl::PeerBenchmark::Group::Section:
            group = tr("industry %1").arg(qs(b->groupName.get(lang)));
            break;
        }
        QString html =
            tr("<b>Peer benchmark:</b> the base score is above %1% of the peer group (%2, %3 "
               "peers in this database; no peer is named).")
                .arg(percent(b->basePercentile), group.toHtmlEscaped())
                .arg(b->peers);
        QStringList parts;
        for (std::size_t k = 0; k < b->partPercentiles.size() && k < read.data.catalogue.size();
             ++k) {
            const dl::PortfolioPart &part = read.data.catalogue[k];
            if (part.kind == dl::PortfolioPart::Kind::SubDimension && b->partPercentiles[k])
                parts << tr("%1: above %2%")
                             .arg(qs(part.name.get(lang)).toHtmlEscaped(),
                                  percent(*b->partPercentiles[k]));
        }
        if (!parts.isEmpty())
            html += QStringLiteral("<br>") + parts.join(QStringLiteral(" · "));
        setText(html);
        setVisible(true);
        emit updated();
    };
    const std::string &path = m_session.store().path();
    if (!EnterpriseRowReader::canRead(path)) {
        present(PortfolioReader::read(m_session.store().db(), model));
        return;
    }
    m_loading = true;
    m_reader->start(path, model, present);
}
