// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioeditor.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

ScenarioEditor::ScenarioEditor(QuestionnaireData &data,
                               int entry,
                               QuestionnaireData::Layer layer,
                               bool compare,
                               dl::Lang lang,
                               QWidget *parent)
    : AnswerEditor(data, entry, layer, compare, lang, parent)
    , m_group(new QButtonGroup(this))
{
    const dl::Scenario &s = data.scenario(entry);
    const QColor hl = palette().color(QPalette::Highlight);
    setStyleSheet(QStringLiteral("QFrame[card=\"true\"] { border: 1px solid palette(mid); "
                                 "border-radius: 6px; background: palette(base); }"
                                 "QFrame[card=\"true\"][selected=\"true\"] { border: 2px solid "
                                 "palette(highlight); background: rgba(%1, %2, %3, 36); }"
                                 "QFrame[card=\"true\"] QLabel { border: none; background: "
                                 "transparent; }")
                      .arg(hl.red())
                      .arg(hl.green())
                      .arg(hl.blue()));
    auto *row = m_row = new QBoxLayout(QBoxLayout::LeftToRight, this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (int level = 0; level <= 4; ++level) {
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("scenario-card-%1").arg(level));
        card->setProperty("card", true);
        card->setProperty("selected", false);
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(8, 8, 8, 8);
        // The digit on the button, the level's name beside it in a label that can wrap (a
        // button's text cannot) in a narrow column.
        const dl::Model &model = data.model(-1); // overlays have no level names
        const QString name = QString::fromStdString(dl::levelName(model, level, lang));
        auto *button = new QRadioButton(QString::number(level), card);
        button->setObjectName(QStringLiteral("scenario-level-%1").arg(level));
        button->setAccessibleName(name);
        auto *title = new QLabel(name, card);
        title->setWordWrap(true);
        QFont f = button->font();
        f.setBold(true);
        button->setFont(f);
        title->setFont(f);
        auto *top = new QHBoxLayout;
        top->addWidget(button, 0, Qt::AlignTop);
        top->addWidget(title, 1);
        const QString description = level == 0 ? tr("Not even the level 1 description applies yet.")
                                               : text(s.levels[level - 1].description);
        button->setAccessibleDescription(description);
        auto *label = new QLabel(description, card);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *badge = new QLabel(card);
        badge->setObjectName(QStringLiteral("self-level-%1").arg(level));
        badge->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
        badge->setVisible(false);
        v->addLayout(top);
        v->addWidget(label, 1);
        v->addWidget(badge);
        forwardClicks(card, button);
        forwardClicks(label, button);
        forwardClicks(title, button);
        m_group->addButton(button, level);
        // Equal columns whatever the length of the text; the labels wrap within them.
        card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row->addWidget(card, 1);
        m_cards << card;
        m_buttons << button;
        m_selfBadges << badge;
        connect(button, &QAbstractButton::clicked, this, [this, level] {
            emit edited(dl::AnswerKind::Scenario,
                        QString::fromStdString(m_data.entries()[m_entry].id),
                        QString::number(level));
        });
    }
    refresh();
}

void ScenarioEditor::refresh()
{
    const std::string &id = m_data.entries()[m_entry].id;
    // Stored ratings are canonical "0".."4"; anything else shows as not rated.
    auto rating = [&](QuestionnaireData::Layer l) {
        bool ok = false;
        const int r = QString::fromStdString(stored(l, dl::AnswerKind::Scenario, id)).toInt(&ok);
        return ok ? r : -1;
    };
    const int now = rating(m_layer);
    const int self = m_compare ? rating(QuestionnaireData::Layer::Self) : -1;
    m_group->setExclusive(false);
    for (int level = 0; level <= 4; ++level) {
        const QSignalBlocker block(m_buttons[level]);
        m_buttons[level]->setChecked(level == now);
        QFrame *card = m_cards[level];
        if (card->property("selected").toBool() != (level == now)) {
            card->setProperty("selected", level == now);
            card->style()->unpolish(card);
            card->style()->polish(card);
        }
        m_selfBadges[level]->setText(tr("◆ Enterprise's rating"));
        m_selfBadges[level]->setVisible(level == self);
    }
    m_group->setExclusive(true);
}

void ScenarioEditor::resizeEvent(QResizeEvent *event)
{
    // Five columns need room; on a narrow window the cards stack instead.
    const auto direction = width() < 600 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_row->direction() != direction) {
        m_row->setDirection(direction);
        updateGeometry(); // the height wanted changes with the direction
    }
    AnswerEditor::resizeEvent(event);
}

bool ScenarioEditor::pick(int digit)
{
    if (digit < 0 || digit > 4)
        return false;
    m_buttons[digit]->setFocus(Qt::ShortcutFocusReason);
    m_buttons[digit]->click();
    return true;
}

QList<QWidget *> ScenarioEditor::focusChain() const
{
    QList<QWidget *> out;
    for (QRadioButton *b : m_buttons)
        out << b;
    return out;
}
