// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "model/model.h"
#include "store/store.h"

#include <QColor>
#include <QDateTime>
#include <QString>

// Shared by the results dashboard and the history: colours, and the translated words for stored
// keys. Scores are always shown through Rational::toString, never through a double.
namespace ResultsFormat {

// The badge colour of an official level 0..4 (0: not yet level 1).
QColor levelColor(int level);
// The scenario grid's five-step palette for ratings 0..4 (light to dark); -1 unanswered.
QColor ratingColor(int rating);
// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor &background);

// Gains green, losses red (the comparison and the what-if points).
QColor gainColor();
QColor lossColor();

QString statusText(dl::AssessmentStatus status);
QString modeText(dl::AssessmentMode mode);
QString layerText(dl::Layer layer);
QString srdiText(dl::SrdiStatus srdi); // 专精特新 status
QString sizeClassText(dl::SizeClass size);
QString industryText(const std::string &code, dl::Lang lang); // "C34 通用设备制造业"

QString score(const dl::Rational &r);                            // "57.5"
QString signedScore(const dl::Rational &r);                      // "+2.5", "-1", "+0"
QString scoreOf(const dl::Rational &r, const dl::Rational &max); // "57.5 / 100"

// The store's UTC timestamps ("2026-11-27T01:02:03Z"), in local time.
QDateTime storedTime(const std::string &iso);
QString storedDate(const std::string &iso); // "2026-11-27"

} // namespace ResultsFormat
