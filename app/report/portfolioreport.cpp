// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioreport.h"

#include "pdfdocument.h"
#include "portfoliosections.h"

#include <QPainter>

namespace dl::report {

Result<Done>
writePortfolioReport(const PortfolioReportView &view, Lang lang, const std::string &outputPath)
{
    const PortfolioContext c{view, lang};
    PdfDocument doc;
    doc.title = c.title();
    doc.layout = [&](PageLayout &page) {
        writePortfolioTitle(page, c);
        int number = 0;
        writePortfolioHeadline(page, c, ++number);
        if (view.figures.counts.assessed == 0)
            return; // the headline says that nothing is assessed; every table would be empty
        writePortfolioLevels(page, c, ++number);
        if (view.by)
            writePortfolioGroups(page, c, ++number);
        writePortfolioUplift(page, c, ++number);
        writePortfolioScenarios(page, c, ++number);
        writePortfolioDimensions(page, c, ++number);
        writePortfolioSrdi(page, c, ++number);
        writePortfolioBelow(page, c, ++number);
    };
    const QString footer =
        QString::fromStdString(fmt(T(lang, "DigiLevel · 报告日期 %1 · 评测模型 %2 %3",
                                     "DigiLevel · report date %1 · model %2 %3"),
                                   {view.generatedOn, view.model.id, view.model.version}));
    doc.decorate = [&](QPainter &p, const PageLayout &page, int n, int total) {
        drawFooter(p, page, footer, lang, n, total);
        if (n > 1)
            drawHeader(p, page, QString::fromStdString("DigiLevel · " + c.title()),
                       QString::fromStdString(view.generatedOn));
    };
    return writePdf(doc, outputPath);
}

} // namespace dl::report
