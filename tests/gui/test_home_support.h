// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the home-area tests (test_home*.cpp).
#pragma once

#include "guitestsupport.h"
#include "home/enterprisetablemodel.h"
#include "home/homepage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QString>
#include <QStringList>
#include <QTest>

// The home page reads the enterprise list in the background after it is made: waits until the
// rows are in (false after 10 s).
inline bool waitForList(const HomePage &page)
{
    return QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 10'000);
}

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

// The display text of one column, top to bottom.
inline QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, column).data().toString();
    return out;
}

// Types into a line edit: ASCII as key presses, anything else as an input method commits it
// (QTest cannot press keys for Chinese characters).
inline void typeText(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(edit, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(edit, &commit);
        }
    }
}
