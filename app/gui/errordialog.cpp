// SPDX-License-Identifier: GPL-3.0-or-later
#include "errordialog.h"

#include "stdtext.h"
#include "uilanguage.h"

#include <QMessageBox>
#include <QStringList>

QString errorText(const dl::Diagnostics &errors)
{
    QStringList lines;
    for (const dl::Diagnostic &d : errors)
        lines << qs(d.describe(UiLanguage::current()));
    return lines.join(QLatin1Char('\n'));
}

void showErrors(QWidget *parent, const QString &what, const dl::Diagnostics &errors)
{
    QMessageBox box(QMessageBox::Warning, what, what, QMessageBox::Ok, parent);
    box.setInformativeText(errorText(errors));
    box.exec();
}
