// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagelayout.h"
#include "reportinput.h"
#include "scoring/evaluation.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace dl::report {

// What the sections of one report share: the input, the language, and the scored layers. The
// evaluations point into the answer layers held here, so a context is built in place and never
// copied or moved.
struct ReportContext
{
    ReportContext(const ReportInput &input, Lang lang);
    ReportContext(const ReportContext &) = delete;
    ReportContext &operator=(const ReportContext &) = delete;

    bool verified() const { return in.layer == Layer::Verified; }
    std::string industryLabel() const; // "C21 家具制造业", or ""
    std::string title() const;         // the report's title in its language

    const ReportInput &in;
    Lang lang;
    AnswerLayer answers; // the report's layer (verified: verified over self)
    Evaluation eval;
    AnswerLayer selfAnswers; // verified reports show the self answers beside
    Evaluation selfEval;
};

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The sections, in report order; `number` is the section number shown in its heading.
void writeCover(PageLayout &page, const ReportContext &c);
void writeSummary(PageLayout &page, const ReportContext &c, int number);
void writeDetail(PageLayout &page, const ReportContext &c, int number);
void writeWhy(PageLayout &page, const ReportContext &c, int number);
void writePlan(PageLayout &page, const ReportContext &c, int number);
void writeComparison(PageLayout &page, const ReportContext &c, int number);
void writeEvidence(PageLayout &page, const ReportContext &c, int number);
void writeAdditions(PageLayout &page, const ReportContext &c);
// 同行对标 after the summary: percentiles among the database's peers, or a line saying why there
// are none; nothing for a report made from an answer file.
void writePeers(PageLayout &page, const ReportContext &c);

// The colour of a level in charts and boxes (0: not yet level 1).
QColor levelColour(int level);

inline const QColor kAccent(0x1F, 0x3A, 0x5F);
inline const QColor kGrey(0x5A, 0x64, 0x6E);
inline const QColor kGood(0x1B, 0x7F, 0x3B);
inline const QColor kBad(0xB0, 0x2A, 0x2A);

// Helpers of the sections: the explanation of one level, its conditions as text, joining.
const LevelCheck *levelCheck(const Evaluation &e, int level);
std::vector<std::string> conditionTexts(const LevelCheck &check, Lang lang, bool unmetOnly);
std::string joined(const std::vector<std::string> &parts, const std::string &separator);

// "一、" / "1. " before a section title.
std::string sectionTitle(const ReportContext &c, int number, const std::string &title);

} // namespace dl::report
