// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnaireformparts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dl::report {

namespace {

const QColor kInk(0x33, 0x3B, 0x44);
const QColor kGreyText(0x6A, 0x74, 0x7E);
const QColor kLine(0x9A, 0xA4, 0xAE);
const QColor kHeading(0x1F, 0x3A, 0x5F);
const QColor kFilled(0x1F, 0x3A, 0x9F); // answers printed in look written in, not printed
constexpr qreal kBoxMm = 3.6;
constexpr qreal kRowGapMm = 0.9;
constexpr qreal kColumnGapMm = 4;

void drawBox(QPainter &p, const QRectF &box, bool ticked, qreal pen)
{
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kInk, pen));
    p.drawRect(box);
    if (!ticked)
        return;
    // Drawn, not a ✓ character: the report font need not have one.
    QPainterPath tick;
    tick.moveTo(box.left() + box.width() * 0.18, box.top() + box.height() * 0.52);
    tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.78);
    tick.lineTo(box.left() + box.width() * 0.86, box.top() + box.height() * 0.16);
    p.setPen(QPen(kFilled, pen * 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(tick);
}

} // namespace

FormQuestion::FormQuestion(PageLayout &page)
    : m_page(page)
{}

void FormQuestion::add(qreal height, std::function<void(QPainter &, const QRectF &)> draw)
{
    m_parts.push_back({height, std::move(draw)});
}

void FormQuestion::space(qreal millimetres)
{
    add(m_page.mm(millimetres), [](QPainter &, const QRectF &) {});
}

void FormQuestion::heading(const QString &text, int level)
{
    const QFont f = m_page.font(level == 1 ? 14 : 11.5, true);
    const qreal lh = m_page.lineHeight(f);
    const qreal ascent = QFontMetricsF(f, m_page.device()).ascent();
    const qreal rule = m_page.mm(0.4), below = m_page.mm(level == 1 ? 2.5 : 1);
    space(level == 1 ? 3 : 2);
    const std::vector<QString> lines = m_page.wrap(text, f, m_page.body().width());
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const QString line = lines[k];
        const bool ruled = level == 1 && k + 1 == lines.size();
        add(lh + (ruled ? below : 0), [=](QPainter &p, const QRectF &r) {
            p.setFont(f);
            p.setPen(kHeading);
            p.drawText(QPointF(r.left(), r.top() + ascent), line);
            if (ruled) {
                p.setPen(QPen(kHeading, rule));
                p.drawLine(QPointF(r.left(), r.top() + lh + rule),
                           QPointF(r.right(), r.top() + lh + rule));
            }
        });
    }
    space(level == 1 ? 1 : 1.5);
}

void FormQuestion::title(const QString &name, const QString &tag)
{
    const QFont bold = m_page.font(10.5, true), small = m_page.font(7);
    const QFontMetricsF tagMetrics(small, m_page.device());
    const qreal tagWidth = tag.isEmpty() ? 0 : tagMetrics.horizontalAdvance(tag) + m_page.mm(3);
    const qreal lh = m_page.lineHeight(bold);
    const qreal ascent = QFontMetricsF(bold, m_page.device()).ascent();
    const std::vector<QString> lines = m_page.wrap(name, bold, m_page.body().width() - tagWidth);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const QString line = lines[k];
        const QString right = k == 0 ? tag : QString();
        add(lh, [=](QPainter &p, const QRectF &r) {
            p.setFont(bold);
            p.setPen(Qt::black);
            p.drawText(QPointF(r.left(), r.top() + ascent), line);
            if (!right.isEmpty()) {
                p.setFont(small);
                p.setPen(kGreyText);
                p.drawText(
                    QPointF(r.right() - tagMetrics.horizontalAdvance(right), r.top() + ascent),
                    right);
            }
        });
    }
    space(0.6);
}

void FormQuestion::text(
    const QString &text, qreal pointSize, bool bold, const QColor &color, qreal indentMm)
{
    if (text.isEmpty())
        return;
    const QFont f = m_page.font(pointSize, bold);
    const qreal lh = m_page.lineHeight(f);
    const qreal ascent = QFontMetricsF(f, m_page.device()).ascent();
    const qreal indent = m_page.mm(indentMm);
    for (const QString &line : m_page.wrap(text, f, m_page.body().width() - indent)) {
        add(lh, [=](QPainter &p, const QRectF &r) {
            p.setFont(f);
            p.setPen(color);
            p.drawText(QPointF(r.left() + indent, r.top() + ascent), line);
        });
    }
    space(0.8);
}

