// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "base/diagnosticcatalog.h"
#include "base/platform.h"
#include "base/sha256.h"
#include "base/textshape.h"
#include "enterprise/creditcode.h"
#include "store/answerrows.h"
#include "store/storeschema.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>

namespace fs = std::filesystem;

namespace dl {

Clock systemClock()
{
    return [] { return std::chrono::system_clock::now(); };
}

std::string isoTime(std::chrono::system_clock::time_point t)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    const std::tm utc = platform::utcTime(seconds);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

std::string newUuid()
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    std::uint64_t a = rng(), b = rng();
    a = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant 10
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xffff), unsigned(a & 0xffff), unsigned(b >> 48),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return buf;
}

namespace {

// A reference that is a whole number is also an id. Each term of "id=? OR uuid=? ..." has an
// index, so a lookup stays one index probe each instead of a scan of the table.
void bindIdOf(SqliteStatement &st, int index, const std::string &ref)
{
    const bool digits =
        !ref.empty() && ref.size() < 19 &&
        std::all_of(ref.begin(), ref.end(), [](char c) { return c >= '0' && c <= '9'; });
    digits ? st.bind(index, std::int64_t(std::stoll(ref))) : st.bindNull(index);
}

int userVersion(SqliteDb &db)
{
    auto st = db.prepare("PRAGMA user_version");
    if (!st || !st->step().ok())
        return -1;
    return int(st->integer(0));
}

constexpr std::string_view kEnterpriseColumns =
    "id, uuid, name, credit_code, industry, province, city, employees, revenue_wan, assets_wan, "
    "size_class, above_scale, srdi, contact_name, contact_phone, contact_email, created_at, "
    "updated_at, pilot, pilot_batch";

Enterprise readEnterprise(const SqliteStatement &s)
{
    Enterprise e;
    e.id = s.integer(0);
    e.uuid = s.text(1);
    e.name = s.text(2);
    e.creditCode = s.text(3);
    e.industry = s.text(4);
    e.province = s.text(5);
    e.city = s.text(6);
    if (!s.isNull(7))
        e.employees = s.integer(7);
    e.revenueWan = s.optionalText(8);
    e.assetsWan = s.optionalText(9);
    e.sizeClass = parseSizeClass(s.text(10)).value_or(SizeClass::Unknown);
    e.aboveScale = s.integer(11) != 0;
    e.srdi = parseSrdiStatus(s.text(12)).value_or(SrdiStatus::None);
    e.contactName = s.text(13);
    e.contactPhone = s.text(14);
    e.contactEmail = s.text(15);
    e.createdAt = s.text(16);
    e.updatedAt = s.text(17);
    e.pilot = s.integer(18) != 0;
    e.pilotBatch = s.text(19);
    return e;
}

constexpr std::string_view kAssessmentColumns =
    "a.id, a.uuid, a.enterprise_id, m.model_id, m.version, a.model_hash, a.status, a.mode, "
    "a.assessor_name, a.assessor_org, a.created_at, a.updated_at, a.upgraded_from, a.plan_locks, "
    "a.phase";

AssessmentRecord readAssessment(const SqliteStatement &s)
{
    AssessmentRecord a;
    a.id = s.integer(0);
    a.uuid = s.text(1);
    a.enterpriseId = s.integer(2);
    a.modelId = s.text(3);
    a.modelVersion = s.text(4);
    a.modelHash = s.text(5);
    a.status = parseAssessmentStatus(s.text(6)).value_or(AssessmentStatus::Draft);
    a.mode = parseAssessmentMode(s.text(7)).value_or(AssessmentMode::Self);
    a.assessorName = s.text(8);
    a.assessorOrg = s.text(9);
    a.createdAt = s.text(10);
    a.updatedAt = s.text(11);
    a.upgradedFrom = s.text(12);
    a.planLocks = splitPlanLocks(s.text(13));
    a.phase = parseAssessmentPhase(s.text(14)).value_or(AssessmentPhase::Baseline);
    return a;
}

} // namespace

std::string Store::defaultPath()
{
    return (platform::userDataDir() / "DigiLevel" / "digilevel.sqlite").string();
}

