// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the durability harness: streams answer changes into a database and prints
// "ack <key> <value>" after each setAnswer has returned, so that everything it printed is a
// promise that the change is on disk. The harness kills it with SIGKILL at random moments.
//
//   durability_writer DB_PATH SEED COUNT [KEYS]
//
// COUNT 0 only sets the database up (one enterprise, one assessment). KEYS is a comma-separated
// list of figure ids (default: the figures of the bundled model). Values are whole numbers that
// keep growing across runs: each run starts above the largest value already stored, so a value
// read back can be compared with the last one acknowledged.

#include "base/embedded.h"
#include "model/builtinmodels.h"
#include "store/store.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

int fail(const dl::Diagnostics &errors)
{
    for (const auto &d : errors)
        std::fprintf(stderr, "error: %s: %s\n", d.code.c_str(), d.toString().c_str());
    return 2;
}

std::vector<std::string> splitKeys(const std::string &list)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start)
            out.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4 || argc > 5) {
        std::fprintf(stderr, "usage: durability_writer DB_PATH SEED COUNT [KEYS]\n");
        return 64;
    }
    const std::string path = argv[1];
    const unsigned long long seed = std::strtoull(argv[2], nullptr, 10);
    const long long count = std::strtoll(argv[3], nullptr, 10);

    dl::Store::Options options;
    options.dailyBackup = false;
    auto store = dl::Store::open(path, options);
    if (!store)
        return fail(store.errors());

    auto existing = store->assessments();
    if (!existing)
        return fail(existing.errors());
    std::int64_t assessmentId = 0;
    if (existing->empty()) {
        auto models = dl::loadBuiltinModelSet();
        if (!models)
            return fail(models.errors());
        const auto text = dl::embeddedFile("assessments/miit-sme-2024.yaml");
        if (!text) {
            std::fprintf(stderr, "error: the bundled model is not embedded\n");
            return 2;
        }
        dl::Enterprise e;
        e.name = "Durability Test Works";
        auto added = store->addEnterprise(e);
        if (!added)
            return fail(added.errors());
        auto a = store->newAssessment(added->id, models->model, *text, "writer", "harness",
                                      dl::AssessmentMode::Self);
        if (!a)
            return fail(a.errors());
        assessmentId = a->id;
    } else {
        assessmentId = existing->front().id;
    }

    std::vector<std::string> keys;
    if (argc == 5) {
        keys = splitKeys(argv[4]);
    } else {
        auto models = dl::loadBuiltinModelSet();
        if (!models)
            return fail(models.errors());
        for (const auto &f : models->model.figures)
            keys.push_back(f.id);
    }
    if (keys.empty()) {
        std::fprintf(stderr, "error: no keys to write\n");
        return 64;
    }

    // Start above everything stored so far, so values only grow.
    long long next = 1;
    auto stored = store->answers(assessmentId);
    if (!stored)
        return fail(stored.errors());
    for (const auto &s : *stored)
        next = std::max(next, std::atoll(s.value.c_str()) + 1);

    std::mt19937_64 rng(seed);
    for (long long n = 0; n < count; ++n, ++next) {
        dl::StoredAnswer answer;
        answer.layer = dl::Layer::Self;
        answer.kind = dl::AnswerKind::Figure;
        answer.key = keys[rng() % keys.size()];
        answer.value = std::to_string(next);
        // Notes of varying size make some commits span several pages.
        answer.note = std::string(rng() % 1200, char('a' + next % 26));
        auto done = store->setAnswer(assessmentId, answer, "writer");
        if (!done)
            return fail(done.errors());
        std::printf("ack %s %s\n", answer.key.c_str(), answer.value.c_str());
        std::fflush(stdout);
    }
    return 0;
}
