// SPDX-License-Identifier: GPL-3.0-or-later
#include "answereditor.h"

#include "figureeditor.h"
#include "scenarioeditor.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>

AnswerEditor::AnswerEditor(QuestionnaireData &data,
                           int entry,
                           QuestionnaireData::Layer layer,
                           bool compare,
                           dl::Lang lang,
                           QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_entry(entry)
    , m_layer(layer)
    , m_compare(compare)
    , m_lang(lang)
{}

void AnswerEditor::forwardClicks(QWidget *w, QAbstractButton *button)
{
    m_forward.insert(w, button);
    w->installEventFilter(this);
    w->setCursor(Qt::PointingHandCursor);
}

bool AnswerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        QAbstractButton *button = m_forward.value(watched);
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (button && button->isEnabled() && mouse->button() == Qt::LeftButton) {
            button->setFocus(Qt::MouseFocusReason);
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

AnswerEditor *createAnswerEditor(QuestionnaireData &data,
                                 int entry,
                                 QuestionnaireData::Layer layer,
                                 bool compare,
                                 dl::Lang lang,
                                 QWidget *parent)
{
    if (data.entries()[entry].scenario)
        return new ScenarioEditor(data, entry, layer, compare, lang, parent);
    switch (data.item(entry).type) {
    case dl::ItemType::Single:
    case dl::ItemType::Multi:
    case dl::ItemType::YesNo:
        return new ChoiceEditor(data, entry, layer, compare, lang, parent);
    default:
        return new FigureEditor(data, entry, layer, compare, lang, parent);
    }
}

ChoiceEditor::ChoiceEditor(QuestionnaireData &data,
                           int entry,
                           QuestionnaireData::Layer layer,
                           bool compare,
                           dl::Lang lang,
                           QWidget *parent)
    : AnswerEditor(data, entry, layer, compare, lang, parent)
{
    const dl::Item &item = data.item(entry);
    m_multi = item.type == dl::ItemType::Multi;
    struct Row
    {
        QString id, label;
        dl::Rational points;
        bool exclusive;
    };
    QList<Row> rows;
    if (item.type == dl::ItemType::YesNo) {
        rows << Row{QStringLiteral("yes"), tr("Yes"), item.yesPoints, false}
             << Row{QStringLiteral("no"), tr("No"), 0, false};
    } else {
        for (const dl::Option &o : item.options)
            rows << Row{QString::fromStdString(o.id), text(o.label), o.points, o.exclusive};
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(3, 1);
    int r = 0;
    if (m_compare) {
        auto *enterprise = new QLabel(tr("Enterprise"), this);
        auto *verified = new QLabel(tr("Verified"), this);
        for (QLabel *l : {enterprise, verified})
            l->setStyleSheet(QStringLiteral("color: palette(dark); font-size: small;"));
        grid->addWidget(enterprise, r, 0, Qt::AlignCenter);
        grid->addWidget(verified, r, 1, 1, 2);
        ++r;
    }
    auto *group = m_multi ? nullptr : new QButtonGroup(this);
    for (int k = 0; k < rows.size(); ++k, ++r) {
        const Row &row = rows[k];
        Choice c{row.id, row.exclusive};
        if (m_multi)
            c.button = new QCheckBox(this);
        else
            c.button = new QRadioButton(this);
        if (group)
            group->addButton(c.button);
        c.button->setObjectName(QStringLiteral("option-") + row.id);
        c.button->setAccessibleName(row.label);
        // The digit that picks the option, then the label, which wraps (a button's text won't).
        auto *number = new QLabel(k < 9 ? QString::number(k + 1) : QString(), this);
        number->setStyleSheet(QStringLiteral("color: palette(dark);"));
        auto *label = new QLabel(row.label, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto *points =
            new QLabel(tr("%1 points").arg(QString::fromStdString(row.points.toString())), this);
        points->setStyleSheet(QStringLiteral("color: palette(dark);"));
        forwardClicks(label, c.button);
        forwardClicks(number, c.button);
        if (m_compare) {
            c.selfMark = new QLabel(this);
            c.selfMark->setObjectName(QStringLiteral("self-option-") + row.id);
            grid->addWidget(c.selfMark, r, 0, Qt::AlignCenter);
        }
        grid->addWidget(c.button, r, 1, Qt::AlignTop);
        grid->addWidget(number, r, 2, Qt::AlignTop);
        grid->addWidget(label, r, 3);
        grid->addWidget(points, r, 4, Qt::AlignTop | Qt::AlignRight);
        const int index = k;
        connect(c.button, &QAbstractButton::clicked, this, [this, index] { clicked(index); });
        m_choices << c;
    }
    refresh();
}

QStringList ChoiceEditor::chosen(const std::string &value) const
{
    if (value.empty())
        return {};
    return QString::fromStdString(value).split(QLatin1Char(','));
}

void ChoiceEditor::refresh()
{
    const std::string &id = m_data.entries()[m_entry].id;
    const QStringList now = chosen(stored(m_layer, dl::AnswerKind::Item, id));
    const QStringList self =
        chosen(stored(QuestionnaireData::Layer::Self, dl::AnswerKind::Item, id));
    auto *group = m_choices.isEmpty() ? nullptr : m_choices.first().button->group();
    if (group)
        group->setExclusive(false); // so that "nothing chosen" can be shown
    for (const Choice &c : std::as_const(m_choices)) {
        const QSignalBlocker block(c.button);
        c.button->setChecked(now.contains(c.id));
        if (c.selfMark)
            c.selfMark->setText(self.contains(c.id) ? QStringLiteral("✓") : QString());
    }
    if (group)
        group->setExclusive(true);
}

void ChoiceEditor::clicked(int k)
{
    const std::string &id = m_data.entries()[m_entry].id;
    if (!m_multi) {
        emit edited(dl::AnswerKind::Item, QString::fromStdString(id), m_choices[k].id);
        return;
    }
    // "None of these" and a real option exclude each other: ticking one clears the other kind.
    if (m_choices[k].button->isChecked()) {
        for (int j = 0; j < m_choices.size(); ++j) {
            if (j != k && (m_choices[k].exclusive || m_choices[j].exclusive))
                m_choices[j].button->setChecked(false);
        }
    }
    QStringList ids;
    for (const Choice &c : std::as_const(m_choices)) {
        if (c.button->isChecked())
            ids << c.id;
    }
    emit edited(dl::AnswerKind::Item, QString::fromStdString(id), ids.join(QLatin1Char(',')));
}

bool ChoiceEditor::pick(int digit)
{
    if (digit < 1 || digit > m_choices.size() || !m_choices[digit - 1].button->isEnabled())
        return false;
    QAbstractButton *b = m_choices[digit - 1].button;
    b->setFocus(Qt::ShortcutFocusReason);
    b->click();
    return true;
}

QList<QWidget *> ChoiceEditor::focusChain() const
{
    QList<QWidget *> out;
    for (const Choice &c : m_choices)
        out << c.button;
    return out;
}
