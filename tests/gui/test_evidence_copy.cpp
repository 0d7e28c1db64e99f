// SPDX-License-Identifier: GPL-3.0-or-later
// Opening an evidence file (questionnaire/evidencecopy.h): the stored uuid and name, which may
// have come in a bundle, never choose where the copy is written, and a file that could run is
// shown in its folder instead of being opened.
#include "test_questionnaire_support.h"

#include "questionnaire/evidencecopy.h"
#include "questionnaire/evidencepanel.h"
#include "store/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace qtest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("an evidence file's stored name becomes a plain file name", "[gui][evidence]")
{
    struct Row
    {
        QString stored, safe;
    };
    const QString longStem(200, QLatin1Char('a'));
    const std::vector<Row> rows = {
        {QStringLiteral("排产计划.pdf"), QStringLiteral("排产计划.pdf")},
        {QStringLiteral("../../../../../tmp/escaped"), QStringLiteral("escaped")},
        {QStringLiteral("/etc/passwd"), QStringLiteral("passwd")},
        {QStringLiteral("..\\..\\Windows\\win.ini"), QStringLiteral("win.ini")},
        {QStringLiteral(".."), QStringLiteral("evidence")},
        {QStringLiteral("../"), QStringLiteral("evidence")},
        {QStringLiteral(".bashrc"), QStringLiteral("bashrc")},
        {QStringLiteral(" . hidden.txt "), QStringLiteral("hidden.txt")},
        {QStringLiteral("plan\n\r\t.pdf"), QStringLiteral("plan.pdf")},
        {QString::fromUtf8("invoice\u202Efdp.exe"), QStringLiteral("invoicefdp.exe")},
        {QString::fromUtf8("a\u200Bb\u2066c.txt"), QStringLiteral("abc.txt")},
        {QString(), QStringLiteral("evidence")},
        {longStem + QStringLiteral(".pdf"),
         QString(116, QLatin1Char('a')) + QStringLiteral(".pdf")},
        // Cut at a character, never inside one: 40 three-byte characters fit in 120 bytes.
        {QString(50, QChar(0x8BC1)), QString(40, QChar(0x8BC1))},
    };
    for (const Row &r : rows) {
        INFO(r.stored.toStdString());
        const QString safe = EvidenceCopy::safeFileName(r.stored);
        CHECK(safe == r.safe);
        CHECK(safe.toUtf8().size() <= 120);
        CHECK_FALSE(safe.contains(QLatin1Char('/')));
        CHECK_FALSE(safe.startsWith(QLatin1Char('.')));
    }
}

TEST_CASE("a file that could run is recognised by its name or its content", "[gui][evidence]")
{
    struct Row
    {
        const char *name;
        QByteArray head;
        bool runs;
    };
    const QByteArray elf("\x7f"
                         "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                         16);
    const std::vector<Row> rows = {
        {"scan.pdf", "%PDF-1.7\n", false},
        {"photo.jpg", QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10), false},
        {"notes.txt", "switch A -> switch B\n", false},
        {"figures.xlsx", QByteArray("PK\x03\x04\x14\0\x06\0", 8), false},
        {"plan.docx", QByteArray("PK\x03\x04\x14\0\x06\0", 8), false},
        // By name, whatever the content.
        {"evil.sh", "echo hi\n", true},
        {"install.desktop", "[Desktop Entry]\nExec=sh -c 'rm -rf ~'\n", true},
        {"setup.EXE", "MZ\x90\0", true},
        {"tool.AppImage", elf, true},
        {"macro.ps1", "Get-ChildItem\n", true},
        {"run.bat", "@echo off\n", true},
        {"lib.jar", QByteArray("PK\x03\x04", 4), true},
        {"package.msi", QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8), true},
        {"x.py", "print(1)\n", true},
        {"x.js", "alert(1)\n", true},
        {"x.vbs", "MsgBox 1\n", true},
        // By content, whatever the name.
        {"report.pdf", "#!/bin/sh\nrm -rf ~\n", true},
        {"report.pdf", "# comment\n\n[Desktop Entry]\nExec=x\n", true},
        {"report", elf, true},
        {"report.txt", "MZ\x90\0", true},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        CHECK(EvidenceCopy::mayRun(QString::fromLatin1(r.name), r.head) == r.runs);
    }
}

