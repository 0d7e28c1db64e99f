// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "appsettings.h"
#include "pdfreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

// A file name to start from: the enterprise and the day, in the documents folder.
QString suggestedPath(AppSession &session, qint64 assessmentId, dl::Lang lang)
{
    QString name = QStringLiteral("DigiLevel");
    if (auto a = session.store().assessment(assessmentId)) {
        if (auto e = session.store().enterprise(a->enterpriseId))
            name = qs(e->name);
    }
    // Characters that some file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|])"));
    name.replace(unsafe, QStringLiteral("_"));
    const QString file = QStringLiteral("%1-%2-%3.pdf")
                             .arg(name, QDate::currentDate().toString(Qt::ISODate),
                                  QString::fromLatin1(dl::langCode(lang)));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(file);
}

void exportReport(
    QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer, dl::Lang lang)
{
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export PDF report"),
                                                      suggestedPath(session, assessmentId, lang),
                                                      Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = writeAssessmentReport(session.store(), assessmentId, layer, lang, ss(path),
                                         AppSettings::load().minPeers);
    if (!written) {
        showErrors(parent, Tr::tr("The report could not be written."), written.errors());
        return;
    }
    const auto open = QMessageBox::question(
        parent, Tr::tr("Report written"),
        Tr::tr("The report was saved as %1.\nOpen it now?").arg(QDir::toNativeSeparators(path)));
    if (open == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace

namespace ReportExport {

void attachMenu(QPushButton *button,
                AppSession &session,
                std::function<qint64()> assessmentId,
                std::function<dl::Layer()> layer)
{
    auto *menu = new QMenu(button);
    const std::pair<QString, dl::Lang> languages[] = {
        {Tr::tr("Chinese report (中文)…"), dl::Lang::ZhCN},
        {Tr::tr("English report…"), dl::Lang::En}};
    for (const auto &[label, lang] : languages) {
        QAction *action = menu->addAction(label);
        action->setData(QString::fromLatin1(dl::langCode(lang)));
        QObject::connect(action, &QAction::triggered, button,
                         [button, &session, assessmentId, layer, lang = lang] {
                             exportReport(button->window(), session, assessmentId(), layer(), lang);
                         });
    }
    button->setMenu(menu);
}

} // namespace ReportExport
