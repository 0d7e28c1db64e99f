// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile bundles: a good bundle changed the way someone who read docs/bundle-format.md and meant
// harm would change it, then resealed (payload_sha256 recomputed, which anyone can do). Each
// must be refused whole with a message naming the field. Shared by the store test that requires
// exactly that (tests/store/test_bundle_hostile.cpp) and by make_hostile_seeds, which tools/fuzz.sh
// runs to seed fuzz_bundle's corpus with them. Header-only, like fuzzentries.h.
//
// The changes expect a bundle with one enterprise first, one assessment first whose lists of
// answers, audit entries and evidence files are not empty: an export of tests/data/models/
// minimal.yaml answered with one evidence file (tests/store/bundletestsupport.h, fillLaptopA).
#pragma once

#include "base/sha256.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dl::hostile {

using json = nlohmann::json;

struct Case
{
    const char *name; // also the seed's file name: hostile-<name>.dlb
    std::function<void(json &bundle)> change;
    // The start of the first diagnostic's message (all of it where nothing in it varies).
    std::string message;
    bool large = false; // megabytes: no fuzzing seed
};

inline std::string resealed(json bundle)
{
    bundle["payload_sha256"] = Sha256::hex(bundle["payload"].dump());
    return bundle.dump();
}

inline json &enterprise(json &b)
{
    return b["payload"]["enterprises"][0];
}
inline json &assessment(json &b)
{
    return b["payload"]["assessments"][0];
}
inline json &answer(json &b)
{
    return assessment(b)["answers"][0];
}
inline json &auditEntry(json &b)
{
    return assessment(b)["audit"][0];
}
inline json &evidence(json &b)
{
    return assessment(b)["evidence_files"][0];
}

inline const char *uuidExpected()
{
    return "expected a lower-case UUID (8-4-4-4-12 hex digits), found ";
}

inline const char *fileNameExpected()
{
    return "expected a file name (at most 255 bytes, no folders, no / or \\, not . or .., no "
           "control or text-direction characters), found ";
}

