// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets that stand in for Qt's own on the first screen to save start-up time
// (docs/benchmarks.md): each must behave as the one it replaces.
#include "home/actionrow.h"
#include "home/plainheaderview.h"
#include "lazyiconstyle.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

TEST_CASE("an action row has one flat text button per action, which follows its action",
          "[gui][startup]")
{
    ActionRow row;
    QAction open(QStringLiteral("打开"));
    QAction remove(QStringLiteral("删除"));
    QMenu menu;
    menu.addAction(QStringLiteral("全部"));
    remove.setMenu(&menu);
    row.addAction(&open);
    row.addSeparator();
    row.addStretch();
    row.addAction(&remove)->setPopupMode(QToolButton::MenuButtonPopup);
    row.show();

    QToolButton *openButton = row.buttonForAction(&open);
    QToolButton *removeButton = row.buttonForAction(&remove);
    REQUIRE(openButton);
    REQUIRE(removeButton);
    CHECK(openButton != removeButton);
    CHECK(row.buttonForAction(nullptr) == nullptr);
    CHECK(openButton->text() == QStringLiteral("打开"));
    CHECK(openButton->autoRaise());
    CHECK(openButton->toolButtonStyle() == Qt::ToolButtonTextOnly);
    CHECK(removeButton->defaultAction() == &remove); // its menu comes with it
    CHECK(removeButton->popupMode() == QToolButton::MenuButtonPopup);
    // Tab stays with the fields and the list.
    CHECK(openButton->focusPolicy() == Qt::NoFocus);
    // The separator and the stretch put the second button to the right of the first.
    CHECK(removeButton->x() > openButton->x() + openButton->width());

    int triggered = 0;
    QObject::connect(&open, &QAction::triggered, [&] { ++triggered; });
    QTest::mouseClick(openButton, Qt::LeftButton);
    CHECK(triggered == 1);
    open.setEnabled(false);
    CHECK_FALSE(openButton->isEnabled());
    QTest::mouseClick(openButton, Qt::LeftButton);
    CHECK(triggered == 1);
    open.setText(QStringLiteral("打开…"));
    CHECK(openButton->text() == QStringLiteral("打开…"));
}

TEST_CASE("a plain header measures its titles as QHeaderView does, in its own font",
          "[gui][startup]")
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("企业名称"), QStringLiteral("Level"), QStringLiteral("最近变更时间")});
    PlainHeaderView plain(Qt::Horizontal);
    QHeaderView qt(Qt::Horizontal);
    for (QHeaderView *header : {static_cast<QHeaderView *>(&plain), &qt}) {
        header->setModel(&model);
        header->setSortIndicatorShown(true);
    }
    CHECK_FALSE(plain.highlightSections());
    // QHeaderView measures in bold; with a bold font the two measure the same. In the plain
    // font the plain header is never wider and, for these titles, narrower somewhere.
    QFont bold = plain.font();
    bold.setBold(true);
    QHeaderView boldQt(Qt::Horizontal);
    boldQt.setModel(&model);
    boldQt.setSortIndicatorShown(true);
    PlainHeaderView boldPlain(Qt::Horizontal);
    boldPlain.setModel(&model);
    boldPlain.setSortIndicatorShown(true);
    boldPlain.setFont(bold);
    int narrower = 0;
    for (int section = 0; section < model.columnCount(); ++section) {
        CAPTURE(section);
        CHECK(boldPlain.sectionSizeHint(section) == boldQt.sectionSizeHint(section));
        CHECK(plain.sectionSizeHint(section) <= qt.sectionSizeHint(section));
        CHECK(plain.sectionSizeHint(section) > 0);
        narrower += plain.sectionSizeHint(section) < qt.sectionSizeHint(section) ? 1 : 0;
    }
    CHECK(narrower > 0);
    // A header that does highlight measures as QHeaderView does.
    plain.setHighlightSections(true);
    for (int section = 0; section < model.columnCount(); ++section)
        CHECK(plain.sectionSizeHint(section) == qt.sectionSizeHint(section));
}

TEST_CASE("the lazy icon style gives the overflow buttons the base style's icon when drawn",
          "[gui][startup]")
{
    LazyIconStyle style(QApplication::style()->name());
    for (const auto which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        CAPTURE(which);
        const QIcon lazy = style.standardIcon(which);
        const QIcon real = style.baseStyle()->standardIcon(which);
        REQUIRE_FALSE(real.isNull());
        CHECK_FALSE(lazy.isNull());
        const QSize size(16, 16);
        CHECK(lazy.actualSize(size) == real.actualSize(size));
        const QImage lazyImage = lazy.pixmap(size).toImage();
        CHECK_FALSE(lazyImage.isNull());
        CHECK(lazyImage == real.pixmap(size).toImage());
        // A copy made before the first drawing draws the same.
        const QIcon copy = style.standardIcon(which);
        QIcon detached = copy;
        CHECK(detached.pixmap(size).toImage() == lazyImage);
    }
    // Every other icon is the base style's own.
    CHECK(style.standardIcon(QStyle::SP_DialogOkButton).cacheKey() !=
          style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).cacheKey());
    CHECK(style.standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage() ==
          style.baseStyle()->standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage());
}