std::string Store::now() const
{
    return isoTime(m_options.clock());
}

Store::DailyState Store::dailyState(const std::string &path, const Options &options)
{
    std::error_code sizeError;
    const auto bytes = fs::file_size(path, sizeError);
    DailyState state;
    state.large = !sizeError && bytes > options.fullCheckBelowBytes;
    if (options.dailyBackup) {
        const auto existing =
            listBackups(options.backupDir.empty() ? defaultBackupDir(path) : options.backupDir);
        state.backedUpToday =
            !existing.empty() &&
            fs::path(existing.front())
                    .filename()
                    .string()
                    .find(isoTime(options.clock()).substr(0, 10)) != std::string::npos;
    }
    return state;
}

bool Store::opensSlowly(const std::string &path, const Options &options)
{
    const DailyState state = dailyState(path, options);
    return state.large && !state.backedUpToday;
}

Result<Store> Store::open(const std::string &path, Options options)
{
    std::error_code ec;
    const fs::path file(path);
    if (file.has_parent_path() && !fs::exists(file.parent_path(), ec)) {
        fs::create_directories(file.parent_path(), ec);
        if (ec)
            return fileError<DiagMsg::DatabaseFolderCannotCreate>(path, file.parent_path().string(),
                                                                  ec.message());
    }
    auto db = SqliteDb::open(path);
    if (!db)
        return db.errors();
    if (options.backupDir.empty())
        options.backupDir = defaultBackupDir(path);
    Store store(std::move(*db), std::move(options));
    SqliteDb &d = store.m_db;
    sqlite3_busy_timeout(d.handle(), 5000);

    // Refuse what is not ours, or is damaged, before changing anything. quick_check reads every
    // page, which takes seconds for an office database of 40,000 enterprises; so a large file
    // that has had its rolling backup today gets a light check (the header and the schema; any
    // damaged page read later still fails with SQLITE_CORRUPT) and the full check runs with the
    // first open of each day, before that day's backup is taken.
    const auto [large, backedUpToday] = dailyState(path, store.m_options);
    const bool fullCheck = !(large && backedUpToday);
    if (fullCheck && large)
        store.tell(SlowStep::FullCheck);
    auto check = fullCheck ? store.integrityCheck(true) : store.lightCheck();
    if (!check && check.errors().front().code == "database-corrupt")
        return fileError<DiagMsg::DatabaseNotOurs>(path, store.m_options.backupDir);
    if (!check)
        return check.errors();
    if (check->size() != 1 || check->front() != "ok")
        return fileError<DiagMsg::DatabaseDamaged>(path, check->front(), store.m_options.backupDir);
    const int version = userVersion(d);
    if (version > kSchemaVersion)
        return fileError<DiagMsg::DatabaseTooNew>(path, version, kSchemaVersion);
    if (version < 0)
        return d.lastError(LocalText{"读取数据库结构版本", "reading the schema version"});

    for (std::string_view pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto err = d.exec(pragma))
            return *err;
    }
    if (auto migrated = store.migrate(); !migrated)
        return migrated.errors();
    if (store.m_options.dailyBackup && !backedUpToday) {
        if (large)
            store.tell(SlowStep::DailyBackup);
        if (auto b = store.rollingBackup(); !b)
            return b.errors();
    }
    store.m_options.onSlowStep = nullptr; // it may refer to the caller's state of the opening
    return store;
}

void Store::tell(SlowStep step) const
{
    if (m_options.onSlowStep)
        m_options.onSlowStep(step);
}

