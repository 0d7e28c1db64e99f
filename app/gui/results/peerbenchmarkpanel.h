// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class AppSession;
class PortfolioReader;

// 同行对标 on the results page: where the assessment's base score and sub-dimensions stand among
// peers of its segment or industry in the local database (dl::peerBenchmark), never naming a
// peer. The portfolio is read in the background; the panel stays hidden when there is no
// benchmark (too few peers, not scored).
class PeerBenchmarkPanel : public QLabel
{
    Q_OBJECT

public:
    PeerBenchmarkPanel(AppSession &session, QWidget *parent = nullptr);
    ~PeerBenchmarkPanel() override;

    // Reads the peers again and shows where `assessmentId` stands.
    void showFor(qint64 assessmentId);
    bool isLoading() const { return m_loading; }

signals:
    void updated();

private:
    AppSession &m_session;
    PortfolioReader *m_reader = nullptr;
    qint64 m_assessmentId = 0;
    bool m_loading = false;
};
