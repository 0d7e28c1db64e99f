// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace dl::report {

struct RadarSeries
{
    std::vector<double> values; // one per axis, 0..1 of the axis maximum
    QColor color;
    bool filled = true; // filled translucent; false: a dashed outline
    QString label;
};

// A radar (spider) chart drawn as vectors: rings at 20 % steps, one axis per label, each series a
// polygon, and a legend under the chart when there is more than one series.
void drawRadar(QPainter &painter,
               const QRectF &rect,
               const std::vector<QString> &axes,
               const std::vector<RadarSeries> &series,
               const QFont &font);

// A bar chart: one bar per label with its value above it, scaled to the largest value; labels
// under the bars. Used for the portfolio's level distribution.
void drawBars(QPainter &painter,
              const QRectF &rect,
              const std::vector<QString> &labels,
              const std::vector<int> &values,
              const std::vector<QColor> &colours,
              const QFont &font);

// A QR code of `text` (libqrencode, error correction level M) drawn as filled squares with a quiet
// zone, as large as fits in `rect`. False when the text cannot be encoded.
bool drawQrCode(QPainter &painter, const QRectF &rect, const QByteArray &text);

} // namespace dl::report
