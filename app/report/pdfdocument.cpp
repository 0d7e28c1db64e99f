// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "base/diagnosticcatalog.h"
#include "reportgraphics.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <filesystem>

namespace dl::report {

namespace {

constexpr qreal kPageWidthMm = 210, kPageHeightMm = 297;
constexpr qreal kMarginMm = 18, kTopMm = 22, kBottomMm = 20;
const QColor kRule(0xB8, 0xC2, 0xCC);
const QColor kText(0x5A, 0x64, 0x6E);

} // namespace

void drawFooter(
    QPainter &p, const PageLayout &page, const QString &left, Lang lang, int number, int total)
{
    const qreal x0 = page.mm(kMarginMm), x1 = page.mm(kPageWidthMm - kMarginMm);
    p.setPen(QPen(kRule, page.mm(0.2)));
    const qreal footerLine = page.mm(kPageHeightMm - 15);
    p.drawLine(QPointF(x0, footerLine), QPointF(x1, footerLine));
    const QFont small = page.font(7.5);
    const QFontMetricsF fm(small, page.device());
    p.setFont(small);
    p.setPen(kText);
    const qreal base = footerLine + page.mm(1.5) + fm.ascent();
    p.drawText(QPointF(x0, base), left);
    const QString pages =
        QString::fromStdString(fmt(T(lang, "第 %1 页 / 共 %2 页", "Page %1 of %2"),
                                   {std::to_string(number), std::to_string(total)}));
    p.drawText(QPointF(x1 - fm.horizontalAdvance(pages), base), pages);
}

void drawHeader(QPainter &p, const PageLayout &page, const QString &left, const QString &right)
{
    const qreal x0 = page.mm(kMarginMm), x1 = page.mm(kPageWidthMm - kMarginMm);
    const QFont small = page.font(7.5);
    const QFontMetricsF fm(small, page.device());
    p.setFont(small);
    p.setPen(kText);
    const qreal base = page.mm(13);
    p.drawText(QPointF(x0, base), left);
    p.drawText(QPointF(x1 - fm.horizontalAdvance(right), base), right);
    p.setPen(QPen(kRule, page.mm(0.2)));
    p.drawLine(QPointF(x0, base + page.mm(2)), QPointF(x1, base + page.mm(2)));
}

Result<Done> writePdf(const PdfDocument &document, const std::string &outputPath)
{
    if (!QGuiApplication::instance())
        return fileError<DiagMsg::ReportNeedsGui>(outputPath);
    if (reportFontFamily().isEmpty())
        return fileError<DiagMsg::ReportFontMissing>(outputPath);
    const std::string partial = outputPath + ".part";
    std::error_code ec;
    {
        QPdfWriter writer(QString::fromStdString(partial));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QString::fromStdString(document.title));
        writer.setCreator(QStringLiteral("DigiLevel"));
        if (!document.xmp.isEmpty())
            writer.setDocumentXmpMetadata(document.xmp);
        const qreal px = writer.resolution() / 25.4;
        PageLayout page(&writer,
                        QRectF(kMarginMm * px, kTopMm * px, (kPageWidthMm - 2 * kMarginMm) * px,
                               (kPageHeightMm - kTopMm - kBottomMm) * px));
        document.layout(page);
        QPainter painter;
        if (!painter.begin(&writer)) {
            std::filesystem::remove(partial, ec);
            return fileError<DiagMsg::PdfCannotWrite>(outputPath);
        }
        page.paint(painter, writer,
                   [&](QPainter &p, int n, int total) { document.decorate(p, page, n, total); });
        painter.end();
    }
    std::filesystem::rename(partial, outputPath, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        return fileError<DiagMsg::PdfCannotWriteBecause>(outputPath, ec.message());
    }
    return Done{};
}

} // namespace dl::report
