// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A pilot city of 30 enterprises whose cached summaries are set by hand (the portfolio reads
// summaries; scoring is tested elsewhere), for the portfolio, its reports and the peer benchmark.
// Tests work every expected figure out by hand from this table, never from the program.
//
//  E   industry seg  prov/city   pilot batch  srdi    baseline 2025-03   after 2026-06  follow-up
//  1-10  C30    建材  广东/佛山   1-8 第一批, 9-10 第二批          org A 佛山数智咨询
//  11-18 C14    食品  四川/成都   11-15 第二批                     org B 成都云帆科技
//  19    C13    食品 (member)  四川/成都                         org B
//  20-27 C34    —   浙江/宁波   (20-22 members of 小组)           org C 宁波智造服务
//  28-30 C34    —   浙江/宁波   never assessed
//  srdi: provincial E2, E4, E12, E21, E22; little giant E6; innovative E13 (not 专精特新).
// Each summary's detail: foundation = base / 2, product-design rated min(level, 4).

#include "portfolio/aggregate.h"
#include "store/store.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct PortfolioCity
{
    static constexpr const char *orgA = "佛山数智咨询", *orgB = "成都云帆科技",
                                *orgC = "宁波智造服务";
    static constexpr const char *batch1 = "2025年第一批", *batch2 = "2025年第二批";

    // The city in a new database at `dbPath`, every assessment on `model` (its text stored as
    // `modelText`; a report needs the real model, the aggregate any stand-in).
    PortfolioCity(const std::string &dbPath, const dl::Model &model, std::string_view modelText);

    std::shared_ptr<std::string> today = std::make_shared<std::string>("2025-03-10");
    dl::Store store;
    std::vector<std::int64_t> enterprise;               // E1 at [0]
    std::vector<std::vector<std::int64_t>> assessments; // per enterprise, in table order
    dl::PortfolioData data;

    void reload();
    dl::PortfolioFigures figures(const dl::PortfolioFilter &f,
                                 std::optional<dl::PortfolioGroup> by = std::nullopt);

private:
    static dl::Store open(const std::string &path, std::shared_ptr<std::string> today);
};
