// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliocharts.h"
#include "portfolioformat.h"

#include "results/resultsformat.h"
#include "stdtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCharts)
};

// mean / max, or nothing without a mean or a maximum.
std::optional<dl::Rational> shareOfMax(const std::optional<dl::Rational> &mean,
                                       const dl::Rational &max)
{
    if (!mean || max <= dl::Rational(0))
        return std::nullopt;
    return *mean / max;
}

double percent(const std::optional<dl::Rational> &share)
{
    return share ? share->toDouble() * 100 : 0;
}

} // namespace

namespace PortfolioCharts {

ChartSpec::Bars levels(const dl::PortfolioCounts &c, const QStringList &levelNames)
{
    ChartSpec::Bars bars;
    bars.scoredName = Tr::tr("Enterprises at this level");
    bars.missingName = Tr::tr("At other levels");
    bars.scoredColor = ResultsFormat::levelColor(2);
    bars.missingColor = QColor(0xe3, 0xe8, 0xee);
    bars.missingBorder = QColor(0xc0, 0xc8, 0xd0);
    for (int level = 0; level <= 4; ++level) {
        const int n = c.levels[std::size_t(level)];
        bars.categories << QStringLiteral("%1  (%2)").arg(levelNames.value(level)).arg(n);
        bars.scored << n;
        bars.missing << double(c.assessed - n);
    }
    // A multiple of five: the axis has six ticks, labelled as whole numbers.
    bars.axisMax = std::max(5, (c.assessed + 4) / 5 * 5);
    return bars;
}

ChartSpec::Radar subDimensions(const dl::Model &model,
                               const dl::PortfolioData &data,
                               const dl::PortfolioFigures &filtered,
                               const dl::PortfolioFigures &all,
                               dl::Lang lang)
{
    ChartSpec::Radar radar;
    radar.color = ResultsFormat::levelColor(2);
    radar.name = Tr::tr("Filtered");
    radar.compareColor = QColor(0x54, 0x6e, 0x7a);
    radar.compareName = Tr::tr("All enterprises");
    auto mean = [](const dl::PortfolioFigures &f, std::size_t k) {
        return k < f.partMeans.size() ? f.partMeans[k] : std::nullopt;
    };
    for (const dl::SubDimension &sub : model.subdimensions) {
        const int k = data.findPart(sub.id);
        if (k < 0)
            continue;
        const auto mine = shareOfMax(mean(filtered, std::size_t(k)), sub.points);
        radar.percents << percent(mine);
        radar.comparePercents << percent(shareOfMax(mean(all, std::size_t(k)), sub.points));
        // The label carries the filtered set's exact figure; the radius only draws it.
        radar.labels << QStringLiteral("%1\n%2").arg(qs(sub.name.get(lang)),
                                                     mine ? PortfolioFormat::percent(*mine)
                                                          : PortfolioFormat::dash());
    }
    return radar;
}

} // namespace PortfolioCharts
