// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/answerwriter.h"

#include "base/diagnosticcatalog.h"

#include "enterprise/answercodec.h"
#include "store/answerrows.h"
#include "store/storedassessment.h"

#include <functional>
#include <utility>

namespace dl {

namespace {

// A change with its value already canonical.
struct Pending
{
    Layer layer;
    AnswerKind kind;
    std::string key;
    std::optional<std::string> value;
    std::optional<std::string> note;
};

// One transaction of the writer: the rows it reads and writes, its time and author.
class Writing
{
public:
    Writing(Store &store, std::int64_t assessmentId, const std::string &who)
        : m_id(assessmentId)
        , m_rows(store.db())
        , m_at(store.now())
        , m_who(who)
    {}

    // The stored value of an answer; "" when there is none.
    Result<std::string> value(Layer layer, AnswerKind kind, const std::string &key)
    {
        auto row = m_rows.find(m_id, layer, kind, key);
        if (!row)
            return row.errors();
        return *row ? (*row)->answer.value : std::string();
    }

    // Applies one change to the stored row; counts it when the row changed.
    std::optional<Diagnostic> put(const Pending &p, AnswerWrite &out)
    {
        auto old = m_rows.find(m_id, p.layer, p.kind, p.key);
        if (!old)
            return old.errors().front();
        const std::string oldValue = *old ? (*old)->answer.value : std::string();
        const std::string oldNote = *old ? (*old)->answer.note : std::string();
        StoredAnswer next{
            p.layer, p.kind, p.key, p.value.value_or(oldValue), p.note.value_or(oldNote), {}, {}};
        if (next.value == oldValue && next.note == oldNote)
            return std::nullopt; // as stored already (or nothing, and nothing given)
        // A new value is the user's answer under the current model: nothing left to confirm. A
        // note alone says nothing about the value, so an answer waiting for confirmation keeps
        // waiting (confirm() is the way to keep a value).
        next.needsConfirmation = *old && (*old)->answer.needsConfirmation && next.value == oldValue;
        ++out.changed;
        if (next.value.empty() && next.note.empty())
            return m_rows.remove(m_id, p.layer, p.kind, p.key, oldValue, m_at, m_who);
        return m_rows.change(m_id, next, *old ? std::optional<std::string>(oldValue) : std::nullopt,
                             m_at, m_who);
    }

    // The row of `key` in `layer`, of whichever kind has one (model ids are unique across
    // figures, items and scenarios).
    Result<std::optional<AnswerRows::Row>> find(Layer layer, const std::string &key)
    {
        for (AnswerKind kind : {AnswerKind::Figure, AnswerKind::Item, AnswerKind::Scenario}) {
            auto row = m_rows.find(m_id, layer, kind, key);
            if (!row || *row)
                return row;
        }
        return std::optional<AnswerRows::Row>();
    }

