// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the results and history tests (no test cases here).
#include "test_results_support.h"
#include "guitestsupport.h"

#include "enterprise/answercodec.h"
#include "scoring/answerloader.h"
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

namespace {

void storeOne(AppSession &session,
              const dl::LoadedAssessment &a,
              const std::string &layer,
              const std::string &kind,
              const std::string &key,
              const std::string &value)
{
    INFO(layer << " " << kind << " " << key << " = " << value);
    const dl::AnswerKind k = *dl::parseAnswerKind(kind);
    auto canonical = dl::canonicalAnswer(a.models, a.industry, k, key, value);
    REQUIRE(canonical.ok());
    auto done = session.store().setAnswer(
        a.record.id, {*dl::parseLayer(layer), k, key, *canonical, {}, {}, {}}, "测试员");
    REQUIRE(done.ok());
}

} // namespace

void setAnswer(AppSession &session,
               qint64 assessmentId,
               const std::string &kind,
               const std::string &key,
               const std::string &value,
               const std::string &layer)
{
    auto loaded = dl::loadAssessment(session.store(), std::to_string(assessmentId));
    REQUIRE(loaded.ok());
    storeOne(session, *loaded, layer, kind, key, value);
}

namespace {

// The stored text of each answered figure, item and scenario of one answer set, keyed like the
// store (answercodec.h). Ratio and number items are answered by their figures.
std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
storedTexts(const dl::Model &m, const dl::AnswerSet &a)
{
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> out;
    for (std::size_t f = 0; f < m.figures.size(); ++f) {
        if (a.figures[f])
            out.push_back({"figure", {m.figures[f].id, a.figures[f]->toString(6)}});
    }
    for (std::size_t i = 0; i < m.items.size(); ++i) {
        const dl::Item &item = m.items[i];
        const dl::ItemAnswer &ans = a.items[i];
        std::string text;
        switch (item.type) {
        case dl::ItemType::Single:
            text = ans.choice >= 0 ? item.options[std::size_t(ans.choice)].id : "";
            break;
        case dl::ItemType::Multi:
            for (std::size_t o = 0; o < item.options.size(); ++o) {
                if (ans.selected & (std::uint64_t(1) << o))
                    text += (text.empty() ? "" : ",") + item.options[o].id;
            }
            break;
        case dl::ItemType::YesNo:
            text = ans.choice == 1 ? "yes" : ans.choice == 0 ? "no" : "";
            break;
        case dl::ItemType::Trend: // only when given directly, not through figures
            text = ans.choice == 0   ? "worse"
                   : ans.choice == 1 ? "same"
                   : ans.choice == 2 ? "better"
                                     : "";
            break;
        case dl::ItemType::Ratio:
        case dl::ItemType::Number:
            break;
        }
        if (ans.answered && !text.empty())
            out.push_back({"item", {item.id, text}});
    }
    for (std::size_t s = 0; s < m.scenarios.size(); ++s) {
        if (a.scenarios[s].rating >= 0)
            out.push_back({"scenario", {m.scenarios[s].id, std::to_string(a.scenarios[s].rating)}});
    }
    return out;
}

} // namespace

void storeAnswerFile(AppSession &session, qint64 assessmentId, const std::string &path)
{
    auto loaded = dl::loadAssessment(session.store(), std::to_string(assessmentId));
    REQUIRE(loaded.ok());
    auto file = dl::loadAnswersFile(path, loaded->models);
    INFO(path);
    REQUIRE(file.ok());
    auto store = [&](const dl::AnswerLayer &layer, const std::string &layerName) {
        auto one = [&](const dl::Model &m, const dl::AnswerSet &a) {
            for (const auto &[kind, keyValue] : storedTexts(m, a))
                storeOne(session, *loaded, layerName, kind, keyValue.first, keyValue.second);
        };
        one(loaded->models.model, layer.base);
        for (std::size_t k = 0; k < loaded->models.overlays.size(); ++k)
            one(loaded->models.overlays[k], layer.overlays[k]);
    };
    store(file->self, "self");
    if (file->verified)
        store(*file->verified, "verified");
}
