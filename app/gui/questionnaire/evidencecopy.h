// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// An attached evidence file written out for the desktop to open. Its stored name and content
// came from whoever made the bundle, so neither chooses where the copy goes nor whether it runs:
// the copy gets a fresh folder of its own and a cleaned name, is checked to lie inside that
// folder, is never executable, and a file that could run (a program, a script, a .desktop
// launcher) is shown in its folder instead of being opened.
struct EvidenceCopy
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCopy)

public:
    // The stored name as a file name that cannot leave its folder: the part after the last / or
    // \, without control and text-direction characters, without leading dots and spaces, at
    // most 120 bytes of UTF-8 (the extension kept); "evidence" when nothing is left.
    static QString safeFileName(const QString &storedName);

    // Whether opening the file could run something, judged by its name and its first bytes:
    // executables (ELF, PE "MZ", Mach-O), scripts ("#!" or an extension such as .sh, .py,
    // .bat, .ps1, .js, .jar), desktop launchers, installers and packages (.exe, .msi, .AppImage,
    // .deb...). Such a file is shown in its folder, never opened.
    static bool mayRun(const QString &fileName, QByteArrayView head);
    // mayRun for a file on disk (its name and first 4 KiB); true when it cannot be read.
    static bool mayRun(const QString &path);

    // Whether `path`, with every symbolic link resolved, lies strictly inside the folder `root`.
    static bool isInside(const QString &root, const QString &path);

    // Writes `content` under `root` as <root>/<random folder>/<safeFileName(storedName)>,
    // readable and writable by the user alone. Returns the file's path, or "" with `error` set.
    static QString
    write(const QString &root, const QString &storedName, QByteArrayView content, QString *error);
};
