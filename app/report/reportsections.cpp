// SPDX-License-Identifier: GPL-3.0-or-later
// Cover and summary, and what the sections share.
#include "reportsections.h"

#include "model/officialmodels.h"
#include "reportgraphics.h"
#include "reporttext.h"
#include "scoring/textreport.h"
#include "store/fingerprint.h"

#include <QPainter>

#include <algorithm>

namespace dl::report {

QColor levelColour(int level)
{
    static const QColor colours[] = {QColor(0x8A, 0x8F, 0x96), QColor(0x3C, 0x8D, 0xBC),
                                     QColor(0x2E, 0x7D, 0x32), QColor(0xEF, 0x8F, 0x00),
                                     QColor(0xC6, 0x28, 0x28)};
    return colours[std::clamp(level, 0, 4)];
}

namespace {

std::string percent(const Rational &part, const Rational &whole)
{
    if (whole.isZero())
        return "-";
    return (part * Rational(100) / whole).toString(1) + "%";
}

std::string modeText(const ReportContext &c)
{
    if (c.verified())
        return T(c.lang, "现场核验（核验答案优先，未核验的沿用自评答案）",
                 "Verified on site (verified answers, self answers where not verified)");
    return c.in.record.mode == AssessmentMode::Onsite
               ? T(c.lang, "企业自评（现场诊断中的自评答案）",
                   "Self-assessment (the enterprise's answers of an on-site diagnosis)")
               : T(c.lang, "企业自评", "Self-assessment");
}

} // namespace

std::string joined(const std::vector<std::string> &parts, const std::string &separator)
{
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

std::vector<std::string> conditionTexts(const LevelCheck &check, Lang lang, bool unmetOnly)
{
    std::vector<std::string> out;
    for (const ConditionCheck &c : check.conditions)
        if (!unmetOnly || !c.met)
            out.push_back(conditionText(c, lang));
    return out;
}

const LevelCheck *levelCheck(const Evaluation &e, int level)
{
    for (const LevelCheck &l : e.explanation.levels)
        if (l.level == level)
            return &l;
    return nullptr;
}

void writeCover(PageLayout &page, const ReportContext &c)
{
    const Model &m = c.eval.model;
    const ReportInput &in = c.in;
    const Lang lang = c.lang;
    page.space(28);
    page.paragraph(QStringLiteral("DigiLevel"), 11, true, kGrey);
    page.paragraph(q(c.title()), 24, true, kAccent);
    page.paragraph(q(m.title.get(lang)), 13, false, kGrey);
    page.space(12);
    page.paragraph(q(in.enterprise.name.empty() ? T(lang, "（未填写企业名称）", "(no name given)")
                                                : in.enterprise.name),
                   19, true);
    page.space(6);

    Table t;
    t.widths = {30, 70};
    t.pointSize = 10;
    auto row = [&](const std::string &key, const std::string &value) {
        t.rows.push_back({{{q(key), true, kGrey}, {q(value.empty() ? "—" : value)}}});
    };
    const Enterprise &e = in.enterprise;
    row(T(lang, "统一社会信用代码", "Credit code"), e.creditCode);
    row(T(lang, "所属行业", "Industry"), c.industryLabel());
    if (!e.province.empty() || !e.city.empty())
        row(T(lang, "所在地区", "Region"), e.province + " " + e.city);
    row(T(lang, "评测模型", "Model"),
        fmt("%1 %2%3", {in.record.modelId, in.record.modelVersion,
                        m.official ? T(lang, "（官方）", " (official)")
                        : m.modifiedOfficial()
                            ? (lang == Lang::ZhCN ? "（" : " (") + modifiedModelLabel().get(lang) +
                                  (lang == Lang::ZhCN ? "）" : ")")
                            : std::string()}));
    row(T(lang, "评测方式", "Mode"), modeText(c));
    row(T(lang, "评估人", "Assessor"), in.record.assessorName);
    row(T(lang, "评估机构", "Organisation"), in.record.assessorOrg);
    row(T(lang, "评测日期", "Assessment date"),
        in.record.updatedAt.empty() ? std::string() : in.record.updatedAt.substr(0, 10));
    row(T(lang, "报告日期", "Report date"), in.generatedOn);
    if (in.record.id > 0)
        row(T(lang, "评测编号", "Assessment"),
            fmt("%1（%2）", {std::to_string(in.record.id), in.record.uuid}));
    else
        row(T(lang, "答案文件", "Answer file"), in.sourceFile);
    page.table(t);

    page.space(8);
    const int level = c.eval.result.level;
    const QString levelText =
        q(fmt(T(lang, "评测等级：%1", "Assessed level: %1"), {levelName(m, level, lang)}));
    const QString scoreText =
        q(fmt(T(lang, "基础分 %1 / %2", "Base score %1 of %2"),
              {c.eval.result.base.toString(), c.eval.result.maxBase.toString()}));
    const QFont big = page.font(20, true), normal = page.font(12);
    page.block(24, [levelText, scoreText, big, normal, level](QPainter &p, const QRectF &r) {
        const QRectF box(r.left(), r.top(), r.width(), r.height() * 0.9);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF1, 0xF4, 0xF8));
        p.drawRect(box);
        p.fillRect(QRectF(box.left(), box.top(), box.width() * 0.012, box.height()),
                   levelColour(level));
        p.setFont(big);
        p.setPen(levelColour(level));
        p.drawText(box.adjusted(box.width() * 0.04, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   levelText);
        p.setFont(normal);
        p.setPen(Qt::black);
        p.drawText(box.adjusted(0, 0, -box.width() * 0.04, 0), Qt::AlignRight | Qt::AlignVCenter,
                   scoreText);
    });
    page.space(10);
    page.paragraph(q(T(lang,
                       "本报告由 DigiLevel 根据所存答案生成。页脚的报告指纹是评测模型与答案的 "
                       "SHA-256 摘要，可用“digilevel-cli verify 报告.pdf”核对报告与数据库或数据包中"
                       "的数据是否一致。",
                       "DigiLevel wrote this report from the stored answers. The fingerprint in "
                       "the footer is a SHA-256 of the model and the answers; \"digilevel-cli "
                       "verify REPORT.pdf\" checks the report against a database or bundle.")),
                   8.5, false, kGrey);
    page.newPage();
}

void writeSummary(PageLayout &page, const ReportContext &c, int number)
{
    const Model &m = c.eval.model;
    const ScoreResult &r = c.eval.result;
    const Lang lang = c.lang;
    page.heading(q(sectionTitle(c, number, T(lang, "评测结论", "Summary"))), 1);

    const QString levelText = q(levelName(m, r.level, lang));
    std::string counts;
    for (int l = 1; l <= m.maxLevel() && l <= 4; ++l)
        counts += (counts.empty() ? "" : "  ") +
                  fmt(T(lang, "≥%1级 %2（约束性 %3）", ">=%1: %2 (constrained %3)"),
                      {std::to_string(l), std::to_string(r.atLeast[l]),
                       std::to_string(r.constrainedAtLeast[l])});
    const QString lines =
        q(fmt(T(lang, "基础分 %1 / %2\n场景数：%3", "Base score %1 of %2\nScenarios: %3"),
              {r.base.toString(), r.maxBase.toString(), counts}));
    const QFont big = page.font(26, true), normal = page.font(9.5), small = page.font(7.5);
    const QByteArray qrText =
        QByteArray::fromStdString(std::string(kFingerprintFormat) + ":" + c.in.fingerprint);
    const QString qrCaption = q(T(lang, "报告指纹（二维码）", "Report fingerprint (QR)"));
    const int level = r.level;
    page.block(40, [=](QPainter &p, const QRectF &rect) {
        const qreal qrSize = rect.height() * 0.86;
        const QRectF box(rect.left(), rect.top(), rect.width() - qrSize - rect.height() * 0.15,
                         rect.height() * 0.94);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF1, 0xF4, 0xF8));
        p.drawRect(box);
        p.fillRect(QRectF(box.left(), box.top(), box.width() * 0.015, box.height()),
                   levelColour(level));
        p.setFont(big);
        p.setPen(levelColour(level));
        const QRectF inner = box.adjusted(box.width() * 0.05, box.height() * 0.08, 0, 0);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.5),
                   Qt::AlignLeft | Qt::AlignVCenter, levelText);
        p.setFont(normal);
        p.setPen(Qt::black);
        p.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.5, inner.width(),
                          inner.height() * 0.5),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines);
        const QRectF qr(rect.right() - qrSize, rect.top(), qrSize, qrSize);
        drawQrCode(p, qr, qrText);
        p.setFont(small);
        p.setPen(kGrey);
        p.drawText(
            QRectF(qr.left() - qrSize * 0.2, qr.bottom(), qrSize * 1.4, rect.height() * 0.14),
            Qt::AlignHCenter | Qt::AlignTop, qrCaption);
    });

    // What the level means for this enterprise.
    page.space(2);
    if (const LevelRule *rule = m.rule(r.level))
        page.paragraph(q(fmt(T(lang, "%1意味着：%2", "%1 means: %2"),
                             {levelName(m, r.level, lang), rule->description.get(lang)})),
                       9.5);
    else if (const LevelCheck *first = levelCheck(c.eval, 1))
        page.paragraph(q(fmt(T(lang, "尚未同时满足%1的全部条件：%2。",
                               "Not all conditions of %1 are met yet: %2."),
                             {levelName(m, 1, lang),
                              joined(conditionTexts(*first, lang, true), T(lang, "；", "; "))})),
                       9.5);
    int strongest = -1, weakest = -1;
    for (int d = 0; d < int(m.dimensions.size()); ++d) {
        if (m.dimensions[d].points.isZero())
            continue;
        auto share = [&](int k) { return r.dimensions[k] / m.dimensions[k].points; };
        if (strongest < 0 || share(d) > share(strongest))
            strongest = d;
        if (weakest < 0 || share(d) < share(weakest))
            weakest = d;
    }
    if (strongest >= 0 && strongest != weakest)
        page.paragraph(
            q(fmt(T(lang, "%1的得分率最高（%2），%3最低（%4），改进宜从后者着手。",
                    "%1 is the strongest dimension (%2 of its points), %3 the weakest (%4): "
                    "improvement starts there."),
                  {m.dimensions[strongest].name.get(lang),
                   percent(r.dimensions[strongest], m.dimensions[strongest].points),
                   m.dimensions[weakest].name.get(lang),
                   percent(r.dimensions[weakest], m.dimensions[weakest].points)})),
            9.5);
    if (const LevelCheck *next = levelCheck(c.eval, r.level + 1))
        page.paragraph(q(fmt(T(lang, "距%1还差：%2。", "Still missing for %1: %2."),
                             {levelName(m, r.level + 1, lang),
                              joined(conditionTexts(*next, lang, true), T(lang, "；", "; "))})),
                       9.5);
    else
        page.paragraph(q(T(lang, "已达到最高等级。", "This is the highest level.")), 9.5);
    if (c.verified() && c.selfEval.result.level != r.level)
        page.paragraph(
            q(fmt(T(lang, "核验后的等级为%1，企业自评为%2。",
                    "Verified on site the level is %1; the self-assessment gave %2."),
                  {levelName(m, r.level, lang), levelName(m, c.selfEval.result.level, lang)})),
            9.5, true);
    if (!r.unanswered.empty())
        page.paragraph(q(fmt(T(lang, "有 %1 项指标或场景未作答，按 0 分计。",
                               "%1 items or scenarios are unanswered and count as 0."),
                             {std::to_string(r.unanswered.size())})),
                       9.5, false, kBad);

    Table t;
    t.widths =
        c.verified() ? std::vector<qreal>{46, 14, 14, 12, 14} : std::vector<qreal>{52, 16, 16, 16};
    t.header.cells = {{q(T(lang, "维度 / 子维度", "Dimension / sub-dimension"))},
                      {q(T(lang, "得分", "Score")), false, Qt::black, {}, Qt::AlignRight}};
    if (c.verified())
        t.header.cells.push_back(
            {q(T(lang, "自评得分", "Self score")), false, Qt::black, {}, Qt::AlignRight});
    t.header.cells.push_back({q(T(lang, "满分", "Maximum")), false, Qt::black, {}, Qt::AlignRight});
    t.header.cells.push_back({q(T(lang, "得分率", "Share")), false, Qt::black, {}, Qt::AlignRight});
    auto addRow = [&](const std::string &name, const Rational &score, const Rational &self,
                      const Rational &max, bool strong) {
        TableRow row;
        row.cells.push_back({q(name), strong});
        row.cells.push_back({q(score.toString()), strong, Qt::black, {}, Qt::AlignRight});
        if (c.verified())
            row.cells.push_back({q(self.toString()), false, kGrey, {}, Qt::AlignRight});
        row.cells.push_back({q(max.toString()), false, Qt::black, {}, Qt::AlignRight});
        row.cells.push_back({q(percent(score, max)), false, Qt::black, {}, Qt::AlignRight});
        if (strong)
            row.background = QColor(0xF4, 0xF6, 0xF9);
        t.rows.push_back(row);
    };
    for (int d = 0; d < int(m.dimensions.size()); ++d) {
        addRow(m.dimensions[d].name.get(lang), r.dimensions[d], c.selfEval.result.dimensions[d],
               m.dimensions[d].points, true);
        for (int s : m.dimensions[d].subdimensions)
            addRow("    " + m.subdimensions[s].name.get(lang), r.subdimensions[s],
                   c.selfEval.result.subdimensions[s], m.subdimensions[s].points, false);
    }
    addRow(T(lang, "基础分合计", "Base score"), r.base, c.selfEval.result.base, r.maxBase, true);
    page.space(2);
    page.table(t);

    std::vector<QString> axes;
    RadarSeries now{
        {}, kAccent, true, q(c.verified() ? T(lang, "核验", "verified") : T(lang, "本次", "this"))};
    RadarSeries self{{}, QColor(0xEF, 0x8F, 0x00), false, q(T(lang, "自评", "self"))};
    for (int s = 0; s < int(m.subdimensions.size()); ++s) {
        const Rational &max = m.subdimensions[s].points;
        if (max.isZero())
            continue;
        axes.push_back(q(m.subdimensions[s].name.get(lang)));
        now.values.push_back((r.subdimensions[s] / max).toDouble());
        self.values.push_back((c.selfEval.result.subdimensions[s] / max).toDouble());
    }
    std::vector<RadarSeries> series{now};
    if (c.verified())
        series.push_back(self);
    const QFont axisFont = page.font(7.5);
    page.keep(70);
    page.paragraph(q(T(lang, "子维度得分率雷达图", "Sub-dimension scores (share of maximum)")), 9.5,
                   true, kAccent);
    page.block(64, [axes, series, axisFont](QPainter &p, const QRectF &rect) {
        drawRadar(p, rect, axes, series, axisFont);
    });
}

} // namespace dl::report
