// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio/portfoliodata.h"

#include <QObject>
#include <QString>

#include <functional>
#include <string>
#include <thread>
#include <vector>

// Reads the portfolio (dl::loadPortfolioData) and the assessing organisations in a worker thread
// over its own read-only connection, like EnterpriseRowReader, and hands them over in the thread
// this object lives in. The caller refreshes the cached summaries first.
class PortfolioReader : public QObject
{
public:
    struct Loaded
    {
        dl::PortfolioData data;
        std::vector<std::string> organisations;
        QString error; // not empty when the data could not be read
    };

    explicit PortfolioReader(QObject *parent = nullptr);
    ~PortfolioReader() override; // waits for a read still running

    // Starts reading; `done` is called in this object's thread unless it is destroyed first.
    // `model` must outlive the read.
    void start(const std::string &path, const dl::Model &model, std::function<void(Loaded)> done);
    // The same read on this thread, over the given connection (an in-memory database).
    static Loaded read(dl::SqliteDb &db, const dl::Model &model);

private:
    void join();

    std::thread m_worker;
};
