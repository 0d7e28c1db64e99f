// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagelayout.h"

#include <QColor>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace dl::report {

// One question of the printable form, gathered part by part and then laid out in one go: kept on
// one page when it fits on one, so that a question never ends up on one page and its boxes on the
// next. Each part (a line of text, a row of tick boxes, a writing line) is a block of its own, so
// that a question longer than a page still flows instead of being clipped.
class FormQuestion
{
public:
    explicit FormQuestion(PageLayout &page);

    // A part or group heading that must stay with the question after it (level 1 is ruled).
    void heading(const QString &text, int level);
    // The question's number and name in bold, `tag` (its id, for whoever types the answers in)
    // small and grey at the right.
    void title(const QString &name, const QString &tag);
    void text(const QString &text,
              qreal pointSize = 9.5,
              bool bold = false,
              const QColor &color = Qt::black,
              qreal indentMm = 0);
    // A box per option with its label; with `columns`, short labels share a row (two or three
    // columns), which suits a list but not a ladder read from top to bottom.
    void
    ticks(const std::vector<std::pair<QString, bool>> &options, bool columns, qreal indentMm = 4);
    // A box to write a number in, the unit after it; `value` already written in when not empty.
    void numberBox(const QString &unit, const QString &value, qreal indentMm = 4);
    // `lines` ruled lines headed `label`; a note already given is written on them (more lines
    // when it needs more).
    void noteLines(const QString &label, int lines, const QString &written);
    void space(qreal millimetres);

    // Lays the parts out: on a new page unless the whole question fits on this one.
    void layOut();

private:
    struct Part
    {
        qreal height; // device pixels
        std::function<void(QPainter &, const QRectF &)> draw;
    };
    void add(qreal height, std::function<void(QPainter &, const QRectF &)> draw);

    PageLayout &m_page;
    std::vector<Part> m_parts;
};

} // namespace dl::report