Result<Done> Store::migrate()
{
    const auto &steps = schemaMigrations();
    int version = userVersion(m_db);
    if (version >= int(steps.size()))
        return Done{};
    if (version > 0) { // an existing database: keep a copy of it as it was
        const std::string target = m_options.backupDir + "/before-schema-" +
                                   std::to_string(version + 1) + "-" + now().substr(0, 19) +
                                   ".sqlite";
        tell(SlowStep::UpgradeBackup);
        if (auto b = backup(target); !b)
            return b.errors();
    }
    for (; version < int(steps.size()); ++version) {
        SqliteTransaction tx(m_db);
        if (auto err = tx.begin())
            return *err;
        // Another process may have migrated while we waited for the write lock.
        version = userVersion(m_db);
        if (version >= int(steps.size()))
            break;
        if (auto err = m_db.exec(steps[version]))
            return *err;
        if (auto err = m_db.exec("PRAGMA user_version = " + std::to_string(version + 1)))
            return *err;
        if (auto err = tx.commit())
            return *err;
    }
    return Done{};
}

Result<std::vector<std::string>> Store::lightCheck()
{
    auto st = m_db.prepare("SELECT count(*) FROM sqlite_schema");
    if (!st)
        return st.errors();
    auto row = st->step();
    if (!row)
        return row.errors();
    return std::vector<std::string>{"ok"};
}

Result<std::vector<std::string>> Store::integrityCheck(bool quick)
{
    auto st = m_db.prepare(quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
    if (!st)
        return st.errors();
    std::vector<std::string> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            break;
        out.push_back(st->text(0));
    }
    if (out.empty())
        out.push_back("no result");
    return out;
}

Result<std::string> Store::backup(const std::string &target)
{
    std::error_code ec;
    fs::create_directories(fs::path(target).parent_path(), ec);
    // A name of its own: two processes opening an old database at once may both take a copy.
    const std::string partial = target + "." + newUuid() + ".part";
    {
        auto dest = SqliteDb::open(partial);
        if (!dest)
            return dest.errors();
        sqlite3_backup *b = sqlite3_backup_init(dest->handle(), "main", m_db.handle(), "main");
        if (!b)
            return dest->lastError(LocalText{"开始备份", "starting a backup"});
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            Diagnostic d =
                dest->lastError(LocalText{"写入备份 " + target, "writing the backup " + target});
            dest = SqliteDb();
            fs::remove(partial, ec);
            return d;
        }
    }
    // Only a complete copy takes the final name.
    platform::replaceFile(partial, target, ec);
    if (ec)
        return fileError<DiagMsg::BackupCannotFinish>(target, ec.message());
    return target;
}

std::string defaultBackupDir(const std::string &databasePath)
{
    return databasePath + ".backups";
}

std::vector<std::string> listBackups(const std::string &backupDir)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(backupDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("daily-") && name.ends_with(".sqlite"))
            out.push_back(entry.path().string());
    }
    std::sort(out.rbegin(), out.rend());
    return out;
}

std::vector<std::string> Store::backups() const
{
    return listBackups(m_options.backupDir);
}

Result<std::string> Store::rollingBackup()
{
    // "daily-<time>-NN.sqlite": the counter keeps two backups within one second apart and sorts
    // them in the order they were taken.
    std::string stamp = now();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    std::string target;
    std::error_code ec;
    for (int n = 1;; ++n) {
        char counter[16];
        std::snprintf(counter, sizeof counter, "-%02d", n);
        target = m_options.backupDir + "/daily-" + stamp + counter + ".sqlite";
        if (!fs::exists(target, ec) || n >= 99)
            break;
    }
    auto made = backup(target);
    if (!made)
        return made;
    const auto all = backups();
    for (std::size_t k = std::size_t(std::max(1, m_options.keepBackups)); k < all.size(); ++k)
        fs::remove(all[k], ec);
    return made;
}

Result<Done> restoreBackup(const std::string &backupFile, const std::string &databasePath)
{
    auto source = SqliteDb::open(backupFile, SqliteDb::Mode::ReadOnly);
    if (!source)
        return source.errors();
    auto st = source->prepare("PRAGMA quick_check");
    if (!st || !st->step().ok() || st->text(0) != "ok")
        return fileError<DiagMsg::BackupDamaged>(backupFile);
    std::error_code ec;
    const std::string partial = databasePath + ".restoring";
    fs::remove(partial, ec);
    {
        auto dest = SqliteDb::open(partial);
        if (!dest)
            return dest.errors();
        sqlite3_backup *b = sqlite3_backup_init(dest->handle(), "main", source->handle(), "main");
        if (!b)
            return dest->lastError(LocalText{"开始恢复", "starting the restore"});
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            return dest->lastError(LocalText{"恢复备份", "restoring"});
    }
    // The damaged file and its WAL are set aside, not deleted.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        if (fs::exists(databasePath + suffix, ec))
            platform::replaceFile(databasePath + suffix, databasePath + suffix + ".damaged", ec);
    }
    platform::replaceFile(partial, databasePath, ec);
    if (ec)
        return fileError<DiagMsg::RestoreCannotReplace>(databasePath, ec.message());
    return Done{};
}

