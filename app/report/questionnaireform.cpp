// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnaireform.h"

#include "pagelayout.h"
#include "pdfdocument.h"
#include "questionnaireformparts.h"
#include "scoring/scoring.h"
#include "store/storedassessment.h"

#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPainter>

Q_LOGGING_CATEGORY(lcForm, "digilevel.app.report.form", QtWarningMsg)

namespace dl::report {

namespace {

const QColor kTitle(0x1F, 0x3A, 0x5F);
const QColor kHint(0x5A, 0x64, 0x6E);
const QColor kRule(0xB8, 0xC2, 0xCC);

QString qt(const std::string &s)
{
    return QString::fromStdString(s);
}

// "一、" / "1. " before a part's title.
std::string partTitle(Lang lang, int number, const std::string &title)
{
    static const char *const kZh[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (lang == Lang::ZhCN && number >= 1 && number <= 10)
        return std::string(kZh[number - 1]) + "、" + title;
    return std::to_string(number) + ". " + title;
}

// Header of every page: who fills it in, when, and which page of how many; a line to write on
// where the name or the date is not known yet.
void drawFormHeader(
    QPainter &p, const PageLayout &page, const QuestionnaireForm &form, Lang lang, int n, int total)
{
    const QFont f = page.font(8.5);
    const QFontMetricsF fm(f, page.device());
    const qreal x0 = page.body().left(), x1 = page.body().right();
    const qreal base = page.mm(13);
    p.setFont(f);
    p.setPen(kHint);
    // A name too long for its place is shortened rather than run into the date.
    auto field = [&](qreal x, qreal end, const std::string &label, const std::string &value,
                     qreal blankMm) {
        const QString l = qt(label);
        p.setPen(kHint);
        p.drawText(QPointF(x, base), l);
        const qreal at = x + fm.horizontalAdvance(l);
        if (!value.empty()) {
            p.setPen(Qt::black);
            p.drawText(QPointF(at, base),
                       fm.elidedText(qt(value), Qt::ElideRight, end - at - page.mm(3)));
            return;
        }
        p.setPen(QPen(kHint, page.mm(0.2)));
        p.drawLine(QPointF(at, base + page.mm(0.6)),
                   QPointF(at + page.mm(blankMm), base + page.mm(0.6)));
    };
    const qreal dateAt = x0 + page.body().width() * 0.55;
    field(x0, dateAt, T(lang, "企业名称：", "Enterprise: "), form.enterprise, 62);
    field(dateAt, x1 - page.mm(30), T(lang, "日期：", "Date: "), form.date, 28);
    p.setPen(kHint);
    const QString pages = qt(fmt(T(lang, "第 %1 页 / 共 %2 页", "Page %1 of %2"),
                                 {std::to_string(n), std::to_string(total)}));
    p.drawText(QPointF(x1 - fm.horizontalAdvance(pages), base), pages);
    p.setPen(QPen(kRule, page.mm(0.2)));
    p.drawLine(QPointF(x0, base + page.mm(2.2)), QPointF(x1, base + page.mm(2.2)));

    const QFont small = page.font(7);
    const QFontMetricsF sm(small, page.device());
    const qreal footer = page.body().bottom() + page.mm(5);
    p.drawLine(QPointF(x0, footer), QPointF(x1, footer));
    p.setFont(small);
    p.setPen(kHint);
    const QString model =
        qt(form.applied.title.get(lang) + "  " + form.applied.id + " " + form.applied.version);
    p.drawText(QPointF(x0, footer + page.mm(1.5) + sm.ascent()), model);
    const QString program = qt(T(lang, "DigiLevel 评测问卷", "DigiLevel questionnaire"));
    p.drawText(QPointF(x1 - sm.horizontalAdvance(program), footer + page.mm(1.5) + sm.ascent()),
               program);
}

// Lays out the questions of one model (the base model or an industry addition).
class FormWriter
{
public:
    FormWriter(PageLayout &page, Lang lang)
        : m_page(page)
        , m_lang(lang)
    {}

    void instructions(const QuestionnaireForm &form);
    // Each part is numbered `part` + 1 and counts `part` up when it has any question to ask.
    void figures(const Model &m, const AnswerSet *answers, int &part);
    void items(const Model &m, const AnswerSet *answers, int &part);
    void scenarios(const Model &m, const AnswerSet *answers, int &part);

private:
    std::string T(std::string_view zh, std::string_view en) const { return dl::T(m_lang, zh, en); }
    QString number(int part, int k) const { return QStringLiteral("%1.%2 ").arg(part).arg(k); }
    void notes(FormQuestion &question, const std::string &written)
    {
        question.noteLines(qt(T("备注：", "Notes: ")), 2, qt(written));
    }
    void item(const Model &m, int index, const ItemAnswer *answer, const QString &number);
    // Headings wait for the question they introduce, to be kept on its page.
    void heading(const std::string &text, int level) { m_headings.push_back({qt(text), level}); }
    void headingsInto(FormQuestion &question)
    {
        for (const auto &[text, level] : m_headings)
            question.heading(text, level);
        m_headings.clear();
    }

    PageLayout &m_page;
    Lang m_lang;
    std::vector<std::pair<QString, int>> m_headings;
};

void FormWriter::instructions(const QuestionnaireForm &form)
{
    m_page.paragraph(qt(T("中小企业数字化水平评测问卷", "SME Digital Level Questionnaire")), 18,
                     true, kTitle);
    m_page.paragraph(qt(form.applied.title.get(m_lang)), 10.5, false, kHint);
    m_page.space(3);
    FormQuestion who(m_page);
    const std::pair<std::string, std::string> fields[] = {
        {T("企业名称：", "Enterprise: "), form.enterprise},
        {T("填表人：", "Filled in by: "), {}},
        {T("联系电话：", "Telephone: "), {}},
        // Left to the enterprise: the date in the header is when the form was printed.
        {T("填写日期：", "Date filled in: "), {}}};
    for (const auto &[label, value] : fields)
        who.noteLines(qt(label), 1, qt(value));
    who.layOut();
    m_page.space(4);
    m_page.heading(qt(T("填写说明", "How to fill in this form")), 2, 20);
    const std::string lines[] = {
        T("1. 本表供企业手工填写，填好后交评估人员录入 DigiLevel；每题右侧的编号供录入时查找。",
          "1. Fill this form in by hand and hand it to the assessor, who types it into DigiLevel; "
          "the code at the right of each question helps to find it there."),
        T("2. 基础数据：在方框内填写数字，单位见方框右侧；不知道的请留空，不要填“0”。",
          "2. Figures: write the number in the box, in the unit shown after it; leave the box "
          "empty when you do not know, rather than writing 0."),
        T("3. 单选题：只勾选一项。多选题：勾选所有符合的项；注明“单独选择”的选项不能与其他选项"
          "同时勾选。",
          "3. Single choice: tick one box. Multiple choice: tick every box that applies; an option "
          "marked \"only on its own\" cannot be ticked with any other."),
        T("4. 应用场景：勾选最符合企业现状的一个等级；都不符合时勾选“未达到一级”。",
          "4. Scenarios: tick the one level that best describes the enterprise today, or \"Not yet "
          "level 1\" when none does."),
        T("5. 每题下方的横线可写说明或可提供的证明材料。",
          "5. Use the lines under each question for remarks or the evidence you can show.")};
    for (const std::string &line : lines)
        m_page.paragraph(qt(line), 9.5, false, Qt::black, 0);
}

void FormWriter::figures(const Model &m, const AnswerSet *answers, int &part)
{
    // Only the figures an asked item uses: an item the industry leaves out needs none.
    std::vector<bool> used(m.figures.size(), false);
    for (const Item &it : m.items) {
        if (!it.enabled)
            continue;
        for (int f : {it.figureA, it.figureB})
            if (f >= 0 && f < int(used.size()))
                used[f] = true;
    }
    int k = 0;
    for (std::size_t f = 0; f < m.figures.size(); ++f) {
        if (!used[f])
            continue;
        const Figure &fig = m.figures[f];
        if (k == 0)
            heading(partTitle(m_lang, ++part, T("基础数据", "Figures")), 1);
        FormQuestion q(m_page);
        headingsInto(q);
        q.title(number(part, ++k) + qt(fig.name.get(m_lang)), qt(fig.id));
        q.text(qt(fig.help.get(m_lang)), 8, false, kHint);
        const auto &value = answers && f < answers->figures.size() ? answers->figures[f]
                                                                   : std::optional<Rational>();
        q.numberBox(qt(fig.unit.get(m_lang)), value ? qt(value->toString()) : QString());
        q.noteLines(qt(T("备注：", "Notes: ")), 1, {});
        q.layOut();
        m_page.space(2.5);
    }
}

void FormWriter::item(const Model &m, int index, const ItemAnswer *answer, const QString &title)
{
    const Item &it = m.items[index];
    FormQuestion q(m_page);
    headingsInto(q);
    q.title(title + qt(it.name.get(m_lang)), qt(it.id));
    q.text(qt(it.question.get(m_lang)));
    q.text(qt(it.help.get(m_lang)), 8, false, kHint);
    const bool given = answer && answer->answered;
    auto figureName = [&](int f) {
        return f >= 0 && f < int(m.figures.size()) ? m.figures[f].name.get(m_lang) : std::string();
    };
    std::vector<std::pair<QString, bool>> boxes;
    switch (it.type) {
    case ItemType::Single:
        q.text(qt(T("单选：请勾选一项", "Single choice: tick one")), 8.5, true, kHint);
        for (std::size_t k = 0; k < it.options.size(); ++k)
            boxes.push_back(
                {qt(it.options[k].label.get(m_lang)), given && answer->choice == int(k)});
        break;
    case ItemType::Multi:
        q.text(qt(T("多选：勾选所有符合的项", "Multiple choice: tick all that apply")), 8.5, true,
               kHint);
        for (std::size_t k = 0; k < it.options.size(); ++k) {
            const Option &o = it.options[k];
            const std::string label =
                o.label.get(m_lang) + (o.exclusive
                                           ? T("（单独选择，不与其他项同选）", " (only on its own)")
                                           : std::string());
            boxes.push_back({qt(label), given && (answer->selected >> k & 1u)});
        }
        break;
    case ItemType::YesNo:
        q.text(qt(T("单选：请勾选一项", "Single choice: tick one")), 8.5, true, kHint);
        boxes = {{qt(T("是", "Yes")), given && answer->choice == 1},
                 {qt(T("否", "No")), given && answer->choice == 0}};
        break;
    case ItemType::Ratio:
        q.text(qt(fmt(T("由基础数据计算：“%1” ÷ “%2”，此处无需作答。",
                        "Worked out from the figures: \"%1\" ÷ \"%2\"; nothing to tick here."),
                      {figureName(it.figureA), figureName(it.figureB)})),
               8.5, true, kHint);
        break;
    case ItemType::Number:
        q.text(qt(fmt(T("由基础数据“%1”得出，此处无需作答。",
                        "Worked out from the figure \"%1\"; nothing to tick here."),
                      {figureName(it.figureA)})),
               8.5, true, kHint);
        break;
    case ItemType::Trend: {
        q.text(qt(fmt(T("填写基础数据“%1”和“%2”即可；没有这两个数值时，请直接勾选变化：",
                        "Give the figures \"%1\" and \"%2\"; without them, tick the change:"),
                      {figureName(it.figureA), figureName(it.figureB)})),
               8.5, true, kHint);
        // Up, same, down as the enterprise sees the number move; which is better is the model's.
        const TrendDirection up =
            it.higherIsBetter ? TrendDirection::Better : TrendDirection::Worse;
        const TrendDirection down =
            it.higherIsBetter ? TrendDirection::Worse : TrendDirection::Better;
        const bool direct = given && answer->choice >= 0;
        for (const auto &[label, dir] :
             {std::pair{T("上升", "Rose"), up},
              std::pair{T("持平", "Stayed the same"), TrendDirection::Same},
              std::pair{T("下降", "Fell"), down}})
            boxes.push_back({qt(label), direct && answer->choice == int(dir)});
        break;
    }
    }
    if (!boxes.empty())
        q.ticks(boxes, it.type != ItemType::Single);
    notes(q, answer ? answer->note : std::string());
    q.layOut();
    m_page.space(3);
}

void FormWriter::items(const Model &m, const AnswerSet *answers, int &part)
{
    int k = 0;
    for (const Dimension &d : m.dimensions) {
        bool headed = false;
        for (int s : d.subdimensions) {
            for (int i : m.subdimensions[s].items) {
                if (!m.items[i].enabled)
                    continue;
                if (k == 0)
                    heading(partTitle(m_lang, ++part, T("评分项", "Items")), 1);
                if (!headed)
                    heading(d.name.get(m_lang), 2);
                headed = true;
                const ItemAnswer *a =
                    answers && i < int(answers->items.size()) ? &answers->items[i] : nullptr;
                item(m, i, a, number(part, ++k));
            }
        }
    }
}

void FormWriter::scenarios(const Model &m, const AnswerSet *answers, int &part)
{
    static const char *const kLevelZh[] = {"一级", "二级", "三级", "四级"};
    int k = 0;
    for (const ScenarioGroup &g : m.groups) {
        bool headed = false;
        for (int index : g.scenarios) {
            const Scenario &s = m.scenarios[index];
            if (!s.enabled)
                continue;
            if (k == 0)
                heading(partTitle(m_lang, ++part, T("应用场景", "Scenarios")), 1);
            if (!headed)
                heading(g.name.get(m_lang), 2);
            headed = true;
            const ScenarioAnswer *a = answers && index < int(answers->scenarios.size())
                                          ? &answers->scenarios[index]
                                          : nullptr;
            const int rating = a ? a->rating : -1;
            FormQuestion q(m_page);
            headingsInto(q);
            q.title(number(part, ++k) + qt(s.name.get(m_lang)) +
                        (s.constrained ? qt(T("（约束性场景）", " (constrained)")) : QString()),
                    qt(s.id));
            q.text(qt(s.question.get(m_lang)));
            q.text(qt(T("请勾选最符合企业现状的一个等级", "Tick the one level that fits best")),
                   8.5, true, kHint);
            std::vector<std::pair<QString, bool>> boxes;
            for (int level = 1; level <= 4; ++level) {
                const std::string name = m_lang == Lang::ZhCN
                                             ? std::string(kLevelZh[level - 1]) + "："
                                             : "Level " + std::to_string(level) + ": ";
                boxes.push_back(
                    {qt(name + s.levels[level - 1].description.get(m_lang)), rating == level});
            }
            boxes.push_back({qt(T("未达到一级（以上都不符合）", "Not yet level 1 (none of these)")),
                             rating == 0});
            q.ticks(boxes, false);
            notes(q, a ? a->note : std::string());
            q.layOut();
            m_page.space(3);
        }
    }
}

} // namespace

QuestionnaireForm blankQuestionnaireForm(ModelSet models)
{
    QuestionnaireForm form;
    form.applied = applyIndustry(models.model, std::nullopt);
    form.models = std::move(models);
    return form;
}

QuestionnaireForm questionnaireFormFor(const LoadedAssessment &assessment,
                                       const std::string &date,
                                       std::optional<Layer> fill)
{
    QuestionnaireForm form;
    form.models = assessment.models;
    form.applied = applyIndustry(assessment.models.model, assessment.industry);
    form.overlays = activeOverlays(assessment.models, assessment.industry);
    form.enterprise = assessment.enterprise.name;
    form.date = date;
    if (fill)
        form.answers = assessment.layer(*fill);
    return form;
}

Result<Done>
writeQuestionnaireForm(const QuestionnaireForm &form, Lang lang, const std::string &outputPath)
{
    PdfDocument doc;
    doc.title = T(lang, "中小企业数字化水平评测问卷", "SME Digital Level Questionnaire") +
                (form.enterprise.empty() ? std::string() : " - " + form.enterprise);
    int pages = 0;
    doc.layout = [&](PageLayout &page) {
        FormWriter w(page, lang);
        w.instructions(form);
        const AnswerSet *base = form.answers ? &form.answers->base : nullptr;
        int part = 0;
        w.figures(form.applied, base, part);
        w.items(form.applied, base, part);
        w.scenarios(form.applied, base, part);
        for (int k : form.overlays) {
            const Model &overlay = form.models.overlays[k];
            const AnswerSet *answers = form.answers && k < int(form.answers->overlays.size())
                                           ? &form.answers->overlays[k]
                                           : nullptr;
            page.newPage();
            page.paragraph(qt(fmt(T(lang, "行业补充指标：%1", "Industry addition: %1"),
                                  {overlay.title.get(lang)})),
                           14, true, kTitle);
            w.figures(overlay, answers, part);
            w.items(overlay, answers, part);
            w.scenarios(overlay, answers, part);
        }
        pages = page.pageCount();
    };
    doc.decorate = [&](QPainter &p, const PageLayout &page, int n, int total) {
        drawFormHeader(p, page, form, lang, n, total);
    };
    if (auto written = writePdf(doc, outputPath); !written)
        return written.errors();
    qCDebug(lcForm) << "questionnaire form written:" << qt(outputPath) << pages << "pages";
    return Done{};
}

} // namespace dl::report
