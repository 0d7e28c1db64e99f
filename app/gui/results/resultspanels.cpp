// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspanels.h"

#include "enterprise/answercodec.h"
#include "resultsformat.h"
#include "scoring/textreport.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsPanels)
};

QString html(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString levelText(const dl::Model &m, int level, dl::Lang lang)
{
    return QString::fromStdString(dl::levelName(m, level, lang));
}

// One condition as a list entry: ✓ in green when it holds, ✗ in red when it does not.
QString conditionItem(const dl::ConditionCheck &c, dl::Lang lang)
{
    const QColor color = c.met ? ResultsFormat::gainColor() : ResultsFormat::lossColor();
    return QStringLiteral("<li><span style='color:%1'>%2</span> %3</li>")
        .arg(color.name(), c.met ? QStringLiteral("✓") : QStringLiteral("✗"),
             html(dl::conditionText(c, lang)));
}

const dl::LevelCheck *levelCheck(const dl::Explanation &ex, int level)
{
    for (const dl::LevelCheck &lc : ex.levels) {
        if (lc.level == level)
            return &lc;
    }
    return nullptr;
}

} // namespace

namespace ResultsPanels {

QString explanationHtml(const dl::Evaluation &e, dl::Lang lang)
{
    const dl::Model &m = e.model;
    const int level = e.result.level;
    QString out;
    if (const dl::LevelCheck *now = levelCheck(e.explanation, level)) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(Tr::tr("Why %1: every condition holds").arg(levelText(m, level, lang)));
        for (const dl::ConditionCheck &c : now->conditions)
            out += conditionItem(c, lang);
        out += QStringLiteral("</ul>");
        if (const dl::LevelRule *rule = m.rule(level))
            out += QStringLiteral("<p><i>%1</i></p>").arg(html(rule->description.get(lang)));
    } else {
        out +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(Tr::tr("%1: no level has all its conditions met").arg(levelText(m, 0, lang)));
    }
    if (const dl::LevelCheck *next = levelCheck(e.explanation, level + 1)) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(Tr::tr("What blocks %1").arg(levelText(m, level + 1, lang)));
        for (const dl::ConditionCheck &c : next->conditions)
            out += conditionItem(c, lang);
        out += QStringLiteral("</ul>");
    } else {
        out += QStringLiteral("<p>%1</p>").arg(Tr::tr("This is the highest level of the scheme."));
    }
    const int unanswered = int(e.result.unanswered.size());
    if (unanswered > 0)
        out += QStringLiteral("<p style='color:%1'>%2</p>")
                   .arg(ResultsFormat::lossColor().name(),
                        Tr::tr("Questions not answered yet (they score 0): %1").arg(unanswered));
    return out;
}

PlanTarget planTarget(const dl::Evaluation &e,
                      const dl::AnswerSet &answers,
                      const dl::Enterprise &enterprise,
                      dl::Lang lang)
{
    PlanTarget t;
    t.applies = enterprise.srdi != dl::SrdiStatus::None && e.model.maxLevel() >= kSrdiTargetLevel;
    if (!t.applies)
        return t;
    const QString target = levelText(e.model, kSrdiTargetLevel, lang);
    const QString lead = Tr::tr("Target for specialised SMEs (专精特新) under the SME digital "
                                "empowerment plan 2025–2027: %1 or higher.")
                             .arg(target);
    t.reached = e.result.level >= kSrdiTargetLevel;
    if (t.reached) {
        t.html = QStringLiteral("<b>%1</b> %2").arg(lead, Tr::tr("Reached."));
        return t;
    }
    QString missing;
    dl::Rational points;
    if (const dl::LevelCheck *check = levelCheck(e.explanation, kSrdiTargetLevel)) {
        for (const dl::ConditionCheck &c : check->conditions) {
            if (c.met)
                continue;
            if (c.kind == dl::ConditionKind::BaseScore)
                points = c.shortfall;
            missing += QStringLiteral("<li>%1</li>").arg(html(dl::conditionText(c, lang)));
        }
    }
    t.html = QStringLiteral("<b>%1</b> %2<ul>%3</ul>")
                 .arg(lead,
                      points.isZero()
                          ? Tr::tr("Not reached yet; these conditions are missing:")
                          : Tr::tr("Not reached yet: %1 base points and these conditions are "
                                   "missing:")
                                .arg(ResultsFormat::score(points)),
                      missing);
    // From level 0 the what-if list aims at level 1 only, so say what level 2 takes in all.
    const dl::WhatIfOutcome plans =
        e.result.level + 1 == kSrdiTargetLevel
            ? dl::WhatIfOutcome{e.whatIfStatus, e.whatIf}
            : dl::planForLevel(e.model, answers, e.result, kSrdiTargetLevel, 1, e.locks);
    if (!plans.plans.empty())
        t.html += Tr::tr("The cheapest way there needs %1 change step(s) and gains %2 base points.")
                      .arg(plans.plans.front().steps)
                      .arg(ResultsFormat::score(plans.plans.front().points));
    else if (plans.status == dl::PlanStatus::BlockedByLocks)
        t.html += Tr::tr("No way there remains with the items and scenarios marked “Not in our "
                         "plans”.");
    return t;
}

