// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeschema.h"

namespace dl {

namespace {

// Version 1. Answers are keyed by model ids (not positions) so they survive model edits; every
// change leaves an audit row whose uuid the answer remembers, which lets a merge tell a
// fast-forward from a real conflict.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE enterprise (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    credit_code   TEXT NOT NULL DEFAULT '',
    industry      TEXT NOT NULL DEFAULT '',
    province      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    employees     INTEGER CHECK (employees IS NULL OR employees >= 0),
    revenue_wan   TEXT,
    assets_wan    TEXT,
    size_class    TEXT NOT NULL DEFAULT '',
    above_scale   INTEGER NOT NULL DEFAULT 0,
    srdi          TEXT NOT NULL DEFAULT 'none',
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX enterprise_credit_code ON enterprise(credit_code);
CREATE INDEX enterprise_name ON enterprise(name);

CREATE TABLE model (
    content_hash TEXT PRIMARY KEY,
    model_id     TEXT NOT NULL,
    version      TEXT NOT NULL,
    content      BLOB NOT NULL
);

CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    model_hash    TEXT NOT NULL REFERENCES model(content_hash),
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'verified')),
    mode          TEXT NOT NULL DEFAULT 'self' CHECK (mode IN ('self', 'onsite')),
    assessor_name TEXT NOT NULL DEFAULT '',
    assessor_org  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX assessment_enterprise ON assessment(enterprise_id);

CREATE TABLE answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    layer         TEXT NOT NULL CHECK (layer IN ('self', 'verified')),
    kind          TEXT NOT NULL CHECK (kind IN ('figure', 'item', 'scenario')),
    key           TEXT NOT NULL,
    value         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL DEFAULT '',
    change_uuid   TEXT NOT NULL,
    PRIMARY KEY (assessment_id, layer, kind, key)
) WITHOUT ROWID;

CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    layer         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    key           TEXT NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    note          TEXT NOT NULL DEFAULT '',
    changed_at    TEXT NOT NULL,
    changed_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_assessment ON audit(assessment_id, layer, kind, key);

CREATE TABLE evidence_file (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    target        TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    media_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
    content       BLOB NOT NULL,
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_file_assessment ON evidence_file(assessment_id, target);

CREATE TABLE evidence_check (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    target        TEXT NOT NULL,
    evidence_id   TEXT NOT NULL,
    ticked        INTEGER NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, target, evidence_id)
) WITHOUT ROWID;

-- The same answer changed differently on two machines: both values are kept here until a user
-- chooses; the answer table keeps the local value meanwhile.
CREATE TABLE conflict (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    layer           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    key             TEXT NOT NULL,
    local_value     TEXT NOT NULL,
    local_by        TEXT NOT NULL,
    local_at        TEXT NOT NULL,
    local_change    TEXT NOT NULL,
    incoming_value  TEXT NOT NULL,
    incoming_note   TEXT NOT NULL DEFAULT '',
    incoming_by     TEXT NOT NULL,
    incoming_at     TEXT NOT NULL,
    incoming_change TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT '',
    detected_at     TEXT NOT NULL,
    resolution      TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'incoming')),
    UNIQUE (assessment_id, layer, kind, key, local_change, incoming_change)
);
)sql";

// Version 2: a cached summary per assessment (level, score, progress) so that the enterprise list
// and portfolio views over tens of thousands of assessments need no re-scoring. Triggers clear it
// whenever an answer changes by any path (edit, import, conflict resolution), so a stale summary
// can never be shown; `refreshSummaries` (storedassessment.h) fills the cleared ones.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE assessment ADD COLUMN summary_layer TEXT;
ALTER TABLE assessment ADD COLUMN summary_level INTEGER;
ALTER TABLE assessment ADD COLUMN summary_score TEXT;
ALTER TABLE assessment ADD COLUMN summary_answered INTEGER;
ALTER TABLE assessment ADD COLUMN summary_questions INTEGER;
CREATE TRIGGER answer_insert_clears_summary AFTER INSERT ON answer BEGIN
    UPDATE assessment SET summary_level = NULL WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER answer_update_clears_summary AFTER UPDATE ON answer BEGIN
    UPDATE assessment SET summary_level = NULL WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER answer_delete_clears_summary AFTER DELETE ON answer BEGIN
    UPDATE assessment SET summary_level = NULL WHERE id = OLD.assessment_id;
