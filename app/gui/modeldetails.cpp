// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldetails.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelDetails)
};

QString html(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString evidenceHtml(const std::vector<dl::EvidenceItem> &evidence, dl::Lang lang)
{
    if (evidence.empty())
        return {};
    QString out = QStringLiteral("<h4>%1</h4><ul>").arg(Tr::tr("Evidence to show on site"));
    for (const dl::EvidenceItem &e : evidence)
        out += QStringLiteral("<li>%1</li>").arg(html(e.text.get(lang)));
    return out + QStringLiteral("</ul>");
}

QString itemHtml(const dl::Model &m, const dl::Item &item, dl::Lang lang)
{
    QString out = QStringLiteral("<h3>%1</h3><p>%2</p>")
                      .arg(html(item.name.get(lang)), html(item.question.get(lang)));
    if (!item.help.empty())
        out += QStringLiteral("<p><i>%1</i></p>").arg(html(item.help.get(lang)));
    out += QStringLiteral("<h4>%1</h4><table cellspacing='4'>")
               .arg(Tr::tr("How it scores (%1 points)").arg(html(item.points.toString())));
    auto row = [&](const QString &label, const dl::Rational &points) {
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                   .arg(label, html(points.toString()));
    };
    switch (item.type) {
    case dl::ItemType::Single:
    case dl::ItemType::Multi:
        for (const dl::Option &o : item.options)
            row(html(o.label.get(lang)), o.points);
        break;
    case dl::ItemType::Ratio:
    case dl::ItemType::Number:
        for (const dl::Band &b : item.bands)
            row(html(b.range.toString(item.type == dl::ItemType::Ratio)), b.points);
        break;
    case dl::ItemType::Trend:
        row(Tr::tr("Worse"), item.trendPoints[0]);
        row(Tr::tr("Same"), item.trendPoints[1]);
        row(Tr::tr("Better"), item.trendPoints[2]);
        break;
    case dl::ItemType::YesNo:
        row(Tr::tr("Yes"), item.yesPoints);
        row(Tr::tr("No"), 0);
        break;
    }
    out += QStringLiteral("</table>");
    if (item.figureA >= 0) {
        out += QStringLiteral("<p>%1 ").arg(Tr::tr("Figures entered:"));
        out += html(m.figures[item.figureA].name.get(lang));
        if (item.figureB >= 0)
            out += QStringLiteral(", ") + html(m.figures[item.figureB].name.get(lang));
        out += QStringLiteral("</p>");
    }
    out += evidenceHtml(item.evidence, lang);
    out += QStringLiteral("<h4>%1</h4><p>%2</p>")
               .arg(Tr::tr("How to improve"), html(item.recommendation.get(lang)));
    return out;
}

QString scenarioHtml(const dl::Scenario &s, dl::Lang lang)
{
    QString out =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(html(s.name.get(lang)), s.constrained ? Tr::tr("Constrained scenario (约束性)")
                                                       : Tr::tr("Guiding scenario (指导性)"));
    if (!s.question.empty())
        out += QStringLiteral("<p>%1</p>").arg(html(s.question.get(lang)));
    for (int l = 0; l < 4; ++l)
        out += QStringLiteral("<h4>%1</h4><p>%2</p><p><i>%3</i></p>")
                   .arg(Tr::tr("Level %1").arg(l + 1), html(s.levels[l].description.get(lang)),
                        html(s.levels[l].recommendation.get(lang)));
    return out + evidenceHtml(s.evidence, lang);
}

} // namespace

QString modelNodeHtml(const dl::Model &model, const QString &id, dl::Lang lang)
{
    const std::string key = id.toStdString();
    if (const int i = model.findItem(key); i >= 0)
        return itemHtml(model, model.items[i], lang);
    if (const int s = model.findScenario(key); s >= 0)
        return scenarioHtml(model.scenarios[s], lang);
    return {};
}
