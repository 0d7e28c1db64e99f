// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

BookOptionsDialog::BookOptionsDialog(Kind kind, dl::Lang lang, dl::Layer layer, QWidget *parent)
    : QDialog(parent)
    , m_lang(new QComboBox(this))
    , m_layer(new QComboBox(this))
    , m_answers(new QCheckBox(this))
{
    const bool workbook = kind == Kind::Workbook;
    setWindowTitle(workbook ? tr("Export questionnaire workbook") : tr("Print questionnaire form"));
    m_lang->setObjectName(QStringLiteral("language"));
    m_layer->setObjectName(QStringLiteral("layer"));
    m_answers->setObjectName(QStringLiteral("answers"));
    m_lang->addItem(tr("Chinese (中文)"), int(dl::Lang::ZhCN));
    m_lang->addItem(tr("English"), int(dl::Lang::En));
    m_lang->setCurrentIndex(m_lang->findData(int(lang)));
    m_layer->addItem(tr("The enterprise's answers"), int(dl::Layer::Self));
    m_layer->addItem(tr("The verified answers"), int(dl::Layer::Verified));
    m_layer->setCurrentIndex(m_layer->findData(int(layer)));
    // A workbook goes out with the answers so far for the enterprise to check; a printed form is
    // for writing on, so it is blank unless asked.
    m_answers->setText(workbook ? tr("Fill in the answers given so far")
                                : tr("Tick and write in the answers given so far"));
    m_answers->setChecked(workbook);
    m_layer->setEnabled(m_answers->isChecked());
    connect(m_answers, &QCheckBox::toggled, m_layer, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_lang);
    form->addRow(QString(), m_answers);
    form->addRow(tr("&Answers:"), m_layer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(workbook ? tr("&Export…") : tr("&Save PDF…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

dl::Lang BookOptionsDialog::lang() const
{
    return dl::Lang(m_lang->currentData().toInt());
}

dl::Layer BookOptionsDialog::layer() const
{
    return dl::Layer(m_layer->currentData().toInt());
}

bool BookOptionsDialog::withAnswers() const
{
    return m_answers->isChecked();
}
