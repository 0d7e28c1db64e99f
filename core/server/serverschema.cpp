// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serverschema.h"

#include "base/diagnosticcatalog.h"

namespace dl {

namespace {

// Version 1: the team server's foundation (docs in serverschema.h).
//
// Rows are keyed by the UUIDs the laptops' stores already give them, so that a pushed row and its
// local twin are the same row. Every data row carries change_seq (from one sequence, set by a
// trigger on every INSERT and UPDATE) for "what changed since N", change_xact (the transaction
// that wrote it: a pull only advances its N up to rows whose transaction is older than every one
// still running, since sequence numbers are taken before commit and commits come in any order)
// and pushed_by (the PostgreSQL role that wrote it). Times are the clients' ISO 8601 text, as the
// local store keeps them, so that a pull writes back exactly what was pushed.
//
// Access is PostgreSQL's: the group roles digilevel_consultant, digilevel_office and
// digilevel_auditor hold the privileges, and row-level security (ENABLE and FORCE on every table)
// decides which rows: a consultant the enterprises of its own organisation and everything under
// them, the office every row, the auditor every row read-only (it has SELECT only). A row's
// organisation is the enterprise's; an enterprise a consultant pushes gets the consultant's
// organisation from the trigger, whatever the client sent. No function needs definer rights:
// each user reads its own app_user row under that table's policy, so nothing here runs with more
// privileges than the user who asked.
constexpr std::string_view kV1 = R"sql(
DO $roles$
BEGIN
    -- Roles belong to the cluster, not to one database: made once, kept.
    BEGIN CREATE ROLE digilevel_consultant NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    BEGIN CREATE ROLE digilevel_office NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    BEGIN CREATE ROLE digilevel_auditor NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
END
$roles$;

CREATE SCHEMA IF NOT EXISTS digilevel;
REVOKE ALL ON SCHEMA digilevel FROM PUBLIC;
GRANT USAGE ON SCHEMA digilevel TO digilevel_consultant, digilevel_office, digilevel_auditor;

CREATE TABLE digilevel.schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by name NOT NULL DEFAULT current_user,
    program    text NOT NULL
);

CREATE SEQUENCE digilevel.change_seq;

CREATE TABLE digilevel.organisation (
    uuid       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL UNIQUE CHECK (length(name) > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Which organisation a login role works for, and as what (its group role says the same).
CREATE TABLE digilevel.app_user (
    role_name         name PRIMARY KEY,
    organisation_uuid uuid NOT NULL REFERENCES digilevel.organisation,
    role              text NOT NULL CHECK (role IN ('consultant', 'office', 'auditor')),
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION digilevel.my_organisation() RETURNS uuid
LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$ SELECT organisation_uuid FROM digilevel.app_user WHERE role_name = current_user $$;

CREATE FUNCTION digilevel.stamp_change() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    NEW.change_seq := nextval('digilevel.change_seq');
    NEW.change_xact := pg_current_xact_id();
    NEW.pushed_by := current_user;
    RETURN NEW;
END
$$;

-- The organisation of a new enterprise is the server's choice: the pushing user's, unless an
-- office user (who may assign any) names one.
CREATE FUNCTION digilevel.enterprise_owner() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.organisation_uuid IS NULL
       OR NOT pg_has_role(current_user, 'digilevel_office', 'USAGE') THEN
        NEW.organisation_uuid := digilevel.my_organisation();
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE digilevel.model (
    content_hash text PRIMARY KEY,
    model_id     text NOT NULL,
    version      text NOT NULL,
    content      bytea NOT NULL,
    change_seq   bigint NOT NULL,
    change_xact  xid8 NOT NULL,
    pushed_by    name NOT NULL
);

CREATE TABLE digilevel.enterprise (
    uuid              uuid PRIMARY KEY,
    organisation_uuid uuid NOT NULL REFERENCES digilevel.organisation,
    name              text NOT NULL CHECK (length(name) > 0),
    credit_code       text NOT NULL DEFAULT '',
    industry          text NOT NULL DEFAULT '',
    province          text NOT NULL DEFAULT '',
    city              text NOT NULL DEFAULT '',
    employees         integer CHECK (employees IS NULL OR employees >= 0),
    revenue_wan       text,
    assets_wan        text,
    size_class        text NOT NULL DEFAULT '',
    above_scale       boolean NOT NULL DEFAULT false,
    srdi              text NOT NULL DEFAULT 'none',
    contact_name      text NOT NULL DEFAULT '',
    contact_phone     text NOT NULL DEFAULT '',
    contact_email     text NOT NULL DEFAULT '',
    pilot             boolean NOT NULL DEFAULT false,
    pilot_batch       text NOT NULL DEFAULT '',
    created_at        text NOT NULL,
    updated_at        text NOT NULL,
    change_seq        bigint NOT NULL,
    change_xact       xid8 NOT NULL,
    pushed_by         name NOT NULL
);
CREATE INDEX enterprise_organisation ON digilevel.enterprise (organisation_uuid);

CREATE TABLE digilevel.assessment (
    uuid            uuid PRIMARY KEY,
    enterprise_uuid uuid NOT NULL REFERENCES digilevel.enterprise ON DELETE CASCADE,
    model_hash      text NOT NULL REFERENCES digilevel.model,
    status          text NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'submitted', 'verified')),
    mode            text NOT NULL DEFAULT 'self' CHECK (mode IN ('self', 'onsite')),
    phase           text NOT NULL DEFAULT 'baseline'
                    CHECK (phase IN ('baseline', 'after', 'follow-up')),
    assessor_name   text NOT NULL DEFAULT '',
    assessor_org    text NOT NULL DEFAULT '',
    upgraded_from   text NOT NULL DEFAULT '',
    plan_locks      text NOT NULL DEFAULT '',
    created_at      text NOT NULL,
    updated_at      text NOT NULL,
    change_seq      bigint NOT NULL,
    change_xact     xid8 NOT NULL,
    pushed_by       name NOT NULL
);
CREATE INDEX assessment_enterprise ON digilevel.assessment (enterprise_uuid);

-- Whether the current user's organisation owns the assessment (through its enterprise).
CREATE FUNCTION digilevel.assessment_is_mine(a uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM digilevel.assessment s
                   JOIN digilevel.enterprise e ON e.uuid = s.enterprise_uuid
                   WHERE s.uuid = a AND e.organisation_uuid = digilevel.my_organisation())
$$;

CREATE TABLE digilevel.answer (
    assessment_uuid    uuid NOT NULL REFERENCES digilevel.assessment ON DELETE CASCADE,
    layer              text NOT NULL CHECK (layer IN ('self', 'verified')),
    kind               text NOT NULL CHECK (kind IN ('figure', 'item', 'scenario')),
    key                text NOT NULL,
    value              text NOT NULL,
    note               text NOT NULL DEFAULT '',
    updated_at         text NOT NULL,
    updated_by         text NOT NULL DEFAULT '',
    change_uuid        uuid NOT NULL,
    needs_confirmation boolean NOT NULL DEFAULT false,
    change_seq         bigint NOT NULL,
    change_xact        xid8 NOT NULL,
    pushed_by          name NOT NULL,
    PRIMARY KEY (assessment_uuid, layer, kind, key)
);

-- Written once, never changed: no role has UPDATE or DELETE on it.
CREATE TABLE digilevel.audit (
    uuid            uuid PRIMARY KEY,
    assessment_uuid uuid NOT NULL REFERENCES digilevel.assessment ON DELETE CASCADE,
    layer           text NOT NULL,
    kind            text NOT NULL,
    key             text NOT NULL,
    old_value       text,
    new_value       text,
    note            text NOT NULL DEFAULT '',
    changed_at      text NOT NULL,
    changed_by      text NOT NULL DEFAULT '',
    change_seq      bigint NOT NULL,
    change_xact     xid8 NOT NULL,
    pushed_by       name NOT NULL
);
CREATE INDEX audit_assessment ON digilevel.audit (assessment_uuid, layer, kind, key);

-- The bytes in bytea, not a large object: row-level security covers a row, not pg_largeobject.
-- The server checks the size and the SHA-256 a client declares against the bytes.
CREATE TABLE digilevel.evidence_file (
    uuid            uuid PRIMARY KEY,
    assessment_uuid uuid NOT NULL REFERENCES digilevel.assessment ON DELETE CASCADE,
    target          text NOT NULL,
    sha256          text NOT NULL CHECK (sha256 = encode(sha256(content), 'hex')),
    size            bigint NOT NULL CHECK (size = octet_length(content)),
    original_name   text NOT NULL,
    media_type      text NOT NULL DEFAULT 'application/octet-stream',
    content         bytea NOT NULL,
    added_at        text NOT NULL,
    added_by        text NOT NULL DEFAULT '',
    change_seq      bigint NOT NULL,
    change_xact     xid8 NOT NULL,
    pushed_by       name NOT NULL
);
CREATE INDEX evidence_file_assessment ON digilevel.evidence_file (assessment_uuid, target);

CREATE TABLE digilevel.evidence_check (
    assessment_uuid uuid NOT NULL REFERENCES digilevel.assessment ON DELETE CASCADE,
    target          text NOT NULL,
    evidence_id     text NOT NULL,
    ticked          boolean NOT NULL,
    updated_at      text NOT NULL,
    change_seq      bigint NOT NULL,
    change_xact     xid8 NOT NULL,
    pushed_by       name NOT NULL,
    PRIMARY KEY (assessment_uuid, target, evidence_id)
);

-- An answer pushed from two laptops with different changes: the server's value (local_*) and the
-- pushed one (incoming_*) wait here for a person, as in a bundle merge (exchange/bundlemerge.h).
CREATE TABLE digilevel.conflict (
    uuid            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    assessment_uuid uuid NOT NULL REFERENCES digilevel.assessment ON DELETE CASCADE,
    layer           text NOT NULL,
    kind            text NOT NULL,
    key             text NOT NULL,
    local_value     text NOT NULL,
    local_by        text NOT NULL,
    local_at        text NOT NULL,
    local_change    uuid NOT NULL,
    incoming_value  text NOT NULL,
    incoming_note   text NOT NULL DEFAULT '',
    incoming_by     text NOT NULL,
    incoming_at     text NOT NULL,
    incoming_change uuid NOT NULL,
    source          text NOT NULL DEFAULT '',
    detected_at     text NOT NULL,
    resolution      text CHECK (resolution IS NULL OR resolution IN ('local', 'incoming')),
    resolved_by     text NOT NULL DEFAULT '',
    change_seq      bigint NOT NULL,
    change_xact     xid8 NOT NULL,
    pushed_by       name NOT NULL,
    UNIQUE (assessment_uuid, layer, kind, key, local_change, incoming_change)
);

DO $tables$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['model', 'enterprise', 'assessment', 'answer', 'audit',
                             'evidence_file', 'evidence_check', 'conflict'] LOOP
        EXECUTE format('CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON digilevel.%I '
                       'FOR EACH ROW EXECUTE FUNCTION digilevel.stamp_change()', t);
        EXECUTE format('CREATE INDEX %I ON digilevel.%I (change_seq)', t || '_change_seq', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['organisation', 'app_user', 'model', 'enterprise', 'assessment',
                             'answer', 'audit', 'evidence_file', 'evidence_check', 'conflict'] LOOP
        EXECUTE format('ALTER TABLE digilevel.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE digilevel.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('REVOKE ALL ON digilevel.%I FROM PUBLIC', t);
        EXECUTE format('GRANT SELECT ON digilevel.%I TO digilevel_consultant, digilevel_office, '
                       'digilevel_auditor', t);
        EXECUTE format('CREATE POLICY office_all ON digilevel.%I FOR ALL TO digilevel_office '
                       'USING (true) WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY auditor_read ON digilevel.%I FOR SELECT '
                       'TO digilevel_auditor USING (true)', t);
    END LOOP;
    -- Answers, evidence and conflicts change; audit rows and models are only added.
    FOREACH t IN ARRAY ARRAY['enterprise', 'assessment', 'answer', 'evidence_file',
                             'evidence_check', 'conflict'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON digilevel.%I '
                       'TO digilevel_consultant, digilevel_office', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['answer', 'audit', 'evidence_file', 'evidence_check', 'conflict'] LOOP
        EXECUTE format('CREATE POLICY consultant_own ON digilevel.%I FOR ALL '
                       'TO digilevel_consultant USING (digilevel.assessment_is_mine(assessment_uuid)) '
                       'WITH CHECK (digilevel.assessment_is_mine(assessment_uuid))', t);
    END LOOP;
END
$tables$;

CREATE TRIGGER enterprise_owner BEFORE INSERT ON digilevel.enterprise
FOR EACH ROW EXECUTE FUNCTION digilevel.enterprise_owner();

GRANT INSERT ON digilevel.model, digilevel.audit TO digilevel_consultant, digilevel_office;
GRANT USAGE ON SEQUENCE digilevel.change_seq TO digilevel_consultant, digilevel_office;
GRANT SELECT ON digilevel.schema_version
    TO digilevel_consultant, digilevel_office, digilevel_auditor;

CREATE POLICY consultant_own ON digilevel.organisation FOR SELECT TO digilevel_consultant
    USING (uuid = digilevel.my_organisation());
CREATE POLICY consultant_own ON digilevel.app_user FOR SELECT TO digilevel_consultant
    USING (role_name = current_user);
CREATE POLICY consultant_read ON digilevel.model FOR SELECT TO digilevel_consultant
    USING (true);
CREATE POLICY consultant_add ON digilevel.model FOR INSERT TO digilevel_consultant
    WITH CHECK (true);
CREATE POLICY consultant_own ON digilevel.enterprise FOR ALL TO digilevel_consultant
    USING (organisation_uuid = digilevel.my_organisation())
    WITH CHECK (organisation_uuid = digilevel.my_organisation());
CREATE POLICY consultant_own ON digilevel.assessment FOR ALL TO digilevel_consultant
    USING (EXISTS (SELECT 1 FROM digilevel.enterprise e WHERE e.uuid = enterprise_uuid
                   AND e.organisation_uuid = digilevel.my_organisation()))
    WITH CHECK (EXISTS (SELECT 1 FROM digilevel.enterprise e WHERE e.uuid = enterprise_uuid
                        AND e.organisation_uuid = digilevel.my_organisation()));

REVOKE ALL ON SEQUENCE digilevel.change_seq FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA digilevel FROM PUBLIC;
GRANT EXECUTE ON FUNCTION digilevel.my_organisation(), digilevel.assessment_is_mine(uuid)
    TO digilevel_consultant, digilevel_office, digilevel_auditor;
GRANT EXECUTE ON FUNCTION digilevel.stamp_change(), digilevel.enterprise_owner()
    TO digilevel_consultant, digilevel_office;
)sql";

// Version 2: a pull asks each table for "change_seq > seq OR change_xact >= xmin"; with an index
// on each column PostgreSQL answers it from both (a bitmap OR) instead of reading the table,
// which made a sync of one change grow with the size of the server.
constexpr std::string_view kV2 = R"sql(
DO $indexes$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['model', 'enterprise', 'assessment', 'answer', 'audit',
                             'evidence_file', 'evidence_check', 'conflict'] LOOP
        EXECUTE format('CREATE INDEX %I ON digilevel.%I (change_xact)', t || '_change_xact', t);
    END LOOP;
END
$indexes$;
)sql";

// Serialises concurrent `server init`s of one database (two admins, or a script run twice).
constexpr std::string_view kMigrationLock = "SELECT pg_advisory_xact_lock(727373)";

// The version of the schema in the database: 0 before the first migration.
Result<int> readVersion(PgConnection &conn)
{
    const LocalText doing{"读取团队服务器的结构版本", "reading the team server's schema version"};
    auto table = conn.exec("SELECT to_regclass('digilevel.schema_version') IS NOT NULL", {}, doing);
    if (!table)
        return table.errors();
    if (table->text(0, 0) != "t")
        return 0;
    auto v = conn.exec("SELECT coalesce(max(version), 0) FROM digilevel.schema_version", {}, doing);
    if (!v)
        return v.errors();
    return std::stoi(v->text(0, 0));
}

} // namespace

const std::vector<std::string_view> &serverMigrations()
{
    static const std::vector<std::string_view> migrations = {kV1, kV2};
    return migrations;
}

int serverSchemaVersion()
{
    return int(serverMigrations().size());
}

Result<ServerInitReport> initServerSchema(PgConnection &conn, const std::string &program)
{
    const auto &steps = serverMigrations();
    ServerInitReport report;
    bool first = true;
    for (;;) {
        PgTransaction tx(conn);
        if (auto failed = tx.begin())
            return *failed;
        const LocalText migrating{"升级团队服务器的数据库结构",
                                  "upgrading the team server's schema"};
        if (auto locked = conn.exec(kMigrationLock, {}, migrating); !locked)
            return locked.errors();
        auto version = readVersion(conn);
        if (!version)
            return version.errors();
        if (first) {
            report.from = *version;
            first = false;
        }
        if (*version > int(steps.size()))
            return fileError<DiagMsg::ServerSchemaTooNew>(conn.where(), *version,
                                                          int(steps.size()));
        if (*version == int(steps.size())) {
            report.to = *version;
            return report;
        }
        if (auto failed = conn.execScript(steps[std::size_t(*version)], migrating))
            return *failed;
        auto recorded =
            conn.exec("INSERT INTO digilevel.schema_version (version, program) VALUES ($1, $2)",
                      {std::to_string(*version + 1), program}, migrating);
        if (!recorded)
            return recorded.errors();
        if (auto failed = tx.commit())
            return *failed;
    }
}

Result<Done> requireCurrentSchema(PgConnection &conn)
{
    auto version = readVersion(conn);
    if (!version)
        return version.errors();
    if (*version > serverSchemaVersion())
        return fileError<DiagMsg::ServerSchemaTooNew>(conn.where(), *version,
                                                      serverSchemaVersion());
    if (*version < serverSchemaVersion())
        return fileError<DiagMsg::ServerSchemaTooOld>(conn.where(), *version,
                                                      serverSchemaVersion());
    return Done{};
}

} // namespace dl
