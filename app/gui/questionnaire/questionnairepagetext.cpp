// SPDX-License-Identifier: GPL-3.0-or-later
// QuestionnairePage, continued: the text around the controls (header, question, points and the
// difference between the enterprise's and the verified answer).
#include "questionnairepage.h"
#include "stdtext.h"

#include "answereditor.h"
#include "appsession.h"
#include "confirmationbox.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace {

QString number(const dl::Rational &r)
{
    return qs(r.toString(3));
}

QString signedNumber(const dl::Rational &r)
{
    if (r.isZero())
        return QStringLiteral("±0");
    return r.isNegative() ? QStringLiteral("−") + number(-r) : QStringLiteral("+") + number(r);
}

QString colour(const QString &css)
{
    return QStringLiteral("font-weight: bold; color: %1;").arg(css);
}

const QString kWorse = QStringLiteral("#b00020");
const QString kBetter = QStringLiteral("#1b7f3a");
const QString kChanged = QStringLiteral("#8a4b00");

} // namespace

QString QuestionnairePage::pointsText(const std::optional<dl::Rational> &p) const
{
    return p ? number(*p) : QStringLiteral("–");
}

void QuestionnairePage::updateHeader()
{
    m_results->setEnabled(m_data != nullptr);
    m_book->setEnabled(m_data != nullptr);
    if (!m_data) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_score->clear();
        return;
    }
    const QuestionnaireData::Summary s = m_data->summary();
    const int done = m_verify ? s.verified : s.answered;
    m_progress->setRange(0, std::max(1, s.total));
    m_progress->setValue(done);
    m_progress->setFormat(
        (m_verify ? tr("%1 of %2 verified") : tr("%1 of %2 answered")).arg(done).arg(s.total));
    const dl::Model &model = m_data->model(-1);
    auto level = [&](int l) { return qs(dl::levelName(model, l, m_session.lang())); };
    if (!m_verify) {
        m_score->setText(tr("Base score %1 of %2 · %3")
                             .arg(number(s.selfBase), number(s.maxBase), level(s.selfLevel)));
        m_score->setStyleSheet(QString());
    } else {
        m_score->setText(tr("Base score: enterprise %1 → verified %2 of %3 · %4 → %5")
                             .arg(number(s.selfBase), number(s.verifiedBase), number(s.maxBase),
                                  level(s.selfLevel), level(s.verifiedLevel)));
        const dl::Rational delta = s.verifiedBase - s.selfBase;
        m_score->setStyleSheet(delta.isZero()       ? QString()
                               : delta.isNegative() ? colour(kWorse)
                                                    : colour(kBetter));
    }
    if (const int waiting = m_data->pendingCount(layer()))
        m_score->setText(m_score->text() + QStringLiteral(" · ") +
                         tr("to confirm: %1").arg(waiting));
    m_score->setToolTip(tr("Worked out from the answers given so far; unanswered questions count "
                           "as nothing."));
}

