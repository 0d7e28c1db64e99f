// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTranslator>

#include <set>
#include <string>

// The Chinese text straight from translations/zh_CN.tsv and zh_CN.d/*.tsv, so that screenshot
// tests show strings added since the .ts files were last regenerated.
class TsvTranslator : public QTranslator
{
public:
    TsvTranslator()
    {
        QDir dir(QStringLiteral(DIGILEVEL_SOURCE_DIR "/translations"));
        QStringList files = {dir.filePath(QStringLiteral("zh_CN.tsv"))};
        for (const QString &f : QDir(dir.filePath(QStringLiteral("zh_CN.d")))
                                    .entryList({QStringLiteral("*.tsv")}, QDir::Files))
            files << dir.filePath(QStringLiteral("zh_CN.d/") + f);
        for (const QString &path : files) {
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
                const QStringList parts = line.split(QLatin1Char('\t'));
                if (parts.size() == 2 && !line.startsWith(QLatin1Char('#')))
                    m_table.insert(
                        QString(parts[0]).replace(QStringLiteral("\\n"), QStringLiteral("\n")),
                        QString(parts[1]).replace(QStringLiteral("\\n"), QStringLiteral("\n")));
            }
        }
    }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        const auto it = m_table.constFind(text);
        if (it != m_table.constEnd())
            return *it;
        m_missing.insert(std::string(context) + ": " + source);
        return {};
    }
    bool isEmpty() const override { return false; }

    // "Context: source" of every text asked for that no table translates.
    const std::set<std::string> &missing() const { return m_missing; }

private:
    QHash<QString, QString> m_table;
    mutable std::set<std::string> m_missing;
};
