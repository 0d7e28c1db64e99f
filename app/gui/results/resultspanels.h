// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/upgrade.h"
#include "scoring/evaluation.h"
#include "store/store.h"

#include <QString>
#include <qnamespace.h>

class QTreeWidget;

// The text parts of the dashboard, built from an evaluation in the session language. The
// sentences about conditions and changes come from core/scoring/textreport.h, so the dashboard, the
// command line and the reports say the same thing.
namespace ResultsPanels {

// "Why this level and what blocks the next": the achieved level's conditions, the next level's
// conditions met or missing, and the unanswered questions (rich text).
QString explanationHtml(const dl::Evaluation &e, dl::Lang lang);

// 专精特新 enterprises are to reach level 2 or higher under the 2025–2027 SME digital
// empowerment plan.
constexpr int kSrdiTargetLevel = 2;
struct PlanTarget
{
    bool applies = false; // the enterprise is 专精特新 (any SRDI status)
    bool reached = false;
    QString html;
};
PlanTarget planTarget(const dl::Evaluation &e,
                      const dl::AnswerSet &answers,
                      const dl::Enterprise &enterprise,
                      dl::Lang lang);

// The what-if plans, cheapest first: one top-level row per plan (steps, points, target level)
// with one child per change. Column 0 the text, column 1 the base points gained; a change that
// is a large investment (大额投入) is marked, with `true` in kLargeInvestmentRole. Without plans
// one row says why (the next level unreachable, or only by changing what is locked). The tree's
// "status" property holds the key of the evaluation's PlanStatus.
constexpr int kLargeInvestmentRole = Qt::UserRole + 1;
void fillWhatIf(QTreeWidget *tree,
                const dl::Evaluation &e,
                const dl::AnswerSet &answers,
                dl::Lang lang);

// The answers an upgrade carried over that wait for confirmation, each with its rule's note;
// empty when none waits.
QString pendingHtml(const std::vector<dl::PendingConfirmation> &pending,
                    const dl::ModelSet &models,
                    dl::Lang lang);

// The DigiLevel industry additions, labelled as such; empty when none applies.
QString overlaysHtml(const dl::Evaluation &e, dl::Lang lang);

} // namespace ResultsPanels
