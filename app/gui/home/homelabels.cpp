// SPDX-License-Identifier: GPL-3.0-or-later
#include "homelabels.h"

#include "enterprise/recordlabels.h"
#include "enterprise/records.h"
#include "model/industry.h"

#include <QDateTime>

QString HomeLabels::sizeClass(const std::string &key, dl::Lang lang)
{
    return QString::fromStdString(dl::sizeClassLabel(key, lang));
}

QString HomeLabels::srdi(const std::string &key, dl::Lang lang, bool noneText)
{
    if (dl::parseSrdi(key).value_or(dl::SrdiStatus::None) == dl::SrdiStatus::None)
        return noneText
                   ? QString::fromStdString(dl::srdiLabel(dl::srdiKey(dl::SrdiStatus::None), lang))
                   : QString();
    return QString::fromStdString(dl::srdiLabel(key, lang));
}

QString HomeLabels::status(const std::string &key, dl::Lang lang)
{
    if (key.empty())
        return tr("No assessment");
    return QString::fromStdString(dl::statusLabel(key, lang));
}

QString HomeLabels::mode(const std::string &key, dl::Lang lang)
{
    return QString::fromStdString(dl::modeLabel(key, lang));
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
