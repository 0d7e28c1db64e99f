// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "scoring/planlocks.h"

#include <QWidget>

#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QGridLayout;

// A "Not in our plans" check box beside every enabled item and scenario: what an enterprise will
// not change (it will not double its spending) is ticked, and the what-if plans leave it alone.
// Each box is named "lock-<id>"; a user's tick emits locksChanged(), and the page stores the
// locks and plans again.
class PlanLocksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanLocksPanel(QWidget *parent = nullptr);

    // Shows the model's enabled items and scenarios with `locks` ticked. The boxes are made again
    // only when these or the language change, so that a box can be ticked while its own signal
    // plans again.
    void setLocks(const dl::Model &model, const dl::PlanLocks &locks, dl::Lang lang);
    // The ids ticked, items first, in the model's order.
    std::vector<std::string> lockedIds() const;

signals:
    void locksChanged();

private:
    void rebuild(const dl::Model &model, dl::Lang lang);

    QGridLayout *m_grid = nullptr;
    std::string m_shown; // the model, language and enabled items and scenarios the boxes show
    std::vector<std::pair<std::string, QCheckBox *>> m_boxes;
};
