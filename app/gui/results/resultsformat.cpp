// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsformat.h"
#include "stdtext.h"

#include "model/industry.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsFormat)
};

} // namespace

namespace ResultsFormat {

QColor levelColor(int level)
{
    // Grey for "not yet", then a warm-to-strong progression that stays distinct in greyscale
    // print-outs as well.
    static const QColor colors[] = {QColor(0x75, 0x75, 0x75), QColor(0xef, 0x8a, 0x17),
                                    QColor(0x2b, 0x8c, 0xbe), QColor(0x1a, 0x7f, 0x37),
                                    QColor(0x5e, 0x35, 0xb1)};
    return colors[std::clamp(level, 0, 4)];
}

QColor ratingColor(int rating)
{
    // ColorBrewer "Blues", five sequential steps: ordered, and readable for colour-blind users.
    static const QColor colors[] = {QColor(0xf0, 0xf0, 0xf0), QColor(0xc6, 0xdb, 0xef),
                                    QColor(0x6b, 0xae, 0xd6), QColor(0x21, 0x71, 0xb5),
                                    QColor(0x08, 0x30, 0x6b)};
    if (rating < 0)
        return QColor(Qt::white);
    return colors[std::min(rating, 4)];
}

QColor textColorOn(const QColor &background)
{
    return background.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21);
}

QColor gainColor()
{
    return QColor(0x1a, 0x7f, 0x37);
}

QColor lossColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QString statusText(dl::AssessmentStatus status)
{
    switch (status) {
    case dl::AssessmentStatus::Draft:
        return Tr::tr("Draft");
    case dl::AssessmentStatus::Submitted:
        return Tr::tr("Submitted");
    case dl::AssessmentStatus::Verified:
        return Tr::tr("Verified by assessor");
    }
    return {};
}

QString modeText(const std::string &mode)
{
    if (mode == "onsite")
        return Tr::tr("On-site diagnosis");
    if (mode == "self")
        return Tr::tr("Self-assessment");
    return qs(mode);
}

QString layerText(const std::string &layer)
{
    return layer == "verified" ? Tr::tr("Verified view") : Tr::tr("Self-assessed answers");
}

QString srdiText(dl::SrdiStatus srdi)
{
    switch (srdi) {
    case dl::SrdiStatus::None:
        return Tr::tr("None");
    case dl::SrdiStatus::Innovative:
        return Tr::tr("Innovative SME (创新型中小企业)");
    case dl::SrdiStatus::Provincial:
        return Tr::tr("Provincial specialised SME (省级专精特新)");
    case dl::SrdiStatus::LittleGiant:
        return Tr::tr("Little giant (专精特新“小巨人”)");
    }
    return {};
}

QString sizeClassText(const std::string &size)
{
    if (size == "large")
        return Tr::tr("Large");
    if (size == "medium")
        return Tr::tr("Medium");
    if (size == "small")
        return Tr::tr("Small");
    if (size == "micro")
        return Tr::tr("Micro");
    return Tr::tr("Unknown");
}

QString industryText(const std::string &code, dl::Lang lang)
{
    const dl::IndustryTable &table = dl::IndustryTable::gbt4754();
    const auto parsed = table.parse(code);
    if (!parsed)
        return qs(code);
    const dl::IndustryEntry *entry =
        table.find(parsed->division.empty() ? parsed->section : parsed->division);
    return entry ? QStringLiteral("%1 %2").arg(qs(code), qs(entry->name.get(lang))) : qs(code);
}

QString score(const dl::Rational &r)
{
    return qs(r.toString());
}

QString signedScore(const dl::Rational &r)
{
    return (r.isNegative() ? QString() : QStringLiteral("+")) + score(r);
}

QString scoreOf(const dl::Rational &r, const dl::Rational &max)
{
    return QStringLiteral("%1 / %2").arg(score(r), score(max));
}

QDateTime storedTime(const std::string &iso)
{
    QDateTime t = QDateTime::fromString(qs(iso), Qt::ISODate);
    return t.isValid() ? t.toLocalTime() : t;
}

QString storedDate(const std::string &iso)
{
    const QDateTime t = storedTime(iso);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd")) : qs(iso);
}

} // namespace ResultsFormat