std::optional<Diagnostic> Store::creditCodeTaken(const Enterprise &e)
{
    auto other = enterpriseWithCreditCode(e.creditCode, e.id);
    if (!other)
        return other.errors().front();
    if (!*other)
        return std::nullopt;
    const Enterprise &o = **other;
    return diagnostic<DiagMsg::CreditCodeTaken>(path(), {}, "credit_code", e.creditCode, o.name,
                                                o.id, o.uuid);
}

Result<std::optional<Enterprise>> Store::enterpriseWithCreditCode(const std::string &code,
                                                                  std::int64_t exceptId)
{
    const std::string normalised = normalisedCreditCode(code);
    if (normalised.empty())
        return std::optional<Enterprise>();
    // Stored codes are normalised (schema 4), so the index answers this.
    auto st = m_db.prepare("SELECT " + std::string(kEnterpriseColumns) +
                           " FROM enterprise WHERE credit_code=? AND id<>? ORDER BY id LIMIT 1");
    if (!st)
        return st.errors();
    st->bind(1, normalised).bind(2, exceptId);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return std::optional<Enterprise>();
    return std::optional<Enterprise>(readEnterprise(*st));
}

Result<Enterprise> Store::addEnterprise(Enterprise e)
{
    if (e.uuid.empty())
        e.uuid = newUuid();
    if (e.createdAt.empty()) // an import keeps the times of the machine it came from
        e.createdAt = now();
    if (e.updatedAt.empty())
        e.updatedAt = e.createdAt;
    e.creditCode = normalisedCreditCode(e.creditCode);
    // The check and the insert in one write transaction; a merge calls this inside its own.
    std::optional<SqliteTransaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
        if (auto err = tx->begin())
            return *err;
    }
    if (auto taken = creditCodeTaken(e))
        return *taken;
    auto st = m_db.prepare(
        "INSERT INTO enterprise (uuid, name, credit_code, industry, province, city, employees, "
        "revenue_wan, assets_wan, size_class, above_scale, srdi, contact_name, contact_phone, "
        "contact_email, created_at, updated_at, pilot, pilot_batch) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.errors();
    st->bind(1, e.uuid).bind(2, e.name).bind(3, e.creditCode).bind(4, e.industry);
    st->bind(5, e.province).bind(6, e.city);
    e.employees ? st->bind(7, *e.employees) : st->bindNull(7);
    st->bindOptional(8, e.revenueWan).bindOptional(9, e.assetsWan).bind(10, key(e.sizeClass));
    st->bind(11, std::int64_t(e.aboveScale)).bind(12, key(e.srdi));
    st->bind(13, e.contactName).bind(14, e.contactPhone).bind(15, e.contactEmail);
    st->bind(16, e.createdAt).bind(17, e.updatedAt);
    st->bind(18, std::int64_t(e.pilot)).bind(19, e.pilotBatch);
    if (auto err = st->run())
        return *err;
    e.id = m_db.lastInsertRowId();
    if (tx) {
        if (auto err = tx->commit())
            return *err;
    }
    return e;
}

