// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelayout.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace dl::report {

namespace {

const QColor kRule(0xB8, 0xC2, 0xCC);
const QColor kHeaderFill(0xE3, 0xEA, 0xF2);
const QColor kHeading(0x1F, 0x3A, 0x5F);

} // namespace

QString reportFontFamily()
{
    // Noto Sans CJK was seen to come out of pdftotext as radicals (U+2Fxx); WenQuanYi Micro Hei
    // round-trips, so it is chosen explicitly rather than left to fontconfig.
    static const QString family = [] {
        const QString wanted = QStringLiteral("WenQuanYi Micro Hei");
        const int id = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        if (id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(wanted))
            return wanted;
        return QFontDatabase::families().contains(wanted) ? wanted : QString();
    }();
    return family;
}

PageLayout::PageLayout(QPaintDevice *device, const QRectF &body)
    : m_device(device)
    , m_body(body)
    , m_y(body.top())
    , m_pages(1)
{}

qreal PageLayout::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont PageLayout::font(qreal pointSize, bool bold) const
{
    QFont f(reportFontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal PageLayout::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height() * 1.18;
}

std::vector<QString> PageLayout::wrap(const QString &text, const QFont &font, qreal width) const
{
    std::vector<QString> out;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        if (para.isEmpty()) {
            out.emplace_back();
            continue;
        }
        QTextLayout layout(para, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString part = para.mid(line.textStart(), line.textLength());
            while (part.endsWith(QLatin1Char(' ')))
                part.chop(1);
            out.push_back(part);
        }
        layout.endLayout();
    }
    return out;
}

void PageLayout::ensure(qreal height)
{
    if (m_y + height > m_body.bottom() + 0.5 && m_y > m_body.top())
        newPage();
}

void PageLayout::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PageLayout::space(qreal millimetres)
{
    if (m_y > m_body.top()) // no blank band at the top of a page
        m_y = std::min(m_y + mm(millimetres), m_body.bottom());
}

void PageLayout::heading(const QString &text, int level, qreal keepWithNext)
{
    const qreal size = level == 1 ? 15 : level == 2 ? 12 : 10.5;
    const QFont f = font(size, true);
    const qreal lh = lineHeight(f);
    const std::vector<QString> lines = wrap(text, f, m_body.width());
    const qreal before = level == 1 ? mm(2) : mm(3);
    ensure(before + lh * lines.size() + mm(keepWithNext));
    space(level == 1 ? 2 : 3);
    for (const QString &line : lines) {
        const QPointF at(m_body.left(), m_y + QFontMetricsF(f, m_device).ascent());
        add([f, at, line](QPainter &p) {
            p.setFont(f);
            p.setPen(kHeading);
            p.drawText(at, line);
        });
        m_y += lh;
    }
    if (level == 1) {
        const qreal y = m_y + mm(0.5);
        const qreal left = m_body.left(), right = m_body.right(), w = mm(0.4);
        add([y, left, right, w](QPainter &p) {
            p.setPen(QPen(kHeading, w));
            p.drawLine(QPointF(left, y), QPointF(right, y));
        });
        m_y += mm(2.5);
    } else {
        m_y += mm(1);
    }
}

void PageLayout::paragraph(
    const QString &text, qreal pointSize, bool bold, const QColor &color, qreal indentMm)
{
    const QFont f = font(pointSize, bold);
    const qreal lh = lineHeight(f);
    const qreal ascent = QFontMetricsF(f, m_device).ascent();
    const qreal left = m_body.left() + mm(indentMm);
    for (const QString &line : wrap(text, f, m_body.right() - left)) {
        ensure(lh);
        const QPointF at(left, m_y + ascent);
        add([f, at, line, color](QPainter &p) {
            p.setFont(f);
            p.setPen(color);
            p.drawText(at, line);
        });
        m_y += lh;
    }
    m_y += mm(1.2);
}

qreal PageLayout::paragraphHeight(const QString &text,
                                  qreal pointSize,
                                  bool bold,
                                  qreal indentMm) const
{
    const QFont f = font(pointSize, bold);
    const qreal lines = wrap(text, f, m_body.width() - mm(indentMm)).size();
    return (lines * lineHeight(f) + mm(1.2)) / mm(1);
}

void PageLayout::block(qreal heightMm, std::function<void(QPainter &, const QRectF &)> draw)
{
    const qreal h = std::min(mm(heightMm), m_body.height());
    ensure(h);
    const QRectF rect(m_body.left(), m_y, m_body.width(), h);
    add([draw = std::move(draw), rect](QPainter &p) { draw(p, rect); });
    m_y += h;
}

std::vector<std::vector<QString>> PageLayout::cellLines(const TableRow &row,
                                                        const std::vector<qreal> &x,
                                                        const QFont &regular,
                                                        const QFont &bold) const
{
    const qreal pad = mm(1.2);
    std::vector<std::vector<QString>> lines;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const qreal width = row.span ? x.back() - x.front() : x[c + 1] - x[c];
        lines.push_back(
            wrap(row.cells[c].text, row.cells[c].bold ? bold : regular, width - 2 * pad));
        if (row.span)
            break;
    }
    return lines;
}

