// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureeditor.h"
#include "stdtext.h"

#include "scoring/answerloader.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");

} // namespace

QString FigureEditor::normalise(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            out += QChar(u'0' + (u - u'０'));
        else if (u == u'．' || u == u'。')
            out += QLatin1Char('.');
        else if (u == u'－')
            out += QLatin1Char('-');
        else if (u != u',' && u != u'，' && !c.isSpace())
            out += c;
    }
    return out;
}

FigureEditor::FigureEditor(QuestionnaireData &data,
                           int entry,
                           QuestionnaireData::Layer layer,
                           bool compare,
                           dl::Lang lang,
                           QWidget *parent)
    : AnswerEditor(data, entry, layer, compare, lang, parent)
    , m_item(data.item(entry))
    , m_model(data.model(data.entries()[entry].set))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    int r = 0;
    if (m_compare) {
        grid->addWidget(new QLabel(tr("Enterprise"), this), r, 1, Qt::AlignRight);
        grid->addWidget(new QLabel(tr("Verified"), this), r, 2);
        ++r;
    }
    // The whole before the part, the earlier year before the later: the order people think in.
    QList<int> order{m_item.figureA};
    if (m_item.type == dl::ItemType::Ratio)
        order = {m_item.figureB, m_item.figureA};
    else if (m_item.type == dl::ItemType::Trend)
        order = {m_item.figureA, m_item.figureB};
    for (int f : order) {
        const dl::Figure &fig = m_model.figures[f];
        Field field;
        field.figure = f;
        field.id = qs(fig.id);
        auto *name = new QLabel(text(fig.name), this);
        name->setWordWrap(true);
        name->setToolTip(text(fig.help));
        field.edit = new QLineEdit(this);
        field.edit->setObjectName(QStringLiteral("figure-") + field.id);
        field.edit->setAccessibleName(text(fig.name));
        field.edit->setToolTip(text(fig.help));
        field.edit->setAlignment(Qt::AlignRight);
        field.edit->setMaximumWidth(180);
        field.edit->setPlaceholderText(m_compare ? tr("not verified") : tr("not entered"));
        name->setBuddy(field.edit);
        field.error = new QLabel(this);
        field.error->setObjectName(QStringLiteral("figure-") + field.id + QStringLiteral("-error"));
        field.error->setStyleSheet(kErrorStyle);
        field.error->setWordWrap(true);
        field.error->hide();
        grid->addWidget(name, r, 0);
        if (m_compare) {
            field.self = new QLabel(this);
            field.self->setObjectName(QStringLiteral("self-figure-") + field.id);
            grid->addWidget(field.self, r, 1, Qt::AlignRight);
        }
        grid->addWidget(field.edit, r, 2);
        grid->addWidget(new QLabel(text(fig.unit), this), r, 3);
        grid->addWidget(field.error, r + 1, 0, 1, 4);
        r += 2;
        const int k = int(m_fields.size());
        connect(field.edit, &QLineEdit::textEdited, this, [this, k] { typed(k); });
        connect(field.edit, &QLineEdit::editingFinished, this, [this, k] { commit(k); });
        m_fields << field;
    }

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);
    if (m_item.type != dl::ItemType::Trend) {
        m_bands = new QLabel(this);
        m_bands->setObjectName(QStringLiteral("bands"));
        m_bands->setWordWrap(true);
        m_bands->setTextFormat(Qt::RichText);
        layout->addWidget(m_bands);
    } else {
        layout->addWidget(new QLabel(m_item.higherIsBetter
                                         ? tr("Or choose the change directly (higher is better):")
                                         : tr("Or choose the change directly (lower is better):"),
                                     this));
        auto *choices = new QGridLayout;
        choices->setColumnStretch(3, 1);
        layout->addLayout(choices);
        m_trend = new QButtonGroup(this);
        const QString names[3] = {tr("Worse"), tr("Same"), tr("Better")};
        for (int t = 0; t < 3; ++t) {
            auto *b = new QRadioButton(this);
            const QLatin1String key(dl::trendKey(dl::TrendDirection(t)));
            b->setObjectName(QStringLiteral("trend-") + key);
            b->setAccessibleName(names[t]);
            m_trend->addButton(b, t);
            auto *label = new QLabel(QStringLiteral("%1  %2").arg(t + 1).arg(names[t]), this);
            forwardClicks(label, b);
            if (m_compare) {
                auto *self = new QLabel(this);
                self->setObjectName(QStringLiteral("self-trend-") + key);
                m_trendSelf << self;
                choices->addWidget(self, t, 0);
            }
            choices->addWidget(b, t, 1);
            choices->addWidget(label, t, 2);
            choices->addWidget(new QLabel(points(m_item.trendPoints[t]), this), t, 3);
            m_trendButtons << b;
            connect(b, &QAbstractButton::clicked, this,
                    [this, key] { emit edited(dl::AnswerKind::Item, qs(m_item.id), key); });
        }
    }
    m_idle.setSingleShot(true);
    m_idle.setInterval(800);
    connect(&m_idle, &QTimer::timeout, this, &FigureEditor::flush);
    refresh();
}

