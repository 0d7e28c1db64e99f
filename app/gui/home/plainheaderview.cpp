// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainheaderview.h"

#include <QStyleOptionHeaderV2>

PlainHeaderView::PlainHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setHighlightSections(false);
}

QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model() || highlightSections())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    // As QHeaderView does it, but in the header's own font.
    ensurePolished();
    const QVariant hint = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (hint.isValid())
        return hint.toSize();
    QStyleOptionHeaderV2 option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics =
        QFontMetrics(font.canConvert<QFont>() ? font.value<QFont>() : this->font());
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration =
        model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}