void QuestionnairePage::updateEntry()
{
    const bool on = m_data && m_entry >= 0;
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
                       static_cast<QWidget *>(m_nextOpen), static_cast<QWidget *>(m_clear),
                       static_cast<QWidget *>(m_same)})
        w->setEnabled(on);
    m_confirmation->setEntry(m_data.get(), on ? m_entry : -1, layer(), m_session.lang());
    if (!on) {
        for (QLabel *l : {m_path, m_name, m_question, m_hint, m_points, m_difference})
            l->clear();
        m_notice->hide();
        return;
    }
    const QuestionnaireData::Entry &en = m_data->entries()[m_entry];
    const dl::Model &model = m_data->model(en.set);
    const dl::Lang lang = m_session.lang();
    auto text = [&](const dl::LocalText &t) { return qs(t.get(lang)); };

    QStringList path;
    if (en.set >= 0)
        path << text(model.title);
    int position = 0, total = 0;
    for (int e = 0; e < int(m_data->entries().size()); ++e) {
        if (!m_data->enabled(e))
            continue;
        ++total;
        position += e <= m_entry ? 1 : 0;
    }
    QString hint;
    if (en.scenario) {
        const dl::Scenario &s = m_data->scenario(m_entry);
        path << text(model.groups[s.group].name);
        m_name->setText(s.constrained ? tr("★ %1 (constrained scenario)").arg(text(s.name))
                                      : text(s.name));
        m_question->setText(text(s.question));
        hint = tr("Choose the level that describes the enterprise today (keys 0–4).");
    } else {
        const dl::Item &item = m_data->item(m_entry);
        path << text(model.dimensions[item.dimension].name)
             << text(model.subdimensions[item.subdimension].name);
        m_name->setText(text(item.name));
        m_question->setText(text(item.question));
        switch (item.type) {
        case dl::ItemType::Single:
            hint = tr("Choose one (keys 1–9).");
            break;
        case dl::ItemType::Multi: {
            hint = tr("Tick all that apply (keys 1–9 toggle).");
            for (const dl::Option &o : item.options) {
                if (o.exclusive)
                    hint = tr("Tick all that apply (keys 1–9 toggle). “%1” clears the others.")
                               .arg(text(o.label));
            }
            break;
        }
        case dl::ItemType::YesNo:
            hint = tr("Choose yes or no (keys 1 and 2).");
            break;
        case dl::ItemType::Ratio:
            hint = tr("Enter both figures; the share and its band are worked out for you.");
            break;
        case dl::ItemType::Number:
            hint = tr("Enter the figure; its band is worked out for you.");
            break;
        case dl::ItemType::Trend:
            hint = tr("Enter the figures of both years, or choose the change directly (keys 1–3) "
                      "if you do not have them.");
            break;
        }
    }
    m_path->setText(path.join(QStringLiteral(" › ")) + QStringLiteral("   ·   ") +
                    (m_data->enabled(m_entry) ? tr("Question %1 of %2").arg(position).arg(total)
                                              : tr("Not asked")));
    m_hint->setText(hint);
    const bool asked = m_data->enabled(m_entry);
    const QString industry = qs(m_data->assessment().enterprise.industry);
    m_notice->setText(industry.isEmpty()
                          ? tr("Not asked: the model asks this only in some industries, and no "
                               "industry is set for this enterprise. It does not count.")
                          : tr("Not asked for this enterprise's industry (%1). It does not count.")
                                .arg(industry));
    m_notice->setVisible(!asked);

    const auto view = m_verify ? Layer::Verified : Layer::Self;
    const dl::AnswerKind kind = m_data->kindOf(m_entry);
    const bool direct = en.scenario || (m_data->item(m_entry).type != dl::ItemType::Ratio &&
                                        m_data->item(m_entry).type != dl::ItemType::Number);
    m_clear->setVisible(direct);
    m_clear->setEnabled(asked && !m_data->value(layer(), kind, en.id).empty());
    m_same->setEnabled(asked);
    if (!asked) {
        m_points->setText(tr("Not counted"));
    } else if (en.scenario) {
        const int r = m_data->rating(m_entry, view);
        m_points->setText(r < 0
                              ? tr("Not rated yet")
                              : tr("Rated: %1").arg(qs(dl::levelName(m_data->model(-1), r, lang))));
    } else {
        const auto p = m_data->points(m_entry, view);
        const QString max = number(m_data->item(m_entry).points);
        m_points->setText(p ? tr("Points: %1 / %2").arg(number(*p), max)
                            : tr("Points: – / %1, not answered yet").arg(max));
    }
    if (!m_verify) {
        m_difference->clear(); // kept in the layout: it takes the free width
        return;
    }
    QString diff, style = QStringLiteral("color: palette(dark);");
    if (!m_data->answered(m_entry, Layer::Verified)) {
        diff = m_data->answered(m_entry, Layer::Self)
                   ? tr("Not verified yet: the enterprise's answer counts.")
                   : tr("Not verified yet, and not answered by the enterprise.");
    } else if (!m_data->differs(m_entry)) {
        diff = tr("Verified: the same as the enterprise's answer.");
        style = colour(kBetter);
    } else if (en.scenario) {
        const int a = m_data->rating(m_entry, Layer::Self);
        const int b = m_data->rating(m_entry, Layer::Verified);
        auto name = [&](int r) {
            return r < 0 ? QStringLiteral("–") : qs(dl::levelName(m_data->model(-1), r, lang));
        };
        diff = tr("Enterprise %1 → verified %2").arg(name(a), name(b));
        style = colour(b < a ? kWorse : b > a ? kBetter : kChanged);
    } else {
        const auto a = m_data->points(m_entry, Layer::Self);
        const auto b = m_data->points(m_entry, Layer::Verified);
        const dl::Rational delta = b.value_or(0) - a.value_or(0);
        diff = tr("Enterprise %1 → verified %2: %3 points")
                   .arg(pointsText(a), pointsText(b), signedNumber(delta));
        style = colour(delta.isNegative() ? kWorse : delta.isZero() ? kChanged : kBetter);
    }
    m_difference->setText(diff);
    m_difference->setStyleSheet(style);
}
