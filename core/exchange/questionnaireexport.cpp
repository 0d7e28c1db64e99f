// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire workbook written (docs/questionnaire-workbook.md).
#include "exchange/questionnairebook.h"

#include "base/diagnosticcatalog.h"
#include "base/platform.h"
#include "exchange/questionnairelayout.h"
#include "exchange/xlsxsheet.h"
#include "store/storedassessment.h"

#include <xlsxwriter.h>

#include <array>
#include <ctime>
#include <map>
#include <utility>

namespace dl {

namespace {

constexpr double kInputColour = 0xFFF9DB; // the cells to fill in: a pale yellow

// The workbook being written: its formats and the hidden sheet the drop-down lists refer to.
class Book
{
public:
    Book(const std::string &path, Lang lang)
        : m_file(path, false)
        , m_book(m_file.book())
        , m_lang(lang)
    {
        if (!m_book)
            return;
        header = workbook_add_format(m_book);
        format_set_bold(header);
        format_set_bg_color(header, 0xDCE6F1);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        text = workbook_add_format(m_book);
        format_set_text_wrap(text);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
        title = workbook_add_format(m_book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        input = workbook_add_format(m_book);
        format_set_unlocked(input);
        format_set_text_wrap(input);
        format_set_align(input, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(input, lxw_color_t(kInputColour));
        format_set_border(input, LXW_BORDER_THIN);
        muted = workbook_add_format(m_book);
        format_set_bg_color(muted, 0xEEEEEE);
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    bool opened() const { return m_book != nullptr; }
    lxw_worksheet *sheet(const std::string &name)
    {
        return workbook_add_worksheet(m_book, name.c_str());
    }

    // A drop-down of `labels` on a cell. The list is a range of the hidden lists sheet, not the
    // inline form: Excel caps an inline list at 255 characters, which long Chinese option labels
    // pass, and splits it at commas, which English labels contain.
    void dropDown(lxw_worksheet *ws,
                  lxw_row_t row,
                  lxw_col_t col,
                  const std::vector<std::string> &labels)
    {
        if (labels.empty())
            return;
        std::string joined;
        for (const std::string &l : labels)
            joined += l + '\n';
        auto [at, fresh] = m_lists.try_emplace(joined, std::string());
        if (fresh) { // written by close(), so that the hidden sheet comes after the others
            const lxw_col_t c = lxw_col_t(m_pending.size());
            m_pending.push_back(labels);
            char range[64];
            lxw_rowcol_to_range_abs(range, 0, c, lxw_row_t(labels.size() - 1), c);
            at->second = "='" + listSheetName() + "'!" + range;
        }
        lxw_data_validation dv = {};
        dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        dv.value_formula = at->second.data();
        worksheet_data_validation_cell(ws, row, col, &dv);
    }

    Result<Done> close(bool discard = false)
    {
        if (m_book && !discard && !m_pending.empty()) {
            lxw_worksheet *lists = sheet(listSheetName());
            for (std::size_t c = 0; c < m_pending.size(); ++c)
                for (std::size_t r = 0; r < m_pending[c].size(); ++r)
                    worksheet_write_string(lists, lxw_row_t(r), lxw_col_t(c),
                                           m_pending[c][r].c_str(), nullptr);
            worksheet_hide(lists);
        }
        return m_file.close(discard);
    }

    lxw_format *header = nullptr, *text = nullptr, *title = nullptr, *input = nullptr,
               *muted = nullptr;

private:
    XlsxFile m_file;
    lxw_workbook *m_book; // m_file's
    Lang m_lang;
    std::string listSheetName() const { return T(m_lang, "选项列表", "Lists"); }
    std::vector<std::vector<std::string>> m_pending; // the lists, one column each
    std::map<std::string, std::string> m_lists;      // labels → the range formula
};

// What every question sheet shares: a frozen header row, column A (the ids the import finds rows
// by) hidden and locked, the sheet protected so that only the answer and note cells take input.
void frame(Book &book,
           lxw_worksheet *ws,
           const std::vector<std::pair<std::string, double>> &columns,
           lxw_col_t frozenColumns)
{
    for (std::size_t c = 0; c < columns.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), columns[c].first.c_str(), book.header);
        lxw_row_col_options hidden = {};
        hidden.hidden = c == 0;
        worksheet_set_column_opt(ws, lxw_col_t(c), lxw_col_t(c), columns[c].second, book.text,
                                 &hidden);
    }
    worksheet_freeze_panes(ws, 1, frozenColumns);
    lxw_protection allowed = {};
    allowed.format_columns = 1; // widening a column or a row to read a long text is harmless
    allowed.format_rows = 1;
    worksheet_protect(ws, nullptr, &allowed);
}

void writeText(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const std::string &s, lxw_format *f)
{
    if (!s.empty())
        worksheet_write_string(ws, r, c, s.c_str(), f);
}

// An answer or note cell: unlocked and shaded even when empty, so that a user sees where to write.
void writeInput(Book &book,
                lxw_worksheet *ws,
                lxw_row_t r,
                lxw_col_t c,
                const std::string &value,
                bool number = false)
{
    if (value.empty())
        worksheet_write_blank(ws, r, c, book.input);
    else if (const auto n = number ? Rational::parseDecimal(value) : std::nullopt)
        worksheet_write_number(ws, r, c, n->toDouble(), book.input);
    else
        worksheet_write_string(ws, r, c, value.c_str(), book.input);
}

struct Exporter
{
    const LoadedAssessment &a;
    const QuestionnaireExportOptions &options;
    QuestionnaireRows rows;
    std::map<std::pair<AnswerKind, std::string>, const StoredAnswer *> stored;
    Book &book;

