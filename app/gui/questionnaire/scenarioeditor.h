// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answereditor.h"

class QBoxLayout;
class QButtonGroup;
class QFrame;
class QRadioButton;

// A scenario rated 0-4: five cards side by side, "not reached" and levels 1 to 4, each with the
// model's description of what an enterprise does at that level. A click anywhere on a card, the
// arrow keys between the cards' buttons or the digits 0-4 choose it.
class ScenarioEditor : public AnswerEditor
{
    Q_OBJECT

public:
    ScenarioEditor(QuestionnaireData &data,
                   int entry,
                   QuestionnaireData::Layer layer,
                   bool compare,
                   dl::Lang lang,
                   QWidget *parent);

    void refresh() override;
    bool pick(int digit) override;
    QList<QWidget *> focusChain() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_row = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QFrame *> m_cards;
    QList<QRadioButton *> m_buttons;
    QList<QLabel *> m_selfBadges;
};
