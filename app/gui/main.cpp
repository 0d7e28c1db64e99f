// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DigiLevel"));
    QApplication::setOrganizationName(QStringLiteral("DigiLevel"));
    QApplication::setApplicationVersion(QStringLiteral(DIGILEVEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("digilevel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/digilevel.svg")));

    // Chinese is the primary language; English when the system asks for it.
    const bool english = QLocale().language() == QLocale::English;
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/digilevel_%1")
                            .arg(english ? QStringLiteral("en") : QStringLiteral("zh_CN"))))
        QApplication::installTranslator(&translator);

    MainWindow window(english ? dl::Lang::En : dl::Lang::ZhCN);
    window.show();
    return QApplication::exec();
}
