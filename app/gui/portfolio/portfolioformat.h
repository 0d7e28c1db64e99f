// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"

#include <QString>

// How the portfolio screen writes its numbers: scores with two decimals and shares as percentages
// with one, both rounded from the exact value (dl::roundedDecimal), never through a double.
namespace PortfolioFormat {

QString score(const dl::Rational &r);       // "57.50"
QString signedScore(const dl::Rational &r); // "+2.50", "-1.00"
QString percent(const dl::Rational &share); // 0.375 → "37.5%"
QString dash();                             // where there is nothing to show: "—"

} // namespace PortfolioFormat
