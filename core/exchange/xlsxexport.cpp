// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxexport.h"

#include "base/diagnosticcatalog.h"
#include "base/platform.h"
#include "enterprise/answercodec.h"
#include "enterprise/recordlabels.h"
#include "exchange/csvexport.h"

#include "scoring/scoring.h"
#include "scoring/textreport.h"
#include "store/bulkread.h"
#include "store/storedassessment.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace dl {

namespace {

// A cell is text, or a number when `number` is set (Excel can then sum and sort it).
struct Cell
{
    Cell() = default;
    Cell(std::string t, std::optional<double> n = std::nullopt)
        : text(std::move(t))
        , number(n)
    {}
    std::string text;
    std::optional<double> number;
};
Cell num(const Rational &r)
{
    return {r.toString(), r.toDouble()};
}
Cell num(long long n)
{
    return {std::to_string(n), double(n)};
}

class Sheet
{
public:
    Sheet(lxw_workbook *book, const std::string &name, lxw_format *header, lxw_format *wrap)
        : m_sheet(workbook_add_worksheet(book, name.c_str()))
        , m_header(header)
        , m_wrap(wrap)
    {}
    void header(const std::vector<std::string> &names)
    {
        m_widths.assign(names.size(), 8.0);
        for (std::size_t c = 0; c < names.size(); ++c) {
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), names[c].c_str(), m_header);
            widen(c, names[c]);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_columns = names.size();
    }
    void row(const std::vector<Cell> &cells)
    {
        ++m_row;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (cells[c].number)
                worksheet_write_number(m_sheet, m_row, lxw_col_t(c), *cells[c].number, nullptr);
            else if (!cells[c].text.empty())
                worksheet_write_string(m_sheet, m_row, lxw_col_t(c), cells[c].text.c_str(),
                                       nullptr);
            if (c < m_widths.size())
                widen(c, cells[c].text);
        }
    }
    void finish()
    {
        for (std::size_t c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], 60.0),
                                 m_widths[c] > 60.0 ? m_wrap : nullptr);
        if (m_columns > 0)
            worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(m_columns - 1));
    }

private:
    // Column width in Excel's character units: a CJK character is about two.
    void widen(std::size_t c, const std::string &text)
    {
        double w = 1.5;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const unsigned char b = static_cast<unsigned char>(text[i]);
            if ((b & 0xC0) != 0x80) // count code points, wide ones double
                w += b >= 0xE0 ? 2.0 : 1.0;
        }
        m_widths[c] = std::max(m_widths[c], w);
    }
    lxw_worksheet *m_sheet;
    lxw_format *m_header;
    lxw_format *m_wrap;
    std::vector<double> m_widths;
    std::size_t m_columns = 0;
    lxw_row_t m_row = 0;
};

// Where an answer's key lives: the (industry-applied) model or one of the overlays.
struct Found
{
    const Model *model = nullptr;
    int index = -1;
};
Found find(const Model &m, const std::vector<Model> &overlays, const StoredAnswer &s)
{
    auto in = [&](const Model &x) {
        return s.kind == AnswerKind::Item       ? x.findItem(s.key)
               : s.kind == AnswerKind::Scenario ? x.findScenario(s.key)
                                                : x.findFigure(s.key);
    };
    if (const int i = in(m); i >= 0)
        return {&m, i};
    for (const Model &o : overlays)
        if (const int i = in(o); i >= 0)
            return {&o, i};
    return {};
}

// One layer scored, like an Evaluation but without a copy of the model: the base model's
// result and each active overlay's.
struct Scored
{
    const Model *model = nullptr;
    ScoreResult result;
    std::vector<std::pair<const Model *, ScoreResult>> overlays;

    const ScoreResult *resultFor(const Model *m) const
    {
        if (m == model)
            return &result;
        for (const auto &[overlay, r] : overlays) {
            if (overlay == m)
                return &r;
        }
        return nullptr; // an overlay of another industry is not scored
    }
};

Scored scoreLayer(const CachedAssessment &a, const AnswerLayer &layer)
{
    Scored s{a.applied, score(*a.applied, layer.base), {}};
    for (int k : activeOverlays(*a.models, a.industry)) {
        const Model &overlay = a.models->overlays[k];
        s.overlays.emplace_back(&overlay, score(overlay, layer.overlays[k]));
    }
    return s;
}

} // namespace

