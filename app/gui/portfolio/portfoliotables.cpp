// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliotables.h"
#include "portfolioformat.h"

#include "results/resultsformat.h"
#include "stdtext.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioTables)
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    return item;
}

void prepare(QTableWidget *table, int rows, const QStringList &columns)
{
    table->clear();
    table->setRowCount(rows);
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

// A mean score with the sub-dimension's maximum and its share of it.
QTableWidgetItem *scoreOfMax(const std::optional<dl::Rational> &mean, const dl::Rational &max)
{
    if (!mean)
        return cell(PortfolioFormat::dash());
    if (max <= dl::Rational(0))
        return cell(PortfolioFormat::score(*mean));
    const dl::Rational share = *mean / max;
    return cell(QStringLiteral("%1 / %2  (%3)")
                    .arg(PortfolioFormat::score(*mean), ResultsFormat::score(max),
                         PortfolioFormat::percent(share)));
}

} // namespace

namespace PortfolioTables {

void fillUplift(QTableWidget *table,
                const dl::PortfolioUplift &uplift,
                const QStringList &levelNames)
{
    prepare(table, 5, levelNames);
    table->setVerticalHeaderLabels(levelNames);
    for (int from = 0; from < 5; ++from)
        for (int to = 0; to < 5; ++to) {
            const int n = uplift.matrix[std::size_t(from)][std::size_t(to)];
            auto *item = cell(n ? QString::number(n) : QString(), Qt::AlignCenter);
            if (n && to != from)
                item->setForeground(to > from ? ResultsFormat::gainColor()
                                              : ResultsFormat::lossColor());
            table->setItem(from, to, item);
        }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

QString upliftSummary(const dl::PortfolioUplift &uplift)
{
    if (uplift.pairs == 0)
        return Tr::tr("No enterprise has both a 改造前 (before) and a later 改造后 (after) "
                      "assessment.");
    return Tr::tr("Pairs before and after: %1; mean gain in base score %2; %3 rose at least one "
                  "level (%4).")
        .arg(uplift.pairs)
        .arg(uplift.meanGain ? PortfolioFormat::signedScore(*uplift.meanGain)
                             : PortfolioFormat::dash())
        .arg(uplift.rose)
        .arg(PortfolioFormat::percent(dl::shareOf(uplift.rose, uplift.pairs)));
}

void fillScenarios(QTableWidget *table,
                   const dl::PortfolioData &data,
                   const dl::PortfolioFigures &figures,
                   const QStringList &levelNames,
                   dl::Lang lang)
{
    std::vector<int> rows;
    for (std::size_t k = 0; k < data.catalogue.size(); ++k)
        if (data.catalogue[k].kind == dl::PortfolioPart::Kind::Scenario)
            rows.push_back(int(k));
    QStringList columns{Tr::tr("Scenario"), Tr::tr("Enterprises")};
    for (int level = 1; level <= 4; ++level)
        columns << Tr::tr("%1 or higher").arg(levelNames.value(level));
    prepare(table, int(rows.size()), columns);
    for (int r = 0; r < int(rows.size()); ++r) {
        const std::size_t k = std::size_t(rows[std::size_t(r)]);
        table->setItem(
            r, 0, cell(qs(data.catalogue[k].name.get(lang)), Qt::AlignLeft | Qt::AlignVCenter));
        const auto &counts =
            k < figures.scenarioAtLeast.size() ? figures.scenarioAtLeast[k] : std::array<int, 5>{};
        table->setItem(r, 1, cell(QString::number(counts[0])));
        for (int level = 1; level <= 4; ++level) {
            if (counts[0] == 0) {
                table->setItem(r, 1 + level, cell(PortfolioFormat::dash(), Qt::AlignCenter));
                continue;
            }
            const dl::Rational share = dl::shareOf(counts[std::size_t(level)], counts[0]);
            auto *item = cell(PortfolioFormat::percent(share), Qt::AlignCenter);
            // Five steps of one hue, as the results page's scenario grid uses.
            const QColor background = ResultsFormat::ratingColor(int(share.toDouble() * 4 + 0.5));
            item->setBackground(background);
            item->setForeground(ResultsFormat::textColorOn(background));
            table->setItem(r, 1 + level, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void fillSubDimensions(QTableWidget *table,
                       const dl::Model &model,
                       const dl::PortfolioData &data,
                       const dl::PortfolioFigures &filtered,
                       const dl::PortfolioFigures &all,
                       dl::Lang lang)
{
    std::vector<int> rows;
    for (std::size_t k = 0; k < data.catalogue.size(); ++k)
        if (data.catalogue[k].kind == dl::PortfolioPart::Kind::SubDimension)
            rows.push_back(int(k));
    prepare(table, int(rows.size()),
            {Tr::tr("Sub-dimension"), Tr::tr("Filtered: mean score"), Tr::tr("All: mean score"),
             Tr::tr("Difference")});
    auto mean = [](const dl::PortfolioFigures &f, std::size_t k) {
        return k < f.partMeans.size() ? f.partMeans[k] : std::nullopt;
    };
    for (int r = 0; r < int(rows.size()); ++r) {
        const std::size_t k = std::size_t(rows[std::size_t(r)]);
        table->setItem(
            r, 0, cell(qs(data.catalogue[k].name.get(lang)), Qt::AlignLeft | Qt::AlignVCenter));
        const auto mine = mean(filtered, k);
        const auto theirs = mean(all, k);
        dl::Rational max(0);
        for (const dl::SubDimension &sub : model.subdimensions)
            if (sub.id == data.catalogue[k].id)
                max = sub.points;
        table->setItem(r, 1, scoreOfMax(mine, max));
        table->setItem(r, 2, scoreOfMax(theirs, max));
        if (mine && theirs) {
            const dl::Rational diff = *mine - *theirs;
            auto *item = cell(PortfolioFormat::signedScore(diff));
            if (diff != dl::Rational(0))
                item->setForeground(diff > dl::Rational(0) ? ResultsFormat::gainColor()
                                                           : ResultsFormat::lossColor());
            table->setItem(r, 3, item);
        } else {
            table->setItem(r, 3, cell(PortfolioFormat::dash()));
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace PortfolioTables
