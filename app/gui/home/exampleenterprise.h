// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/industry.h"
#include "model/modelloader.h"
#include "store/store.h"

#include <QtGlobal>

#include <optional>
#include <string_view>
#include <vector>

class AppSession;

// The example of the welcome screen: a machinery maker (C34) with a submitted self-assessment
// that reaches 二级, so that a new user sees a filled list, results and what-if at once.
struct ExampleIds
{
    qint64 enterprise = 0;
    qint64 assessment = 0;
};

// The example's answer file (resources/examples/example-assessment.yaml).
std::string_view exampleAssessmentText();

// Stores the example enterprise, its assessment and answers, marks it submitted and notifies the
// session. The answer file is checked before anything is written.
dl::Result<ExampleIds> createExampleEnterprise(AppSession &session);
