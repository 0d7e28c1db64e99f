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

QString modeText(dl::AssessmentMode mode)
{
    return mode == dl::AssessmentMode::Onsite ? Tr::tr("On-site diagnosis")
                                              : Tr::tr("Self-assessment");
}

QString layerText(dl::Layer layer)
{
    return layer == dl::Layer::Verified ? Tr::tr("Verified view") : Tr::tr("Self-assessed answers");
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

QString sizeClassText(dl::SizeClass size)
{
    switch (size) {
    case dl::SizeClass::Large:
        return Tr::tr("Large");
    case dl::SizeClass::Medium:
        return Tr::tr("Medium");
    case dl::SizeClass::Small:
        return Tr::tr("Small");
    case dl::SizeClass::Micro:
        return Tr::tr("Micro");
    case dl::SizeClass::Unknown:
        break;
    }
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