void PageLayout::drawRowPart(const TableRow &row,
                             const std::vector<std::vector<QString>> &lines,
                             const std::vector<qreal> &x,
                             int from,
                             int count,
                             qreal pointSize)
{
    const QFont regular = font(pointSize), bold = font(pointSize, true);
    const qreal lh = lineHeight(regular), padV = mm(0.9), pad = mm(1.2);
    const qreal ascent = QFontMetricsF(regular, m_device).ascent();
    const qreal top = m_y, height = count * lh + 2 * padV;
    const qreal rule = mm(0.15);
    struct Text
    {
        QFont font;
        QColor color;
        QPointF at;
        QString text;
    };
    std::vector<Text> texts;
    std::vector<std::pair<QRectF, QColor>> fills;
    if (row.background.isValid())
        fills.push_back({QRectF(x.front(), top, x.back() - x.front(), height), row.background});
    for (std::size_t c = 0; c < lines.size(); ++c) {
        const TableCell &cell = row.cells[c];
        const qreal left = x[c], right = row.span ? x.back() : x[c + 1];
        if (cell.background.isValid())
            fills.push_back({QRectF(left, top, right - left, height), cell.background});
        const QFont &f = cell.bold ? bold : regular;
        const QFontMetricsF fm(f, m_device);
        for (int l = from; l < from + count && l < int(lines[c].size()); ++l) {
            const QString &t = lines[c][l];
            qreal tx = left + pad;
            if (cell.align & Qt::AlignRight)
                tx = right - pad - fm.horizontalAdvance(t);
            else if (cell.align & Qt::AlignHCenter)
                tx = (left + right - fm.horizontalAdvance(t)) / 2;
            texts.push_back({f, cell.color, QPointF(tx, top + padV + (l - from) * lh + ascent), t});
        }
    }
    const qreal l0 = x.front(), l1 = x.back(), bottom = top + height;
    add([texts, fills, l0, l1, bottom, rule](QPainter &p) {
        for (const auto &[rect, color] : fills)
            p.fillRect(rect, color);
        p.setPen(QPen(kRule, rule));
        p.drawLine(QPointF(l0, bottom), QPointF(l1, bottom));
        for (const Text &t : texts) {
            p.setFont(t.font);
            p.setPen(t.color);
            p.drawText(t.at, t.text);
        }
    });
    m_y += height;
}

void PageLayout::table(const Table &t)
{
    qreal sum = 0;
    for (qreal w : t.widths)
        sum += w;
    std::vector<qreal> x{m_body.left()};
    for (qreal w : t.widths)
        x.push_back(x.back() + w / sum * m_body.width());
    const QFont regular = font(t.pointSize), bold = font(t.pointSize, true);
    const qreal lh = lineHeight(regular), padV = mm(0.9);
    TableRow header = t.header;
    for (TableCell &c : header.cells) {
        c.bold = true;
        if (!c.background.isValid())
            c.background = kHeaderFill;
    }
    const auto headerLines = cellLines(header, x, regular, bold);
    int headerCount = header.cells.empty() ? 0 : 1;
    for (const auto &l : headerLines)
        headerCount = std::max(headerCount, int(l.size()));
    const qreal headerHeight = headerCount ? headerCount * lh + 2 * padV : 0;
    auto drawHeader = [&] {
        if (headerCount)
            drawRowPart(header, headerLines, x, 0, headerCount, t.pointSize);
    };
    ensure(headerHeight + lh * 2 + 2 * padV);
    drawHeader();
    const int freshLines = std::max(1, int((m_body.height() - headerHeight - 2 * padV) / lh));
    for (std::size_t index = 0; index < t.rows.size(); ++index) {
        const TableRow &row = t.rows[index];
        const auto lines = cellLines(row, x, regular, bold);
        int total = 1;
        for (const auto &l : lines)
            total = std::max(total, int(l.size()));
        if (row.span) {
            // A group heading stays with the group headings after it and the first line of the
            // row they introduce.
            int following = 1;
            for (std::size_t k = index + 1; k < t.rows.size() && t.rows[k].span; ++k)
                ++following;
            const qreal needed = total * lh + 2 * padV + following * (lh + 2 * padV);
            if (needed > remaining() && needed < m_body.height() - headerHeight) {
                newPage();
                drawHeader();
            }
        }
        for (int from = 0; from < total;) {
            const int rest = total - from;
            const int fits = int(std::floor((remaining() - 2 * padV) / lh + 1e-6));
            int count = rest;
            if (rest > fits) {
                // Move the row whole when it fits a fresh page; otherwise split it, keeping at
                // least two lines on each side where possible.
                if (rest <= freshLines || fits < 2) {
                    newPage();
                    drawHeader();
                    continue;
                }
                count = fits;
            }
            drawRowPart(row, lines, x, from, count, t.pointSize);
            from += count;
        }
    }
    m_y += mm(2);
}

void PageLayout::paint(QPainter &painter,
                       QPdfWriter &writer,
                       const std::function<void(QPainter &, int, int)> &decorate) const
{
    const int total = pageCount();
    for (int page = 0; page < total; ++page) {
        if (page > 0)
            writer.newPage();
        for (const Draw &draw : m_pages[page])
            draw(painter);
        decorate(painter, page + 1, total);
    }
}

} // namespace dl::report
