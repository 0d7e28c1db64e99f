// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "portfolio/aggregate.h"

#include <QStringList>

class QTableWidget;

// The portfolio's fixed tables, filled from the figures: the before/after level matrix, the
// scenario heat map and the sub-dimension comparison. `levelNames` are levels 0..4.
namespace PortfolioTables {

void fillUplift(QTableWidget *table,
                const dl::PortfolioUplift &uplift,
                const QStringList &levelNames);
// "12 pairs; mean gain 3.25; 5 rose at least one level (41.7%)", or that there are none.
QString upliftSummary(const dl::PortfolioUplift &uplift);

// Scenarios × levels 1..4: the share rated at that level or higher, coloured by it.
void fillScenarios(QTableWidget *table,
                   const dl::PortfolioData &data,
                   const dl::PortfolioFigures &figures,
                   const QStringList &levelNames,
                   dl::Lang lang);

// Each sub-dimension's mean score in the filtered set beside the whole portfolio's, each with
// the sub-dimension's maximum in `model` and its share of it.
void fillSubDimensions(QTableWidget *table,
                       const dl::Model &model,
                       const dl::PortfolioData &data,
                       const dl::PortfolioFigures &filtered,
                       const dl::PortfolioFigures &all,
                       dl::Lang lang);

} // namespace PortfolioTables
