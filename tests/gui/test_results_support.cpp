// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the results and history tests (no test cases here).
#include "test_results_support.h"
#include "guitestsupport.h"

#include "answers/answerfile.h"
#include "answers/answerwriter.h"
#include "base/yamltree.h"
#include "store/storedassessment.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

ClockedSession::ClockedSession(dl::Lang lang)
    : now(std::make_shared<std::chrono::system_clock::time_point>(std::chrono::system_clock::now()))
{
    REQUIRE(dir.isValid());
    dl::Store::Options options;
    options.clock = [t = now] { return *t; };
    options.dailyBackup = false;
    auto store =
        dl::Store::open(dir.filePath(QStringLiteral("test.sqlite")).toStdString(), options);
    REQUIRE(store.ok());
    session = std::make_unique<AppSession>(std::move(*store), lang);
}

void ClockedSession::setDate(int year, int month, int day)
{
    const QDateTime midday(QDate(year, month, day), QTime(12, 0), QTimeZone::utc());
    *now = std::chrono::system_clock::time_point(
        std::chrono::milliseconds(midday.toMSecsSinceEpoch()));
}

qint64 ClockedSession::addEnterprise(const std::string &name,
                                     const std::string &industry,
                                     dl::SrdiStatus srdi)
{
    dl::Enterprise e;
    e.name = name;
    e.creditCode = uniqueCreditCode();
    e.industry = industry;
    e.province = "浙江省";
    e.city = "宁波市";
    e.employees = 180;
    e.sizeClass = dl::SizeClass::Small;
    e.srdi = srdi;
    auto added = session->store().addEnterprise(e);
    REQUIRE(added.ok());
    return added->id;
}

qint64 ClockedSession::addAssessment(qint64 enterpriseId, const std::string &mode)
{
    auto a = session->store().newAssessment(enterpriseId, session->builtinModels().model,
                                            session->builtinModelText(), "王工", "测试机构",
                                            *dl::parseAssessmentMode(mode));
    REQUIRE(a.ok());
    return a->id;
}

std::string workedFile(const std::string &name)
{
    return std::string(DIGILEVEL_TEST_DATA) + "/worked/" + name;
}

void setAnswer(AppSession &session,
               qint64 assessmentId,
               const std::string &kind,
               const std::string &key,
               const std::string &value,
               const std::string &layer)
{
    INFO(layer << " " << kind << " " << key << " = " << value);
    auto loaded = dl::loadAssessment(session.store(), std::to_string(assessmentId));
    REQUIRE(loaded.ok());
    auto done =
        dl::AnswerWriter(session.store(), *loaded)
            .setValue(*dl::parseLayer(layer), *dl::parseAnswerKind(kind), key, value, "测试员");
    REQUIRE(done.ok());
}

void storeAnswerFile(AppSession &session, qint64 assessmentId, const std::string &path)
{
    auto loaded = dl::loadAssessment(session.store(), std::to_string(assessmentId));
    REQUIRE(loaded.ok());
    INFO(path);
    auto text = dl::readTextFile(path);
    REQUIRE(text.ok());
    auto changes = dl::answerFileChanges(*text, path, loaded->models, loaded->industry);
    REQUIRE(changes.ok());
    REQUIRE(dl::AnswerWriter(session.store(), *loaded).apply(*changes, "测试员").ok());
}
