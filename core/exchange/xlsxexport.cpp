// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxexport.h"

#include "base/diagnosticcatalog.h"
#include "enterprise/answercodec.h"
#include "enterprise/recordlabels.h"
#include "exchange/csvexport.h"
#include "exchange/xlsxsheet.h"

#include "scoring/scoring.h"
#include "scoring/textreport.h"
#include "store/bulkread.h"
#include "store/storedassessment.h"

#include <optional>

namespace dl {

namespace {

using Cell = XlsxOutCell;
Cell num(const Rational &r)
{
    return xlsxNumber(r);
}
Cell num(long long n)
{
    return xlsxNumber(n);
}

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
    XlsxBook book(path);
    if (!book.opened())
        return fileError<DiagMsg::ExcelCannotCreate>(path);

    XlsxOutSheet scores(book, T(lang, "得分", "Scores"));
    XlsxOutSheet answers(book, T(lang, "答案", "Answers"));
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
    if (auto closed = book.close(!errors.empty()); !closed)
        return closed.errors();
    if (!errors.empty())
        return errors;
    return rows;
}

} // namespace dl
