// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencecopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace {

constexpr qsizetype kMaxNameBytes = 120;
constexpr qsizetype kHeadBytes = 4096;

// Extensions that a desktop runs, installs or hands to an interpreter rather than shows.
const QSet<QString> &runnableExtensions()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *e :
             {// launchers and packages
              "desktop", "kdelnk", "appimage", "flatpak", "flatpakref", "snap", "deb", "rpm", "apk",
              "run", "bin", "out", "elf", "so", "ko", "dylib", "app", "pkg", "dmg", "command",
              "tool", "workflow", "action",
              // Windows
              "exe", "com", "scr", "pif", "cpl", "dll", "sys", "msi", "msp", "mst", "msc", "appx",
              "msix", "bat", "cmd", "lnk", "reg", "scf", "inf", "url", "hta", "chm", "gadget",
              "application",
              // scripts
              "sh", "bash", "zsh", "ksh", "csh", "tcsh", "fish", "py", "pyc", "pyo", "pyw", "pyz",
              "pl", "pm", "rb", "php", "lua", "tcl", "awk", "ps1", "psm1", "psd1", "ps1xml", "js",
              "mjs", "cjs", "jse", "vbs", "vbe", "wsf", "wsh", "ws", "jar", "jnlp", "class"})
            s.insert(QLatin1String(e));
        return s;
    }();
    return set;
}

// MIME types (and what they inherit from) that mean "runs": the shared MIME database files
// scripts under application/x-executable too.
bool runnableMime(const QString &fileName, QByteArrayView head)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, head.toByteArray());
    for (const char *name : {"application/x-executable",
                             "application/x-pie-executable",
                             "application/x-sharedlib",
                             "application/x-shellscript",
                             "application/x-desktop",
                             "application/x-ms-dos-executable",
                             "application/x-msdownload",
                             "application/vnd.microsoft.portable-executable",
                             "application/x-msi",
                             "application/x-ms-shortcut",
                             "application/java-archive",
                             "application/x-java-archive",
                             "application/vnd.appimage",
                             "application/x-appimage",
                             "application/x-perl",
                             "text/x-python",
                             "text/x-python3",
                             "application/x-ruby",
                             "application/x-php",
                             "application/javascript",
                             "text/javascript",
                             "application/x-csh",
                             "text/x-tcl"}) {
        if (type.inherits(QLatin1String(name)))
            return true;
    }
    return false;
}

bool runnableContent(QByteArrayView head)
{
    static const QByteArrayView magics[] = {
        "\x7f"
        "ELF",                                      // Linux and most Unix programs, AppImage
        "MZ",                                       // Windows programs and libraries
        "#!",                                       // any script with an interpreter line
        QByteArrayView("\xfe\xed\xfa\xce", 4),      // Mach-O
        QByteArrayView("\xfe\xed\xfa\xcf", 4),      //
        QByteArrayView("\xce\xfa\xed\xfe", 4),      //
        QByteArrayView("\xcf\xfa\xed\xfe", 4),      //
        QByteArrayView("\xca\xfe\xba\xbe", 4),      // Mach-O universal, Java class
        QByteArrayView("L\0\0\0\x01\x14\x02\0", 8), // Windows shortcut
    };
    for (QByteArrayView m : magics)
        if (head.startsWith(m))
            return true;
    // A launcher's group header may follow comments and blank lines.
    return head.toByteArray().contains("[Desktop Entry]");
}

bool dropped(QChar::Category c)
{
    return c == QChar::Other_Control || c == QChar::Other_Format || c == QChar::Separator_Line ||
           c == QChar::Separator_Paragraph;
}

} // namespace

QString EvidenceCopy::safeFileName(const QString &storedName)
{
    const qsizetype slash = std::max(storedName.lastIndexOf(QLatin1Char('/')),
                                     storedName.lastIndexOf(QLatin1Char('\\')));
    QString name;
    for (char32_t c : QStringView(storedName).mid(slash + 1).toUcs4())
        if (!dropped(QChar::category(c)))
            name += QString::fromUcs4(&c, 1);
    // No hidden files, and no "." or "..".
    while (!name.isEmpty() && (name.front() == QLatin1Char('.') || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && name.back().isSpace())
        name.chop(1);
    if (name.toUtf8().size() > kMaxNameBytes) {
        // Cut the stem, keeping a short extension: a long name ending in .pdf stays a PDF.
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        const QString ext = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
        qsizetype room = kMaxNameBytes - ext.toUtf8().size();
        QString stem;
        for (char32_t c : QStringView(name).left(name.size() - ext.size()).toUcs4()) {
            room -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; // its UTF-8 length
            if (room < 0)
                break;
            stem += QString::fromUcs4(&c, 1);
        }
        name = stem + ext;
    }
    return name.isEmpty() ? QStringLiteral("evidence") : name;
}

bool EvidenceCopy::mayRun(const QString &fileName, QByteArrayView head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return runnableExtensions().contains(suffix) || runnableContent(head) ||
           runnableMime(fileName, head);
}

bool EvidenceCopy::mayRun(const QString &path)
{
    const QFileInfo info(path);
    if (info.isExecutable())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return mayRun(info.fileName(), file.read(kHeadBytes));
}

bool EvidenceCopy::isInside(const QString &root, const QString &path)
{
    const QString base = QFileInfo(root).canonicalFilePath();
    const QString real = QFileInfo(path).canonicalFilePath();
    return !base.isEmpty() && !real.isEmpty() && real.startsWith(base + QLatin1Char('/'));
}

QString EvidenceCopy::write(const QString &root,
                            const QString &storedName,
                            QByteArrayView content,
                            QString *error)
{
    QDir dir(root);
    // A fresh folder per copy: the stored uuid and name choose nothing, and two files of the
    // same name never meet.
    QString folder;
    for (int attempt = 0; attempt < 8 && folder.isEmpty(); ++attempt) {
        const QString name = QString::number(QRandomGenerator::system()->generate64(), 16);
        if (dir.mkdir(name, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            folder = dir.filePath(name);
    }
    if (folder.isEmpty() || !isInside(root, folder)) {
        *error = tr("Could not make a folder for the file in %1.").arg(root);
        return {};
    }
    const QString path = QDir(folder).filePath(safeFileName(storedName));
    QFile out(path);
    // NewOnly refuses a file (or a link planted) that is already there.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = tr("Could not write %1: %2").arg(path, out.errorString());
        return {};
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // never executable
    const bool written = out.write(content.data(), content.size()) == content.size();
    out.close();
    if (!written || !isInside(root, path)) {
        *error = tr("Could not write %1: %2").arg(path, out.errorString());
        QFile::remove(path);
        return {};
    }
    return path;
}
