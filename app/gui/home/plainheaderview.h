// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

// A header that never highlights its sections, and so measures its labels in the font it draws
// them in. QHeaderView measures every label in bold in case it is highlighted; on the home page
// that loaded the bold faces of two fonts (Latin and CJK) before the first paint, for text that
// is never drawn bold.
class PlainHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit PlainHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};