TEST_CASE("a copy goes into a fresh folder inside the temporary folder, never executable",
          "[gui][evidence]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    QTemporaryDir outside;
    REQUIRE(outside.isValid());
    const QByteArray bytes("#!/bin/sh\necho pwned\n");
    QStringList folders;
    for (const QString &stored :
         {QStringLiteral("../../../../../tmp/escaped"), QStringLiteral("/etc/passwd"),
          QStringLiteral(".."), QStringLiteral("evil.sh"), QStringLiteral("evil.sh")}) {
        INFO(stored.toStdString());
        QString error;
        const QString path = EvidenceCopy::write(root.path(), stored, bytes, &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(path.isEmpty());
        CHECK(EvidenceCopy::isInside(root.path(), path));
        const QFileInfo info(path);
        CHECK(info.fileName() == EvidenceCopy::safeFileName(stored));
        // Its own folder, one level down, made for this copy.
        CHECK(info.dir().canonicalPath() != QDir(root.path()).canonicalPath());
        CHECK(QFileInfo(info.absolutePath()).dir().canonicalPath() ==
              QDir(root.path()).canonicalPath());
        CHECK_FALSE(folders.contains(info.absolutePath()));
        folders << info.absolutePath();
        CHECK(readAll(path) == bytes);
        // The user's alone, and never executable.
        const QFile::Permissions none = QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup |
                                        QFile::ExeOther | QFile::ReadGroup | QFile::WriteGroup |
                                        QFile::ReadOther | QFile::WriteOther;
        CHECK((info.permissions() & none) == QFile::Permissions());
        CHECK(info.permissions().testFlag(QFile::ReadOwner));
        CHECK_FALSE(info.isExecutable());
        CHECK(EvidenceCopy::mayRun(path)); // "#!": shown in its folder, not run
    }
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/escaped")));

    // Containment resolves links: a link inside the folder that leads out of it is outside.
    const QString link = QDir(root.path()).filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(outside.path(), link));
    const QString planted = QDir(outside.path()).filePath(QStringLiteral("file"));
    {
        QFile f(planted);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    CHECK_FALSE(EvidenceCopy::isInside(root.path(),
                                       QDir(root.path()).filePath(QStringLiteral("link/file"))));
    CHECK_FALSE(EvidenceCopy::isInside(root.path(), root.path()));
    CHECK_FALSE(EvidenceCopy::isInside(root.path(), root.path() + QStringLiteral("-sibling")));
    CHECK_FALSE(EvidenceCopy::isInside(root.path(), QStringLiteral("/etc/passwd")));
}

TEST_CASE("opening stored evidence with a path for a uuid writes inside the temporary folder",
          "[gui][evidence][questionnaire]")
{
    // A database written before imports checked uuids: the row is as a hostile bundle left it.
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    const QString escaped =
        QDir::temp().filePath(QStringLiteral("escaped-%1").arg(QCoreApplication::applicationPid()));
    const std::string uuid = "../../../../../../../.." + escaped.toStdString();
    auto st = t.session->store().db().prepare(
        "INSERT INTO evidence_file (uuid, assessment_id, target, sha256, size, original_name, "
        "media_type, content, added_at, added_by) VALUES (?,?,'network',?,?,'evil.sh',"
        "'text/plain',?,'2026-11-27T03:58:24Z','x')");
    REQUIRE(st.ok());
    const std::string content = "#!/bin/sh\necho pwned\n";
    st->bind(1, uuid).bind(2, std::int64_t(a)).bind(3, std::string(64, '0'));
    st->bind(4, std::int64_t(content.size())).bindBlob(5, content);
    REQUIRE_FALSE(st->run());

    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, false);
    goTo(page, QStringLiteral("network"));
    const QString copy = page.evidencePanel()->exportFile(QString::fromStdString(uuid));
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(QFileInfo(copy).fileName() == QStringLiteral("evil.sh"));
    CHECK(EvidenceCopy::isInside(QDir::tempPath(), copy));
    CHECK_FALSE(QFileInfo::exists(escaped));
    CHECK_FALSE(QFileInfo::exists(escaped + QStringLiteral("/evil.sh")));
    CHECK(readAll(copy) == QByteArray::fromStdString(content));
    CHECK_FALSE(QFileInfo(copy).isExecutable());
    CHECK(EvidenceCopy::mayRun(copy)); // the panel shows its folder instead of running it
}
