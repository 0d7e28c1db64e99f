// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"
#include "errordialog.h"
#include "evidencecopy.h"
#include "stdtext.h"

#include "appsession.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr qint64 kMaxFileBytes = 200 * 1024 * 1024;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

EvidencePanel::EvidencePanel(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_help(new QLabel(this))
    , m_evidence(new QWidget(this))
    , m_evidenceLayout(new QVBoxLayout(m_evidence))
    , m_noFiles(new QLabel(tr("No files attached yet."), this))
    , m_files(new QListWidget(this))
    , m_attach(new QPushButton(tr("&Attach file…"), this))
    , m_open(new QPushButton(tr("Op&en"), this))
    , m_noteTitle(heading(tr("Note"), this))
    , m_selfNote(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
{
    m_help->setObjectName(QStringLiteral("help"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_noEvidence = new QLabel(tr("The model lists no evidence for this question."), m_evidence);
    m_evidenceLayout->addWidget(m_noEvidence);
    m_files->setObjectName(QStringLiteral("evidence-files"));
    m_files->setMaximumHeight(120);
    m_attach->setObjectName(QStringLiteral("attach-file"));
    m_open->setObjectName(QStringLiteral("open-file"));
    m_selfNote->setObjectName(QStringLiteral("self-note"));
    m_selfNote->setWordWrap(true);
    m_selfNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    m_note->installEventFilter(this);
    m_noteTitle->setBuddy(m_note);

    // Two sections whose order follows the mode: help first for the enterprise answering,
    // evidence and note first for the assessor checking them.
    m_helpSection = new QWidget(this);
    auto *help = new QVBoxLayout(m_helpSection);
    help->setContentsMargins(0, 0, 0, 0);
    help->addWidget(heading(tr("Help"), m_helpSection));
    help->addWidget(m_help);
    m_workSection = new QWidget(this);
    auto *work = new QVBoxLayout(m_workSection);
    work->setContentsMargins(0, 0, 0, 0);
    work->addWidget(heading(tr("Evidence to check"), m_workSection));
    work->addWidget(m_evidence);
    work->addWidget(heading(tr("Attached files"), m_workSection));
    work->addWidget(m_noFiles);
    work->addWidget(m_files);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addStretch();
    work->addLayout(buttons);
    work->addWidget(m_noteTitle);
    work->addWidget(m_selfNote);
    work->addWidget(m_note);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_helpSection);
    m_layout->addWidget(m_workSection);
    m_layout->addStretch();

    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::chooseFile);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_files, &QListWidget::itemActivated, this, &EvidencePanel::openSelected);
    connect(m_files, &QListWidget::currentRowChanged, this,
            [this](int row) { m_open->setEnabled(row >= 0); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &EvidencePanel::noteEdited);
    m_noteIdle.setSingleShot(true);
    m_noteIdle.setInterval(1500);
    connect(&m_noteIdle, &QTimer::timeout, this, &EvidencePanel::flush);
    setEntry(nullptr, -1, QuestionnaireData::Layer::Self);
}

QString EvidencePanel::text(const dl::LocalText &t) const
{
    return m_session.text(t);
}

void EvidencePanel::setEntry(QuestionnaireData *data, int entry, QuestionnaireData::Layer layer)
{
    flush();
    m_noteDirty = false; // stored, or (after a failure the user was told of) never misfiled
    m_data = data;
    m_entry = data ? entry : -1;
    m_layer = layer;
    qDeleteAll(m_rows);
    m_rows.clear();
    m_checks.clear();
    m_labelBoxes.clear();
    const bool on = m_entry >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_files, m_attach, m_note})
        w->setEnabled(on);
    if (!on) {
        m_help->clear();
        m_files->clear();
        m_open->setEnabled(false);
        const QSignalBlocker block(m_note);
        m_note->clear();
        return;
    }
    const auto &en = data->entries()[entry];
    const auto &evidence =
        en.scenario ? data->scenario(entry).evidence : data->item(entry).evidence;
    for (const dl::EvidenceItem &e : evidence) {
        // A check box's own text does not wrap; a label beside it does, and clicks through.
        auto *row = new QWidget(m_evidence);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *box = new QCheckBox(row);
        box->setObjectName(QStringLiteral("evidence-") + qs(e.id));
        box->setAccessibleName(text(e.text));
        auto *label = new QLabel(text(e.text), row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(box);
        label->installEventFilter(this);
        m_labelBoxes.insert(label, box);
        h->addWidget(box, 0, Qt::AlignTop);
        h->addWidget(label, 1);
        const std::string target = en.id, id = e.id;
        connect(box, &QCheckBox::toggled, this, [this, target, id](bool on) {
            if (auto errors = m_data->setEvidenceTicked(target, id, on); !errors.empty())
                showErrors(this, tr("Could not store the tick"), errors);
            else
                emit changed();
        });
        m_evidenceLayout->addWidget(row);
        m_rows << row;
        m_checks << box;
    }
    const bool verify = layer == QuestionnaireData::Layer::Verified;
    m_layout->removeWidget(m_workSection);
    m_layout->insertWidget(verify ? 0 : 1, m_workSection);
    m_noteTitle->setText(verify ? tr("Assessor's &note") : tr("&Note"));
    m_note->setPlaceholderText(verify ? tr("What you saw on site, and why the answer differs…")
                                      : tr("Anything the assessor should know about this answer…"));
    refresh();
}

void EvidencePanel::refresh()
{
    if (m_entry < 0)
        return;
    const auto &en = m_data->entries()[m_entry];
    m_help->setText(helpHtml());
    const auto &evidence =
        en.scenario ? m_data->scenario(m_entry).evidence : m_data->item(m_entry).evidence;
    for (int k = 0; k < m_checks.size(); ++k) {
        const QSignalBlocker block(m_checks[k]);
        m_checks[k]->setChecked(m_data->evidenceTicked(en.id, evidence[k].id));
    }
    m_noEvidence->setVisible(m_checks.isEmpty());
    fillFiles();
    const dl::AnswerKind kind = m_data->kindOf(m_entry);
    const bool verify = m_layer == QuestionnaireData::Layer::Verified;
    const QString selfNote = qs(m_data->note(QuestionnaireData::Layer::Self, kind, en.id));
    m_selfNote->setText(tr("Enterprise's note: %1").arg(selfNote));
    m_selfNote->setVisible(verify && !selfNote.isEmpty());
    if (!m_noteDirty) {
        const QString note = qs(m_data->note(m_layer, kind, en.id));
        if (m_note->toPlainText() != note) {
            const QSignalBlocker block(m_note);
            m_note->setPlainText(note);
        }
    }
}

QString EvidencePanel::helpHtml() const
{
    const auto &en = m_data->entries()[m_entry];
    auto para = [](const QString &s) { return QStringLiteral("<p>%1</p>").arg(s.toHtmlEscaped()); };
    QString out;
    if (en.scenario) {
        const dl::Scenario &s = m_data->scenario(m_entry);
        out += para(s.constrained ? tr("A constrained scenario (约束性): levels count it among the "
                                       "constrained scenarios they require.")
                                  : tr("A guiding scenario (指导性)."));
        out += para(tr("Choose the highest level whose description fully matches what the "
                       "enterprise does today; levels build on each other."));
        const int r = m_data->rating(m_entry, m_layer);
        if (r < 4) {
            const int next = r < 0 ? 1 : r + 1;
            out += QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(tr("To reach %1:")
                                .arg(qs(dl::levelName(m_data->model(-1), next, m_session.lang())))
                                .toHtmlEscaped(),
                            text(s.levels[next - 1].recommendation).toHtmlEscaped());
        }
        return out;
    }
    const dl::Item &item = m_data->item(m_entry);
    if (!item.help.empty())
        out += para(text(item.help));
    const dl::Model &m = m_data->model(en.set);
    for (int f : {item.figureA, item.figureB}) {
        if (f >= 0 && !m.figures[f].help.empty())
            out += QStringLiteral("<p><b>%1</b>: %2</p>")
                       .arg(text(m.figures[f].name).toHtmlEscaped(),
                            text(m.figures[f].help).toHtmlEscaped());
    }
    if (!item.recommendation.empty())
        out += QStringLiteral("<p><b>%1</b><br>%2</p>")
                   .arg(tr("How to score higher:").toHtmlEscaped(),
                        text(item.recommendation).toHtmlEscaped());
    return out;
}

void EvidencePanel::fillFiles()
{
    m_files->clear();
    const QLocale locale;
    for (const dl::EvidenceFile &f : m_data->files(m_data->entries()[m_entry].id)) {
        const QString sha = qs(f.sha256);
        auto *row = new QListWidgetItem(
            QStringLiteral("%1  ·  %2  ·  SHA-256 %3…")
                .arg(qs(f.originalName), locale.formattedDataSize(f.size), sha.left(8)),
            m_files);
        row->setData(Qt::UserRole, qs(f.uuid));
        row->setToolTip(tr("%1\nSHA-256 %2\nAdded %3 by %4")
                            .arg(qs(f.mediaType), sha, qs(f.addedAt), qs(f.addedBy)));
    }
    m_open->setEnabled(m_files->currentRow() >= 0);
    m_files->setVisible(m_files->count() > 0);
    m_noFiles->setVisible(m_files->count() == 0);
}

void EvidencePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"));
    if (!path.isEmpty())
        attachFile(path);
}

