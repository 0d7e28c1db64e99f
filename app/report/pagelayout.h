// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;
class QPdfWriter;

namespace dl::report {

// The one font family of every report: WenQuanYi Micro Hei, registered from its file so that the
// PDF embeds it (CID TrueType) and pdftotext returns the real characters. Empty when the font is
// not installed (Debian fonts-wqy-microhei).
QString reportFontFamily();

struct TableCell
{
    TableCell() = default;
    TableCell(QString t,
              bool b = false,
              QColor c = Qt::black,
              QColor fill = QColor(),
              Qt::Alignment a = Qt::AlignLeft)
        : text(std::move(t))
        , bold(b)
        , color(c)
        , background(fill)
        , align(a)
    {}
    QString text;
    bool bold = false;
    QColor color = Qt::black;
    QColor background; // invalid: none
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableRow
{
    TableRow() = default;
    TableRow(std::vector<TableCell> c, bool s = false, QColor fill = QColor())
        : cells(std::move(c))
        , span(s)
        , background(fill)
    {}
    std::vector<TableCell> cells;
    bool span = false; // one cell across every column (a group heading)
    QColor background;
};

struct Table
{
    std::vector<qreal> widths; // relative column widths
    TableRow header; // repeated at the top of every page the table runs onto; none when empty
    std::vector<TableRow> rows;
    qreal pointSize = 8.5;
};

// Lays content out top to bottom on A4 pages and paints it afterwards, so that every page knows
// the total ("page X of Y") and gets the same header and footer. Text is wrapped with QTextLayout
// (CJK line breaking) and never clipped: paragraphs and table rows that do not fit continue on the
// next page, tables repeat their header there.
class PageLayout
{
public:
    using Draw = std::function<void(QPainter &)>;

    // `body` is the area for content on every page, in device pixels.
    PageLayout(QPaintDevice *device, const QRectF &body);

    qreal mm(qreal millimetres) const;
    QFont font(qreal pointSize, bool bold = false) const;
    const QRectF &body() const { return m_body; }
    QPaintDevice *device() const { return m_device; }

    // A heading keeps at least `keepWithNext` (mm) of the following content on its page.
    void heading(const QString &text, int level, qreal keepWithNext = 30);
    void paragraph(const QString &text,
                   qreal pointSize = 10,
                   bool bold = false,
                   const QColor &color = Qt::black,
                   qreal indentMm = 0);
    void table(const Table &table);
    // A drawing of fixed height kept on one page; `draw` gets the rectangle to fill.
    void block(qreal heightMm, std::function<void(QPainter &, const QRectF &)> draw);
    void space(qreal millimetres);
    // A new page unless `millimetres` of content still fit on this one.
    void keep(qreal millimetres) { ensure(mm(millimetres)); }
    void newPage();
    qreal remaining() const { return m_body.bottom() - m_y; }
    int pageCount() const { return int(m_pages.size()); }

    // The height in millimetres a paragraph() with these arguments takes.
    qreal paragraphHeight(const QString &text,
                          qreal pointSize = 10,
                          bool bold = false,
                          qreal indentMm = 0) const;

    // Lines of `text` wrapped to `width` pixels (explicit "\n" kept).
    std::vector<QString> wrap(const QString &text, const QFont &font, qreal width) const;
    qreal lineHeight(const QFont &font) const;

    // Paints every page; `decorate(painter, page, total)` adds header and footer (page from 1).
    void paint(QPainter &painter,
               QPdfWriter &writer,
               const std::function<void(QPainter &, int, int)> &decorate) const;

private:
    void ensure(qreal height); // a new page unless `height` fits
    void add(Draw draw) { m_pages.back().push_back(std::move(draw)); }
    std::vector<std::vector<QString>> cellLines(const TableRow &row,
                                                const std::vector<qreal> &x,
                                                const QFont &regular,
                                                const QFont &bold) const;
    void drawRowPart(const TableRow &row,
                     const std::vector<std::vector<QString>> &lines,
                     const std::vector<qreal> &x,
                     int from,
                     int count,
                     qreal pointSize);

    QPaintDevice *m_device;
    QRectF m_body;
    qreal m_y;
    std::vector<std::vector<Draw>> m_pages;
};

} // namespace dl::report
