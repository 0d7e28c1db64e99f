// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/yamltree.h"
#include "model/modelloader.h"
#include "scoring/answerkinds.h"
#include "scoring/answers.h"

#include <string>
#include <string_view>

namespace dl {

// Parses an answer file (digilevel-answers/1, see assessments/README.md) against a model and
// its overlays, and checks every answer: unknown ids, wrong types, options not of the item,
// "none" combined with others, negative or fractional counts, numerators above their
// denominators, ratings outside 0-4. Unanswered items are allowed.
Result<AnswerFile>
loadAnswersText(std::string_view text, const std::string &fileName, const ModelSet &models);
Result<AnswerFile> loadAnswersFile(const std::string &path, const ModelSet &models);

// The compiled-in model set an answer file is written for (model/builtinmodels.h): the version
// it names (model: {id, version}) when the program has it, else the bundled one, against which
// loading then reports the mismatch. An unreadable file gives the bundled set too; loading it
// reports why.
Result<ModelSet> builtinModelsForAnswers(const std::string &path);

// An answer layer with nothing answered, for the model and each of its overlays.
AnswerLayer emptyAnswerLayer(const ModelSet &models);

// Applies one answer, given as a YAML node, to `layer` with exactly the checks of an answer file
// Used for answers that come from the database or a form.
Diagnostics applyAnswerNode(const ModelSet &models,
                            const std::optional<IndustryCode> &industry,
                            AnswerLayer &layer,
                            AnswerKind kind,
                            const std::string &key,
                            const YNode &value,
                            const std::string &file);

// What is wrong with the figures of one item taken together: a ratio's part above its whole
// (30 networked units of 20), or a number item's figure outside the range the item accepts.
enum class FigureConflict { None, PartExceedsWhole, OutsideRange };
// `first` and `second` are the item's figureA and figureB (ratio: numerator and denominator);
// a number item has one figure and ignores `second`; other items never conflict.
FigureConflict figureConflict(const Item &item, const Rational &first, const Rational &second);

// Checks figures that belong together (figureConflict; a trend given both directly and through
// figures agrees). Appends to `out`.
void checkAnswerConsistency(const Model &model,
                            const AnswerSet &answers,
                            const std::string &file,
                            Diagnostics &out);

} // namespace dl
