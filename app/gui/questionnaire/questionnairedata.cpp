// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnairedata.h"

#include "answers/upgrade.h"
#include "scoring/answerloader.h"

#include <algorithm>

namespace {

bool sameFigure(const std::optional<dl::Rational> &a, const std::optional<dl::Rational> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

} // namespace

dl::Result<std::unique_ptr<QuestionnaireData>> QuestionnaireData::load(dl::Store &store,
                                                                       std::int64_t id)
{
    auto a = dl::loadAssessment(store, std::to_string(id));
    if (!a)
        return a.errors();
    std::unique_ptr<QuestionnaireData> data(new QuestionnaireData(store, std::move(*a)));
    dl::Diagnostics errors = data->reload();
    if (!errors.empty())
        return errors;
    return data;
}

QuestionnaireData::QuestionnaireData(dl::Store &store, dl::LoadedAssessment a)
    : m_store(store)
    , m_a(std::move(a))
    , m_applied(dl::applyIndustry(m_a.models.model, m_a.industry))
{
    m_sets.push_back(-1);
    for (int k : dl::activeOverlays(m_a.models, m_a.industry))
        m_sets.push_back(k);
    for (int s : m_sets) {
        const dl::Model &m = model(s);
        for (const dl::Dimension &d : m.dimensions)
            for (int sub : d.subdimensions)
                for (int i : m.subdimensions[sub].items)
                    m_entries.push_back({false, s, i, m.items[i].id});
        for (const dl::ScenarioGroup &g : m.groups)
            for (int i : g.scenarios)
                m_entries.push_back({true, s, i, m.scenarios[i].id});
    }
}

const dl::Model &QuestionnaireData::model(int set) const
{
    return set < 0 ? m_applied : m_a.models.overlays[set];
}

int QuestionnaireData::findEntry(const std::string &id) const
{
    for (int e = 0; e < int(m_entries.size()); ++e) {
        if (m_entries[e].id == id)
            return e;
    }
    return -1;
}

const dl::Item &QuestionnaireData::item(int e) const
{
    return model(m_entries[e].set).items[m_entries[e].index];
}

const dl::Scenario &QuestionnaireData::scenario(int e) const
{
    return model(m_entries[e].set).scenarios[m_entries[e].index];
}

bool QuestionnaireData::enabled(int e) const
{
    return m_entries[e].scenario ? scenario(e).enabled : item(e).enabled;
}

std::string QuestionnaireData::value(Layer l, dl::AnswerKind kind, const std::string &key) const
{
    const auto it = m_stored.find({l, kind, key});
    return it == m_stored.end() ? std::string() : it->second.value;
}

std::string QuestionnaireData::note(Layer l, dl::AnswerKind kind, const std::string &key) const
{
    const auto it = m_stored.find({l, kind, key});
    return it == m_stored.end() ? std::string() : it->second.note;
}

const dl::AnswerSet &QuestionnaireData::set(const dl::AnswerLayer &layer, int s) const
{
    return s < 0 ? layer.base : layer.overlays[s];
}

const dl::ScoreResult &QuestionnaireData::scoreOf(Layer l, int s) const
{
    return (l == Layer::Self ? m_selfScores : m_mergedScores).at(s);
}

std::optional<dl::Rational> QuestionnaireData::figure(Layer l, int s, int f) const
{
    return set(l == Layer::Self ? m_a.answers.self : m_verifiedOnly, s).figures[f];
}

bool QuestionnaireData::answered(int e, Layer l) const
{
    const Entry &en = m_entries[e];
    if (l == Layer::Self) {
        if (en.scenario)
            return set(m_a.answers.self, en.set).scenarios[en.index].rating >= 0;
        return scoreOf(Layer::Self, en.set).items[en.index].answered;
    }
    const dl::AnswerSet &v = set(m_verifiedOnly, en.set);
    if (en.scenario)
        return v.scenarios[en.index].rating >= 0;
    // As in dl::mergeVerified: an item is verified directly or through all of its figures.
    const dl::Item &it = item(e);
    return v.items[en.index].answered ||
           (it.figureA >= 0 && v.figures[it.figureA] && (it.figureB < 0 || v.figures[it.figureB]));
}

bool QuestionnaireData::differs(int e) const
{
    if (!answered(e, Layer::Verified))
        return false;
    const Entry &en = m_entries[e];
    const dl::AnswerSet &s = set(m_a.answers.self, en.set);
    const dl::AnswerSet &m = set(m_merged, en.set);
    if (en.scenario)
        return s.scenarios[en.index].rating != m.scenarios[en.index].rating;
    const dl::ItemScore &a = scoreOf(Layer::Self, en.set).items[en.index];
    const dl::ItemScore &b = scoreOf(Layer::Verified, en.set).items[en.index];
    if (a.answered != b.answered || a.state != b.state || a.points != b.points)
        return true;
    const dl::Item &it = item(e);
    if (it.type == dl::ItemType::Multi && s.items[en.index].selected != m.items[en.index].selected)
        return true;
    for (int f : {it.figureA, it.figureB}) {
        if (f >= 0 && !sameFigure(s.figures[f], m.figures[f]))
            return true;
    }
    return false;
}

std::optional<dl::Rational> QuestionnaireData::points(int e, Layer l) const
{
    const Entry &en = m_entries[e];
    if (en.scenario)
        return std::nullopt;
    const dl::ItemScore &s = scoreOf(l, en.set).items[en.index];
    return s.answered ? std::optional(s.points) : std::nullopt;
}

int QuestionnaireData::rating(int e, Layer l) const
{
    const Entry &en = m_entries[e];
    if (!en.scenario)
        return -1;
    return set(l == Layer::Self ? m_a.answers.self : m_merged, en.set).scenarios[en.index].rating;
}

QuestionnaireData::Summary QuestionnaireData::summary() const
{
    Summary s;
    for (int e = 0; e < int(m_entries.size()); ++e) {
        if (!enabled(e))
            continue;
        ++s.total;
        s.answered += answered(e, Layer::Self) ? 1 : 0;
        s.verified += answered(e, Layer::Verified) ? 1 : 0;
    }
    const dl::ScoreResult &self = scoreOf(Layer::Self, -1);
    const dl::ScoreResult &verified = scoreOf(Layer::Verified, -1);
    s.selfBase = self.base;
    s.verifiedBase = verified.base;
    s.maxBase = self.maxBase;
    s.selfLevel = self.level;
    s.verifiedLevel = verified.level;
    return s;
}

dl::Diagnostics QuestionnaireData::written(const dl::Result<dl::AnswerWrite> &done)
{
    if (!done)
        return done.errors();
    return done->changed ? reloadAnswers() : dl::Diagnostics{};
}

dl::Diagnostics QuestionnaireData::setValue(Layer l,
                                            dl::AnswerKind kind,
                                            const std::string &key,
                                            const std::string &text,
                                            const std::string &who)
{
    return written(dl::AnswerWriter(m_store, m_a).setValue(l, kind, key, text, who));
}

dl::Diagnostics QuestionnaireData::setNote(Layer l,
                                           dl::AnswerKind kind,
                                           const std::string &key,
                                           const std::string &note,
                                           const std::string &who)
{
    return written(dl::AnswerWriter(m_store, m_a).setNote(l, kind, key, note, who));
}

std::vector<QuestionnaireData::Pending> QuestionnaireData::pending(int e, Layer l) const
{
    std::vector<std::pair<dl::AnswerKind, std::string>> keys{{kindOf(e), m_entries[e].id}};
    if (!m_entries[e].scenario) {
        const dl::Item &it = item(e);
        for (int f : {it.figureA, it.figureB})
            if (f >= 0)
                keys.emplace_back(dl::AnswerKind::Figure, model(m_entries[e].set).figures[f].id);
    }
    std::vector<Pending> out;
    for (const auto &[kind, key] : keys) {
        const auto it = m_stored.find({l, kind, key});
        if (it == m_stored.end() || !it->second.needsConfirmation || it->second.value.empty())
            continue;
        const auto why = m_pendingWhy.find({l, key});
        out.push_back({kind, key, it->second.value, dl::answerName(m_a.models, kind, key),
                       why == m_pendingWhy.end() ? dl::LocalText{} : why->second});
    }
    return out;
}

int QuestionnaireData::pendingCount(Layer l) const
{
    return int(std::count_if(m_pendingWhy.begin(), m_pendingWhy.end(),
                             [l](const auto &p) { return p.first.first == l; }));
}

dl::Diagnostics
QuestionnaireData::confirm(Layer l, const std::vector<std::string> &keys, const std::string &who)
{
    return written(dl::AnswerWriter(m_store, m_a).confirm(l, keys, who));
}

dl::Diagnostics QuestionnaireData::copySelfToVerified(int e, const std::string &who, bool &copied)
{
    auto done = dl::AnswerWriter(m_store, m_a).copySelfToVerified(kindOf(e), m_entries[e].id, who);
    copied = done && !done->values.empty();
    return written(done);
}

bool QuestionnaireData::evidenceTicked(const std::string &target,
                                       const std::string &evidenceId) const
{
    const auto it = m_checks.find({target, evidenceId});
    return it != m_checks.end() && it->second;
}

dl::Diagnostics QuestionnaireData::setEvidenceTicked(const std::string &target,
                                                     const std::string &evidenceId,
                                                     bool ticked)
{
    auto done = m_store.setEvidenceCheck(id(), target, evidenceId, ticked);
    if (!done)
        return done.errors();
    m_checks[{target, evidenceId}] = ticked;
    return {};
}

std::vector<dl::EvidenceFile> QuestionnaireData::files(const std::string &target) const
{
    std::vector<dl::EvidenceFile> out;
    for (const dl::EvidenceFile &f : m_files) {
        if (f.target == target)
            out.push_back(f);
    }
    return out;
}

dl::Diagnostics QuestionnaireData::addFile(const std::string &target,
                                           std::string_view content,
                                           const std::string &name,
                                           const std::string &mediaType,
                                           const std::string &who)
{
    auto added = m_store.addEvidenceFile(id(), target, content, name, mediaType, who);
    if (!added)
        return added.errors();
    m_files.push_back(*added);
    return {};
}

dl::Result<std::string> QuestionnaireData::fileContent(const std::string &uuid)
{
    return m_store.evidenceContent(uuid);
}

dl::Diagnostics QuestionnaireData::reload()
{
    dl::Diagnostics errors = reloadAnswers();
    dl::Diagnostics more = reloadEvidence();
    errors.insert(errors.end(), more.begin(), more.end());
    return errors;
}

dl::Diagnostics QuestionnaireData::reloadAnswers()
{
    auto stored = m_store.answers(id());
    if (!stored)
        return stored.errors();
    m_stored.clear();
    for (const dl::StoredAnswer &a : *stored)
        m_stored[{a.layer, a.kind, a.key}] = a;
    auto pending = dl::pendingConfirmations(m_store, m_a);
    if (!pending)
        return pending.errors();
    m_pendingWhy.clear();
    for (const dl::PendingConfirmation &p : *pending)
        m_pendingWhy[{p.layer, p.key}] = p.why;
    auto decoded = dl::decodeStoredAnswers(m_a.models, m_a.industry, *stored);
    if (!decoded) {
        // Keep every answer that still fits (say, after the enterprise's industry changed and an
        // addition no longer applies) and report the others instead of refusing to open.
        std::vector<dl::StoredAnswer> good;
        m_problems.clear();
        for (const dl::StoredAnswer &a : *stored) {
            auto one = dl::decodeStoredAnswers(m_a.models, m_a.industry, {a});
            if (one)
                good.push_back(a);
            else
                m_problems.insert(m_problems.end(), one.errors().begin(), one.errors().end());
        }
        decoded = dl::decodeStoredAnswers(m_a.models, m_a.industry, good);
        if (!decoded)
            return decoded.errors();
    }
    m_a.answers = std::move(*decoded);
    m_verifiedOnly =
        m_a.answers.verified ? *m_a.answers.verified : dl::emptyAnswerLayer(m_a.models);
    m_merged = dl::mergeVerified(m_a.models, m_a.answers.self, m_verifiedOnly);
    for (int s : m_sets) {
        m_selfScores[s] = dl::score(model(s), set(m_a.answers.self, s));
        m_mergedScores[s] = dl::score(model(s), set(m_merged, s));
    }
    return {};
}

dl::Diagnostics QuestionnaireData::reloadEvidence()
{
    auto checks = m_store.evidenceChecks(id());
    if (!checks)
        return checks.errors();
    auto files = m_store.evidenceFiles(id());
    if (!files)
        return files.errors();
    m_checks.clear();
    for (const dl::EvidenceCheck &c : *checks)
        m_checks[{c.target, c.evidenceId}] = c.ticked;
    m_files = std::move(*files);
    return {};
}
