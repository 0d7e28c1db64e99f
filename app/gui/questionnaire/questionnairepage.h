// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnairedata.h"

#include <QWidget>

#include <memory>

class AnswerEditor;
class AppSession;
class ConfirmationBox;
class EvidencePanel;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTreeView;
class QVBoxLayout;
class QuestionnaireTreeModel;

// The questionnaire: a navigation tree on the left, one question at a time in the middle, help,
// evidence and the note on the right. Every change is stored at once (figures and the note after
// a short pause, on leaving the field, or when moving on) and the page reopens where the user
// left it.
//
// Modes: openAssessment(id, false) answers the enterprise's own ("self") layer, whatever the
// assessment's mode; openAssessment(id, true) is the on-site verification: the "verified" layer
// is edited and the enterprise's answer is shown beside every control.
//
// Keyboard: Ctrl+PgDown / Alt+Right next, Ctrl+PgUp / Alt+Left previous, Ctrl+U next unanswered
// (unverified when verifying), digits 1-9 pick (or toggle) the n-th option and 0-4 the level of
// a scenario when the focus is not in a text field, Ctrl+Shift+V "same as the enterprise".
//
// Object names, for tests and the end-to-end test (the editable controls of the current page):
//   navigation                 the QTreeView (QuestionnaireTreeModel::IdRole gives question ids)
//   title, progress, score     the heading, the progress bar and the score line at the top
//   previous, next, next-unanswered, show-results   buttons
//   questionnaire-book         the button whose menu exports, prints and imports the questionnaire
//                              (QuestionnaireBookActions)
//   question-path, question-title, question-text, question-hint, points, difference,
//   not-asked, status          labels
//   needs-confirmation, confirmation-text, confirm-answer   an answer an upgrade copied, waiting
//                              for confirmation (ConfirmationBox)
//   same-as-self, clear-answer  buttons (same-as-self only when verifying)
//   option-<optionId>          QRadioButton (single) / QCheckBox (multi); yes/no: option-yes,
//                              option-no
//   figure-<figureId>          QLineEdit of a figure; figure-<figureId>-error its message label
//   result, bands              the live share/value/direction and the band list of a figure item
//   trend-worse, trend-same, trend-better   direct trend choice (QRadioButton)
//   scenario-level-<0..4>      QRadioButton on each level card (scenario-card-<n>)
//   self-option-<id>, self-figure-<id>, self-trend-<t>, self-level-<n>   the enterprise's
//                              answer beside the controls when verifying
//   help, evidence-<evidenceId> (QCheckBox), evidence-files, attach-file, open-file, note,
//   self-note                  the side panel
class QuestionnairePage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePage(AppSession &session, QWidget *parent = nullptr);
    ~QuestionnairePage() override;

    void openAssessment(qint64 assessmentId, bool verify);

    // For tests: the id of the question shown ("" when none) and the side panel.
    QString currentQuestion() const;
    EvidencePanel *evidencePanel() const { return m_panel; }

public slots:
    void next() { step(+1); }
    void previous() { step(-1); }
    void nextUnanswered();
    void sameAsSelf();
    void clearAnswer();
    // Keeps the values of the current question that an upgrade left waiting for confirmation.
    void confirmAnswers(const QStringList &keys);
    // Stores whatever is typed but not yet stored.
    void flush();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    using Layer = QuestionnaireData::Layer;
    Layer layer() const { return m_verify ? Layer::Verified : Layer::Self; }
    void buildShortcuts();
    void showEntry(int entry, bool focusEditor);
    void step(int direction);
    void pickDigit(int digit);
    void store(dl::AnswerKind kind, const QString &key, const QString &value);
    void afterWrite(const dl::Diagnostics &errors);
    void assessmentChanged(qint64 id);
    void updateHeader();
    // Every view of the answers (editor, side panel, tree, header, entry) after they changed.
    void refreshViews();
    void updateEntry();
    void updateTabOrder();
    void say(const QString &message);
    QString pointsText(const std::optional<dl::Rational> &p) const;

    AppSession &m_session;
    std::unique_ptr<QuestionnaireData> m_data;
    bool m_verify = false;
    int m_entry = -1;
    bool m_writing = false;
    bool m_syncingTree = false;

    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_score;
    QPushButton *m_results;
    QPushButton *m_book;
    QuestionnaireTreeModel *m_treeModel;
    QTreeView *m_tree;
    QScrollArea *m_scroll;
    QWidget *m_questionArea;
    QLabel *m_path;
    QLabel *m_name;
    QLabel *m_question;
    QLabel *m_hint;
    QLabel *m_notice;
    ConfirmationBox *m_confirmation;
    QVBoxLayout *m_editorHost;
    AnswerEditor *m_editor = nullptr;
    QLabel *m_points;
    QLabel *m_difference;
    QPushButton *m_same;
    QPushButton *m_clear;
    QLabel *m_status;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_nextOpen;
    EvidencePanel *m_panel;
};
