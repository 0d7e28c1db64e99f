// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storetestsupport.h"

#include "answers/upgrade.h"
#include "store/storedassessment.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

// An enterprise (C34) in a fresh database with one assessment on the 2024.1 model (the copy kept
// in assessments/history) that has an answer in every id the 2024.2 supersedes block names, in
// both layers, besides a few that carry over unchanged, with evidence on a carried and on a
// dropped item. Self layer (2024.1): network 4 + equipment-digitalisation 30 % 3 +
// system-coverage 5 + energy-intensity 2.5 -> 2.0 better 7 + pass-rate "same" 3.5 = 22.5.
struct UpgradeFixture
{
    explicit UpgradeFixture(const std::string &tag, const std::string &file = "db.sqlite");

    TempDir dir;
    dl::Store store;
    std::int64_t enterpriseId = 0;
    std::int64_t sourceId = 0;
    std::string sourceUuid;

    dl::LoadedAssessment load(std::int64_t id);
    dl::UpgradeResult upgrade(); // to the bundled 2024.2; REQUIREs success

    // Answer rows as (layer, kind, key, value, note, needs confirmation).
    using Row = std::tuple<std::string, std::string, std::string, std::string, std::string, bool>;
    std::vector<Row> rows(std::int64_t id);
};

// The 2024.1 model text and its set with the bundled overlays.
const std::string &model2024_1Text();

namespace Catch {
template<>
struct StringMaker<UpgradeFixture::Row>
{
    static std::string convert(const UpgradeFixture::Row &r)
    {
        return std::get<0>(r) + "/" + std::get<1>(r) + "/" + std::get<2>(r) + "=" + std::get<3>(r) +
               " [" + std::get<4>(r) + "]" + (std::get<5>(r) ? " *" : "");
    }
};
} // namespace Catch
