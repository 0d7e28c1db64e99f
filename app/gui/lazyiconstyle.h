// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// The application's style, except that the overflow ("extension") buttons of menu bars and
// toolbars get their icon only when it is first drawn. The style loads that icon from an image
// file at once, and the first image read loads every image-format plugin Qt has (and QtSvg,
// libjpeg): milliseconds before the first paint, for a button that shows only when a window is
// too narrow for its menu bar.
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // styleKey: as for QStyleFactory::create; the platform's default style when empty.
    explicit LazyIconStyle(const QString &styleKey);

    QIcon standardIcon(StandardPixmap icon,
                       const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
