// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/records.h"
#include "model/modelloader.h"
#include "store/sqlitedb.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// Time is injected so that tests and merges are reproducible; the default is the system clock.
using Clock = std::function<std::chrono::system_clock::time_point()>;
Clock systemClock();
std::string isoTime(std::chrono::system_clock::time_point t); // "2026-11-27T01:02:03Z"
std::string newUuid();                                        // random v4, lower-case

// The local database: WAL, foreign keys, a busy timeout, numbered migrations with a backup
// first, a quick integrity check on open. Every change is its own transaction, committed
// before the call returns.
class Store
{
public:
    static constexpr int kSchemaVersion = 8;

    enum class SlowStep { FullCheck, DailyBackup, UpgradeBackup };

    struct Options
    {
        Clock clock = systemClock();
        std::string backupDir; // default: "<db>.backups" next to the database
        int keepBackups = 7;
        bool dailyBackup = true; // one rolling backup per day, taken on open
        // Files up to this size get the full quick_check on every open; larger ones once a day.
        std::uintmax_t fullCheckBelowBytes = 64u << 20;
        // Told, on the opening thread, before each step of open() that reads or copies the whole
        // file, so that the caller can say why opening takes seconds: the day's check and backup
        // of a file larger than fullCheckBelowBytes, and the copy kept before a schema upgrade.
        std::function<void(SlowStep)> onSlowStep;
    };

    static Result<Store> open(const std::string &path, Options options);
    // Whether open() will read and copy the whole file: a file larger than fullCheckBelowBytes
    // that has no backup from today yet (its first opening of the day). A schema upgrade, which
    // also copies the file, is not foreseen here.
    static bool opensSlowly(const std::string &path, const Options &options);
    static Result<Store> open(const std::string &path) { return open(path, Options{}); }
    // The default database in the user data directory ($XDG_DATA_HOME/DigiLevel).
    static std::string defaultPath();

    const std::string &path() const { return m_db.path(); }
    SqliteDb &db() { return m_db; }
    std::string now() const; // the injected clock, as isoTime text

    // Enterprises. addEnterprise sets empty createdAt/updatedAt to now (a merge passes the
    // source's times); updateEnterprise always stamps now. Both keep the credit code in its
    // normalised form (normalisedCreditCode) and refuse one that another enterprise already has
    // (code "duplicate-credit-code", id "credit_code", naming that enterprise and its id): a
    // code names one legal entity, and bundles merge enterprises by it. The check runs in the
    // write transaction, so two processes cannot both find a code free. A database from before
    // the check may hold two enterprises with one code; each can still be edited as long as it
    // keeps the code it has.
    Result<Enterprise> addEnterprise(Enterprise e);
    Result<Done> updateEnterprise(const Enterprise &e);
    Result<Enterprise> enterprise(std::int64_t id);
    Result<Enterprise> enterpriseByRef(const std::string &ref); // id, uuid or credit code
    // The first enterprise other than `exceptId` that has this credit code (in any case or
    // width), if any; none for an empty code.
    Result<std::optional<Enterprise>> enterpriseWithCreditCode(const std::string &code,
                                                               std::int64_t exceptId = 0);
    Result<std::vector<Enterprise>> enterprises(const std::string &search = {});

