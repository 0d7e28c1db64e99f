// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "pagelayout.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>

class QPainter;

namespace dl::report {

// What every report shares: an A4 PDF with the report font, laid out by `layout` first and painted
// afterwards (so that each page knows the total), `decorate` adding header and footer to each
// page, written to OUTPUT.part and renamed when complete.
struct PdfDocument
{
    std::string title;
    QByteArray xmp; // XMP metadata; none when empty
    std::function<void(PageLayout &)> layout;
    std::function<void(QPainter &, const PageLayout &, int number, int total)> decorate;
};
Result<Done> writePdf(const PdfDocument &document, const std::string &outputPath);

// The footer line with `left` (e.g. the fingerprint) and "第 X 页 / 共 Y 页" / "Page X of Y".
void drawFooter(
    QPainter &p, const PageLayout &page, const QString &left, Lang lang, int number, int total);
// The header line: `left` (the report's title) and `right` (whom it is about).
void drawHeader(QPainter &p, const PageLayout &page, const QString &left, const QString &right);

} // namespace dl::report
