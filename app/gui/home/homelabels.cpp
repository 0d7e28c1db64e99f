// SPDX-License-Identifier: GPL-3.0-or-later
#include "homelabels.h"

#include "model/industry.h"

#include <QDateTime>

QString HomeLabels::sizeClass(const std::string &key)
{
    if (key == "large")
        return tr("Large");
    if (key == "medium")
        return tr("Medium");
    if (key == "small")
        return tr("Small");
    if (key == "micro")
        return tr("Micro");
    return {};
}

QString HomeLabels::srdi(const std::string &key, bool noneText)
{
    if (key == "innovative")
        return tr("Innovative SME");
    if (key == "provincial")
        return tr("Specialised and innovative SME");
    if (key == "little-giant")
        return tr("Little giant");
    return noneText ? tr("None") : QString();
}

QString HomeLabels::status(const std::string &key)
{
    if (key == "draft")
        return tr("Draft");
    if (key == "submitted")
        return tr("Submitted");
    if (key == "verified")
        return tr("Verified on site");
    return tr("No assessment");
}

QString HomeLabels::mode(const std::string &key)
{
    return key == "onsite" ? tr("On-site assessment") : tr("Self-assessment");
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
