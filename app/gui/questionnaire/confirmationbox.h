// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnairedata.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

// Above a question's controls when an upgrade copied its answer (or a figure it is answered
// through) for the user to check: "Needs confirmation", each value with the note of the rule
// that says what changed, and a Confirm button that keeps the values. Changing a value ends the
// wait too. Hidden when nothing on the page waits.
//
// Object names: needs-confirmation (the frame), confirmation-text, confirm-answer (the button).
class ConfirmationBox : public QFrame
{
    Q_OBJECT

public:
    explicit ConfirmationBox(QWidget *parent = nullptr);

    // What entry e waits for in layer l; nothing (and hidden) without data.
    void setEntry(const QuestionnaireData *data,
                  int entry,
                  QuestionnaireData::Layer layer,
                  dl::Lang lang);
    QPushButton *button() const { return m_confirm; }

signals:
    // The user keeps these values (figure, item or scenario ids).
    void confirmRequested(const QStringList &keys);

private:
    QLabel *m_text;
    QPushButton *m_confirm;
    QStringList m_keys;
};