FigureEditor::~FigureEditor()
{
    // A field that has the focus reports editingFinished while QWidget deletes it, after this
    // object's members are gone: cut it off now.
    for (const Field &f : std::as_const(m_fields))
        f.edit->disconnect(this);
}

QString FigureEditor::points(const dl::Rational &p) const
{
    return tr("%1 points").arg(qs(p.toString()));
}

bool FigureEditor::check(const Field &f, QString &canonical, QString &message) const
{
    const QString t = normalise(f.edit->text());
    canonical.clear();
    message.clear();
    if (t.isEmpty())
        return true;
    const auto &a = m_data.assessment();
    auto c = dl::canonicalAnswer(a.models, a.industry, dl::AnswerKind::Figure, f.id.toStdString(),
                                 t.toStdString());
    if (c) {
        canonical = qs(*c);
        return true;
    }
    if (!dl::Rational::parseDecimal(t.toStdString())) {
        message = tr("Not a number: type digits with at most one decimal point, such as 120 or "
                     "97.5 (up to 6 decimals).");
        return false;
    }
    switch (m_model.figures[f.figure].kind) {
    case dl::FigureKind::Count:
        message = tr("Enter a whole number, 0 or more.");
        break;
    case dl::FigureKind::Amount:
        message = tr("Enter an amount of 0 or more.");
        break;
    case dl::FigureKind::Percent:
        message = tr("Enter a percentage from 0 to 100.");
        break;
    case dl::FigureKind::Value:
        message = tr("Enter a number.");
        break;
    }
    return false;
}

void FigureEditor::typed(int k)
{
    Field &f = m_fields[k];
    f.dirty = true;
    QString canonical, message;
    check(f, canonical, message);
    f.error->setText(message);
    f.error->setVisible(!message.isEmpty());
    updateResult();
    updateTrendChoice();
    m_idle.start();
}

void FigureEditor::commit(int k)
{
    Field &f = m_fields[k];
    if (!f.dirty)
        return;
    QString canonical, message;
    if (!check(f, canonical, message))
        return; // the message stays beside the field; nothing invalid is stored
    f.dirty = false;
    emit edited(dl::AnswerKind::Figure, f.id, canonical);
}

void FigureEditor::flush()
{
    m_idle.stop();
    for (int k = 0; k < m_fields.size(); ++k)
        commit(k);
}

std::optional<dl::Rational> FigureEditor::current(int figure) const
{
    for (const Field &f : m_fields) {
        if (f.figure != figure)
            continue;
        QString canonical, message;
        if (check(f, canonical, message) && !canonical.isEmpty())
            return dl::Rational::parseDecimal(canonical.toStdString());
    }
    if (m_compare)
        return m_data.figure(QuestionnaireData::Layer::Self, m_data.entries()[m_entry].set, figure);
    return std::nullopt;
}

void FigureEditor::refresh()
{
    const int set = m_data.entries()[m_entry].set;
    for (Field &f : m_fields) {
        const QString stored =
            qs(m_data.value(m_layer, dl::AnswerKind::Figure, f.id.toStdString()));
        if (!f.dirty && f.edit->text() != stored) {
            const QSignalBlocker block(f.edit);
            f.edit->setText(stored);
        }
        if (f.self) {
            const auto v = m_data.figure(QuestionnaireData::Layer::Self, set, f.figure);
            f.self->setText(v ? qs(v->toString(6)) : QStringLiteral("—"));
        }
        QString canonical, message;
        check(f, canonical, message);
        f.error->setText(message);
        f.error->setVisible(!message.isEmpty());
    }
    updateResult();
    updateTrendChoice();
}