void FormQuestion::ticks(const std::vector<std::pair<QString, bool>> &options,
                         bool columns,
                         qreal indentMm)
{
    const QFont f = m_page.font(9.5);
    const QFontMetricsF fm(f, m_page.device());
    const qreal lh = m_page.lineHeight(f);
    const qreal box = m_page.mm(kBoxMm), gap = m_page.mm(2), pen = m_page.mm(0.25);
    const qreal indent = m_page.mm(indentMm);
    const qreal width = m_page.body().width() - indent;
    qreal widest = 0;
    for (const auto &[label, ticked] : options)
        widest = std::max(widest, box + gap + fm.horizontalAdvance(label));
    // As many columns as the longest label allows on one line: short lists take less paper.
    int count = 1;
    for (int c : {3, 2}) {
        if (columns && widest <= (width - (c - 1) * m_page.mm(kColumnGapMm)) / c) {
            count = c;
            break;
        }
    }
    const qreal columnWidth = (width - (count - 1) * m_page.mm(kColumnGapMm)) / count;
    struct Cell
    {
        std::vector<QString> lines;
        bool ticked;
    };
    for (std::size_t first = 0; first < options.size(); first += count) {
        std::vector<Cell> row;
        int lineCount = 1;
        for (std::size_t k = first; k < std::min(options.size(), first + count); ++k) {
            row.push_back(
                {m_page.wrap(options[k].first, f, columnWidth - box - gap), options[k].second});
            lineCount = std::max(lineCount, int(row.back().lines.size()));
        }
        const qreal ascent = fm.ascent(), descent = fm.descent();
        const qreal step = columnWidth + m_page.mm(kColumnGapMm);
        add(lineCount * lh + m_page.mm(kRowGapMm), [=](QPainter &p, const QRectF &r) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                const qreal x = r.left() + indent + c * step;
                // The box sits on the first line of its label, centred on the glyphs (not on the
                // line's leading).
                const QRectF square(x, r.top() + (ascent + descent - box) / 2, box, box);
                drawBox(p, square, row[c].ticked, pen);
                p.setFont(f);
                p.setPen(Qt::black);
                for (std::size_t l = 0; l < row[c].lines.size(); ++l)
                    p.drawText(QPointF(x + box + gap, r.top() + l * lh + ascent), row[c].lines[l]);
            }
        });
    }
    space(0.6);
}

void FormQuestion::numberBox(const QString &unit, const QString &value, qreal indentMm)
{
    const QFont f = m_page.font(9.5), written = m_page.font(11);
    const qreal height = m_page.mm(8), width = m_page.mm(48), indent = m_page.mm(indentMm);
    const qreal pen = m_page.mm(0.25);
    const QFontMetricsF fm(f, m_page.device()), wm(written, m_page.device());
    const qreal pad = m_page.mm(2);
    add(height + m_page.mm(1.2), [=](QPainter &p, const QRectF &r) {
        const QRectF box(r.left() + indent, r.top(), width, height);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(kInk, pen));
        p.drawRect(box);
        const qreal middle = box.top() + (height + fm.ascent() - fm.descent()) / 2;
        if (!value.isEmpty()) {
            p.setFont(written);
            p.setPen(kFilled);
            p.drawText(QPointF(box.right() - pad - wm.horizontalAdvance(value),
                               box.top() + (height + wm.ascent() - wm.descent()) / 2),
                       value);
        }
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(QPointF(box.right() + pad, middle), unit);
    });
}

void FormQuestion::noteLines(const QString &label, int lines, const QString &written)
{
    const QFont small = m_page.font(8), hand = m_page.font(9.5);
    const QFontMetricsF sm(small, m_page.device()), hm(hand, m_page.device());
    const qreal pitch = m_page.mm(6.5), labelWidth = sm.horizontalAdvance(label) + m_page.mm(1.5);
    const qreal width = m_page.body().width() - labelWidth;
    std::vector<QString> text =
        written.isEmpty() ? std::vector<QString>{} : m_page.wrap(written, hand, width);
    const int count = std::max(lines, int(text.size()));
    const qreal rise = m_page.mm(1), labelRise = m_page.mm(0.5),
                textRise = m_page.mm(0.8) + hm.descent();
    const qreal rule = m_page.mm(0.15);
    text.resize(count);
    for (int k = 0; k < count; ++k) {
        const QString line = text[k];
        const bool first = k == 0;
        add(pitch, [=](QPainter &p, const QRectF &r) {
            const qreal base = r.top() + pitch - rise;
            if (first) {
                p.setFont(small);
                p.setPen(kGreyText);
                p.drawText(QPointF(r.left(), base - labelRise), label);
            }
            p.setPen(QPen(kLine, rule, Qt::DotLine));
            p.drawLine(QPointF(r.left() + labelWidth, base), QPointF(r.right(), base));
            if (!line.isEmpty()) {
                p.setFont(hand);
                p.setPen(kFilled);
                p.drawText(QPointF(r.left() + labelWidth, base - textRise), line);
            }
        });
    }
}

void FormQuestion::layOut()
{
    qreal total = 0;
    for (const Part &part : m_parts)
        total += part.height;
    const qreal perMm = m_page.mm(1);
    m_page.keep(total / perMm);
    for (Part &part : m_parts)
        m_page.block(part.height / perMm, std::move(part.draw));
    m_parts.clear();
}

} // namespace dl::report
