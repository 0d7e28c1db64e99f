// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/answerwriter.h"
#include "scoring/scoring.h"
#include "store/storedassessment.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

// One assessment as the questionnaire sees it: the model with the enterprise's industry applied
// and the DigiLevel additions that match it, every question in order, the stored answers of both
// layers with their scores, and the evidence. Answers are saved through dl::AnswerWriter, which
// owns the rules of saving one; this keeps the scores following at once.
class QuestionnaireData
{
public:
    using Layer = dl::Layer;

    // A question: an item or a scenario of the model (set -1) or of an active overlay (set k).
    struct Entry
    {
        bool scenario = false;
        int set = -1;
        int index = 0;
        std::string id;
    };

    struct Summary
    {
        int total = 0;    // enabled questions
        int answered = 0; // by the enterprise (self layer)
        int verified = 0; // given in the verified layer
        dl::Rational selfBase, verifiedBase, maxBase;
        int selfLevel = 0, verifiedLevel = 0;
    };

    static dl::Result<std::unique_ptr<QuestionnaireData>> load(dl::Store &store, std::int64_t id);

    const dl::LoadedAssessment &assessment() const { return m_a; }
    std::int64_t id() const { return m_a.record.id; }
    // The base model with the industry applied (set -1), or an overlay.
    const dl::Model &model(int set) const;
    // -1 and the active overlays, in the order the questionnaire shows them.
    const std::vector<int> &sets() const { return m_sets; }
    const std::vector<Entry> &entries() const { return m_entries; }
    int findEntry(const std::string &id) const;
    const dl::Item &item(int e) const;
    const dl::Scenario &scenario(int e) const;
    bool enabled(int e) const;

    // Stored text (canonical value, note) of one answer; empty when there is none.
    std::string value(Layer l, dl::AnswerKind kind, const std::string &key) const;
    std::string note(Layer l, dl::AnswerKind kind, const std::string &key) const;
    // The kind under which an entry's own value and note are stored: an item or a scenario.
    dl::AnswerKind kindOf(int e) const
    {
        return m_entries[e].scenario ? dl::AnswerKind::Scenario : dl::AnswerKind::Item;
    }
    // A figure's decoded value in one layer (verified: only what the assessor gave).
    std::optional<dl::Rational> figure(Layer l, int set, int figure) const;

    // Self: the enterprise answered it. Verified: the assessor gave it (directly or through all
    // its figures).
    bool answered(int e, Layer l) const;
    // Verified, and the verified view differs from the self answer.
    bool differs(int e) const;
    // Item points in the self layer or the verified view; nullopt when not answered.
    std::optional<dl::Rational> points(int e, Layer l) const;
    // Scenario rating in the self layer or the verified view; -1 when not rated.
    int rating(int e, Layer l) const;
    Summary summary() const;

    // Checks and stores a value ("" clears it, keeping the note) as `who`; the scores follow.
    dl::Diagnostics setValue(Layer l,
                             dl::AnswerKind kind,
                             const std::string &key,
                             const std::string &text,
                             const std::string &who);
    dl::Diagnostics setNote(Layer l,
                            dl::AnswerKind kind,
                            const std::string &key,
                            const std::string &note,
                            const std::string &who);
    // An answer an upgrade copied that waits for the user's confirmation (dl::StoredAnswer::
    // needsConfirmation), with the note of the rule that says why.
    struct Pending
    {
        dl::AnswerKind kind;
        std::string key;
        std::string value;
        dl::LocalText name; // of the figure, item or scenario
        dl::LocalText why;
    };
    // Of entry e in layer l: its own answer and the figures it is answered through.
    std::vector<Pending> pending(int e, Layer l) const;
    // Of the whole assessment, in layer l.
    int pendingCount(Layer l) const;
    // Keeps the values of `keys` in layer l and ends their wait (dl::AnswerWriter::confirm).
    dl::Diagnostics confirm(Layer l, const std::vector<std::string> &keys, const std::string &who);

    // Copies the self answer of an entry (value and figures) into the verified layer
    // (dl::AnswerWriter::copySelfToVerified). Sets `copied` to false when the enterprise has not
    // answered it.
    dl::Diagnostics copySelfToVerified(int e, const std::string &who, bool &copied);

    bool evidenceTicked(const std::string &target, const std::string &evidenceId) const;
    dl::Diagnostics
    setEvidenceTicked(const std::string &target, const std::string &evidenceId, bool ticked);
    std::vector<dl::EvidenceFile> files(const std::string &target) const;
    dl::Diagnostics addFile(const std::string &target,
                            std::string_view content,
                            const std::string &name,
                            const std::string &mediaType,
                            const std::string &who);
    dl::Result<std::string> fileContent(const std::string &uuid);

    // Reads answers and evidence again (after another screen changed them).
    dl::Diagnostics reload();
    // Stored answers that no longer fit the model and industry, left out of the scores.
    const dl::Diagnostics &problems() const { return m_problems; }

private:
    explicit QuestionnaireData(dl::Store &store, dl::LoadedAssessment a);
    const dl::AnswerSet &set(const dl::AnswerLayer &layer, int s) const;
    const dl::ScoreResult &scoreOf(Layer l, int s) const;
    dl::Diagnostics reloadAnswers();
    dl::Diagnostics reloadEvidence();
    // After a write: the answers again when it changed any.
    dl::Diagnostics written(const dl::Result<dl::AnswerWrite> &done);

    dl::Store &m_store;
    dl::LoadedAssessment m_a;
    dl::Model m_applied;
    std::vector<int> m_sets;
    std::vector<Entry> m_entries;
    std::map<std::tuple<Layer, dl::AnswerKind, std::string>, dl::StoredAnswer> m_stored;
    std::map<std::pair<Layer, std::string>, dl::LocalText> m_pendingWhy;
    dl::AnswerLayer m_verifiedOnly, m_merged;
    std::map<int, dl::ScoreResult> m_selfScores, m_mergedScores;
    std::map<std::pair<std::string, std::string>, bool> m_checks;
    std::vector<dl::EvidenceFile> m_files;
    dl::Diagnostics m_problems;
};
