// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariogrid.h"
#include "stdtext.h"

#include "resultsformat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString cellStyle(const QColor &background, bool dashed)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px %3 #9e9e9e;"
                          " border-radius: 4px; padding: 4px; }")
        .arg(background.name(), ResultsFormat::textColorOn(background).name(),
             dashed ? QStringLiteral("dashed") : QStringLiteral("solid"));
}

} // namespace

ScenarioGrid::ScenarioGrid(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cells = new QWidget(this);
    layout->addWidget(m_cells);
    layout->addWidget(legend());
}

QWidget *ScenarioGrid::legend()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("scenario-legend"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 6, 0, 0);
    auto swatch = [&](const QColor &color, const QString &text, bool dashed) {
        auto *label = new QLabel(text, box);
        label->setStyleSheet(cellStyle(color, dashed));
        row->addWidget(label);
    };
    swatch(ResultsFormat::ratingColor(0), tr("0 Below level 1"), false);
    for (int r = 1; r <= 4; ++r)
        swatch(ResultsFormat::ratingColor(r), tr("Level %1").arg(r), false);
    swatch(ResultsFormat::ratingColor(-1), tr("Not answered"), true);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("★ constrained scenario (约束性)"), box));
    row->addStretch();
    return box;
}

void ScenarioGrid::setScenarios(const dl::Model &model, const dl::AnswerSet &answers, dl::Lang lang)
{
    // Rebuilt as a whole: 16 cells, and the model (or its industry version) may differ each time.
    auto *cells = new QWidget(this);
    auto *grid = new QGridLayout(cells);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);
    int row = 0;
    int widest = 0;
    for (const dl::ScenarioGroup &group : model.groups) {
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(qs(group.name.get(lang))), cells);
        name->setWordWrap(true);
        grid->addWidget(name, row, 0);
        int column = 1;
        for (int s : group.scenarios) {
            const dl::Scenario &sc = model.scenarios[s];
            const int rating = sc.enabled ? answers.scenarios[s].rating : -1;
            QString state;
            if (!sc.enabled)
                state = tr("not applicable");
            else if (rating < 0)
                state = tr("not answered");
            else
                state = rating == 0 ? tr("below level 1") : tr("level %1").arg(rating);
            auto *cell = new QLabel(QStringLiteral("%1%2\n%3")
                                        .arg(sc.constrained ? QStringLiteral("★ ") : QString(),
                                             qs(sc.name.get(lang)), state),
                                    cells);
            cell->setObjectName(QStringLiteral("scenario-%1").arg(qs(sc.id)));
            cell->setProperty("rating", rating);
            cell->setProperty("constrained", sc.constrained);
            cell->setAlignment(Qt::AlignCenter);
            cell->setWordWrap(true);
            cell->setMinimumSize(120, 54);
            cell->setStyleSheet(cellStyle(sc.enabled ? ResultsFormat::ratingColor(rating)
                                                     : QColor(0xfa, 0xfa, 0xfa),
                                          rating < 0));
            QString tip = QStringLiteral("<b>%1</b>%2<br>%3")
                              .arg(qs(sc.name.get(lang)).toHtmlEscaped(),
                                   sc.constrained ? tr(" (constrained)") : QString(), state);
            if (rating >= 1)
                tip += QStringLiteral("<p>%1</p>")
                           .arg(tr("Level %1: %2")
                                    .arg(rating)
                                    .arg(qs(sc.levels[rating - 1].description.get(lang))
                                             .toHtmlEscaped()));
            if (sc.enabled && rating < 4)
                tip += QStringLiteral("<p>%1</p>")
                           .arg(tr("Next, level %1: %2")
                                    .arg(std::max(rating, 0) + 1)
                                    .arg(qs(sc.levels[std::max(rating, 0)].description.get(lang))
                                             .toHtmlEscaped()));
            cell->setToolTip(tip);
            grid->addWidget(cell, row, column++);
        }
        widest = std::max(widest, column);
        ++row;
    }
    for (int c = 1; c < widest; ++c)
        grid->setColumnStretch(c, 1);
    grid->setColumnMinimumWidth(0, 110);

    auto *outer = static_cast<QVBoxLayout *>(layout());
    delete outer->replaceWidget(m_cells, cells); // the old item is ours to delete (ASan found it)
    delete m_cells;
    m_cells = cells;
}
