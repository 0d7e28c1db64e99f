// SPDX-License-Identifier: GPL-3.0-or-later
#include "homelabels.h"

#include "model/industry.h"

#include <QDateTime>

QString HomeLabels::sizeClass(dl::SizeClass size)
{
    switch (size) {
    case dl::SizeClass::Large:
        return tr("Large");
    case dl::SizeClass::Medium:
        return tr("Medium");
    case dl::SizeClass::Small:
        return tr("Small");
    case dl::SizeClass::Micro:
        return tr("Micro");
    case dl::SizeClass::Unknown:
        break;
    }
    return {};
}

QString HomeLabels::srdi(dl::SrdiStatus srdi, bool noneText)
{
    switch (srdi) {
    case dl::SrdiStatus::Innovative:
        return tr("Innovative SME");
    case dl::SrdiStatus::Provincial:
        return tr("Specialised and innovative SME");
    case dl::SrdiStatus::LittleGiant:
        return tr("Little giant");
    case dl::SrdiStatus::None:
        break;
    }
    return noneText ? tr("None") : QString();
}

QString HomeLabels::status(std::optional<dl::AssessmentStatus> status)
{
    if (!status)
        return tr("No assessment");
    switch (*status) {
    case dl::AssessmentStatus::Draft:
        return tr("Draft");
    case dl::AssessmentStatus::Submitted:
        return tr("Submitted");
    case dl::AssessmentStatus::Verified:
        return tr("Verified on site");
    }
    return {};
}

QString HomeLabels::mode(dl::AssessmentMode mode)
{
    return mode == dl::AssessmentMode::Onsite ? tr("On-site assessment") : tr("Self-assessment");
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
