// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnairedata.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;

// The controls that answer one question in one layer. When `compare` is set the editor edits
// the verified layer and shows the enterprise's own answer beside every control (a column of
// marks, the figures it gave, a badge on the level it chose), so the assessor sees both side by
// side. Editors never write: they emit edited() and the page stores the value and calls
// refresh().
class AnswerEditor : public QWidget
{
    Q_OBJECT

public:
    AnswerEditor(QuestionnaireData &data,
                 int entry,
                 QuestionnaireData::Layer layer,
                 bool compare,
                 dl::Lang lang,
                 QWidget *parent);

    // Shows the stored answer again (after a write, or another screen's change).
    virtual void refresh() = 0;
    // Commits what is typed but not yet stored (before the page navigates away).
    virtual void flush() {}
    // Keyboard picking: digit n picks the n-th option (1-9) or the scenario level (0-4).
    virtual bool pick(int digit) = 0;
    // The focusable controls in tab order.
    virtual QList<QWidget *> focusChain() const = 0;

signals:
    void edited(dl::AnswerKind kind, const QString &key, const QString &value);

protected:
    // A click on `w` (a wrapped label, a card) acts as a click on `button`.
    void forwardClicks(QWidget *w, QAbstractButton *button);
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString text(const dl::LocalText &t) const { return QString::fromStdString(t.get(m_lang)); }
    std::string
    stored(QuestionnaireData::Layer l, dl::AnswerKind kind, const std::string &key) const
    {
        return m_data.value(l, kind, key);
    }

    QuestionnaireData &m_data;
    const int m_entry;
    const QuestionnaireData::Layer m_layer;
    const bool m_compare;
    const dl::Lang m_lang;

private:
    QHash<QObject *, QAbstractButton *> m_forward;
};

// The editor that fits the question's type.
AnswerEditor *createAnswerEditor(QuestionnaireData &data,
                                 int entry,
                                 QuestionnaireData::Layer layer,
                                 bool compare,
                                 dl::Lang lang,
                                 QWidget *parent);

// Single choice, multiple choice (an exclusive option clears the others and is cleared by them)
// and yes/no: one row per option with its points.
class ChoiceEditor : public AnswerEditor
{
    Q_OBJECT

public:
    ChoiceEditor(QuestionnaireData &data,
                 int entry,
                 QuestionnaireData::Layer layer,
                 bool compare,
                 dl::Lang lang,
                 QWidget *parent);

    void refresh() override;
    bool pick(int digit) override;
    QList<QWidget *> focusChain() const override;

private:
    struct Choice
    {
        QString id;
        bool exclusive = false;
        QAbstractButton *button = nullptr;
        QLabel *selfMark = nullptr;
    };
    void clicked(int k);
    QStringList chosen(const std::string &value) const;

    bool m_multi = false;
    QList<Choice> m_choices;
};
