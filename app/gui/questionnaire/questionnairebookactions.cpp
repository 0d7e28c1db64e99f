// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnairebookactions.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "bookoptionsdialog.h"
#include "exchange/questionnairebook.h"
#include "importpreviewdialog.h"
#include "questionnaireform.h"
#include "store/storedassessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcBook, "digilevel.app.questionnaire.book", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireBookActions)
};

// The folder the last workbook went to or came from, else the documents folder.
QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("questionnaire/book-folder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &file)
{
    QSettings().setValue(QStringLiteral("questionnaire/book-folder"),
                         QFileInfo(file).absolutePath());
}

// "<enterprise>-问卷-<day>-<lang>.<ext>" in the last folder used.
QString suggestedPath(const dl::LoadedAssessment &a, dl::Lang lang, const QString &extension)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|])"));
    QString name = qs(a.enterprise.name);
    name.replace(unsafe, QStringLiteral("_"));
    const QString file =
        QStringLiteral("%1-%2-%3-%4.%5")
            .arg(name,
                 lang == dl::Lang::ZhCN ? QStringLiteral("问卷") : QStringLiteral("questionnaire"),
                 QDate::currentDate().toString(Qt::ISODate),
                 QString::fromLatin1(dl::langCode(lang)), extension);
    return QDir(lastFolder()).filePath(file);
}

// Read again from the store rather than taken from the page: what was just typed is stored by
// then (the page flushes first), and an import must compare with exactly what is stored.
std::optional<dl::LoadedAssessment> load(QWidget *parent, AppSession &session, qint64 id)
{
    auto a = dl::loadAssessment(session.store(), std::to_string(id));
    if (!a) {
        showErrors(parent, Tr::tr("Could not open the assessment"), a.errors());
        return std::nullopt;
    }
    return std::move(*a);
}

void offerToOpen(QWidget *parent, const QString &title, const QString &path)
{
    const auto open = QMessageBox::question(
        parent, title, Tr::tr("Saved as %1.\nOpen it now?").arg(QDir::toNativeSeparators(path)));
    if (open == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace

namespace QuestionnaireBookActions {

void exportWorkbook(QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer)
{
    const auto a = load(parent, session, assessmentId);
    if (!a)
        return;
    BookOptionsDialog options(BookOptionsDialog::Kind::Workbook, session.lang(), layer, parent);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString path =
        QFileDialog::getSaveFileName(parent, Tr::tr("Export questionnaire workbook"),
                                     suggestedPath(*a, options.lang(), QStringLiteral("xlsx")),
                                     Tr::tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    dl::QuestionnaireExportOptions o;
    o.lang = options.lang();
    o.layer = options.layer();
    o.blank = !options.withAnswers();
    if (auto written = dl::exportQuestionnaire(*a, ss(path), o); !written) {
        showErrors(parent, Tr::tr("The workbook could not be written."), written.errors());
        return;
    }
    qCInfo(lcBook) << "workbook of assessment" << assessmentId << "written to" << path;
    offerToOpen(parent, Tr::tr("Workbook written"), path);
}

void printForm(QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer)
{
    const auto a = load(parent, session, assessmentId);
    if (!a)
        return;
    BookOptionsDialog options(BookOptionsDialog::Kind::Form, session.lang(), layer, parent);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        parent, Tr::tr("Print questionnaire form"),
        suggestedPath(*a, options.lang(), QStringLiteral("pdf")), Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const auto form = dl::report::questionnaireFormFor(
        *a, ss(QDate::currentDate().toString(Qt::ISODate)),
        options.withAnswers() ? std::optional(options.layer()) : std::nullopt);
    if (auto written = dl::report::writeQuestionnaireForm(form, options.lang(), ss(path));
        !written) {
        showErrors(parent, Tr::tr("The form could not be written."), written.errors());
        return;
    }
    offerToOpen(parent, Tr::tr("Form written"), path);
}

void importWorkbook(QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer)
{
    const auto a = load(parent, session, assessmentId);
    if (!a)
        return;
    const QString path =
        QFileDialog::getOpenFileName(parent, Tr::tr("Import questionnaire workbook"), lastFolder(),
                                     Tr::tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    auto plan = dl::planQuestionnaireImport(*a, ss(path), layer, session.lang());
    if (!plan) {
        showErrors(parent, Tr::tr("The workbook could not be read."), plan.errors());
        return;
    }
    ImportPreviewDialog preview(*plan, session.lang(), parent);
    if (preview.exec() != QDialog::Accepted)
        return;
    dl::QuestionnaireImportPlan kept = std::move(*plan);
    kept.changes = preview.keptChanges();
    auto applied = dl::applyQuestionnaireImport(session.store(), *a, kept, ss(session.userName()));
    if (!applied) {
        showErrors(parent, Tr::tr("The workbook could not be imported."), applied.errors());
        return;
    }
    qCInfo(lcBook) << "workbook" << path << "imported into assessment" << assessmentId << ":"
                   << applied->changed << "answers changed";
    // Every screen showing the assessment (the questionnaire page among them) reloads.
    session.notifyAssessmentChanged(assessmentId);
    QMessageBox::information(parent, Tr::tr("Workbook imported"),
                             Tr::tr("Answers changed: %1.").arg(applied->changed));
}

void addTo(QMenu *menu,
           QWidget *owner,
           AppSession &session,
           std::function<qint64()> assessmentId,
           std::function<dl::Layer()> layer)
{
    using Handler = void (*)(QWidget *, AppSession &, qint64, dl::Layer);
    const std::tuple<QString, QString, Handler> entries[] = {
        {Tr::tr("&Export questionnaire workbook…"), QStringLiteral("export-workbook"),
         &exportWorkbook},
        {Tr::tr("&Print questionnaire form…"), QStringLiteral("print-form"), &printForm},
        {Tr::tr("&Import questionnaire workbook…"), QStringLiteral("import-workbook"),
         &importWorkbook}};
    for (const auto &[label, name, handler] : entries) {
        QAction *action = menu->addAction(label);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, owner,
                         [owner, &session, assessmentId, layer, handler = handler] {
                             const qint64 id = assessmentId();
                             if (id > 0)
                                 handler(owner->window(), session, id, layer());
                         });
    }
}

} // namespace QuestionnaireBookActions
