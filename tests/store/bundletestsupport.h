// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Machines that exchange bundles in the bundle tests: each with its own database and clock.

#include "storetestsupport.h"
#include "testsupport.h"

#include "exchange/bundle.h"
#include "store/storedassessment.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>

inline void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Each machine's clock: its own start and one second per call, so that every change has a
// distinct, reproducible time.
inline dl::Store::Options machine(int startHour)
{
    dl::Store::Options o = quietOptions();
    auto tick = std::make_shared<int>(0);
    const auto start =
        std::chrono::sys_days{std::chrono::year{2026} / 11 / 2} + std::chrono::hours(startHour);
    o.clock = [tick, start] { return start + std::chrono::seconds((*tick)++); };
    return o;
}

struct Laptop
{
    TempDir dir;
    dl::Store store;

    Laptop(const char *tag, int hour)
        : dir(tag)
        , store(open(dir.file("db.sqlite"), machine(hour)))
    {}
    static dl::Store open(const std::string &path, dl::Store::Options o)
    {
        auto s = dl::Store::open(path, std::move(o));
        REQUIRE(s.ok());
        return std::move(*s);
    }
    void answer(std::int64_t a,
                const char *kind,
                const char *key,
                const char *value,
                const char *who,
                const char *layer = "self")
    {
        REQUIRE(
            store
                .setAnswer(
                    a, {*dl::parseLayer(layer), *dl::parseAnswerKind(kind), key, value, "", {}, {}},
                    who)
                .ok());
    }
    std::string value(std::int64_t a, const char *kind, const char *key, const char *layer = "self")
    {
        auto all = store.answers(a);
        REQUIRE(all.ok());
        for (const auto &s : *all)
            if (dl::key(s.layer) == std::string_view(layer) &&
                dl::key(s.kind) == std::string_view(kind) && s.key == key)
                return s.value;
        return "<none>";
    }
    std::string exportAll(const std::string &name)
    {
        const std::string path = dir.file(name);
        REQUIRE(dl::exportBundle(store, {{}, {}, true}, path, "tester").ok());
        return path;
    }
    // Everything a user could see, as text, to prove that a refused import changed nothing.
    std::string snapshot()
    {
        std::string out;
        for (const char *table : {"enterprise", "assessment", "answer", "audit", "evidence_file",
                                  "evidence_check", "conflict"}) {
            auto st = store.db().prepare(std::string("SELECT * FROM ") + table);
            REQUIRE(st.ok());
            while (*st->step())
                for (int c = 0; c < 12; ++c)
                    out += st->isNull(c) ? std::string("∅|") : st->text(c) + "|";
            out += "\n";
        }
        return out;
    }
};

inline const std::string &minimalText()
{
    static const std::string text = readFile(testData("models/minimal.yaml"));
    return text;
}

// Laptop A: one enterprise with an assessment of the minimal model, answered, with evidence.
inline std::int64_t fillLaptopA(Laptop &a)
{
    auto model = dl::loadModelText(minimalText(), "minimal.yaml");
    REQUIRE(model.ok());
    dl::Enterprise e;
    e.name = "杭州示例机械有限公司";
    e.creditCode = "91330100MA2XXXXXX2";
    e.industry = "C34";
    auto ent = a.store.addEnterprise(e);
    REQUIRE(ent.ok());
    auto as = a.store.newAssessment(ent->id, *model, minimalText(), "王工", "示例咨询",
                                    dl::AssessmentMode::Onsite);
    REQUIRE(as.ok());
    a.answer(as->id, "figure", "all-units", "40", "王工");
    a.answer(as->id, "figure", "digital-units", "30", "王工");
    a.answer(as->id, "item", "network", "wired,wireless", "王工");
    a.answer(as->id, "item", "systems", "several", "王工");
    a.answer(as->id, "item", "security-policy", "yes", "王工");
    for (const char *s : {"planning", "quality", "stock"})
        a.answer(as->id, "scenario", s, "1", "王工");
    a.answer(as->id, "scenario", "finance", "2", "王工");
    a.answer(as->id, "item", "systems", "all", "李审", "verified");
    REQUIRE(
        a.store
            .addEvidenceFile(as->id, "planning", "排产计划原件", "plan.txt", "text/plain", "王工")
            .ok());
    REQUIRE(a.store.setEvidenceCheck(as->id, "planning", "plan-doc", true).ok());
    return as->id;
}

inline std::int64_t onlyAssessment(dl::Store &store)
{
    auto all = store.assessments();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    return all->front().id;
}
