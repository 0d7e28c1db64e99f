// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the questionnaire tests: find controls by object name, go to a question the
// way a user would (through the navigation tree), read back what the store holds.
#pragma once

#include "guitestsupport.h"
#include "questionnaire/questionnairepage.h"
#include "questionnaire/questionnairetreemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QApplication>
#include <QTest>
#include <QTreeView>

namespace qtest {

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *c = parent.findChild<T *>(name);
    INFO("object name: " << name.toStdString());
    REQUIRE(c);
    return c;
}

inline QModelIndex
findQuestion(const QAbstractItemModel &m, const QString &id, const QModelIndex &parent = {})
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (i.data(QuestionnaireTreeModel::IdRole).toString() == id)
            return i;
        if (const QModelIndex found = findQuestion(m, id, i); found.isValid())
            return found;
    }
    return {};
}

// Selects the question in the navigation tree, as a click would.
inline void goTo(QuestionnairePage &page, const QString &id)
{
    auto *tree = child<QTreeView>(page, QStringLiteral("navigation"));
    const QModelIndex i = findQuestion(*tree->model(), id);
    INFO("question: " << id.toStdString());
    REQUIRE(i.isValid());
    tree->setCurrentIndex(i);
    REQUIRE(page.currentQuestion() == id);
}

// The stored value (or note) of one answer; "" when there is none.
inline std::string stored(TestSession &t,
                          qint64 assessment,
                          const std::string &layer,
                          const std::string &kind,
                          const std::string &key,
                          bool note = false)
{
    auto answers = t.session->store().answers(assessment);
    REQUIRE(answers.ok());
    for (const dl::StoredAnswer &a : *answers) {
        if (dl::key(a.layer) == layer && dl::key(a.kind) == kind && a.key == key)
            return note ? a.note : a.value;
    }
    return {};
}

inline void activate(QWidget &w)
{
    w.resize(1280, 820);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// A key press on `w` with the focus there, as the user would have it.
inline void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(w);
    w->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(w, key, modifiers);
}

inline void click(QWidget &page, const QString &name)
{
    QWidget *w = child<QWidget>(page, name);
    QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, QPoint(8, w->height() / 2));
}

// Key presses carrying any text (QTest::keyClicks() knows ASCII only).
inline void typeText(QWidget *w, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Types into a figure field and leaves it with Tab, as a user would.
inline void typeFigure(QWidget &page, const QString &figure, const QString &text)
{
    auto *edit = child<QWidget>(page, QStringLiteral("figure-") + figure);
    edit->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace qtest