END;
CREATE INDEX assessment_stale ON assessment(id) WHERE summary_level IS NULL;
CREATE INDEX enterprise_industry ON enterprise(industry);
CREATE INDEX enterprise_region ON enterprise(province, city);
)sql";

// Version 3: the triggers of version 2 only write when the summary is still set. An import adds
// thousands of answers to an assessment whose summary is already cleared; rewriting its row (and
// the index of stale rows) for each of them was a fifth of the import's database work.
constexpr std::string_view kV3 = R"sql(
DROP TRIGGER answer_insert_clears_summary;
DROP TRIGGER answer_update_clears_summary;
DROP TRIGGER answer_delete_clears_summary;
CREATE TRIGGER answer_insert_clears_summary AFTER INSERT ON answer
WHEN (SELECT summary_level FROM assessment WHERE id = NEW.assessment_id) IS NOT NULL BEGIN
    UPDATE assessment SET summary_level = NULL WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER answer_update_clears_summary AFTER UPDATE ON answer
WHEN (SELECT summary_level FROM assessment WHERE id = NEW.assessment_id) IS NOT NULL BEGIN
    UPDATE assessment SET summary_level = NULL WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER answer_delete_clears_summary AFTER DELETE ON answer
WHEN (SELECT summary_level FROM assessment WHERE id = OLD.assessment_id) IS NOT NULL BEGIN
    UPDATE assessment SET summary_level = NULL WHERE id = OLD.assessment_id;
END;
)sql";

// Version 4: credit codes kept in one form, trimmed and upper-case (normalisedCreditCode; SQLite's
// upper() and trim() cover the ASCII letters and spaces that a bundle could have brought in
// unnormalised), so that a code is found by plain equality on its index. Store::addEnterprise
// and updateEnterprise refuse a code another enterprise has, in their write transaction. No
// UNIQUE index: a database may already hold one code twice (from before the check), and creating
// the index would then fail and leave the database unopenable.
constexpr std::string_view kV4 = R"sql(
UPDATE enterprise SET credit_code = upper(trim(credit_code))
WHERE credit_code <> upper(trim(credit_code));
)sql";

// Version 5: upgrading an assessment to a newer model version (answers/upgrade.h) makes a new
// assessment that remembers the one it came from; answers it copied under a `recheck` rule wait
// for the user's confirmation. The items and scenarios a user has locked out of what-if plans
// ("not in our plans") are kept per assessment, as ids separated by commas.
constexpr std::string_view kV5 = R"sql(
ALTER TABLE assessment ADD COLUMN upgraded_from TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN plan_locks TEXT NOT NULL DEFAULT '';
ALTER TABLE answer ADD COLUMN needs_confirmation INTEGER NOT NULL DEFAULT 0
    CHECK (needs_confirmation IN (0, 1));
CREATE INDEX assessment_upgraded_from ON assessment(upgraded_from) WHERE upgraded_from <> '';
)sql";

// Version 6: the pilot programme's view (portfolio/). An assessment's phase in a transformation
// (改造前 baseline, 改造后 after, 复评 follow-up; existing assessments were diagnoses before any
// transformation, so baseline); an enterprise's pilot flag and batch; segments (细分行业) defined
// by GB/T 4754 codes (comma-separated) and explicit members. The cached summary gains the
// dimension, sub-dimension and scenario results the portfolio aggregates, so every summary is
// cleared here and recomputed with them.
constexpr std::string_view kV6 = R"sql(
ALTER TABLE assessment ADD COLUMN phase TEXT NOT NULL DEFAULT 'baseline'
    CHECK (phase IN ('baseline', 'after', 'follow-up'));
