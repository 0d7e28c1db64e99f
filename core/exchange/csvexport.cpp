// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvexport.h"

#include "base/partialfile.h"
#include "enterprise/recordlabels.h"
#include "scoring/scoring.h"
#include "scoring/textreport.h"
#include "store/bulkread.h"
#include "store/storedassessment.h"

namespace dl {

std::string csvField(std::string_view value)
{
    // Quote when needed; a leading =, +, - or @ would be run as a formula by spreadsheets.
    const bool formula =
        !value.empty() && std::string_view("=+-@").find(value[0]) != std::string_view::npos &&
        !(value.size() > 1 && value[0] == '-' && value[1] >= '0' && value[1] <= '9');
    std::string v = formula ? "'" + std::string(value) : std::string(value);
    if (v.find_first_of(",\"\r\n") == std::string::npos)
        return v;
    std::string out = "\"";
    for (char c : v)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

namespace {

// The CSV being written: UTF-8 with a byte-order mark, CRLF line ends.
class CsvWriter
{
public:
    explicit CsvWriter(const std::string &path)
        : m_file(path)
    {
        m_file.out() << "\xEF\xBB\xBF";
    }
    void row(const std::vector<std::string> &fields)
    {
        for (std::size_t k = 0; k < fields.size(); ++k)
            m_file.out() << (k ? "," : "") << csvField(fields[k]);
        m_file.out() << "\r\n";
    }
    Result<std::string> finish() { return m_file.commit({"CSV 文件", "the CSV file"}); }

private:
    PartialFile m_file;
};

Result<std::vector<std::int64_t>> selected(Store &store, const std::vector<std::int64_t> &ids)
{
    if (!ids.empty())
        return ids;
    auto all = store.assessments();
    if (!all)
        return all.errors();
    std::vector<std::int64_t> out;
    for (const AssessmentRecord &a : *all)
        out.push_back(a.id);
    return out;
}

} // namespace

std::vector<std::string> assessmentSummaryHeader(const Model &model, Lang lang)
{
    std::vector<std::string> h = {"assessment_uuid",
                                  T(lang, "企业名称", "enterprise"),
                                  T(lang, "统一社会信用代码", "credit_code"),
                                  T(lang, "行业", "industry"),
                                  T(lang, "省份", "province"),
                                  T(lang, "城市", "city"),
                                  T(lang, "规模", "size_class"),
                                  T(lang, "专精特新", "srdi"),
                                  T(lang, "试点企业", "pilot"),
                                  T(lang, "试点批次", "pilot_batch"),
                                  T(lang, "评测模型", "model"),
                                  T(lang, "模型版本", "model_version"),
                                  T(lang, "状态", "status"),
                                  T(lang, "方式", "mode"),
                                  T(lang, "阶段", "phase"),
                                  T(lang, "评估人", "assessor"),
                                  T(lang, "评估机构", "organisation"),
                                  T(lang, "创建时间", "created_at"),
                                  T(lang, "更新时间", "updated_at"),
                                  T(lang, "答案层", "layer"),
                                  T(lang, "基础分", "base_score"),
                                  T(lang, "基础分满分", "max_base_score"),
                                  T(lang, "等级", "level"),
                                  T(lang, "等级名称", "level_name")};
    for (const Dimension &d : model.dimensions)
        h.push_back(d.name.get(lang));
    for (int l = 1; l <= 4; ++l)
        h.push_back(T(lang, "场景≥", "scenarios_at_") + std::to_string(l));
    for (int l = 1; l <= 4; ++l)
        h.push_back(T(lang, "约束性场景≥", "constrained_at_") + std::to_string(l));
    h.push_back(T(lang, "未作答数", "unanswered"));
    return h;
}

std::vector<std::string> assessmentRecordFields(const CachedAssessment &a, Layer layer, Lang lang)
{
    return {a.record.uuid,
            a.enterprise.name,
            a.enterprise.creditCode,
            a.enterprise.industry,
            a.enterprise.province,
            a.enterprise.city,
            exportedKey(a.enterprise.sizeClass, lang),
            exportedKey(a.enterprise.srdi, lang),
            a.enterprise.pilot ? T(lang, "是", "yes") : T(lang, "否", "no"),
            a.enterprise.pilotBatch,
            a.record.modelId,
            a.record.modelVersion,
            exportedKey(a.record.status, lang),
            exportedKey(a.record.mode, lang),
            exportedKey(a.record.phase, lang),
            a.record.assessorName,
            a.record.assessorOrg,
            a.record.createdAt,
            a.record.updatedAt,
            exportedKey(layer, lang)};
}

Result<int> exportAssessmentsCsv(Store &store,
                                 const std::vector<std::int64_t> &assessmentIds,
                                 const std::string &path,
                                 Lang lang,
                                 const Progress &progress)
{
    auto ids = selected(store, assessmentIds);
    if (!ids)
        return ids.errors();
    CsvWriter csv(path);
    ModelCache cache(store);
    ReadSnapshot snapshot(store.db());
    if (auto err = snapshot.begin())
        return *err;
    bool header = false;
    int rows = 0;
    const int total = int(ids->size());
    int done = 0;
    for (std::int64_t id : *ids) {
        if (progress && !progress(done++, total))
            return cancelled(path, LeftBehind::NoFile);
        auto loaded = loadCached(store, cache, id);
        if (!loaded)
            return loaded.errors();
        const CachedAssessment &a = *loaded;
        if (!header) { // dimension columns follow the first assessment's model
            csv.row(assessmentSummaryHeader(a.models->model, lang));
            header = true;
        }
        for (Layer layer : {Layer::Self, Layer::Verified}) {
            if (layer == Layer::Verified && !a.answers.verified)
                continue;
            const ScoreResult result = score(*a.applied, a.layer(layer).base);
            std::vector<std::string> r = assessmentRecordFields(a, layer, lang);
            r.insert(r.end(),
                     {result.base.toString(), result.maxBase.toString(),
                      std::to_string(result.level), levelName(*a.applied, result.level, lang)});
            for (const Rational &d : result.dimensions)
                r.push_back(d.toString());
            for (int l = 1; l <= 4; ++l)
                r.push_back(std::to_string(result.atLeast[l]));
            for (int l = 1; l <= 4; ++l)
                r.push_back(std::to_string(result.constrainedAtLeast[l]));
            r.push_back(std::to_string(result.unanswered.size()));
            csv.row(r);
            ++rows;
        }
    }
    if (!header)
        csv.row({"assessment_uuid"});
    if (progress && !progress(total, total))
        return cancelled(path, LeftBehind::NoFile);
    if (auto written = csv.finish(); !written)
        return written.errors();
    return rows;
}

Result<int> exportAnswersCsv(Store &store,
                             const std::vector<std::int64_t> &assessmentIds,
                             const std::string &path,
                             Lang lang,
                             const Progress &progress)
{
    auto ids = selected(store, assessmentIds);
    if (!ids)
        return ids.errors();
    CsvWriter csv(path);
    csv.row({"assessment_uuid", T(lang, "企业名称", "enterprise"), T(lang, "答案层", "layer"),
             T(lang, "类型", "kind"), T(lang, "编号", "key"), T(lang, "名称", "name"),
             T(lang, "答案", "value"), T(lang, "得分", "points"), T(lang, "备注", "note"),
             T(lang, "更新时间", "updated_at"), T(lang, "更新人", "updated_by")});
    ModelCache cache(store);
    ReadSnapshot snapshot(store.db());
    if (auto err = snapshot.begin())
        return *err;
    int rows = 0;
    const int total = int(ids->size());
    int done = 0;
    for (std::int64_t id : *ids) {
        if (progress && !progress(done++, total))
            return cancelled(path, LeftBehind::NoFile);
        auto loaded = loadCached(store, cache, id);
        if (!loaded)
            return loaded.errors();
        const CachedAssessment &a = *loaded;
        const ScoreResult self = score(*a.applied, a.layer(Layer::Self).base);
        const ScoreResult verified = score(*a.applied, a.layer(Layer::Verified).base);
        const Model &m = *a.applied;
        for (const StoredAnswer &s : a.stored) {
            std::string name, points;
            if (s.kind == AnswerKind::Item) {
                if (const int i = m.findItem(s.key); i >= 0) {
                    name = m.items[i].name.get(lang);
                    points =
                        (s.layer == Layer::Verified ? verified : self).items[i].points.toString();
                }
            } else if (s.kind == AnswerKind::Scenario) {
                if (const int k = m.findScenario(s.key); k >= 0)
                    name = m.scenarios[k].name.get(lang);
            } else if (const int f = m.findFigure(s.key); f >= 0) {
                name = m.figures[f].name.get(lang);
            }
            if (name.empty()) { // an overlay's answer
                for (const Model &o : a.models->overlays) {
                    if (const int i = o.findItem(s.key); i >= 0)
                        name = o.items[i].name.get(lang);
                    else if (const int k = o.findScenario(s.key); k >= 0)
                        name = o.scenarios[k].name.get(lang);
                    else if (const int f = o.findFigure(s.key); f >= 0)
                        name = o.figures[f].name.get(lang);
                }
            }
            csv.row({a.record.uuid, a.enterprise.name, exportedKey(s.layer, lang),
                     exportedKey(s.kind, lang), s.key, name, s.value, points, s.note, s.updatedAt,
                     s.updatedBy});
            ++rows;
        }
    }
    if (progress && !progress(total, total))
        return cancelled(path, LeftBehind::NoFile);
    if (auto written = csv.finish(); !written)
        return written.errors();
    return rows;
}

} // namespace dl
