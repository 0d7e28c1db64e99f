// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportgraphics.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace dl::report {

void drawRadar(QPainter &p,
               const QRectF &rect,
               const std::vector<QString> &axes,
               const std::vector<RadarSeries> &series,
               const QFont &font)
{
    const int n = int(axes.size());
    if (n < 3)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const qreal legend = series.size() > 1 ? fm.height() * 1.6 : 0;
    const qreal labelRoom = fm.horizontalAdvance(QStringLiteral("MMMMMMMM"));
    const qreal radius =
        std::max(qreal(10), std::min(rect.width() / 2 - labelRoom,
                                     (rect.height() - legend) / 2 - fm.height() * 2.4));
    const QPointF centre(rect.center().x(), rect.top() + (rect.height() - legend) / 2);
    auto point = [&](int axis, double fraction) {
        const double angle = -M_PI / 2 + 2 * M_PI * axis / n; // first axis straight up
        return centre + QPointF(std::cos(angle), std::sin(angle)) * radius * fraction;
    };
    const qreal thin = std::max(qreal(1), radius / 300);
    p.setPen(QPen(QColor(0xC8, 0xCF, 0xD6), thin));
    for (int ring = 1; ring <= 5; ++ring) {
        QPolygonF poly;
        for (int a = 0; a < n; ++a)
            poly << point(a, ring / 5.0);
        p.drawPolygon(poly);
    }
    for (int a = 0; a < n; ++a)
        p.drawLine(centre, point(a, 1));
    p.setPen(QColor(0x80, 0x88, 0x90));
    for (int ring = 1; ring <= 5; ++ring)
        p.drawText(point(0, ring / 5.0) + QPointF(thin * 6, -thin * 2),
                   QString::number(ring * 20) + QLatin1Char('%'));

    for (const RadarSeries &s : series) {
        QPolygonF poly;
        for (int a = 0; a < n; ++a)
            poly << point(a, std::clamp(a < int(s.values.size()) ? s.values[a] : 0.0, 0.0, 1.0));
        QColor fill = s.color;
        fill.setAlpha(70);
        QPen pen(s.color, thin * 3);
        if (!s.filled)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(s.filled ? QBrush(fill) : Qt::NoBrush);
        p.drawPolygon(poly);
    }
    p.setBrush(Qt::NoBrush);

    p.setPen(Qt::black);
    const qreal boxWidth = labelRoom * 1.15, boxHeight = fm.height() * 2.4;
    for (int a = 0; a < n; ++a) {
        const QPointF at = point(a, 1.08);
        const qreal dx = at.x() - centre.x();
        Qt::Alignment align = Qt::AlignVCenter;
        QRectF box(0, 0, boxWidth, boxHeight);
        if (std::abs(dx) < radius * 0.15) {
            align |= Qt::AlignHCenter;
            box.moveCenter(at);
            box.moveTop(at.y() < centre.y() ? at.y() - boxHeight : at.y());
        } else if (dx > 0) {
            align |= Qt::AlignLeft;
            box.moveTopLeft(at - QPointF(0, boxHeight / 2));
        } else {
            align |= Qt::AlignRight;
            box.moveTopRight(at - QPointF(0, boxHeight / 2));
        }
        p.drawText(box, int(align) | Qt::TextWordWrap, axes[a]);
    }

    if (series.size() > 1) { // legend: a swatch and the label of each series
        qreal x = rect.left() + rect.width() * 0.2;
        const qreal y = rect.bottom() - legend / 2;
        for (const RadarSeries &s : series) {
            QPen pen(s.color, thin * 3);
            if (!s.filled)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(x, y), QPointF(x + labelRoom / 2, y));
            p.setPen(Qt::black);
            p.drawText(QPointF(x + labelRoom / 2 + thin * 8, y + fm.ascent() / 2.5), s.label);
            x += labelRoom / 2 + fm.horizontalAdvance(s.label) + labelRoom / 2;
        }
    }
    p.restore();
}

bool drawQrCode(QPainter &p, const QRectF &rect, const QByteArray &text)
{
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!code)
        return false;
    const int width = code->width;
    const int quiet = 4; // modules of white around the symbol, as the standard asks
    const qreal module = std::min(rect.width(), rect.height()) / (width + 2 * quiet);
    const QPointF origin = rect.topLeft() + QPointF(quiet, quiet) * module;
    p.save();
    p.fillRect(
        QRectF(rect.topLeft(), QSizeF(module * (width + 2 * quiet), module * (width + 2 * quiet))),
        Qt::white);
    // Horizontal runs of dark modules become one rectangle each: fewer, seamless shapes.
    QPainterPath path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width;) {
            if (!(code->data[y * width + x] & 1)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < width && (code->data[y * width + end] & 1))
                ++end;
            path.addRect(QRectF(origin + QPointF(x, y) * module, QSizeF(end - x, 1) * module));
            x = end;
        }
    }
    path.setFillRule(Qt::WindingFill);
    p.fillPath(path, Qt::black);
    p.restore();
    return true;
}

} // namespace dl::report

namespace dl::report {

void drawBars(QPainter &p,
              const QRectF &rect,
              const std::vector<QString> &labels,
              const std::vector<int> &values,
              const std::vector<QColor> &colours,
              const QFont &font)
{
    const int n = int(std::min(labels.size(), values.size()));
    if (n == 0)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const int top = std::max(1, *std::max_element(values.begin(), values.begin() + n));
    const qreal labelRow = fm.height() * 1.6, valueRow = fm.height() * 1.4;
    const QRectF plot(rect.left(), rect.top() + valueRow, rect.width(),
                      rect.height() - valueRow - labelRow);
    const qreal slot = plot.width() / n, barWidth = slot * 0.56;
    const qreal thin = std::max(qreal(1), rect.height() / 400);
    p.setPen(QPen(QColor(0xC8, 0xCF, 0xD6), thin));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int k = 0; k < n; ++k) {
        const qreal h = plot.height() * values[std::size_t(k)] / top;
        const qreal x = plot.left() + slot * k + (slot - barWidth) / 2;
        const QRectF bar(x, plot.bottom() - h, barWidth, h);
        p.fillRect(bar,
                   k < int(colours.size()) ? colours[std::size_t(k)] : QColor(0x1F, 0x3A, 0x5F));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - slot * 0.2, bar.top() - valueRow, barWidth + slot * 0.4, valueRow),
                   Qt::AlignHCenter | Qt::AlignBottom, QString::number(values[std::size_t(k)]));
        p.drawText(QRectF(plot.left() + slot * k, plot.bottom(), slot, labelRow),
                   Qt::AlignHCenter | Qt::AlignVCenter, labels[std::size_t(k)]);
    }
    p.restore();
}

} // namespace dl::report