ALTER TABLE assessment ADD COLUMN summary_detail TEXT;
UPDATE assessment SET summary_level = NULL;
CREATE INDEX assessment_org ON assessment(assessor_org);
ALTER TABLE enterprise ADD COLUMN pilot INTEGER NOT NULL DEFAULT 0 CHECK (pilot IN (0, 1));
ALTER TABLE enterprise ADD COLUMN pilot_batch TEXT NOT NULL DEFAULT '';
CREATE TABLE segment (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL UNIQUE CHECK (length(name_zh) > 0),
    name_en     TEXT NOT NULL DEFAULT '',
    industries  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE segment_member (
    segment_id    INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    PRIMARY KEY (segment_id, enterprise_id)
) WITHOUT ROWID;
CREATE INDEX segment_member_enterprise ON segment_member(enterprise_id);
)sql";

// Version 7: synchronising with team servers (server/sync.h). sync_server keeps, per server (its
// identity "user@host:port/database", never a password), how far this database has pulled (the
// server's change number and the oldest transaction then still running, see sync.cpp) and pushed
// (the last sync_change row sent), and when it last synchronised. sync_change is the outbox: a
// row per local write to an enterprise or assessment and anything under it, made by triggers, so
// that a sync sends only what changed. The triggers stay silent while no server is known (no
// outbox grows on a laptop that never syncs: its first sync sends everything) and while a sync
// applies what it pulled (it holds a row in sync_applying inside its own transaction, so the
// pulled rows are not sent back).
constexpr std::string_view kV7 = R"sql(
CREATE TABLE sync_server (
    server        TEXT PRIMARY KEY,
    pulled_seq    INTEGER NOT NULL DEFAULT 0,
    pulled_xmin   TEXT NOT NULL DEFAULT '0',
    pushed_change INTEGER NOT NULL DEFAULT 0,
    pushed_all    INTEGER NOT NULL DEFAULT 0 CHECK (pushed_all IN (0, 1)),
    last_sync_at  TEXT
);
CREATE TABLE sync_change (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    enterprise_id INTEGER,
    assessment_id INTEGER
);
CREATE TABLE sync_applying (pulling INTEGER PRIMARY KEY);
CREATE TRIGGER sync_enterprise_insert AFTER INSERT ON enterprise
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (enterprise_id) VALUES (NEW.id);
END;
CREATE TRIGGER sync_enterprise_update AFTER UPDATE ON enterprise
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (enterprise_id) VALUES (NEW.id);
END;
CREATE TRIGGER sync_assessment_insert AFTER INSERT ON assessment
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (enterprise_id, assessment_id) VALUES (NEW.enterprise_id, NEW.id);
END;
CREATE TRIGGER sync_assessment_update AFTER UPDATE OF status, mode, phase, assessor_name,
    assessor_org, upgraded_from, plan_locks ON assessment
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (enterprise_id, assessment_id) VALUES (NEW.enterprise_id, NEW.id);
END;
CREATE TRIGGER sync_answer_insert AFTER INSERT ON answer
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
CREATE TRIGGER sync_answer_update AFTER UPDATE ON answer
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
CREATE TRIGGER sync_audit_insert AFTER INSERT ON audit
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
CREATE TRIGGER sync_evidence_file_insert AFTER INSERT ON evidence_file
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
CREATE TRIGGER sync_evidence_check_insert AFTER INSERT ON evidence_check
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
CREATE TRIGGER sync_evidence_check_update AFTER UPDATE ON evidence_check
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
CREATE TRIGGER sync_conflict_resolved AFTER UPDATE OF resolution ON conflict
WHEN EXISTS (SELECT 1 FROM sync_server) AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_change (assessment_id) VALUES (NEW.assessment_id);
END;
)sql";

// Version 8: the server transactions this database's pushes committed (server/syncsteps.h,
// PushedBatch), by server. Their rows are this database's own, so a pull leaves them out instead
// of reading back everything a push just sent; a transaction is forgotten once no pull can meet
// its rows again (older than the server's oldest running transaction at the last pull).
constexpr std::string_view kV8 = R"sql(
CREATE TABLE sync_pushed (
    server TEXT NOT NULL REFERENCES sync_server(server) ON DELETE CASCADE,
    xact   INTEGER NOT NULL,
    PRIMARY KEY (server, xact)
) WITHOUT ROWID;
)sql";

} // namespace

const std::vector<std::string_view> &schemaMigrations()
{
    static const std::vector<std::string_view> migrations = {kV1, kV2, kV3, kV4,
                                                             kV5, kV6, kV7, kV8};
    return migrations;
}

} // namespace dl