    Lang lang() const { return options.lang; }
    std::string tr(std::string_view zh, std::string_view en) const { return T(lang(), zh, en); }

    const StoredAnswer *storedOf(const QuestionRow &row) const
    {
        if (options.blank)
            return nullptr;
        const auto it = stored.find({row.kind, row.key()});
        return it == stored.end() ? nullptr : it->second;
    }
    std::string valueOf(const QuestionRow &row) const
    {
        const StoredAnswer *s = storedOf(row);
        return s ? answerLabel(row, s->value, lang()) : std::string();
    }
    std::string noteOf(const QuestionRow &row) const
    {
        const StoredAnswer *s = storedOf(row);
        return s ? s->note : std::string();
    }

    void instructions();
    void figures();
    void items();
    void scenarios();
    std::string figureChecks(const Model &m, int f) const;
};

void Exporter::instructions()
{
    lxw_worksheet *ws = book.sheet(tr("填写说明", "Instructions"));
    lxw_row_col_options hidden = {};
    hidden.hidden = 1;
    worksheet_set_column_opt(ws, 0, 0, 14, nullptr, &hidden);
    worksheet_set_column(ws, 1, 1, 22, book.text);
    worksheet_set_column(ws, 2, 2, 90, book.text);
    writeText(ws, 0, 1, tr("数字化水平评测问卷", "Digital level questionnaire"), book.title);
    const Model &m = a.models.model;
    std::string date = options.date;
    if (date.empty()) {
        const std::tm t = platform::utcTime(std::time(nullptr));
        char buf[16];
        std::strftime(buf, sizeof buf, "%Y-%m-%d", &t);
        date = buf;
    }
    // Column A holds the keys the import reads ("#model" ...); B and C what a person reads.
    const std::vector<std::array<std::string, 3>> facts = {
        {"#format", tr("格式", "Format"), std::string(kQuestionnaireFormat)},
        {"#enterprise", tr("企业", "Enterprise"), a.enterprise.name},
        {"#assessment", tr("评测", "Assessment"),
         std::to_string(a.record.id) + " (" + a.record.uuid + ")"},
        {"#model", tr("评测模型", "Model"), m.id},
        {"#model-version", tr("模型版本", "Model version"), m.version},
        {"#model-title", tr("模型名称", "Model title"), m.title.get(lang())},
        {"#layer", tr("答案层", "Answer layer"),
         options.layer == Layer::Self ? tr("企业自评（self）", "the enterprise's own (self)")
                                      : tr("现场核验（verified）", "verified on site (verified)")},
        {"#exported", tr("导出日期", "Exported on"), date},
    };
    lxw_row_t r = 2;
    for (const auto &[key, label, value] : facts) {
        writeText(ws, r, 0, key, nullptr);
        writeText(ws, r, 1, label, book.header);
        writeText(ws, r, 2, value, book.text);
        ++r;
    }
    ++r;
    writeText(ws, r++, 1, tr("如何填写", "How to fill it in"), book.title);
    const std::vector<std::string> steps = {
        options.layer == Layer::Self
            ? tr("由企业填写：请数字化负责人会同生产、财务等部门一起填写，评测顾问会在现场核对。",
                 "The enterprise fills it in: the person in charge of digitalisation, with "
                 "production and finance. The consultant checks the answers on site.")
            : tr("由评测人员在现场核验时填写。",
                 "The assessor fills it in while verifying on site."),
        tr("只填写“答案”和“备注”两列（浅黄色单元格），其他单元格已锁定。",
           "Fill in only the Answer and Note columns (the pale yellow cells); the rest is locked."),
        tr("“数据”表：填写数字，不带单位，“校验”列是数字之间必须满足的关系。",
           "Figures: enter numbers without units; the Checks column says how they must relate."),
        tr("“评分项”表：从下拉列表中选择。多选题的每个选项占一行，逐项选“是”或“否”；选了“无”"
           "就不能再选其他选项。按数据计分的评分项（如设备联网率）不在此表中，由“数据”表计算。",
           "Items: pick from the drop-down list. A multiple-choice item has one row per option: "
           "answer Yes or No on each; an option such as 'None' excludes all others. Items scored "
           "from figures (such as the share of networked equipment) are not listed; the Figures "
           "sheet answers them."),
        tr("“场景”表：阅读一级到四级的描述，为每个场景选择已达到的等级。",
           "Scenarios: read the descriptions of levels 1 to 4 and pick the level each reaches."),
        tr("留空的答案不会改变已保存的答案（导入时不会清除它）。",
           "An answer left empty leaves the stored answer as it is (importing never clears it)."),
        tr("请勿修改或删除隐藏的 A 列（编号），也不要删除工作表或行。",
           "Do not change or delete the hidden column A (the ids), nor delete sheets or rows."),
        tr("填好后请保存为 .xlsx 格式（不要另存为 .xls 或 .csv），发回给评测顾问。",
           "Save it as .xlsx (not .xls or .csv) and send it back to the consultant."),
    };
    for (std::size_t k = 0; k < steps.size(); ++k) {
        writeText(ws, r, 1, std::to_string(k + 1), book.text);
        writeText(ws, r++, 2, steps[k], book.text);
    }
    worksheet_protect(ws, nullptr, nullptr);
}

std::string Exporter::figureChecks(const Model &m, int f) const
{
    std::vector<std::string> checks;
    switch (m.figures[f].kind) {
    case FigureKind::Count:
        checks.push_back(tr("不小于 0 的整数", "a whole number, 0 or more"));
        break;
    case FigureKind::Amount:
        checks.push_back(tr("不小于 0", "0 or more"));
        break;
    case FigureKind::Percent:
        checks.push_back(tr("0 到 100（95% 填 95）", "0 to 100 (95 % is 95)"));
        break;
    case FigureKind::Value:
        break;
    }
    auto name = [&](int g) { return m.figures[g].name.get(lang()); };
    for (const Item &item : m.items) {
        const std::string it = item.name.get(lang());
        if (item.type == ItemType::Ratio && item.figureA == f)
            checks.push_back(fmt(tr("≤ “%1”（%2）", "≤ '%1' (%2)"), {name(item.figureB), it}));
        else if (item.type == ItemType::Ratio && item.figureB == f)
            checks.push_back(fmt(tr("≥ “%1”（%2）", "≥ '%1' (%2)"), {name(item.figureA), it}));
        else if (item.type == ItemType::Number && item.figureA == f)
            checks.push_back(
                fmt(tr("在 %1 之内（%2）", "within %1 (%2)"), {item.numberRange.toString(), it}));
        else if (item.type == ItemType::Trend && (item.figureA == f || item.figureB == f))
            checks.push_back(fmt(tr("与“%1”比较，决定“%2”", "compared with '%1' for '%2'"),
                                 {name(item.figureA == f ? item.figureB : item.figureA), it}));
    }
    std::string out;
    for (const std::string &c : checks)
        out += (out.empty() ? "" : tr("；", "; ")) + c;
    return out;
}

void Exporter::figures()
{
    lxw_worksheet *ws = book.sheet(tr("数据", "Figures"));
    frame(book, ws,
          {{"ID", 14},
           {tr("数据项", "Figure"), 30},
           {tr("单位", "Unit"), 14},
           {answerHeading().get(lang()), 16},
           {noteHeading().get(lang()), 30},
           {tr("校验", "Checks"), 40},
           {tr("说明", "Help"), 60}},
          3);
    lxw_row_t r = 1;
    for (const QuestionRow &row : rows.figures) {
        const Figure &fig = row.model->figures[row.index];
        writeText(ws, r, 0, row.id, nullptr);
        writeText(ws, r, 1, fig.name.get(lang()), book.text);
        writeText(ws, r, 2, fig.unit.get(lang()), book.text);
        writeInput(book, ws, r, 3, valueOf(row), true);
        writeInput(book, ws, r, 4, noteOf(row));
        writeText(ws, r, 5, figureChecks(*row.model, row.index), book.text);
        writeText(ws, r, 6, fig.help.get(lang()), book.text);
        ++r;
    }
}

void Exporter::items()
{
    lxw_worksheet *ws = book.sheet(tr("评分项", "Items"));
    frame(book, ws,
          {{"ID", 14},
           {tr("维度", "Dimension"), 20},
           {tr("问题", "Question"), 50},
           {answerHeading().get(lang()), 24},
           {noteHeading().get(lang()), 30},
           {tr("填写说明", "How to answer"), 60}},
          3);
    lxw_row_t r = 1;
    for (const QuestionRow &row : rows.items) {
        const Item &item = row.item();
        writeText(ws, r, 0, row.id, nullptr);
        if (row.option >= 0) { // an option of the multiple-choice item above
            const Option &o = item.options[row.option];
            writeText(ws, r, 2,
                      "    " + o.label.get(lang()) +
                          (o.exclusive ? tr("（与其他选项互斥）", " (excludes the others)") : ""),
                      book.text);
            writeInput(book, ws, r, 3, valueOf(row));
            book.dropDown(ws, r, 3, answerLabels(row, lang()));
            worksheet_write_blank(ws, r, 4, book.muted);
            ++r;
            continue;
        }
        const Model &m = *row.model;
        std::string where;
        if (item.dimension >= 0)
            where = m.dimensions[item.dimension].name.get(lang());
        if (item.subdimension >= 0)
            where += " / " + m.subdimensions[item.subdimension].name.get(lang());
        writeText(ws, r, 1, where, book.text);
        writeText(ws, r, 2, item.name.get(lang()) + "\n" + item.question.get(lang()), book.text);
        std::string how;
        if (item.type == ItemType::Multi) {
            worksheet_write_blank(ws, r, 3, book.muted); // answered on the option rows
            how = tr("多选：在下面每个选项的“答案”中选“是”或“否”。",
                     "Multiple choice: answer Yes or No on each option row below.");
        } else {
            writeInput(book, ws, r, 3, valueOf(row));
            book.dropDown(ws, r, 3, answerLabels(row, lang()));
            if (item.type == ItemType::Trend)
                how = fmt(tr("选择变化，或在“数据”表填写“%1”和“%2”（两者都填时以数据为准）。",
                             "Pick the change, or give '%1' and '%2' on the Figures sheet (when "
                             "both are given they decide)."),
                          {m.figures[item.figureA].name.get(lang()),
                           m.figures[item.figureB].name.get(lang())});
            else if (item.type == ItemType::YesNo)
                how = tr("选“是”或“否”。", "Answer Yes or No.");
            else
                how = tr("单选：从下拉列表中选择一项。", "Single choice: pick one from the list.");
        }
        writeInput(book, ws, r, 4, noteOf(row));
        const std::string help = item.help.get(lang());
        writeText(ws, r, 5, help.empty() ? how : how + "\n" + help, book.text);
        ++r;
    }
}

void Exporter::scenarios()
{
    lxw_worksheet *ws = book.sheet(tr("场景", "Scenarios"));
    frame(book, ws,
          {{"ID", 14},
           {tr("场景", "Scenario"), 30},
           {tr("一级", "Level 1"), 36},
           {tr("二级", "Level 2"), 36},
           {tr("三级", "Level 3"), 36},
           {tr("四级", "Level 4"), 36},
           {answerHeading().get(lang()), 16},
           {noteHeading().get(lang()), 30}},
          2);
    lxw_row_t r = 1;
    for (const QuestionRow &row : rows.scenarios) {
        const Scenario &s = row.model->scenarios[row.index];
        writeText(ws, r, 0, row.id, nullptr);
        std::string name = s.name.get(lang());
        if (s.group >= 0)
            name = row.model->groups[s.group].name.get(lang()) + " / " + name;
        writeText(ws, r, 1, name + "\n" + s.question.get(lang()), book.text);
        for (int l = 0; l < 4; ++l)
            writeText(ws, r, lxw_col_t(2 + l), s.levels[l].description.get(lang()), book.text);
        writeInput(book, ws, r, 6, valueOf(row));
        book.dropDown(ws, r, 6, answerLabels(row, lang()));
        writeInput(book, ws, r, 7, noteOf(row));
        ++r;
    }
}

} // namespace

Result<Done> exportQuestionnaire(const LoadedAssessment &assessment,
                                 const std::string &path,
                                 const QuestionnaireExportOptions &options)
{
    Book book(path, options.lang);
    if (!book.opened())
        return fileError<DiagMsg::ExcelCannotCreate>(path);
    Exporter e{assessment, options, questionnaireRows(assessment), {}, book};
    for (const StoredAnswer &s : assessment.stored)
        if (s.layer == options.layer)
            e.stored[{s.kind, s.key}] = &s;
    e.instructions();
    e.figures();
    e.items();
    e.scenarios();
    return book.close();
}

} // namespace dl
