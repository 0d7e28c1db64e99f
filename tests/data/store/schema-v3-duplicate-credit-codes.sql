-- A database of schema version 3 (commit 631ec65) holding one credit code twice: enterprise 2 has
-- enterprise 1's code in lower case, and enterprise 3 its code with spaces around, as an import
-- before schema 4 stored whatever a bundle carried. Made with sqlite3 from that commit's schema
-- (core/store/storeschema.cpp); see tests/store/test_migration.cpp.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO enterprise VALUES(1,'c1f0a2b4-5d6e-4f70-8a91-b2c3d4e5f601','杭州示例机械有限公司','91330100MA2XXXXXX2','C34','浙江省','杭州市',120,'8000',NULL,'small',0,'none','','','','2026-11-20T08:00:00Z','2026-11-20T08:00:00Z');
INSERT INTO enterprise VALUES(2,'c1f0a2b4-5d6e-4f70-8a91-b2c3d4e5f602','杭州示例机械有限公司（现场录入）','91330100ma2xxxxxx2','C34','浙江省','杭州市',NULL,NULL,NULL,'',0,'none','','','','2026-11-21T09:00:00Z','2026-11-21T09:00:00Z');
INSERT INTO enterprise VALUES(3,'c1f0a2b4-5d6e-4f70-8a91-b2c3d4e5f603','宁波另一家企业有限公司',' 91330106MA2CF3K8X6 ','C33','浙江省','宁波市',40,NULL,NULL,'',0,'none','','','','2026-11-22T10:00:00Z','2026-11-22T10:00:00Z');
INSERT INTO enterprise VALUES(4,'c1f0a2b4-5d6e-4f70-8a91-b2c3d4e5f604','无代码企业','','','','',NULL,NULL,NULL,'',0,'none','','','','2026-11-23T11:00:00Z','2026-11-23T11:00:00Z');
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
, summary_layer TEXT, summary_level INTEGER, summary_score TEXT, summary_answered INTEGER, summary_questions INTEGER);
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
CREATE TABLE evidence_check (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    target        TEXT NOT NULL,
    evidence_id   TEXT NOT NULL,
    ticked        INTEGER NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, target, evidence_id)
) WITHOUT ROWID;
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
CREATE INDEX enterprise_credit_code ON enterprise(credit_code);
CREATE INDEX enterprise_name ON enterprise(name);
CREATE INDEX assessment_enterprise ON assessment(enterprise_id);
CREATE INDEX audit_assessment ON audit(assessment_id, layer, kind, key);
CREATE INDEX evidence_file_assessment ON evidence_file(assessment_id, target);
CREATE INDEX assessment_stale ON assessment(id) WHERE summary_level IS NULL;
CREATE INDEX enterprise_industry ON enterprise(industry);
CREATE INDEX enterprise_region ON enterprise(province, city);
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
COMMIT;
PRAGMA user_version=3;
