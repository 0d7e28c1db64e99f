// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnairedata.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

class AppSession;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// Beside the question: the model's help, the evidence checklist, attached files and the note.
// Ticks and files are stored at once; the note when it loses focus, after a pause in typing, or
// on flush(), so that typed text is never lost when the user moves on.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    EvidencePanel(AppSession &session, QWidget *parent = nullptr);

    // Shows one question; `layer` is where the note goes (in verification the assessor's note,
    // with the enterprise's shown above it). Null data clears the panel.
    void setEntry(QuestionnaireData *data, int entry, QuestionnaireData::Layer layer);
    // Shows the stored state again (after another screen changed it), keeping a note in progress.
    void refresh();
    void flush();
    // Stores a file as evidence for the current question; false (after telling the user) if it
    // cannot be read or stored.
    bool attachFile(const QString &path);
    // Writes an attached file into a folder of its own under a temporary folder (kept while the
    // program runs; see EvidenceCopy) and returns its path, or "" after telling the user why not.
    QString exportFile(const QString &uuid);
    QWidget *firstFocus() const;
    QList<QWidget *> focusChain() const;

signals:
    // Something of the assessment was stored (note, tick, file).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void openSelected();
    void fillFiles();
    void noteEdited();
    QString helpHtml() const;
    QString text(const dl::LocalText &t) const;

    AppSession &m_session;
    QuestionnaireData *m_data = nullptr;
    int m_entry = -1;
    QuestionnaireData::Layer m_layer = QuestionnaireData::Layer::Self;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_helpSection = nullptr;
    QWidget *m_workSection = nullptr;
    QLabel *m_help;
    QWidget *m_evidence;
    QVBoxLayout *m_evidenceLayout;
    QLabel *m_noEvidence;
    QList<QWidget *> m_rows;
    QList<QCheckBox *> m_checks;
    QHash<QObject *, QCheckBox *> m_labelBoxes;
    QLabel *m_noFiles;
    QListWidget *m_files;
    QPushButton *m_attach;
    QPushButton *m_open;
    QLabel *m_noteTitle;
    QLabel *m_selfNote;
    QPlainTextEdit *m_note;
    bool m_noteDirty = false;
    QTimer m_noteIdle;
    QTemporaryDir m_temp;
};