Result<Done> Store::updateEnterprise(const Enterprise &input)
{
    Enterprise e = input;
    e.creditCode = normalisedCreditCode(e.creditCode);
    std::optional<SqliteTransaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
        if (auto err = tx->begin())
            return *err;
    }
    // An enterprise that keeps its code may be edited even where an older database already has
    // that code twice; only taking a code another enterprise has is refused.
    auto current = enterprise(e.id);
    if (!current)
        return current.errors();
    if (current->creditCode != e.creditCode) {
        if (auto taken = creditCodeTaken(e))
            return *taken;
    }
    auto st = m_db.prepare(
        "UPDATE enterprise SET name=?, credit_code=?, industry=?, province=?, city=?, employees=?, "
        "revenue_wan=?, assets_wan=?, size_class=?, above_scale=?, srdi=?, contact_name=?, "
        "contact_phone=?, contact_email=?, updated_at=?, pilot=?, pilot_batch=? WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, e.name).bind(2, e.creditCode).bind(3, e.industry).bind(4, e.province);
    st->bind(5, e.city);
    e.employees ? st->bind(6, *e.employees) : st->bindNull(6);
    st->bindOptional(7, e.revenueWan).bindOptional(8, e.assetsWan).bind(9, key(e.sizeClass));
    st->bind(10, std::int64_t(e.aboveScale)).bind(11, key(e.srdi));
    st->bind(12, e.contactName).bind(13, e.contactPhone).bind(14, e.contactEmail);
    st->bind(15, now()).bind(16, std::int64_t(e.pilot)).bind(17, e.pilotBatch).bind(18, e.id);
    if (auto err = st->run())
        return *err;
    if (m_db.changes() == 0)
        return fileError<DiagMsg::NoEnterpriseId>(path(), e.id);
    if (tx) {
        if (auto err = tx->commit())
            return *err;
    }
    return Done{};
}

