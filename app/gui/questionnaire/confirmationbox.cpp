// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmationbox.h"

#include "enterprise/answercodec.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ConfirmationBox::ConfirmationBox(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_confirm(new QPushButton(tr("Con&firm"), this))
{
    setObjectName(QStringLiteral("needs-confirmation"));
    m_text->setObjectName(QStringLiteral("confirmation-text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_confirm->setObjectName(QStringLiteral("confirm-answer"));
    m_confirm->setToolTip(tr("Keep the value as it is: it has been checked against this version's "
                             "question"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("ConfirmationBox { background: #fff8e1; border: 1px solid "
                                 "#f0b400; border-left: 6px solid #f0b400; } QLabel { color: "
                                 "#3e2c00; }"));
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_text, 1);
    row->addWidget(m_confirm, 0, Qt::AlignTop);
    connect(m_confirm, &QPushButton::clicked, this, [this] { emit confirmRequested(m_keys); });
    hide();
}

void ConfirmationBox::setEntry(const QuestionnaireData *data,
                               int entry,
                               QuestionnaireData::Layer layer,
                               dl::Lang lang)
{
    m_keys.clear();
    const auto pending = data && entry >= 0 ? data->pending(entry, layer)
                                            : std::vector<QuestionnaireData::Pending>{};
    if (pending.empty()) {
        hide();
        return;
    }
    auto text = [lang](const dl::LocalText &t) {
        return QString::fromStdString(t.get(lang)).toHtmlEscaped();
    };
    QString html = QStringLiteral("<b>%1</b>").arg(tr("Needs confirmation").toHtmlEscaped());
    for (std::size_t k = 0; k < pending.size(); ++k) {
        const QuestionnaireData::Pending &p = pending[k];
        m_keys << QString::fromStdString(p.key);
        const dl::ModelSet &models = data->assessment().models;
        html += QStringLiteral("<br>%1: %2")
                    .arg(text(p.name),
                         QString::fromStdString(dl::readableAnswer(models.model, models.overlays,
                                                                   p.kind, p.key, p.value, lang))
                             .toHtmlEscaped());
        // A rule names several ids: its note once, after the last of them.
        const bool last = k + 1 == pending.size() || pending[k + 1].why.en != p.why.en;
        if (last && !p.why.empty())
            html += QStringLiteral("<br><i>%1</i>").arg(text(p.why));
    }
    m_text->setText(html);
    show();
}