Result<int> exportAssessmentsXlsx(Store &store,
                                  const std::vector<std::int64_t> &assessmentIds,
                                  const std::string &path,
                                  Lang lang)
{
    std::vector<std::int64_t> ids = assessmentIds;
    if (ids.empty()) {
        auto all = store.assessments();
        if (!all)
            return all.errors();
        for (const AssessmentRecord &a : *all)
            ids.push_back(a.id);
    }
    const std::string partial = path + ".part";
    // Constant memory: rows go to a temporary file as they are written (in order, which they
    // are), strings inline. A whole city took 1.7 GB with the shared-string table, 74 MB so.
    // The temporary files (as large as the sheets' XML) go beside the output, not to a /tmp
    // that may be small.
    std::string folder = std::filesystem::path(partial).parent_path().string();
    if (folder.empty())
        folder = ".";
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = folder.data();
    lxw_workbook *book = workbook_new_opt(partial.c_str(), &options);
    if (!book)
        return fileError<DiagMsg::ExcelCannotCreate>(path);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDCE6F1);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    Sheet scores(book, T(lang, "得分", "Scores"), header, wrap);
    Sheet answers(book, T(lang, "答案", "Answers"), header, wrap);
    answers.header({"assessment_uuid", T(lang, "企业名称", "enterprise"),
                    T(lang, "答案层", "layer"), T(lang, "类型", "kind"), T(lang, "编号", "key"),
                    T(lang, "名称", "name"), T(lang, "答案", "value"),
                    T(lang, "答案内容", "answer_text"), T(lang, "得分", "points"),
                    T(lang, "满分", "max_points"), T(lang, "备注", "note"),
                    T(lang, "更新时间", "updated_at"), T(lang, "更新人", "updated_by")});
    bool headerWritten = false;
    int rows = 0;
    Diagnostics errors;
    ModelCache cache(store);
    ReadSnapshot snapshot(store.db());
    if (auto err = snapshot.begin())
        errors.push_back(*err);
    for (std::int64_t id : ids) {
        if (!errors.empty())
            break;
        auto loaded = loadCached(store, cache, id);
        if (!loaded) {
            errors = loaded.errors();
            break;
        }
        const CachedAssessment &a = *loaded;
        if (!headerWritten) { // dimension columns follow the first assessment's model
            scores.header(assessmentSummaryHeader(a.models->model, lang));
            headerWritten = true;
        }
        const Scored self = scoreLayer(a, a.layer(Layer::Self));
        // The verified layer only when something was verified: no row and no answer uses it
        // otherwise, and scoring is much of the export's time.
        std::optional<Scored> verified;
        if (a.answers.verified)
            verified.emplace(scoreLayer(a, a.layer(Layer::Verified)));
        for (const Scored *e :
             {&self, verified ? &*verified : static_cast<const Scored *>(nullptr)}) {
            if (!e)
                continue;
            const ScoreResult &r = e->result;
            std::vector<Cell> row;
            for (std::string &field :
                 assessmentRecordFields(a, e == &self ? Layer::Self : Layer::Verified, lang))
                row.emplace_back(std::move(field));
            row.insert(row.end(), {num(r.base), num(r.maxBase), num(r.level),
                                   Cell(levelName(*e->model, r.level, lang))});
            for (const Rational &d : r.dimensions)
                row.push_back(num(d));
            for (int l = 1; l <= 4; ++l)
                row.push_back(num(r.atLeast[l]));
            for (int l = 1; l <= 4; ++l)
                row.push_back(num(r.constrainedAtLeast[l]));
            row.push_back(num(static_cast<long long>(r.unanswered.size())));
            scores.row(row);
            ++rows;
        }
        for (const StoredAnswer &s : a.stored) {
            const Scored &e = s.layer == Layer::Verified && verified ? *verified : self;
            const Found f = find(*e.model, a.models->overlays, s);
            Cell points, maximum;
            std::string name;
            if (f.model) {
                name = s.kind == AnswerKind::Item       ? f.model->items[f.index].name.get(lang)
                       : s.kind == AnswerKind::Scenario ? f.model->scenarios[f.index].name.get(lang)
                                                        : f.model->figures[f.index].name.get(lang);
            }
            if (f.model && s.kind == AnswerKind::Item) {
                if (const ScoreResult *r = e.resultFor(f.model)) {
                    points = num(r->items[f.index].points);
                    maximum = num(f.model->items[f.index].points);
                }
            }
            answers.row(
                {{a.record.uuid},
                 {a.enterprise.name},
                 {exportedKey(s.layer, lang)},
                 {exportedKey(s.kind, lang)},
                 {s.key},
                 {name},
                 {s.value},
                 {readableAnswer(*e.model, a.models->overlays, s.kind, s.key, s.value, lang)},
                 points,
                 maximum,
                 {s.note},
                 {s.updatedAt},
                 {s.updatedBy}});
        }
    }
    if (!headerWritten)
        scores.header({"assessment_uuid"});
    scores.finish();
    answers.finish();
    const lxw_error closed = workbook_close(book);
    std::error_code ec;
    if (!errors.empty()) {
        std::filesystem::remove(partial, ec);
        return errors;
    }
    if (closed == LXW_NO_ERROR)
        platform::replaceFile(partial, path, ec);
    if (closed != LXW_NO_ERROR || ec) {
        std::filesystem::remove(partial, ec);
        return fileError<DiagMsg::ExcelCannotWrite>(
            path, closed != LXW_NO_ERROR ? std::string(lxw_strerror(closed)) : ec.message());
    }
    return rows;
}

} // namespace dl
