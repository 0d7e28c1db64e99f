// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliocity.h"

#include "testsupport.h"

#include "store/portfolio.h"
#include "store/segments.h"

#include <catch2/catch.hpp>

#include <ctime>

namespace {

struct Summary
{
    const char *phase, *date;
    int level, base;
};

struct Row
{
    const char *industry, *province, *city;
    bool pilot;
    const char *batch;
    dl::SrdiStatus srdi;
    const char *org;
    std::vector<Summary> assessments;
};

using S = dl::SrdiStatus;
const char *A = PortfolioCity::orgA, *B = PortfolioCity::orgB, *C = PortfolioCity::orgC;
const char *B1 = PortfolioCity::batch1, *B2 = PortfolioCity::batch2;

// One enterprise per line, as in the table above.
// clang-format off
std::vector<Row> city()
{
    const char *b = "2025-03-10", *a = "2026-06-10", *f = "2026-10-10";
    return {
        {"C30", "广东", "佛山", true, B1, S::None, A, {{"baseline", b, 1, 30}, {"after", a, 2, 46}}},
        {"C30", "广东", "佛山", true, B1, S::Provincial, A,
         {{"baseline", b, 1, 35}, {"after", a, 2, 43}, {"follow-up", f, 2, 49}}},
        {"C30", "广东", "佛山", true, B1, S::None, A, {{"baseline", b, 0, 18}, {"after", a, 1, 24}}},
        {"C30", "广东", "佛山", true, B1, S::Provincial, A,
         {{"baseline", b, 2, 42}, {"after", a, 3, 61}}},
        {"C30", "广东", "佛山", true, B1, S::None, A, {{"baseline", b, 1, 25}, {"after", a, 1, 29}}},
        {"C30", "广东", "佛山", true, B1, S::LittleGiant, A,
         {{"baseline", b, 1, 38}, {"after", a, 2, 52}}},
        {"C30", "广东", "佛山", true, B1, S::None, A, {{"baseline", b, 2, 45}}},
        {"C30", "广东", "佛山", true, B1, S::None, A, {{"baseline", b, 0, 15}}},
        {"C30", "广东", "佛山", true, B2, S::None, A, {{"baseline", b, 1, 22}}},
        {"C30", "广东", "佛山", true, B2, S::None, A, {{"baseline", b, 2, 50}}},
        {"C14", "四川", "成都", true, B2, S::None, B, {{"baseline", b, 1, 28}, {"after", a, 2, 45}}},
        {"C14", "四川", "成都", true, B2, S::Provincial, B,
         {{"baseline", b, 2, 41}, {"after", a, 2, 47}}},
        {"C14", "四川", "成都", true, B2, S::Innovative, B,
         {{"baseline", b, 1, 33}, {"after", a, 1, 35}}},
        {"C14", "四川", "成都", true, B2, S::None, B, {{"baseline", b, 0, 12}}},
        {"C14", "四川", "成都", true, B2, S::None, B, {{"baseline", b, 1, 26}}},
        {"C14", "四川", "成都", false, "", S::None, B, {{"baseline", b, 2, 55}}},
        {"C14", "四川", "成都", false, "", S::None, B, {{"baseline", b, 1, 31}}},
        {"C14", "四川", "成都", false, "", S::None, B, {{"baseline", b, 0, 19}}},
        {"C13", "四川", "成都", false, "", S::None, B, {{"baseline", b, 1, 24}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {{"baseline", b, 2, 48}, {"after", a, 3, 65}}},
        {"C34", "浙江", "宁波", false, "", S::Provincial, C,
         {{"baseline", b, 1, 36}, {"after", a, 1, 37}}},
        {"C34", "浙江", "宁波", false, "", S::Provincial, C, {{"baseline", b, 3, 62}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {{"baseline", b, 1, 27}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {{"baseline", b, 2, 44}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {{"baseline", b, 0, 16}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {{"baseline", b, 1, 29}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {{"baseline", b, 2, 40}}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {}},
        {"C34", "浙江", "宁波", false, "", S::None, C, {}},
    };
}
// clang-format on

} // namespace

dl::Store PortfolioCity::open(const std::string &path, std::shared_ptr<std::string> today)
{
    dl::Store::Options o;
    o.dailyBackup = false;
    o.clock = [today] {
        std::tm tm{};
        strptime((*today + " 09:00:00").c_str(), "%Y-%m-%d %H:%M:%S", &tm);
        return std::chrono::system_clock::from_time_t(timegm(&tm));
    };
    auto s = dl::Store::open(path, std::move(o));
    REQUIRE(s.ok());
    return std::move(*s);
}

PortfolioCity::PortfolioCity(const std::string &dbPath,
                             const dl::Model &model,
                             std::string_view modelText)
    : store(open(dbPath, today))
{
    int n = 0;
    for (const Row &r : city()) {
        ++n;
        dl::Enterprise e;
        e.name = "E" + std::to_string(n);
        e.industry = r.industry;
        e.province = r.province;
        e.city = r.city;
        e.pilot = r.pilot;
        e.pilotBatch = r.batch;
        e.srdi = r.srdi;
        e.sizeClass = n % 2 ? dl::SizeClass::Small : dl::SizeClass::Medium;
        auto added = store.addEnterprise(e);
        REQUIRE(added.ok());
        enterprise.push_back(added->id);
        assessments.emplace_back();
        for (const Summary &s : r.assessments) {
            *today = s.date;
            auto a =
                store.newAssessment(added->id, model, modelText, "王工", r.org,
                                    dl::AssessmentMode::Onsite, *dl::parseAssessmentPhase(s.phase));
            REQUIRE(a.ok());
            const std::string detail =
                "foundation=" + dl::Rational::fraction(s.base, 2).toString() +
                ",product-design=" + std::to_string(std::min(s.level, 4));
            REQUIRE(
                dl::storeSummary(store, a->id,
                                 {dl::Layer::Self, s.level, std::to_string(s.base), 10, 10, detail})
                    .ok());
            assessments.back().push_back(a->id);
        }
    }
    auto seg = [&](const char *zh, const char *en, std::vector<std::string> codes,
                   std::vector<int> members) {
        dl::Segment s;
        s.nameZh = zh;
        s.nameEn = en;
        s.industries = std::move(codes);
        for (int m : members)
            s.members.push_back(enterprise[std::size_t(m - 1)]);
        auto added = dl::addSegment(store, s);
        REQUIRE(added.ok());
    };
    seg("新型建材及陶瓷琉璃制品", "Building materials and ceramics", {"C30"}, {});
    seg("特色食品加工", "Speciality food", {"c14"}, {19});
    seg("智造小组", "Smart group", {}, {20, 21, 22});
    reload();
}

void PortfolioCity::reload()
{
    auto loaded = dl::loadPortfolioData(store.db(), miit2024().model);
    REQUIRE(loaded.ok());
    data = std::move(*loaded);
}

dl::PortfolioFigures PortfolioCity::figures(const dl::PortfolioFilter &f,
                                            std::optional<dl::PortfolioGroup> by)
{
    auto resolved = dl::resolveFilter(data, f);
    REQUIRE(resolved.ok());
    return dl::aggregatePortfolio(data, *resolved, by);
}