inline std::vector<Case> cases()
{
    const std::string ev = "payload.assessments[0].evidence_files[0].";
    const std::string as = "payload.assessments[0].";
    const std::string en = "payload.enterprises[0].";
    const std::string an = "payload.assessments[0].answers[0].";
    const std::string au = "payload.assessments[0].audit[0].";
    const std::string modelId = "expected a model id (a-z first, then a-z, 0-9 and -, at most 64";
    return {
        // The report of issue 14: opening this evidence wrote outside the temporary folder.
        {"evidence-uuid-path",
         [](json &b) {
             evidence(b)["uuid"] = "../../../../../tmp/escaped";
             evidence(b)["original_name"] = "evil.sh";
         },
         ev + "uuid: " + uuidExpected() + "'../../../../../tmp/escaped'"},
        {"evidence-uuid-absolute", [](json &b) { evidence(b)["uuid"] = "/etc/cron.d/x"; },
         ev + "uuid: " + uuidExpected() + "'/etc/cron.d/x'"},
        {"evidence-uuid-upper-case",
         [](json &b) { evidence(b)["uuid"] = "0F0F0F0F-1111-4222-8333-444444444444"; },
         ev + "uuid: " + uuidExpected() + "'0F0F0F0F-1111-4222-8333-444444444444'"},
        {"evidence-uuid-control",
         [](json &b) {
             evidence(b)["uuid"] = std::string("0f0f0f0f-1111-4222-8333-44444444444\0", 36);
         },
         ev + "uuid: " + uuidExpected() + "'0f0f0f0f-1111-4222-8333-44444444444\\u{0}'"},
        {"evidence-name-path", [](json &b) { evidence(b)["original_name"] = "../../.bashrc"; },
         ev + "original_name: " + fileNameExpected() + "'../../.bashrc'"},
        {"evidence-name-backslash",
         [](json &b) { evidence(b)["original_name"] = "..\\..\\autorun.inf"; },
         ev + "original_name: " + fileNameExpected() + "'..\\..\\autorun.inf'"},
        {"evidence-name-dot-dot", [](json &b) { evidence(b)["original_name"] = ".."; },
         ev + "original_name: " + fileNameExpected() + "'..'"},
        {"evidence-name-empty", [](json &b) { evidence(b)["original_name"] = ""; },
         ev + "original_name: " + fileNameExpected() + "''"},
        {"evidence-name-line-end", [](json &b) { evidence(b)["original_name"] = "plan\n.pdf"; },
         ev + "original_name: " + fileNameExpected() + "'plan\\u{A}.pdf'"},
        // Right-to-left override: shown as "invoiceexe.pdf".
        {"evidence-name-bidi",
         [](json &b) { evidence(b)["original_name"] = "invoice\u202Efdp.exe"; },
         ev + "original_name: " + fileNameExpected() + "'invoice\\u{202E}fdp.exe'"},
        {"evidence-name-long",
         [](json &b) { evidence(b)["original_name"] = std::string(300, 'a') + ".pdf"; },
         ev + "original_name: " + fileNameExpected() + "'" + std::string(48, 'a') + "...'"},
        {"evidence-target-path", [](json &b) { evidence(b)["target"] = "../planning"; },
         ev + "target: " + modelId + "), found '../planning'"},
        {"evidence-sha256-upper-case",
         [](json &b) {
             std::string sha = evidence(b)["sha256"].get<std::string>();
             for (char &c : sha)
                 c = char(std::toupper(static_cast<unsigned char>(c)));
             evidence(b)["sha256"] = sha;
         },
         ev + "sha256: expected 64 lower-case hex digits (SHA-256), found '"},
        {"evidence-size-wrong",
         [](json &b) { evidence(b)["size"] = evidence(b)["size"].get<std::int64_t>() + 1; },
         "payload.assessments[0].evidence_files[0]: the file content does not match its SHA-256 "
         "and size (altered?)"},
        {"evidence-size-negative", [](json &b) { evidence(b)["size"] = -1; },
         "payload.assessments[0].evidence_files[0]: the file content does not match its SHA-256 "
         "and size (altered?)"},
        {"evidence-media-type-header",
         [](json &b) { evidence(b)["media_type"] = "text/plain\r\nContent-Disposition: x"; },
         ev + "media_type: holds U+000D at byte 10; expected one line without control or "
              "text-direction characters"},
        {"evidence-added-at-words", [](json &b) { evidence(b)["added_at"] = "yesterday"; },
         ev + "added_at: expected a UTC time such as 2026-11-27T03:58:24Z, found 'yesterday'"},
        {"evidence-twice", [](json &b) { assessment(b)["evidence_files"].push_back(evidence(b)); },
         "payload.assessments[0].evidence_files[1].uuid: '"},
        {"enterprise-uuid-path",
         [](json &b) {
             enterprise(b)["uuid"] = "../../etc";
             assessment(b)["enterprise_uuid"] = "../../etc";
         },
         en + "uuid: " + uuidExpected() + "'../../etc'"},
        {"enterprise-uuid-without-dashes",
         [](json &b) {
             enterprise(b)["uuid"] = "0f0f0f0f111142228333444444444444";
             assessment(b)["enterprise_uuid"] = "0f0f0f0f111142228333444444444444";
         },
         en + "uuid: " + uuidExpected() + "'0f0f0f0f111142228333444444444444'"},
        {"enterprise-twice", [](json &b) { b["payload"]["enterprises"].push_back(enterprise(b)); },
         "payload.enterprises[1].uuid: the same uuid as payload.enterprises[0]"},
        {"enterprise-name-control", [](json &b) { enterprise(b)["name"] = "示例\a机械"; },
         en + "name: holds U+0007 at byte 6; expected one line without control or "
              "text-direction characters"},
        {"enterprise-name-huge",
         [](json &b) { enterprise(b)["name"] = std::string(std::size_t(2) << 20, 'x'); },
         en + "name: is 2097152 bytes long; at most 1024 expected", true},
        {"enterprise-credit-code-path",
         [](json &b) { enterprise(b)["credit_code"] = "../../../etc/passwd"; },
         en + "credit_code: expected a unified social credit code (GB 32100: 18 digits and "
              "capital letters) or \"\", found '../../../etc/passwd': The unified social credit "
              "code must be 18 characters, found 19"},
        {"enterprise-industry-unknown", [](json &b) { enterprise(b)["industry"] = "../C34"; },
         en + "industry: expected a GB/T 4754-2017 section or division such as C or C34, or "
              "\"\", found '../C34'"},
        {"enterprise-srdi-unknown", [](json &b) { enterprise(b)["srdi"] = "giant"; },
         en + "srdi: expected one of none, innovative, provincial, little-giant, found 'giant'"},
        {"enterprise-size-class-unknown", [](json &b) { enterprise(b)["size_class"] = "huge"; },
         en + "size_class: expected one of large, medium, small, micro, \"\", found 'huge'"},
        {"enterprise-employees-negative", [](json &b) { enterprise(b)["employees"] = -5; },
         en + "employees: expected 0 or more, found -5"},
        {"enterprise-revenue-not-decimal", [](json &b) { enterprise(b)["revenue_wan"] = "1e9"; },
         en + "revenue_wan: expected a decimal number of 10k CNY, 0 or more, or null, found "
              "'1e9'"},
        {"enterprise-time-not-iso",
         [](json &b) { enterprise(b)["updated_at"] = "2026-11-27 03:58:24"; },
         en + "updated_at: expected a UTC time such as 2026-11-27T03:58:24Z, found '2026-11-27 "
              "03:58:24'"},
        {"enterprise-time-impossible",
         [](json &b) { enterprise(b)["created_at"] = "2026-02-30T10:00:00Z"; },
         en + "created_at: expected a UTC time such as 2026-11-27T03:58:24Z, found "
              "'2026-02-30T10:00:00Z'"},
        {"assessment-uuid-not-uuid", [](json &b) { assessment(b)["uuid"] = "assessment-1"; },
         as + "uuid: " + uuidExpected() + "'assessment-1'"},
        // An assessment pointing at an enterprise of another bundle, or of no bundle at all.
        {"assessment-foreign-enterprise",
         [](json &b) { assessment(b)["enterprise_uuid"] = "0f0f0f0f-1111-4222-8333-444444444444"; },
         as + "enterprise_uuid: '0f0f0f0f-1111-4222-8333-444444444444' is not one of the "
              "bundle's enterprises (an assessment travels with its enterprise)"},
        {"assessment-model-missing",
         [](json &b) { assessment(b)["model_hash"] = Sha256::hex("another model"); },
         as + "model_hash: '" + Sha256::hex("another model").substr(0, 48) +
             "...' is not one of the bundle's models"},
        {"assessment-status-unknown", [](json &b) { assessment(b)["status"] = "approved"; },
         as + "status: expected one of draft, submitted, verified, found 'approved'"},
        {"assessment-mode-unknown", [](json &b) { assessment(b)["mode"] = "remote"; },
         as + "mode: expected one of self, onsite, found 'remote'"},
        {"assessment-assessor-bidi", [](json &b) { assessment(b)["assessor_name"] = "王工\u2066"; },
         as + "assessor_name: holds U+2066 at byte 6; expected one line without control or "
              "text-direction characters"},
        {"assessment-upgraded-from-path",
         [](json &b) { assessment(b)["upgraded_from"] = "../../other.sqlite"; },
         as + "upgraded_from: " + uuidExpected() + "'../../other.sqlite'"},
        {"answer-needs-confirmation-two", [](json &b) { answer(b)["needs_confirmation"] = 2; },
         an + "needs_confirmation: expected 0 or 1, found 2"},
        {"answer-key-path", [](json &b) { answer(b)["key"] = "../../network"; },
         an + "key: " + modelId + "), found '../../network'"},
        {"answer-layer-unknown", [](json &b) { answer(b)["layer"] = "admin"; },
         an + "layer: expected one of self, verified, found 'admin'"},
        {"answer-change-not-uuid", [](json &b) { answer(b)["change_uuid"] = "x"; },
         an + "change_uuid: " + uuidExpected() + "'x'"},
        {"answer-note-huge",
         [](json &b) { answer(b)["note"] = std::string((std::size_t(1) << 20) + 1, 'n'); },
         an + "note: is 1048577 bytes long; at most 1048576 expected", true},
        {"answer-note-escape", [](json &b) { answer(b)["note"] = "ok\n\x1b]0;pwned\x07"; },
         an + "note: holds U+001B at byte 3; expected text without control or text-direction "
              "characters"},
        {"audit-uuid-path", [](json &b) { auditEntry(b)["uuid"] = "../audit"; },
         au + "uuid: " + uuidExpected() + "'../audit'"},
        {"audit-kind-unknown", [](json &b) { auditEntry(b)["kind"] = "sql"; },
         au + "kind: expected one of figure, item, scenario, status, upgraded-to, upgraded-from, "
              "found 'sql'"},
        {"audit-changed-at-words", [](json &b) { auditEntry(b)["changed_at"] = "now"; },
         au + "changed_at: expected a UTC time such as 2026-11-27T03:58:24Z, found 'now'"},
        {"checklist-tick-two", [](json &b) { assessment(b)["evidence_checks"][0]["ticked"] = 2; },
         "payload.assessments[0].evidence_checks[0].ticked: expected 0 or 1, found 2"},
    };
}

} // namespace dl::hostile
