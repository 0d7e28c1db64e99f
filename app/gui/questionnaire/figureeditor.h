// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answereditor.h"

#include <QTimer>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

// Items scored from figures: a ratio (part and whole), a number, or a trend (the year before and
// last year, or the change chosen directly). Shows the share, band or direction live while the
// user types, checks each number with the core's rules and explains what is wrong beside it.
// Figures are stored when the field loses focus, after a short pause in typing, or on flush().
class FigureEditor : public AnswerEditor
{
    Q_OBJECT

public:
    FigureEditor(QuestionnaireData &data,
                 int entry,
                 QuestionnaireData::Layer layer,
                 bool compare,
                 dl::Lang lang,
                 QWidget *parent);
    ~FigureEditor() override;

    void refresh() override;
    void flush() override;
    bool pick(int digit) override;
    QList<QWidget *> focusChain() const override;

    // Full-width digits, thousands separators and spaces removed: "１,２００" -> "1200".
    static QString normalise(const QString &typed);

private:
    struct Field
    {
        int figure = -1;
        QString id;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        QLabel *self = nullptr;
        bool dirty = false;
    };
    // The canonical text of what is typed, or the message saying what is wrong.
    bool check(const Field &f, QString &canonical, QString &message) const;
    void typed(int k);
    void commit(int k);
    // The value the result is worked out from: what is typed (if valid), else what is stored;
    // in verification the enterprise's figure stands in for one not yet verified.
    std::optional<dl::Rational> current(int figure) const;
    void updateResult();
    void updateTrendChoice();
    QString points(const dl::Rational &p) const;

    const dl::Item &m_item;
    const dl::Model &m_model;
    QList<Field> m_fields;
    QLabel *m_result = nullptr;
    QLabel *m_bands = nullptr;
    QButtonGroup *m_trend = nullptr;
    QList<QRadioButton *> m_trendButtons;
    QList<QLabel *> m_trendSelf;
    QTimer m_idle;
};
