// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsession.h"

#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <string>

// A session whose store takes its time from `now`, so that assessments get the dates a history
// needs (TestSession's store uses the system clock).
struct ClockedSession
{
    QTemporaryDir dir;
    std::shared_ptr<std::chrono::system_clock::time_point> now;
    std::unique_ptr<AppSession> session;

    explicit ClockedSession(dl::Lang lang = dl::Lang::ZhCN);
    // Moves the clock to midday (UTC) of a calendar day.
    void setDate(int year, int month, int day);
    qint64 addEnterprise(const std::string &name,
                         const std::string &industry,
                         dl::SrdiStatus srdi = dl::SrdiStatus::None);
    qint64 addAssessment(qint64 enterpriseId, const std::string &mode = "self");
};

// The path of a worked example in tests/data/worked.
std::string workedFile(const std::string &name);

// Stores every answer of an answer file (both layers) in an assessment the way
// `digilevel-cli assessment load` does (answerFileChanges, AnswerWriter::apply).
void storeAnswerFile(AppSession &session, qint64 assessmentId, const std::string &path);

// One answer, through AnswerWriter::setValue.
void setAnswer(AppSession &session,
               qint64 assessmentId,
               const std::string &kind,
               const std::string &key,
               const std::string &value,
               const std::string &layer = "self");
