// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/portfolioxlsx.h"
#include "pagelayout.h"

#include <string>

namespace dl::report {

// What the sections of a portfolio report share.
struct PortfolioContext
{
    const PortfolioReportView &v;
    Lang lang;
    std::string title() const;
    std::string section(int number, const std::string &title) const; // "一、…" / "1. …"
};

// The sections in report order; each returns nothing and lays out on `page`.
void writePortfolioTitle(PageLayout &page, const PortfolioContext &c);
void writePortfolioHeadline(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioLevels(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioGroups(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioUplift(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioScenarios(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioDimensions(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioSrdi(PageLayout &page, const PortfolioContext &c, int number);
void writePortfolioBelow(PageLayout &page, const PortfolioContext &c, int number);

} // namespace dl::report
