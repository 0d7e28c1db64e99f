// SPDX-License-Identifier: GPL-3.0-or-later
// The code paths the fuzz targets drive, shared with tests/core/test_fuzz_regressions.cpp so that
// a reproducer in tests/data/fuzz-regressions is replayed through exactly what found it.
// Header-only: the fuzz targets and core_tests include it without a library of their own.
#pragma once

#include "base/base64.h"
#include "base/sha256.h"
#include "base/yamltree.h"
#include "exchange/bundle.h"
#include "model/builtinmodels.h"
#include "model/modelloader.h"
#include "scoring/answerloader.h"
#include "scoring/evaluation.h"
#include "store/store.h"
#include "store/storedassessment.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace dl::fuzz {

// The bundled MIIT 2024 model set, parsed once per process.
inline const ModelSet &builtinModels()
{
    static const ModelSet set = [] {
        auto r = loadBuiltinModelSet();
        if (!r)
            std::abort(); // the embedded model is checked by the normal tests; never here
        return std::move(*r);
    }();
    return set;
}

// Model loader: parse and validate; a model that loads is also scored with no answers, with and
// without an industry, because a model that passed validation must be safe to score.
inline Diagnostics runModel(std::string_view text)
{
    auto model = loadModelText(text, "fuzz.yaml");
    if (!model)
        return model.errors();
    ModelSet set{std::move(*model), {}};
    const AnswerLayer empty = emptyAnswerLayer(set);
    (void)evaluate(set, empty, std::nullopt, 1);
    (void)evaluate(set, empty, IndustryCode{"C", "34"}, 1);
    (void)checkOverlay(builtinModels().model, set.model);
    return {};
}

// Answer-set parser: parse and check against the bundled model set; answers that load are
// scored (both layers), as the CLI's `score` would.
inline Diagnostics runAnswers(std::string_view text)
{
    const ModelSet &models = builtinModels();
    auto file = loadAnswersText(text, "fuzz.yaml", models);
    if (!file)
        return file.errors();
    (void)evaluate(models, file->self, file->industry, 1);
    if (file->verified)
        (void)evaluate(models, mergeVerified(models, file->self, *file->verified), file->industry,
                       1);
    return {};
}

// Random bytes never get past the bundle's SHA-256 checks. This rewrites the hashes of a bundle
// that parses as JSON (model content_hash, evidence sha256 and size, payload_sha256) so that the
// structural checks and the merger see the fuzzer's changes. Anything else is returned unchanged.
inline std::string fixBundleHashes(std::string_view text)
{
    using json = nlohmann::json;
    // dump() below recurses: leave input nested deeper than the importer accepts (64) as it is.
    int depth = 0;
    const json::parser_callback_t deepest = [&depth](int d, json::parse_event_t, json &) {
        depth = std::max(depth, d);
        return true;
    };
    json b = json::parse(text, deepest, false);
    if (b.is_discarded() || !b.is_object() || depth > 60)
        return std::string(text);
    auto it = b.find("payload");
    if (it == b.end() || !it->is_object())
        return std::string(text);
    json &p = *it;
    if (auto ms = p.find("models"); ms != p.end() && ms->is_array()) {
        for (json &m : *ms) {
            if (m.is_object() && m.contains("content") && m["content"].is_string())
                m["content_hash"] = Sha256::hex(m["content"].get<std::string>());
        }
    }
    if (auto as = p.find("assessments"); as != p.end() && as->is_array()) {
        for (json &a : *as) {
            if (!a.is_object() || !a.contains("evidence_files") || !a["evidence_files"].is_array())
                continue;
            for (json &f : a["evidence_files"]) {
                if (!f.is_object() || !f.contains("content_base64") ||
                    !f["content_base64"].is_string())
                    continue;
                if (auto bytes = base64Decode(f["content_base64"].get<std::string>())) {
                    f["sha256"] = Sha256::hex(*bytes);
                    f["size"] = std::int64_t(bytes->size());
                }
            }
        }
    }
    b["payload_sha256"] = Sha256::hex(p.dump());
    return b.dump();
}

// Bundle importer: import the file at `path`; each assessment the bundle carries is then opened
// and scored the way the GUI opens it (its model text came from the bundle, unvalidated). Problems
// opening one are returned too: they reach a user as messages.
inline Diagnostics runBundle(Store &store, const std::string &path)
{
    auto report = importBundle(store, path);
    if (!report)
        return report.errors();
    Diagnostics out;
    auto text = readTextFile(path, std::size_t(1) << 30);
    if (!text)
        return text.errors();
    const auto b = nlohmann::json::parse(*text); // importBundle accepted it: valid JSON
    for (const auto &a : b["payload"]["assessments"]) {
        auto loaded = loadAssessment(store, a["uuid"].get<std::string>());
        if (!loaded) {
            out.insert(out.end(), loaded.errors().begin(), loaded.errors().end());
            continue;
        }
        (void)evaluateStored(*loaded, Layer::Self, 1);
        (void)evaluateStored(*loaded, Layer::Verified, 1);
    }
    return out;
}

} // namespace dl::fuzz