bool EvidencePanel::attachFile(const QString &path)
{
    if (m_entry < 0)
        return false;
    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        QMessageBox::warning(this, tr("Attach evidence"),
                             tr("%1 is larger than 200 MB. Attach a smaller file, or describe "
                                "where it is kept in the note.")
                                 .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Attach evidence"),
                             tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString media = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
    const auto errors = m_data->addFile(
        m_data->entries()[m_entry].id, std::string_view(bytes.constData(), bytes.size()),
        ss(QFileInfo(path).fileName()), ss(media), ss(m_session.userName()));
    if (!errors.empty()) {
        showErrors(this, tr("Could not attach the file"), errors);
        return false;
    }
    fillFiles();
    m_files->setCurrentRow(m_files->count() - 1);
    emit changed();
    return true;
}

QString EvidencePanel::exportFile(const QString &uuid)
{
    if (!m_data || !m_temp.isValid())
        return {};
    auto content = m_data->fileContent(ss(uuid));
    if (!content) {
        showErrors(this, tr("Could not open the file"), content.errors());
        return {};
    }
    QString name;
    for (const dl::EvidenceFile &f : m_data->files(m_data->entries()[m_entry].id)) {
        if (qs(f.uuid) == uuid)
            name = qs(f.originalName);
    }
    // The uuid and the name may have come in a bundle: EvidenceCopy decides where the copy goes.
    QString error;
    const QString path = EvidenceCopy::write(
        m_temp.path(), name, QByteArrayView(content->data(), qsizetype(content->size())), &error);
    if (path.isEmpty())
        QMessageBox::warning(this, tr("Open evidence"), error);
    return path;
}

void EvidencePanel::openSelected()
{
    const QListWidgetItem *row = m_files->currentItem();
    if (!row)
        return;
    const QString path = exportFile(row->data(Qt::UserRole).toString());
    if (path.isEmpty())
        return;
    if (!EvidenceCopy::mayRun(path)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    // Opening a program or a script would run it: show where it is instead.
    QMessageBox::information(this, tr("Open evidence"),
                             tr("%1 may be a program or a script, so DigiLevel does not open "
                                "it. Its folder is shown instead; check the file before you "
                                "open it yourself.")
                                 .arg(QFileInfo(path).fileName()));
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void EvidencePanel::noteEdited()
{
    m_noteDirty = true;
    m_noteIdle.start();
}

void EvidencePanel::flush()
{
    m_noteIdle.stop();
    if (!m_noteDirty || m_entry < 0)
        return;
    const auto &en = m_data->entries()[m_entry];
    const auto errors = m_data->setNote(m_layer, m_data->kindOf(m_entry), en.id,
                                        ss(m_note->toPlainText()), ss(m_session.userName()));
    if (!errors.empty()) {
        showErrors(this, tr("Could not store the note"), errors);
        return; // still dirty: the text stays and the next flush tries again
    }
    m_noteDirty = false;
    emit changed();
}

bool EvidencePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        flush();
    if (event->type() == QEvent::MouseButtonRelease) {
        if (QCheckBox *box = m_labelBoxes.value(watched)) {
            box->setFocus(Qt::MouseFocusReason);
            box->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *EvidencePanel::firstFocus() const
{
    return m_checks.isEmpty() ? static_cast<QWidget *>(m_files) : m_checks.first();
}

QList<QWidget *> EvidencePanel::focusChain() const
{
    QList<QWidget *> out;
    for (QCheckBox *c : m_checks)
        out << c;
    out << m_files << m_attach << m_open << m_note;
    return out;
}