Result<Enterprise> Store::enterprise(std::int64_t id)
{
    auto st =
        m_db.prepare("SELECT " + std::string(kEnterpriseColumns) + " FROM enterprise WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return fileError<DiagMsg::NoEnterpriseId>(path(), id);
    return readEnterprise(*st);
}

Result<Enterprise> Store::enterpriseByRef(const std::string &ref)
{
    auto st = m_db.prepare(
        "SELECT " + std::string(kEnterpriseColumns) +
        " FROM enterprise WHERE id=?2 OR uuid=?1 OR credit_code=?3 ORDER BY id LIMIT 1");
    if (!st)
        return st.errors();
    st->bind(1, ref);
    bindIdOf(*st, 2, ref);
    const std::string code = normalisedCreditCode(ref);
    code.empty() ? st->bindNull(3) : st->bind(3, code);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return fileError<DiagMsg::NoEnterpriseRef>(path(), ref);
    return readEnterprise(*st);
}

Result<std::vector<Enterprise>> Store::enterprises(const std::string &search)
{
    auto st = m_db.prepare("SELECT " + std::string(kEnterpriseColumns) +
                           " FROM enterprise WHERE ?1 = '' OR instr(name, ?1) > 0 OR "
                           "instr(credit_code, ?1) > 0 OR instr(industry, ?1) > 0 OR "
                           "instr(province || city, ?1) > 0 ORDER BY name, id");
    if (st)
        st->bind(1, search);
    return collectRows<Enterprise>(std::move(st), readEnterprise);
}

Result<AssessmentRecord> Store::newAssessment(std::int64_t enterpriseId,
                                              const Model &model,
                                              std::string_view modelText,
                                              const std::string &assessor,
                                              const std::string &organisation,
                                              AssessmentMode mode,
                                              AssessmentPhase phase)
{
    SqliteTransaction tx(m_db);
    if (auto err = tx.begin())
        return *err;
    AssessmentRecord a;
    a.enterpriseId = enterpriseId;
    a.mode = mode;
    a.phase = phase;
    a.assessorName = assessor;
    a.assessorOrg = organisation;
    auto added = insertAssessment(std::move(a), model, modelText);
    if (!added)
        return added.errors();
    if (auto err = tx.commit())
        return *err;
    return added;
}

Result<AssessmentRecord>
Store::insertAssessment(AssessmentRecord a, const Model &model, std::string_view modelText)
{
    auto keep = m_db.prepare(
        "INSERT OR IGNORE INTO model (content_hash, model_id, version, content) VALUES (?,?,?,?)");
    if (!keep)
        return keep.errors();
    keep->bind(1, model.contentHash)
        .bind(2, model.id)
        .bind(3, model.version)
        .bindBlob(4, modelText);
    if (auto err = keep->run())
        return *err;
    a.uuid = newUuid();
    a.modelId = model.id;
    a.modelVersion = model.version;
    a.modelHash = model.contentHash;
    a.createdAt = a.updatedAt = now();
    auto st = m_db.prepare("INSERT INTO assessment (uuid, enterprise_id, model_hash, status, mode, "
                           "assessor_name, assessor_org, created_at, updated_at, upgraded_from, "
                           "plan_locks, phase) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.errors();
    st->bind(1, a.uuid).bind(2, a.enterpriseId).bind(3, a.modelHash).bind(4, key(a.status));
    st->bind(5, key(a.mode))
        .bind(6, a.assessorName)
        .bind(7, a.assessorOrg)
        .bind(8, a.createdAt)
        .bind(9, a.updatedAt)
        .bind(10, a.upgradedFrom)
        .bind(11, joinPlanLocks(a.planLocks))
        .bind(12, key(a.phase));
    if (auto err = st->run()) {
        if (dbError(*err) == DbError::ForeignKey)
            return fileError<DiagMsg::NoEnterpriseId>(path(), a.enterpriseId);
        return *err;
    }
    a.id = m_db.lastInsertRowId();
    return a;
}

Result<AssessmentRecord> Store::assessment(std::int64_t id)
{
    return assessmentByRef(std::to_string(id));
}

Result<AssessmentRecord> Store::assessmentByRef(const std::string &ref)
{
    auto st = m_db.prepare("SELECT " + std::string(kAssessmentColumns) +
                           " FROM assessment a JOIN model m ON m.content_hash = a.model_hash "
                           "WHERE a.id=?2 OR a.uuid=?1 LIMIT 1");
    if (!st)
        return st.errors();
    st->bind(1, ref);
    bindIdOf(*st, 2, ref);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return fileError<DiagMsg::NoAssessmentRef>(path(), ref);
    return readAssessment(*st);
}

Result<std::vector<AssessmentRecord>> Store::assessments(std::optional<std::int64_t> enterpriseId)
{
    auto st = m_db.prepare("SELECT " + std::string(kAssessmentColumns) +
                           " FROM assessment a JOIN model m ON m.content_hash = a.model_hash "
                           "WHERE ?1 IS NULL OR a.enterprise_id = ?1 ORDER BY a.created_at, a.id");
    if (st)
        enterpriseId ? st->bind(1, *enterpriseId) : st->bindNull(1);
    return collectRows<AssessmentRecord>(std::move(st), readAssessment);
}

Result<Done> Store::setPlanLocks(std::int64_t assessmentId, const std::vector<std::string> &ids)
{
    auto st = m_db.prepare("UPDATE assessment SET plan_locks=? WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, joinPlanLocks(ids)).bind(2, assessmentId);
    if (auto done = st->step(); !done)
        return done.errors();
    if (m_db.changes() == 0)
        return fileError<DiagMsg::NoAssessmentRef>(path(), std::to_string(assessmentId));
    return Done{};
}

Result<Done>
Store::setStatus(std::int64_t assessmentId, AssessmentStatus status, const std::string &who)
{
    SqliteTransaction tx(m_db);
    if (auto err = tx.begin())
        return *err;
    auto old = assessment(assessmentId);
    if (!old)
        return old.errors();
    auto st = m_db.prepare("UPDATE assessment SET status=?, updated_at=? WHERE id=?");
    if (!st)
        return st.errors();
    const std::string t = now();
    st->bind(1, key(status)).bind(2, t).bind(3, assessmentId);
    if (auto err = st->run())
        return *err;
    auto log =
        m_db.prepare("INSERT INTO audit (uuid, assessment_id, layer, kind, key, old_value, "
                     "new_value, changed_at, changed_by) VALUES (?,?,'','status','',?,?,?,?)");
    if (!log)
        return log.errors();
    log->bind(1, newUuid()).bind(2, assessmentId).bind(3, key(old->status));
    log->bind(4, key(status)).bind(5, t).bind(6, who);
    if (auto err = log->run())
        return *err;
    if (auto err = tx.commit())
        return *err;
    return Done{};
}

Result<std::string> Store::modelText(const std::string &contentHash)
{
    auto st = m_db.prepare("SELECT content FROM model WHERE content_hash=?");
    if (!st)
        return st.errors();
    st->bind(1, contentHash);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return fileError<DiagMsg::NoStoredModel>(path(), contentHash);
    return st->blob(0);
}

Result<Done>
Store::setAnswer(std::int64_t assessmentId, const StoredAnswer &a, const std::string &who)
{
    return setAnswers(assessmentId, {a}, who);
}

Result<Done> Store::setAnswers(std::int64_t assessmentId,
                               const std::vector<StoredAnswer> &answers,
                               const std::string &who)
{
    SqliteTransaction tx(m_db);
    if (auto err = tx.begin())
        return *err;
    AnswerRows rows(m_db);
    const std::string t = now();
    for (const StoredAnswer &a : answers) {
        auto old = rows.find(assessmentId, a.layer, a.kind, a.key);
        if (!old)
            return old.errors();
        const auto oldValue = *old ? std::optional((*old)->answer.value) : std::nullopt;
        if (auto err = rows.change(assessmentId, a, oldValue, t, who))
            return *err;
    }
    if (auto err = tx.commit())
        return *err;
    return Done{};
}

Result<Done> Store::clearAnswer(std::int64_t assessmentId,
                                Layer layer,
                                AnswerKind kind,
                                const std::string &key,
                                const std::string &who)
{
    SqliteTransaction tx(m_db);
    if (auto err = tx.begin())
        return *err;
    AnswerRows rows(m_db);
    auto old = rows.find(assessmentId, layer, kind, key);
    if (!old)
        return old.errors();
    if (!*old)
        return Done{}; // nothing to clear
    if (auto err = rows.remove(assessmentId, layer, kind, key, (*old)->answer.value, now(), who))
        return *err;
    if (auto err = tx.commit())
        return *err;
    return Done{};
}

Result<std::vector<StoredAnswer>> Store::answers(std::int64_t assessmentId)
{
    auto st = m_db.prepare(
        "SELECT layer, kind, key, value, note, updated_at, updated_by, "
        "needs_confirmation FROM answer WHERE assessment_id=? ORDER BY layer, kind, key");
    if (st)
        st->bind(1, assessmentId);
    return collectRows<StoredAnswer>(std::move(st), [](const SqliteStatement &s) {
        // The table's CHECK constraints admit only these keys.
        return StoredAnswer{parseLayer(s.text(0)).value_or(Layer::Self),
                            parseAnswerKind(s.text(1)).value_or(AnswerKind::Item),
                            s.text(2),
                            s.text(3),
                            s.text(4),
                            s.text(5),
                            s.text(6),
                            s.integer(7) != 0};
    });
}

Result<std::vector<AuditEntry>> Store::audit(std::int64_t assessmentId)
{
    auto st = m_db.prepare("SELECT id, layer, kind, key, old_value, new_value, note, changed_at, "
                           "changed_by FROM audit WHERE assessment_id=? ORDER BY id");
    if (st)
        st->bind(1, assessmentId);
    return collectRows<AuditEntry>(std::move(st), [](const SqliteStatement &s) {
        // A change of the assessment as a whole has layer '' and a kind of its own ('status',
        // 'upgraded-to', 'upgraded-from'): neither parses.
        const std::optional<AnswerKind> kind = parseAnswerKind(s.text(2));
        return AuditEntry{s.integer(0),
                          parseLayer(s.text(1)),
                          kind,
                          kind ? std::string() : s.text(2),
                          s.text(3),
                          s.optionalText(4),
                          s.optionalText(5),
                          s.text(6),
                          s.text(7),
                          s.text(8)};
    });
}

Result<EvidenceFile> Store::addEvidenceFile(std::int64_t assessmentId,
                                            const std::string &target,
                                            std::string_view content,
                                            const std::string &originalName,
                                            const std::string &mediaType,
                                            const std::string &who)
{
    // What a bundle import accepts (bundleshape.h): a name that can name a file as it is.
    if (!isPlainFileName(originalName))
        return fileError<DiagMsg::EvidenceNameNotPlain>(path(), quotedForMessage(originalName));
    if (mediaType.size() > 255 || findBadCharacter(mediaType))
        return fileError<DiagMsg::EvidenceMediaTypeInvalid>(path(), quotedForMessage(mediaType));
    EvidenceFile f;
    f.uuid = newUuid();
    f.target = target;
    f.sha256 = Sha256::hex(content);
    f.size = std::int64_t(content.size());
    f.originalName = originalName;
    f.mediaType = mediaType.empty() ? "application/octet-stream" : mediaType;
    f.addedAt = now();
    f.addedBy = who;
    auto st = m_db.prepare("INSERT INTO evidence_file (uuid, assessment_id, target, sha256, size, "
                           "original_name, media_type, content, added_at, added_by) VALUES "
                           "(?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.errors();
    st->bind(1, f.uuid).bind(2, assessmentId).bind(3, target).bind(4, f.sha256).bind(5, f.size);
    st->bind(6, originalName)
        .bind(7, f.mediaType)
        .bindBlob(8, content)
        .bind(9, f.addedAt)
        .bind(10, who);
    if (auto err = st->run()) {
        if (dbError(*err) == DbError::ForeignKey)
            return fileError<DiagMsg::NoAssessmentId>(path(), assessmentId);
        return *err;
    }
    f.id = m_db.lastInsertRowId();
    return f;
}

Result<std::vector<EvidenceFile>> Store::evidenceFiles(std::int64_t assessmentId)
{
    auto st =
        m_db.prepare("SELECT id, uuid, target, sha256, size, original_name, media_type, "
                     "added_at, added_by FROM evidence_file WHERE assessment_id=? ORDER BY id");
    if (st)
        st->bind(1, assessmentId);
    return collectRows<EvidenceFile>(std::move(st), [](const SqliteStatement &s) {
        return EvidenceFile{s.integer(0), s.text(1), s.text(2), s.text(3), s.integer(4),
                            s.text(5),    s.text(6), s.text(7), s.text(8)};
    });
}

Result<std::string> Store::evidenceContent(const std::string &uuid)
{
    auto st = m_db.prepare("SELECT content FROM evidence_file WHERE uuid=?");
    if (!st)
        return st.errors();
    st->bind(1, uuid);
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return fileError<DiagMsg::NoEvidenceFile>(path(), uuid);
    return st->blob(0);
}

Result<Done> Store::setEvidenceCheck(std::int64_t assessmentId,
                                     const std::string &target,
                                     const std::string &evidenceId,
                                     bool ticked)
{
    auto st =
        m_db.prepare("INSERT INTO evidence_check (assessment_id, target, evidence_id, ticked, "
                     "updated_at) VALUES (?,?,?,?,?) ON CONFLICT (assessment_id, target, "
                     "evidence_id) DO UPDATE SET ticked=excluded.ticked, "
                     "updated_at=excluded.updated_at");
    if (!st)
        return st.errors();
    st->bind(1, assessmentId).bind(2, target).bind(3, evidenceId).bind(4, std::int64_t(ticked));
    st->bind(5, now());
    if (auto err = st->run()) {
        if (dbError(*err) == DbError::ForeignKey)
            return fileError<DiagMsg::NoAssessmentId>(path(), assessmentId);
        return *err;
    }
    return Done{};
}

Result<std::vector<EvidenceCheck>> Store::evidenceChecks(std::int64_t assessmentId)
{
    auto st = m_db.prepare("SELECT target, evidence_id, ticked, updated_at FROM evidence_check "
                           "WHERE assessment_id=? ORDER BY target, evidence_id");
    if (st)
        st->bind(1, assessmentId);
    return collectRows<EvidenceCheck>(std::move(st), [](const SqliteStatement &s) {
        return EvidenceCheck{s.text(0), s.text(1), s.integer(2) != 0, s.text(3)};
    });
}

} // namespace dl
