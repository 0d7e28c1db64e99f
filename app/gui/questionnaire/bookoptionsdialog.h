// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "scoring/answerkinds.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

// What to put in a questionnaire workbook or printed form before the file name is asked for:
// its language (independent of the interface's), whose answers, and whether to leave them out.
//
// Object names, for tests: language, layer (QComboBox), answers (QCheckBox).
class BookOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Workbook, Form };

    BookOptionsDialog(Kind kind, dl::Lang lang, dl::Layer layer, QWidget *parent = nullptr);

    dl::Lang lang() const;
    dl::Layer layer() const;
    // The workbook: filled in with the answers given so far; the form: the same, ticked.
    bool withAnswers() const;

private:
    QComboBox *m_lang;
    QComboBox *m_layer;
    QCheckBox *m_answers;
};
