// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "scoring/answers.h"

#include <QWidget>

class QGridLayout;

// Every scenario as a cell coloured by its rating 0-4, grouped by scenario group, constrained
// scenarios marked ★, with a legend. Each cell is a QLabel named "scenario-<id>" with the
// properties "rating" (-1 unanswered) and "constrained", so tests and style sheets can find it.
class ScenarioGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioGrid(QWidget *parent = nullptr);

    void setScenarios(const dl::Model &model, const dl::AnswerSet &answers, dl::Lang lang);

private:
    QWidget *legend();

    QWidget *m_cells = nullptr;
};