    // Assessments: the model's text is stored once by content hash, so a later edit of the
    // model file can never change an old result.
    Result<AssessmentRecord> newAssessment(std::int64_t enterpriseId,
                                           const Model &model,
                                           std::string_view modelText,
                                           const std::string &assessor,
                                           const std::string &organisation,
                                           AssessmentMode mode,
                                           AssessmentPhase phase = AssessmentPhase::Baseline);
    // newAssessment's writes for a caller that holds the transaction (an upgrade,
    // answers/upgrade.h): the model's text kept by hash, and the assessment row as `record` has
    // it (enterprise, status, mode, phase, assessor, upgradedFrom, planLocks), with a new uuid,
    // the model's id, version and hash, and now as its times.
    Result<AssessmentRecord>
    insertAssessment(AssessmentRecord record, const Model &model, std::string_view modelText);
    Result<AssessmentRecord> assessment(std::int64_t id);
    Result<AssessmentRecord> assessmentByRef(const std::string &ref); // id or uuid
    Result<std::vector<AssessmentRecord>>
    assessments(std::optional<std::int64_t> enterpriseId = {});
    Result<Done>
    setStatus(std::int64_t assessmentId, AssessmentStatus status, const std::string &who);
    Result<std::string> modelText(const std::string &contentHash);
    // The items and scenarios what-if plans must leave as they are ("not in our plans"); stored
    // at once, sorted, without duplicates. Not an answer: no audit row, the summary stays.
    Result<Done> setPlanLocks(std::int64_t assessmentId, const std::vector<std::string> &ids);

    // Answer rows as given, each with its audit row, in one transaction per call: no checks
    // against the model and none of the rules of saving an answer. The program saves answers
    // through AnswerWriter (answers/answerwriter.h), which owns those rules; these are for the
    // store's own tests and for setting up test data.
    Result<Done>
    setAnswer(std::int64_t assessmentId, const StoredAnswer &answer, const std::string &who);
    Result<Done> setAnswers(std::int64_t assessmentId,
                            const std::vector<StoredAnswer> &answers,
                            const std::string &who);
    Result<Done> clearAnswer(std::int64_t assessmentId,
                             Layer layer,
                             AnswerKind kind,
                             const std::string &key,
                             const std::string &who);
    Result<std::vector<StoredAnswer>> answers(std::int64_t assessmentId);
    Result<std::vector<AuditEntry>> audit(std::int64_t assessmentId);

    // Evidence: file contents are stored in the database with their SHA-256, so a bundle carries
    // them and a report can name them.
    Result<EvidenceFile> addEvidenceFile(std::int64_t assessmentId,
                                         const std::string &target,
                                         std::string_view content,
                                         const std::string &originalName,
                                         const std::string &mediaType,
                                         const std::string &who);
    Result<std::vector<EvidenceFile>> evidenceFiles(std::int64_t assessmentId);
    Result<std::string> evidenceContent(const std::string &uuid);
    Result<Done> setEvidenceCheck(std::int64_t assessmentId,
                                  const std::string &target,
                                  const std::string &evidenceId,
                                  bool ticked);
    Result<std::vector<EvidenceCheck>> evidenceChecks(std::int64_t assessmentId);

    // Safety
    Result<std::string> backup(const std::string &target); // online backup API
    Result<std::string> rollingBackup();                   // into backupDir, keeps the newest N
    Result<std::vector<std::string>> integrityCheck(bool quick = false); // "ok" or problems
    std::vector<std::string> backups() const;                            // newest first

private:
    Store(SqliteDb db, Options options)
        : m_db(std::move(db))
        , m_options(std::move(options))
    {}
    struct DailyState
    {
        bool large = false;         // above Options::fullCheckBelowBytes
        bool backedUpToday = false; // the newest daily backup is from today
    };
    static DailyState dailyState(const std::string &path, const Options &options);
    Result<Done> migrate();
    void tell(SlowStep step) const; // Options::onSlowStep, when set
    // The header and the schema only: what opening a large database checks after the day's
    // full check (see open()).
    Result<std::vector<std::string>> lightCheck();
    // The duplicate-credit-code diagnostic when another enterprise has `e`'s code.
    std::optional<Diagnostic> creditCodeTaken(const Enterprise &e);

    SqliteDb m_db;
    Options m_options;
};

// Where Store::open keeps automatic backups by default ("<db>.backups"), and the rolling backups
// found in a folder, newest first. These work without an open Store, for a file that failed to
// open.
std::string defaultBackupDir(const std::string &databasePath);
std::vector<std::string> listBackups(const std::string &backupDir);

// Restores `backupFile` over `databasePath` (after the caller has offered it to the user).
Result<Done> restoreBackup(const std::string &backupFile, const std::string &databasePath);

} // namespace dl
