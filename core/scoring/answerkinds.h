// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace dl {

// Where an answer belongs. Each has one key(), the text of the database, bundles, CSV and answer
// files, and one parse() that reads it back (nullopt for anything else).

// The enterprise's own answers, or the on-site assessor's.
enum class Layer { Self, Verified };
const char *key(Layer layer); // self / verified
std::optional<Layer> parseLayer(std::string_view key);

// What an answer is to: a figure (a number several items use), an item or a scenario.
enum class AnswerKind { Figure, Item, Scenario };
const char *key(AnswerKind kind); // figure / item / scenario
std::optional<AnswerKind> parseAnswerKind(std::string_view key);

} // namespace dl
