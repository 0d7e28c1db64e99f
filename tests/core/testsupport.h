// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/rational.h"
#include "model/modelloader.h"
#include "scoring/answerloader.h"

#include <catch2/catch.hpp>

#include <string>

// Paths of fixtures, passed in from CMake.
std::string testData(const std::string &relative);
std::string sourceFile(const std::string &relative);

// The bundled MIIT 2024 model with its overlays, loaded once (from assessments/ in the tree).
const dl::ModelSet &miit2024();
// tests/data/models/minimal.yaml (every item type once), loaded once, without overlays.
const dl::ModelSet &minimalSet();

// Exact decimal for expectations written by hand: R("57.5").
dl::Rational R(const char *decimal);

// Loads an answer file against a model set; FAILs the test with every diagnostic if invalid.
dl::AnswerFile loadAnswersOrFail(const std::string &path, const dl::ModelSet &models);
// Same for YAML text given inline.
dl::AnswerFile answersFromText(const std::string &yaml, const dl::ModelSet &models);
// A model from inline YAML; FAILs with every diagnostic if invalid.
dl::Model modelFromText(const std::string &yaml);
// The diagnostics of inline model YAML that is expected to be invalid (empty if it loaded).
dl::Diagnostics modelErrors(const std::string &yaml);

namespace Catch {
template<>
struct StringMaker<dl::Rational>
{
    static std::string convert(const dl::Rational &r) { return r.toString(6); }
};
} // namespace Catch