void FigureEditor::updateResult()
{
    const auto x = current(m_item.figureA);
    const auto y = m_item.figureB >= 0 ? current(m_item.figureB) : x;
    QString result;
    bool error = false;
    int band = -1;
    if (m_item.type == dl::ItemType::Trend) {
        if (!x || !y) {
            result = tr("Enter both years' figures, or choose the change directly below.");
        } else {
            const dl::TrendDirection t = dl::trendFromFigures(m_item, *x, *y);
            const QString change = *y > *x ? tr("rose") : *y < *x ? tr("fell") : tr("unchanged");
            const QString names[3] = {tr("worse"), tr("same"), tr("better")};
            result = tr("From the figures: %1, which counts as %2 — %3")
                         .arg(change, names[int(t)], points(m_item.trendPoints[int(t)]));
        }
    } else if (!x || !y) {
        result = m_item.type == dl::ItemType::Ratio
                     ? tr("Enter both figures to work out the share.")
                     : tr("Enter the figure to find its band.");
    } else if (const auto conflict = dl::figureConflict(m_item, *x, *y);
               conflict == dl::FigureConflict::PartExceedsWhole) {
        error = true;
        result = tr("%1 (%2) cannot be more than %3 (%4): the part cannot exceed the whole.")
                     .arg(text(m_model.figures[m_item.figureA].name), qs(x->toString()),
                          text(m_model.figures[m_item.figureB].name), qs(y->toString()));
    } else if (conflict == dl::FigureConflict::OutsideRange) {
        error = true;
        result = tr("%1 is outside the range this item accepts, %2.")
                     .arg(qs(x->toString()), qs(m_item.numberRange.toString()));
    } else {
        const bool ratio = m_item.type == dl::ItemType::Ratio;
        const dl::Rational v = ratio ? dl::ratioPercent(*x, *y) : *x;
        band = dl::bandIndex(m_item.bands, v);
        const QString where = band >= 0 ? qs(m_item.bands[band].range.toString(ratio)) : QString();
        const QString pts = band >= 0 ? points(m_item.bands[band].points) : points(0);
        result = ratio ? tr("Share: %1 % — band %2 — %3").arg(qs(v.toString(2)), where, pts)
                       : tr("Value: %1 — band %2 — %3").arg(qs(v.toString(2)), where, pts);
    }
    m_result->setText(result);
    m_result->setStyleSheet(error ? kErrorStyle : QStringLiteral("font-weight: bold;"));
    if (!m_bands)
        return;
    QStringList parts;
    for (int b = 0; b < int(m_item.bands.size()); ++b) {
        const QString t = QStringLiteral("%1 → %2").arg(
            qs(m_item.bands[b].range.toString(m_item.type == dl::ItemType::Ratio)).toHtmlEscaped(),
            points(m_item.bands[b].points).toHtmlEscaped());
        parts << (b == band ? QStringLiteral("<span style='background-color: palette(highlight); "
                                             "color: palette(highlighted-text);'>&nbsp;%1&nbsp;"
                                             "</span>")
                                  .arg(t)
                            : t);
    }
    m_bands->setText(tr("Bands: %1").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
}

void FigureEditor::updateTrendChoice()
{
    if (!m_trend)
        return;
    // Figures given in this layer decide; the direct choice is for when they are not known.
    std::optional<dl::Rational> typed[2];
    for (int i = 0; i < 2; ++i) {
        QString canonical, message;
        if (check(m_fields[i], canonical, message) && !canonical.isEmpty())
            typed[i] = dl::Rational::parseDecimal(canonical.toStdString());
    }
    const bool fromFigures = typed[0] && typed[1];
    int checked = -1;
    if (fromFigures)
        checked = int(dl::trendFromFigures(m_item, *typed[0], *typed[1]));
    else if (const auto t = dl::parseTrend(m_data.value(m_layer, dl::AnswerKind::Item, m_item.id)))
        checked = int(*t);
    m_trend->setExclusive(false);
    for (int t = 0; t < 3; ++t) {
        const QSignalBlocker block(m_trendButtons[t]);
        m_trendButtons[t]->setChecked(t == checked);
        m_trendButtons[t]->setEnabled(!fromFigures);
    }
    m_trend->setExclusive(true);
    if (m_trendSelf.isEmpty())
        return;
    const int set = m_data.entries()[m_entry].set;
    const auto sa = m_data.figure(QuestionnaireData::Layer::Self, set, m_item.figureA);
    const auto sb = m_data.figure(QuestionnaireData::Layer::Self, set, m_item.figureB);
    int self = -1;
    if (sa && sb)
        self = int(dl::trendFromFigures(m_item, *sa, *sb));
    else if (const auto t = dl::parseTrend(
                 m_data.value(QuestionnaireData::Layer::Self, dl::AnswerKind::Item, m_item.id)))
        self = int(*t);
    for (int t = 0; t < 3; ++t)
        m_trendSelf[t]->setText(t == self ? QStringLiteral("✓") : QString());
}

bool FigureEditor::pick(int digit)
{
    if (!m_trend || digit < 1 || digit > 3 || !m_trendButtons[digit - 1]->isEnabled())
        return false;
    m_trendButtons[digit - 1]->setFocus(Qt::ShortcutFocusReason);
    m_trendButtons[digit - 1]->click();
    return true;
}

QList<QWidget *> FigureEditor::focusChain() const
{
    QList<QWidget *> out;
    for (const Field &f : m_fields)
        out << f.edit;
    for (QRadioButton *b : m_trendButtons)
        out << b;
    return out;
}
