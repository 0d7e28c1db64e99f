// SPDX-License-Identifier: GPL-3.0-or-later
// What the what-if tests share: the minimal model with one line changed, answers in its format,
// and the check that every plan is consistent, ordered and reaches its level once applied.
#pragma once

#include "testsupport.h"

#include "scoring/scoring.h"
#include "scoring/whatif.h"

#include <string>
#include <vector>

// tests/data/models/minimal.yaml with the unique text `from` replaced by `to` (as written without).
dl::ModelSet minimalWith(const std::string &from = {}, const std::string &to = {});
// Answers in the file format (the part after `model:`) for the set's model.
dl::AnswerSet answers(const dl::ModelSet &set, const std::string &body);
// The answers with every change of `plan` made, as a user would make them.
dl::AnswerSet applyPlan(const dl::Model &m, dl::AnswerSet a, const dl::WhatIfPlan &plan);
// Every plan: consistent totals, ordered (fewest steps, then fewest large investments, then most
// points), distinct, and reaching the target once applied.
void checkPlans(const dl::Model &m,
                const dl::AnswerSet &a,
                const dl::ScoreResult &r,
                int target,
                const std::vector<dl::WhatIfPlan> &plans);