    // The stored value kept and no longer waiting: a change of its own (a new change uuid, so
    // that a merge carries the confirmation like any other change) with an audit row whose old
    // and new value and note are as they were. No other change writes such a row, since saving
    // what is stored writes nothing: that is how the history tells a confirmation.
    std::optional<Diagnostic> confirm(const AnswerRows::Row &row, AnswerWrite &out)
    {
        if (!row.answer.needsConfirmation)
            return std::nullopt;
        StoredAnswer next = row.answer;
        next.needsConfirmation = false;
        ++out.changed;
        out.values.push_back(next.value);
        return m_rows.change(m_id, next, next.value, m_at, m_who);
    }

private:
    std::int64_t m_id;
    AnswerRows m_rows;
    std::string m_at;
    const std::string &m_who;
};

using Plan = std::function<Result<std::vector<Pending>>(Writing &)>;

// Both figures of a trend item given in a layer decide its trend: the trend answered directly
// there goes, its note stays. Checked for every trend item of a figure that `pending` entered.
std::optional<Diagnostic> applyTrendRule(const ModelSet &models,
                                         const std::vector<Pending> &pending,
                                         Writing &w,
                                         AnswerWrite &out)
{
    std::vector<const Model *> all{&models.model};
    for (const Model &o : models.overlays)
        all.push_back(&o);
    for (const Pending &p : pending) {
        if (p.kind != AnswerKind::Figure || !p.value || p.value->empty())
            continue;
        for (const Model *m : all) {
            const int f = m->findFigure(p.key);
            if (f < 0)
                continue;
            for (const Item &item : m->items) {
                if (item.type != ItemType::Trend || (item.figureA != f && item.figureB != f) ||
                    item.figureA < 0 || item.figureB < 0)
                    continue;
                bool both = true;
                for (int g : {item.figureA, item.figureB}) {
                    auto v = w.value(p.layer, AnswerKind::Figure, m->figures[g].id);
                    if (!v)
                        return v.errors().front();
                    both = both && !v->empty();
                }
                if (!both)
                    continue;
                if (auto err = w.put({p.layer, AnswerKind::Item, item.id, "", std::nullopt}, out))
                    return err;
            }
        }
    }
    return std::nullopt;
}

Result<AnswerWrite> run(Store &store,
                        std::int64_t assessmentId,
                        const ModelSet &models,
                        const std::string &who,
                        const Plan &plan)
{
    SqliteTransaction tx(store.db());
    if (auto err = tx.begin())
        return *err;
    Writing w(store, assessmentId, who);
    auto pending = plan(w);
    if (!pending)
        return pending.errors();
    AnswerWrite out;
    for (const Pending &p : *pending) {
        if (auto err = w.put(p, out))
            return *err;
        if (p.value)
            out.values.push_back(*p.value);
    }
    if (auto err = applyTrendRule(models, *pending, w, out))
        return *err;
    if (auto err = tx.commit())
        return *err;
    return out;
}

const Item *findItem(const ModelSet &models, const std::string &id, const Model **in)
{
    if (const int i = models.model.findItem(id); i >= 0) {
        *in = &models.model;
        return &models.model.items[i];
    }
    for (const Model &o : models.overlays) {
        if (const int i = o.findItem(id); i >= 0) {
            *in = &o;
            return &o.items[i];
        }
    }
    return nullptr;
}

} // namespace

AnswerWriter::AnswerWriter(Store &store,
                           std::int64_t assessmentId,
                           const ModelSet &models,
                           std::optional<IndustryCode> industry)
    : m_store(store)
    , m_assessmentId(assessmentId)
    , m_models(models)
    , m_industry(std::move(industry))
{}

AnswerWriter::AnswerWriter(Store &store, const LoadedAssessment &assessment)
    : AnswerWriter(store, assessment.record.id, assessment.models, assessment.industry)
{}

Result<AnswerWrite> AnswerWriter::setValue(Layer layer,
                                           AnswerKind kind,
                                           const std::string &key,
                                           std::string_view text,
                                           const std::string &who)
{
    return apply({{layer, kind, key, std::string(text), std::nullopt}}, who);
}

Result<AnswerWrite> AnswerWriter::setNote(Layer layer,
                                          AnswerKind kind,
                                          const std::string &key,
                                          std::string_view note,
                                          const std::string &who)
{
    return apply({{layer, kind, key, std::nullopt, std::string(note)}}, who);
}

Result<AnswerWrite>
AnswerWriter::clear(Layer layer, AnswerKind kind, const std::string &key, const std::string &who)
{
    return apply({{layer, kind, key, std::string(), std::nullopt}}, who);
}

Result<AnswerWrite> AnswerWriter::apply(const std::vector<AnswerChange> &changes,
                                        const std::string &who)
{
    std::vector<Pending> pending;
    Diagnostics errors;
    for (const AnswerChange &c : changes) {
        Pending p{c.layer, c.kind, c.key, std::nullopt, c.note};
        if (c.value && !c.value->empty()) {
            auto canonical = canonicalAnswer(m_models, m_industry, c.kind, c.key, *c.value);
            if (!canonical) {
                errors.insert(errors.end(), canonical.errors().begin(), canonical.errors().end());
                continue;
            }
            p.value = std::move(*canonical);
        } else if (c.value) {
            p.value = std::string();
        }
        pending.push_back(std::move(p));
    }
    if (!errors.empty())
        return errors;
    return run(m_store, m_assessmentId, m_models, who,
               [&](Writing &) -> Result<std::vector<Pending>> { return pending; });
}

Result<AnswerWrite>
AnswerWriter::copySelfToVerified(AnswerKind kind, const std::string &id, const std::string &who)
{
    const Model *model = nullptr;
    const Item *item = kind == AnswerKind::Item ? findItem(m_models, id, &model) : nullptr;
    if (kind == AnswerKind::Item ? !item : kind != AnswerKind::Scenario)
        return diagnostic<DiagMsg::NotItemOrScenario>({}, {}, id, id);
    return run(
        m_store, m_assessmentId, m_models, who, [&](Writing &w) -> Result<std::vector<Pending>> {
            std::vector<Pending> out;
            auto own = w.value(Layer::Self, kind, id);
            if (!own)
                return own.errors();
            if (!own->empty())
                out.push_back({Layer::Verified, kind, id, *own, std::nullopt});
            if (!item)
                return out;
            // A trend the enterprise answered directly is verified directly: the
            // verified figures go with it, or they would decide instead.
            const bool trendDirect = item->type == ItemType::Trend && !own->empty();
            for (int f : {item->figureA, item->figureB}) {
                if (f < 0)
                    continue;
                const std::string &figure = model->figures[f].id;
                auto v = w.value(Layer::Self, AnswerKind::Figure, figure);
                if (!v)
                    return v.errors();
                if (trendDirect || !v->empty())
                    out.push_back({Layer::Verified, AnswerKind::Figure, figure, *v, std::nullopt});
            }
            return out;
        });
}

Result<AnswerWrite>
AnswerWriter::confirm(Layer layer, const std::vector<std::string> &keys, const std::string &who)
{
    SqliteTransaction tx(m_store.db());
    if (auto err = tx.begin())
        return *err;
    Writing w(m_store, m_assessmentId, who);
    AnswerWrite out;
    Diagnostics missing;
    for (const std::string &key : keys) {
        auto row = w.find(layer, key);
        if (!row)
            return row.errors();
        if (!*row || (*row)->answer.value.empty()) {
            missing.push_back(
                diagnostic<DiagMsg::ConfirmNoAnswer>("answer", {}, key, key, dl::key(layer)));
            continue;
        }
        if (auto err = w.confirm(**row, out))
            return *err;
    }
    if (!missing.empty())
        return missing; // the transaction rolls back: all or nothing, as apply()
    if (auto err = tx.commit())
        return *err;
    return out;
}

Result<AnswerWrite> AnswerWriter::confirmAll(std::optional<Layer> layer, const std::string &who)
{
    auto stored = m_store.answers(m_assessmentId);
    if (!stored)
        return stored.errors();
    AnswerWrite out;
    for (Layer l : {Layer::Self, Layer::Verified}) {
        if (layer && *layer != l)
            continue;
        std::vector<std::string> keys;
        for (const StoredAnswer &a : *stored)
            if (a.layer == l && a.needsConfirmation && !a.value.empty())
                keys.push_back(a.key);
        if (keys.empty())
            continue;
        auto done = confirm(l, keys, who);
        if (!done)
            return done.errors();
        out.changed += done->changed;
        out.values.insert(out.values.end(), done->values.begin(), done->values.end());
    }
    return out;
}

} // namespace dl
