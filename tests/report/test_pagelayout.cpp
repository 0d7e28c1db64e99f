// SPDX-License-Identifier: GPL-3.0-or-later
// The page layout under long content: a table over several pages repeats its header on each,
// loses and repeats no row, and a row taller than a page is split without dropping a line.
#include "reporttestsupport.h"

#include "pagelayout.h"

#include <QPainter>
#include <QPdfWriter>

#include <regex>

namespace {

// Paints `fill` into an A4 PDF with the report's margins; every page gets "page i/n".
void writePdf(const std::string &path, const std::function<void(dl::report::PageLayout &)> &fill)
{
    QPdfWriter writer(QString::fromStdString(path));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    const qreal px = 300 / 25.4;
    dl::report::PageLayout page(&writer, QRectF(18 * px, 22 * px, 174 * px, 255 * px));
    fill(page);
    QPainter painter(&writer);
    page.paint(painter, writer, [&](QPainter &p, int n, int total) {
        p.setFont(page.font(8));
        p.drawText(QPointF(18 * px, 290 * px), QStringLiteral("page %1/%2").arg(n).arg(total));
    });
}

} // namespace

TEST_CASE("a long table breaks between rows and repeats its header", "[report][layout]")
{
    REQUIRE_FALSE(dl::report::reportFontFamily().isEmpty());
    ReportTempDir dir;
    const std::string pdf = dir.path("table.pdf");
    constexpr int kRows = 150;
    writePdf(pdf, [](dl::report::PageLayout &page) {
        dl::report::Table t;
        t.widths = {30, 70};
        t.header.cells = {{QStringLiteral("表头甲")}, {QStringLiteral("表头乙")}};
        for (int r = 1; r <= kRows; ++r)
            t.rows.push_back({{{QStringLiteral("行%1").arg(r)},
                               {QStringLiteral("内容%1 ").arg(r).repeated(r % 7 + 1)}}});
        page.paragraph(QStringLiteral("开头"));
        page.table(t);
        page.paragraph(QStringLiteral("结尾"));
    });
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 3);
    int expected = 1;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = squeezed(pdfText(pdf, p));
        INFO("page " << p);
        CHECK(text.find("表头甲") != std::string::npos);
        CHECK(text.find("表头乙") != std::string::npos);
        CHECK(text.find("page" + std::to_string(p) + "/" + std::to_string(pages)) !=
              std::string::npos);
        // The rows of this page, in order, continuing where the last page stopped.
        static const std::regex row("行(\\d+)");
        for (auto it = std::sregex_iterator(text.begin(), text.end(), row);
             it != std::sregex_iterator(); ++it)
            CHECK(std::stoi((*it)[1]) == expected++);
    }
    CHECK(expected == kRows + 1);
    CHECK(squeezed(pdfText(pdf, pages)).find("结尾") != std::string::npos);
}

TEST_CASE("a row taller than a page is split, every line kept", "[report][layout]")
{
    ReportTempDir dir;
    const std::string pdf = dir.path("tall.pdf");
    constexpr int kLines = 140; // about two pages of 8.5 pt lines
    writePdf(pdf, [](dl::report::PageLayout &page) {
        dl::report::Table t;
        t.widths = {20, 80};
        t.header.cells = {{QStringLiteral("Key")}, {QStringLiteral("Value")}};
        QString tall;
        for (int l = 1; l <= kLines; ++l)
            tall += QStringLiteral("line%1\n").arg(l);
        tall.chop(1);
        t.rows.push_back({{{QStringLiteral("tall")}, {tall}}});
        page.table(t);
    });
    const int pages = pdfPages(pdf);
    CHECK(pages >= 3);
    std::string all;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = pdfText(pdf, p);
        CHECK(text.find("Key") != std::string::npos);
        CHECK(text.find("Value") != std::string::npos);
        all += text;
    }
    static const std::regex line("line(\\d+)");
    int expected = 1;
    for (auto it = std::sregex_iterator(all.begin(), all.end(), line); it != std::sregex_iterator();
         ++it)
        CHECK(std::stoi((*it)[1]) == expected++);
    CHECK(expected == kLines + 1);
}
