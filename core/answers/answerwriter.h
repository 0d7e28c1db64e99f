// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/industry.h"
#include "model/modelloader.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct LoadedAssessment;

// A change to one answer as a user, a file or a program gives it. The value is text as typed
// (it is checked against the model and stored in its canonical form, see answercodec.h); ""
// removes the value. The note replaces the note. What is not given stays as it is.
struct AnswerChange
{
    Layer layer = Layer::Self;
    AnswerKind kind = AnswerKind::Item;
    std::string key;
    std::optional<std::string> value;
    std::optional<std::string> note;
};

// What a write did.
struct AnswerWrite
{
    // Answers whose row changed, each with one audit row; 0 when everything already was so.
    int changed = 0;
    // The canonical value of every value given, in order ("" where it was removed). For
    // copySelfToVerified: each answer copied.
    std::vector<std::string> values;
};

// The one place where an answer is saved: the questionnaire, the command line, an answer file
// and a bundle's conflict resolution all go through it, so these rules hold whichever is used.
//   - A value is checked against the assessment's model and industry and stored canonical.
//   - Saving what is already stored (value or note) writes nothing, not even an audit row.
//   - Removing a value keeps its note: the row stays, with an empty value, while it has a note;
//     a row with neither goes.
//   - Once both figures of a trend item are given in a layer they decide the trend: entering
//     them removes the trend answered directly in that layer (its note stays).
//   - An answer an upgrade copied for the user to check (StoredAnswer::needsConfirmation)
//     waits until its value is changed, removed or confirmed; a new note leaves it waiting.
//   - Each call is one transaction; every answer it changes gets one audit row (the old and new
//     value, the note, who and when) and the assessment's updated_at.
// A call that fails changes nothing. The writer refers to the models it is given: keep them (or
// the LoadedAssessment) while it is used.
class AnswerWriter
{
public:
    AnswerWriter(Store &store,
                 std::int64_t assessmentId,
                 const ModelSet &models,
                 std::optional<IndustryCode> industry);
    AnswerWriter(Store &store, const LoadedAssessment &assessment);

    Result<AnswerWrite> setValue(Layer layer,
                                 AnswerKind kind,
                                 const std::string &key,
                                 std::string_view text,
                                 const std::string &who);
    Result<AnswerWrite> setNote(Layer layer,
                                AnswerKind kind,
                                const std::string &key,
                                std::string_view note,
                                const std::string &who);
    // setValue with "": the value goes, the note stays.
    Result<AnswerWrite>
    clear(Layer layer, AnswerKind kind, const std::string &key, const std::string &who);
    // The verification's "take the enterprise's answer": the self answer of an item or scenario
    // becomes its verified answer, with the figures the item is answered through. A trend the
    // enterprise answered directly is taken directly (the verified figures are removed, so
    // that they do not decide instead). `values` is empty when the enterprise has not answered.
    Result<AnswerWrite>
    copySelfToVerified(AnswerKind kind, const std::string &id, const std::string &who);
    // Several changes as one (an answer file): every value is checked first, and any that is
    // not an answer its key accepts stops the call with all such errors and nothing stored.
    // The changes apply in order, then the trend rule.
    Result<AnswerWrite> apply(const std::vector<AnswerChange> &changes, const std::string &who);
    // Keeps the stored value of each key (a figure, item or scenario id) in `layer` and ends its
    // wait for confirmation: one change with its audit row each (old and new value the same). An
    // answer not waiting writes nothing; a key with no value in that layer stops the call with
    // the error "confirm-no-answer" and nothing stored. `values`: the values confirmed.
    Result<AnswerWrite>
    confirm(Layer layer, const std::vector<std::string> &keys, const std::string &who);
    // Every answer waiting for confirmation, in `layer` or (nullopt) in both, one transaction a
    // layer.
    Result<AnswerWrite> confirmAll(std::optional<Layer> layer, const std::string &who);

private:
    Store &m_store;
    std::int64_t m_assessmentId;
    const ModelSet &m_models;
    std::optional<IndustryCode> m_industry;
};

} // namespace dl
