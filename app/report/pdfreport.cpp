// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "base/diagnosticcatalog.h"
#include "model/industry.h"
#include "pagelayout.h"
#include "pdfdocument.h"
#include "reportsections.h"
#include "reporttext.h"
#include "store/fingerprint.h"
#include "store/portfolio.h"

#include <QLoggingCategory>
#include <QPainter>

Q_LOGGING_CATEGORY(lcReport, "digilevel.app.report", QtWarningMsg)

namespace dl::report {

namespace {

// Header (not on the cover) and footer of every page: the fingerprint and "page X of Y".
void decorate(QPainter &p, const PageLayout &page, const ReportContext &c, int number, int total)
{
    drawFooter(
        p, page,
        q(T(c.lang, "报告指纹 SHA-256：", "Report fingerprint SHA-256: ") + c.in.fingerprint),
        c.lang, number, total);
    if (number == 1)
        return;
    drawHeader(p, page, q("DigiLevel · " + c.title()),
               q(c.in.enterprise.name + " · " +
                 (c.verified() ? T(c.lang, "现场核验", "verified")
                               : T(c.lang, "自评", "self-assessment"))));
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
    const ReportContext c(input, lang);
    PdfDocument doc;
    doc.title = c.title() + " - " + input.enterprise.name;
    doc.xmp = QByteArray::fromStdString(
        reportMarkXmp({input.fingerprint, input.record.uuid, key(input.layer),
                       input.record.modelId + " " + input.record.modelVersion},
                      doc.title));
    int pages = 0;
    doc.layout = [&](PageLayout &page) {
        int number = 0;
        writeCover(page, c);
        writeSummary(page, c, ++number);
        writePeers(page, c);
        writeDetail(page, c, ++number);
        writeWhy(page, c, ++number);
        writePlan(page, c, ++number);
        if (input.previous)
            writeComparison(page, c, ++number);
        writeEvidence(page, c, ++number);
        writeAdditions(page, c);
        pages = page.pageCount();
    };
    doc.decorate = [&](QPainter &p, const PageLayout &page, int n, int total) {
        decorate(p, page, c, n, total);
    };
    if (auto written = writePdf(doc, outputPath); !written)
        return written.errors();
    qCDebug(lcReport) << "report written:" << q(outputPath) << pages << "pages";
    return Done{};
}

} // namespace dl::report

dl::Result<dl::Done> writeAssessmentReport(dl::Store &store,
                                           std::int64_t assessmentId,
                                           dl::Layer layer,
                                           dl::Lang lang,
                                           const std::string &outputPath,
                                           int minPeers)
{
    if (auto refreshed = dl::refreshSummaries(store); !refreshed)
        return refreshed.errors();
    auto input =
        dl::report::reportInputFromStore(store, assessmentId, layer, dl::systemClock(), minPeers);
    if (!input)
        return input.errors();
    return dl::report::writeReport(*input, lang, outputPath);
}
