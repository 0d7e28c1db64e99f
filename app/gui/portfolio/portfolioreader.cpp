// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioreader.h"
#include "errordialog.h"

#include "store/segments.h"

#include <memory>

PortfolioReader::PortfolioReader(QObject *parent)
    : QObject(parent)
{}

PortfolioReader::~PortfolioReader()
{
    join();
}

void PortfolioReader::start(const std::string &path,
                            const dl::Model &model,
                            std::function<void(Loaded)> done)
{
    join();
    m_worker = std::thread([this, path, &model, done = std::move(done)] {
        auto loaded = std::make_shared<Loaded>();
        auto db = dl::SqliteDb::open(path, dl::SqliteDb::Mode::ReadOnly);
        if (db)
            *loaded = read(*db, model);
        else
            loaded->error = errorText(db.errors());
        QMetaObject::invokeMethod(
            this,
            [this, loaded, done] {
                join(); // it has nothing left to do
                done(std::move(*loaded));
            },
            Qt::QueuedConnection);
    });
}

PortfolioReader::Loaded PortfolioReader::read(dl::SqliteDb &db, const dl::Model &model)
{
    Loaded out;
    auto data = dl::loadPortfolioData(db, model);
    if (!data) {
        out.error = errorText(data.errors());
        return out;
    }
    out.data = std::move(*data);
    if (auto orgs = dl::assessingOrganisations(db))
        out.organisations = std::move(*orgs);
    return out;
}

void PortfolioReader::join()
{
    if (m_worker.joinable())
        m_worker.join();
}
