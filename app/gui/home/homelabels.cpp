// SPDX-License-Identifier: GPL-3.0-or-later
#include "homelabels.h"

#include "enterprise/recordlabels.h"
#include "enterprise/records.h"
#include "model/industry.h"

#include <QDateTime>

QString HomeLabels::sizeClass(dl::SizeClass size, dl::Lang lang)
{
    return QString::fromStdString(dl::label(size, lang));
}

QString HomeLabels::srdi(dl::SrdiStatus srdi, dl::Lang lang, bool noneText)
{
    if (srdi == dl::SrdiStatus::None && !noneText)
        return {};
    return QString::fromStdString(dl::label(srdi, lang));
}

QString HomeLabels::status(std::optional<dl::AssessmentStatus> status, dl::Lang lang)
{
    if (!status)
        return tr("No assessment");
    return QString::fromStdString(dl::label(*status, lang));
}

QString HomeLabels::mode(dl::AssessmentMode mode, dl::Lang lang)
{
    return QString::fromStdString(dl::label(mode, lang));
}

QString HomeLabels::industryName(const std::string &code, dl::Lang lang)
{
    const dl::IndustryTable &table = dl::IndustryTable::gbt4754();
    const auto parsed = table.parse(code);
    if (!parsed)
        return {};
    const dl::IndustryEntry *entry =
        table.find(parsed->division.empty() ? parsed->section : parsed->division);
    return entry ? QString::fromStdString(entry->name.get(lang)) : QString();
}

QString HomeLabels::industry(const std::string &code, dl::Lang lang)
{
    const QString name = industryName(code, lang);
    const QString c = QString::fromStdString(code);
    return name.isEmpty() ? c : c + QLatin1Char(' ') + name;
}

QString HomeLabels::localTime(const std::string &iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString::fromStdString(iso);
}
