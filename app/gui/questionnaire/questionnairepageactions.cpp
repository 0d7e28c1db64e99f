// SPDX-License-Identifier: GPL-3.0-or-later
// QuestionnairePage, continued: keyboard, navigation between questions and storing answers.
#include "errordialog.h"
#include "questionnairepage.h"
#include "stdtext.h"

#include "answereditor.h"
#include "appsession.h"
#include "evidencepanel.h"
#include "questionnairetreemodel.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextEdit>
#include <QTimer>

void QuestionnairePage::buildShortcuts()
{
    auto add = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)})
        add(k, [this] { step(+1); });
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)})
        add(k, [this] { step(-1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_U), [this] { nextUnanswered(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { sameAsSelf(); });
    // Plain digits: a text field takes them first (it accepts the shortcut override for
    // printable keys), so they only pick options when the focus is elsewhere.
    for (int d = 0; d <= 9; ++d) {
        add(QKeySequence(Qt::Key_0 + d), [this, d] { pickDigit(d); });
        add(QKeySequence(Qt::KeypadModifier | (Qt::Key_0 + d)), [this, d] { pickDigit(d); });
    }
    m_next->setToolTip(tr("Next question (Ctrl+PgDown, Alt+Right)"));
    m_previous->setToolTip(tr("Previous question (Ctrl+PgUp, Alt+Left)"));
    m_nextOpen->setToolTip(tr("The next question still open (Ctrl+U)"));
    m_same->setToolTip(tr("Take the enterprise's answer as verified (Ctrl+Shift+V)"));
}

void QuestionnairePage::step(int direction)
{
    if (!m_data)
        return;
    const int n = int(m_data->entries().size());
    for (int e = m_entry + direction; e >= 0 && e < n; e += direction) {
        if (m_data->enabled(e)) {
            m_status->clear();
            showEntry(e, true);
            return;
        }
    }
    say(direction > 0 ? tr("This is the last question.") : tr("This is the first question."));
}

void QuestionnairePage::nextUnanswered()
{
    if (!m_data)
        return;
    const int n = int(m_data->entries().size());
    flush();
    for (int k = 1; k <= n; ++k) {
        const int e = (m_entry + k) % n;
        if (m_data->enabled(e) && !m_data->answered(e, layer())) {
            m_status->clear();
            showEntry(e, true);
            return;
        }
    }
    say(m_verify ? tr("Every question is verified.") : tr("Every question is answered."));
}

void QuestionnairePage::pickDigit(int digit)
{
    QWidget *focus = focusWidget();
    // A text field keeps its digits (should the shortcut ever fire there).
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus) ||
        qobject_cast<QTextEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus))
        return;
    if (m_editor && m_editor->isEnabled())
        m_editor->pick(digit);
}

void QuestionnairePage::store(dl::AnswerKind kind, const QString &key, const QString &value)
{
    if (!m_data)
        return;
    afterWrite(m_data->setValue(layer(), kind, ss(key), ss(value), ss(m_session.userName())));
}

void QuestionnairePage::sameAsSelf()
{
    if (!m_data || !m_verify || m_entry < 0 || !m_data->enabled(m_entry))
        return;
    flush();
    bool copied = false;
    const auto errors = m_data->copySelfToVerified(m_entry, ss(m_session.userName()), copied);
    if (errors.empty() && !copied)
        say(tr("The enterprise has not answered this question; there is nothing to copy."));
    afterWrite(errors);
}

void QuestionnairePage::clearAnswer()
{
    if (!m_data || m_entry < 0)
        return;
    const auto &en = m_data->entries()[m_entry];
    store(m_data->kindOf(m_entry), qs(en.id), QString());
}

void QuestionnairePage::confirmAnswers(const QStringList &keys)
{
    if (!m_data || keys.isEmpty())
        return;
    flush();
    std::vector<std::string> ids;
    for (const QString &k : keys)
        ids.push_back(ss(k));
    const auto errors = m_data->confirm(layer(), ids, ss(m_session.userName()));
    if (errors.empty())
        say(tr("Confirmed: the value is kept."));
    afterWrite(errors);
}

void QuestionnairePage::afterWrite(const dl::Diagnostics &errors)
{
    if (!errors.empty())
        showErrors(this, tr("Could not store the answer"), errors);
    if (!m_data)
        return;
    refreshViews();
    m_writing = true;
    m_session.notifyAssessmentChanged(m_data->id());
    m_writing = false;
}

void QuestionnairePage::assessmentChanged(qint64 id)
{
    // Another screen (an import, a merge) changed this assessment: show its answers now.
    if (m_writing || !m_data || id != m_data->id())
        return;
    if (auto errors = m_data->reload(); !errors.empty())
        showErrors(this, tr("Could not reload the assessment"), errors);
    refreshViews();
}

void QuestionnairePage::refreshViews()
{
    if (m_editor)
        m_editor->refresh();
    m_panel->refresh();
    m_treeModel->refresh();
    updateHeader();
    updateEntry();
}

void QuestionnairePage::say(const QString &message)
{
    m_status->setText(message);
    QTimer::singleShot(6000, m_status, [label = m_status, message] {
        if (label->text() == message)
            label->clear();
    });
}
