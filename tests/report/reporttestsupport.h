// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QTemporaryDir>

#include <string>
#include <vector>

// A fresh temporary folder per test; `path("x.pdf")` names a file in it.
class ReportTempDir
{
public:
    std::string path(const std::string &name) const;

private:
    QTemporaryDir m_dir;
};

// Runs digilevel-cli in-process (with the report commands registered); returns the exit code.
int cli(const std::vector<std::string> &args,
        std::string *out = nullptr,
        std::string *err = nullptr);

// Runs a shell command and returns its standard output ("" when it fails).
std::string shell(const std::string &command);
std::string quoted(const std::string &path);

// poppler-utils: the text of one page (0: all pages), the page count, the pdffonts table rows.
std::string pdfText(const std::string &pdf, int page = 0);
int pdfPages(const std::string &pdf);
std::vector<std::string> pdfFontRows(const std::string &pdf);
// Every font of the PDF is the embedded CJK font (WenQuanYi), none a Type 3 bitmap font.
void checkEmbeddedCjkFonts(const std::string &pdf);

// Text without any white space, to compare text that a PDF wraps over lines.
std::string squeezed(const std::string &text);
std::string readBytes(const std::string &path);

// A stored copy of worked examples: one enterprise per answer file, each loaded into a new
// assessment through `digilevel-cli assessment load`. Returns the assessment ids in order.
std::vector<long long> storeWorkedExamples(const std::string &db,
                                           const std::vector<std::string> &files,
                                           bool sameEnterprise = false);