void fillWhatIf(QTreeWidget *tree,
                const dl::Evaluation &e,
                const dl::AnswerSet &answers,
                dl::Lang lang)
{
    tree->clear();
    tree->setHeaderLabels({Tr::tr("Change"), Tr::tr("Base points")});
    const dl::Model &m = e.model;
    if (e.whatIf.empty()) {
        const QString why =
            e.result.level >= m.maxLevel()
                ? Tr::tr("The highest level is reached; nothing to plan.")
            : e.whatIfStatus == dl::PlanStatus::BlockedByLocks
                ? Tr::tr("No plan remains with these locks: %1 can only be reached by changing "
                         "something marked “Not in our plans”.")
                      .arg(levelText(m, e.result.level + 1, lang))
                : Tr::tr("The next level cannot be reached by improving answers.");
        auto *row = new QTreeWidgetItem(tree, {why});
        row->setToolTip(0, why);
        if (e.whatIfStatus == dl::PlanStatus::BlockedByLocks)
            row->setForeground(0, ResultsFormat::lossColor());
        tree->setProperty("status", QLatin1String(dl::key(e.whatIfStatus)));
        return;
    }
    tree->setProperty("status", QLatin1String(dl::key(e.whatIfStatus)));
    int n = 0;
    for (const dl::WhatIfPlan &plan : e.whatIf) {
        ++n;
        QString title = n == 1 ? Tr::tr("Cheapest: %1 to %2, steps: %3")
                                     .arg(levelText(m, e.result.level, lang),
                                          levelText(m, plan.targetLevel, lang))
                                     .arg(plan.steps)
                               : Tr::tr("Alternative %1, steps: %2").arg(n).arg(plan.steps);
        if (plan.largeInvestments > 0)
            title = Tr::tr("%1; large investments: %2").arg(title).arg(plan.largeInvestments);
        auto *top = new QTreeWidgetItem(tree, {title, ResultsFormat::signedScore(plan.points)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(1, bold);
        top->setData(0, Qt::UserRole, plan.targetLevel);
        for (const dl::WhatIfChange &c : plan.changes) {
            const QString text = QString::fromStdString(dl::changeText(m, answers, c, lang));
            auto *child = new QTreeWidgetItem(top, {text});
            child->setToolTip(0, text);
            // changeText carries the mark; the role and the colour let it be seen and found.
            child->setData(0, kLargeInvestmentRole, c.isLargeInvestment());
            if (c.isLargeInvestment()) {
                child->setForeground(0, ResultsFormat::lossColor());
                child->setToolTip(0, text + QLatin1Char('\n') +
                                         Tr::tr("A large investment: the step needs a "
                                                "figure to more than double, or a share above the "
                                                "model's threshold."));
            }
            if (c.kind == dl::WhatIfChange::Kind::Item) {
                child->setText(1, ResultsFormat::signedScore(c.points));
                if (!c.points.isZero())
                    child->setForeground(1, ResultsFormat::gainColor());
            }
        }
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
}

QString overlaysHtml(const dl::Evaluation &e, dl::Lang lang)
{
    QString out;
    for (const dl::Evaluation::OverlayResult &o : e.overlays) {
        const dl::Model &m = *o.overlay;
        out += QStringLiteral("<h4>%1</h4><p>%2</p><ul>")
                   .arg(html(m.title.get(lang)),
                        Tr::tr("Score: %1")
                            .arg(ResultsFormat::scoreOf(o.result.base, o.result.maxBase)));
        for (std::size_t d = 0; d < m.subdimensions.size(); ++d)
            out +=
                QStringLiteral("<li>%1</li>")
                    .arg(Tr::tr("%1: %2").arg(html(m.subdimensions[d].name.get(lang)),
                                              ResultsFormat::scoreOf(o.result.subdimensions[d],
                                                                     m.subdimensions[d].points)));
        for (std::size_t s = 0; s < m.scenarios.size(); ++s) {
            const int rating = o.answers.scenarios[s].rating;
            out += QStringLiteral("<li>%1</li>")
                       .arg(Tr::tr("Scenario %1: %2")
                                .arg(html(m.scenarios[s].name.get(lang)),
                                     rating < 0 ? Tr::tr("not answered")
                                                : Tr::tr("level %1").arg(rating)));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

QString pendingHtml(const std::vector<dl::PendingConfirmation> &pending,
                    const dl::ModelSet &models,
                    dl::Lang lang)
{
    if (pending.empty())
        return {};
    QString out = QStringLiteral("<b>%1</b> %2<ul>")
                      .arg(Tr::tr("Answers to confirm: %1").arg(pending.size()).toHtmlEscaped(),
                           Tr::tr("They were carried over from the previous model version and "
                                  "count as answered; check each in the questionnaire and "
                                  "confirm or change it.")
                               .toHtmlEscaped());
    for (std::size_t k = 0; k < pending.size(); ++k) {
        const dl::PendingConfirmation &p = pending[k];
        out += QStringLiteral("<li>%1 (%2): %3")
                   .arg(html(dl::answerName(models, p.kind, p.key).get(lang)),
                        ResultsFormat::layerText(p.layer).toHtmlEscaped(),
                        html(dl::readableAnswer(models.model, models.overlays, p.kind, p.key,
                                                p.value, lang)));
        // A rule names several ids: its note once, after the last of them.
        const bool last = k + 1 == pending.size() || pending[k + 1].why.en != p.why.en;
        if (last && !p.why.empty())
            out += QStringLiteral("<br><i>%1</i>").arg(html(p.why.get(lang)));
        out += QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

} // namespace ResultsPanels
