// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioformat.h"

#include "exchange/portfolioexport.h"

namespace PortfolioFormat {

QString score(const dl::Rational &r)
{
    return QString::fromStdString(dl::roundedDecimal(r, 2));
}

QString signedScore(const dl::Rational &r)
{
    return (r > dl::Rational(0) ? QStringLiteral("+") : QString()) + score(r);
}

QString percent(const dl::Rational &share)
{
    return QString::fromStdString(dl::roundedDecimal(share * dl::Rational(100), 1)) +
           QLatin1Char('%');
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace PortfolioFormat
