// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "base/diagnosticcatalog.h"
#include "model/industry.h"
#include "pagelayout.h"
#include "reportsections.h"
#include "reporttext.h"
#include "store/fingerprint.h"

#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>

#include <filesystem>

Q_LOGGING_CATEGORY(lcReport, "digilevel.app.report", QtWarningMsg)

namespace dl::report {

namespace {

constexpr qreal kPageWidthMm = 210, kPageHeightMm = 297;
constexpr qreal kMarginMm = 18, kTopMm = 22, kBottomMm = 20;

// Header (not on the cover) and footer of every page: the fingerprint and "page X of Y".
void decorate(QPainter &p, const PageLayout &page, const ReportContext &c, int number, int total)
{
    const qreal left = page.mm(kMarginMm), right = page.mm(kPageWidthMm - kMarginMm);
    const QColor grey(0x5A, 0x64, 0x6E);
    p.setPen(QPen(QColor(0xB8, 0xC2, 0xCC), page.mm(0.2)));
    const qreal footerLine = page.mm(kPageHeightMm - 15);
    p.drawLine(QPointF(left, footerLine), QPointF(right, footerLine));
    const QFont small = page.font(7.5);
    const QFontMetricsF fm(small, page.device());
    p.setFont(small);
    p.setPen(grey);
    const qreal footerBase = footerLine + page.mm(1.5) + fm.ascent();
    p.drawText(
        QPointF(left, footerBase),
        q(T(c.lang, "报告指纹 SHA-256：", "Report fingerprint SHA-256: ") + c.in.fingerprint));
    const QString pages = q(fmt(T(c.lang, "第 %1 页 / 共 %2 页", "Page %1 of %2"),
                                {std::to_string(number), std::to_string(total)}));
    p.drawText(QPointF(right - fm.horizontalAdvance(pages), footerBase), pages);
    if (number == 1)
        return;
    const qreal headerBase = page.mm(13);
    p.drawText(QPointF(left, headerBase), q("DigiLevel · " + c.title()));
    const QString who = q(
        c.in.enterprise.name + " · " +
        (c.verified() ? T(c.lang, "现场核验", "verified") : T(c.lang, "自评", "self-assessment")));
    p.drawText(QPointF(right - fm.horizontalAdvance(who), headerBase), who);
    p.setPen(QPen(QColor(0xB8, 0xC2, 0xCC), page.mm(0.2)));
    p.drawLine(QPointF(left, headerBase + page.mm(2)), QPointF(right, headerBase + page.mm(2)));
}

} // namespace

ReportContext::ReportContext(const ReportInput &input, Lang l)
    : in(input)
    , lang(l)
    , answers(input.layer == Layer::Verified && input.answers.verified
                  ? mergeVerified(input.models, input.answers.self, *input.answers.verified)
                  : input.answers.self)
    , eval(evaluate(input.models,
                    answers,
                    input.industry,
                    3,
                    knownPlanLocks(input.models.model, input.record.planLocks)))
    , selfAnswers(input.answers.self)
    , selfEval(evaluate(input.models, selfAnswers, input.industry, 0))
{}

std::string ReportContext::industryLabel() const
{
    if (!in.industry)
        return in.enterprise.industry;
    const std::string code = in.industry->section + in.industry->division;
    const IndustryEntry *entry = IndustryTable::gbt4754().find(
        in.industry->division.empty() ? in.industry->section : in.industry->division);
    return entry ? code + " " + entry->name.get(lang) : code;
}

std::string ReportContext::title() const
{
    return T(lang, "中小企业数字化水平评测报告", "SME Digital Level Assessment Report");
}

std::string sectionTitle(const ReportContext &c, int number, const std::string &title)
{
    static const char *const kZh[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (c.lang == Lang::ZhCN && number >= 1 && number <= 10)
        return std::string(kZh[number - 1]) + "、" + title;
    return std::to_string(number) + ". " + title;
}

Result<Done> writeReport(const ReportInput &input, Lang lang, const std::string &outputPath)
{
    if (!QGuiApplication::instance())
        return fileError<DiagMsg::ReportNeedsGui>(outputPath);
    if (reportFontFamily().isEmpty())
        return fileError<DiagMsg::ReportFontMissing>(outputPath);
    const ReportContext c(input, lang);
    const std::string partial = outputPath + ".part";
    QPdfWriter writer(q(partial));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    const std::string title = c.title() + " - " + input.enterprise.name;
    writer.setTitle(q(title));
    writer.setCreator(QStringLiteral("DigiLevel"));
    writer.setDocumentXmpMetadata(QByteArray::fromStdString(
        reportMarkXmp({input.fingerprint, input.record.uuid, key(input.layer),
                       input.record.modelId + " " + input.record.modelVersion},
                      title)));

    const qreal px = writer.resolution() / 25.4;
    PageLayout page(&writer,
                    QRectF(kMarginMm * px, kTopMm * px, (kPageWidthMm - 2 * kMarginMm) * px,
                           (kPageHeightMm - kTopMm - kBottomMm) * px));
    int number = 0;
    writeCover(page, c);
    writeSummary(page, c, ++number);
    writeDetail(page, c, ++number);
    writeWhy(page, c, ++number);
    writePlan(page, c, ++number);
    if (input.previous)
        writeComparison(page, c, ++number);
    writeEvidence(page, c, ++number);
    writeAdditions(page, c);

    QPainter painter;
    if (!painter.begin(&writer)) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        return fileError<DiagMsg::PdfCannotWrite>(outputPath);
    }
    page.paint(painter, writer,
               [&](QPainter &p, int n, int total) { decorate(p, page, c, n, total); });
    painter.end();
    std::error_code ec;
    std::filesystem::rename(partial, outputPath, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        return fileError<DiagMsg::PdfCannotWriteBecause>(outputPath, ec.message());
    }
    qCDebug(lcReport) << "report written:" << q(outputPath) << page.pageCount() << "pages";
    return Done{};
}

} // namespace dl::report

dl::Result<dl::Done> writeAssessmentReport(dl::Store &store,
                                           std::int64_t assessmentId,
                                           dl::Layer layer,
                                           dl::Lang lang,
                                           const std::string &outputPath)
{
    auto input = dl::report::reportInputFromStore(store, assessmentId, layer);
    if (!input)
        return input.errors();
    return dl::report::writeReport(*input, lang, outputPath);
}
