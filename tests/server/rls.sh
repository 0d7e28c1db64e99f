#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Row-level security on the team server, seen through psql as each user: organisations A and B,
# a consultant of each, an office user and an auditor (made with digilevel-cli server user add).
#   rls.sh DIGILEVEL_CLI PGCLUSTER_STATE
set -euo pipefail
cli=$1
state=$2
if [ -f "$state/unavailable" ] || [ ! -f "$state/env" ]; then
    echo "SKIPPED: no PostgreSQL cluster ($(cat "$state/unavailable" 2>/dev/null || echo 'not started'))" >&2
    exit 77
fi
# shellcheck disable=SC1091
. "$state/env"
psql=$PGBIN/psql
db=dl_rls_$$
admin="host=$PGHOST port=$PGPORT user=$PGUSER dbname=$db"
users=("${db}_ca" "${db}_cb" "${db}_office" "${db}_auditor")
work=$(mktemp -d)
cleanup() {
    "$psql" -q "host=$PGHOST port=$PGPORT user=$PGUSER dbname=postgres" \
        -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    for u in "${users[@]}"; do
        "$psql" -q "host=$PGHOST port=$PGPORT user=$PGUSER dbname=postgres" \
            -c "DROP ROLE IF EXISTS $u" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$psql" -q "host=$PGHOST port=$PGPORT user=$PGUSER dbname=postgres" -c "CREATE DATABASE $db"
"$cli" server init --server "$admin" --lang en
echo 'secret-pw' >"$work/pw"
"$cli" server user add "${db}_ca" --org "A $db" --role consultant --password-file "$work/pw" --server "$admin" --lang en
"$cli" server user add "${db}_cb" --org "B $db" --role consultant --password-file "$work/pw" --server "$admin" --lang en
"$cli" server user add "${db}_office" --org "Office $db" --role office --password-file "$work/pw" --server "$admin" --lang en
"$cli" server user add "${db}_auditor" --org "Audit $db" --role auditor --password-file "$work/pw" --server "$admin" --lang en

conn() { echo "host=$PGHOST port=$PGPORT user=${db}_$1 dbname=$db"; }
# One value (or nothing) from SQL run as a user; a failure fails the test.
as() {
    PGPASSWORD=secret-pw "$psql" -X -q -t -A -v ON_ERROR_STOP=1 "$(conn "$1")" -c "$2"
}
# SQL a user must be refused: PostgreSQL raises an error.
refused() {
    if out=$(PGPASSWORD=secret-pw "$psql" -X -q -t -A -v ON_ERROR_STOP=1 "$(conn "$1")" -c "$2" 2>&1); then
        fail "$1 was allowed: $2 ($out)"
    fi
    # Refused by PostgreSQL's access rules, not by a mistake in the test's SQL.
    grep -q "row-level security\|permission denied" <<<"$out" || fail "$1: unexpected error: $out"
    echo "refused as expected for $1: ${out//$'\n'/ }"
}
expect() { # expect WHAT ACTUAL EXPECTED
    [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"
}

EA=a0000000-0000-4000-8000-00000000000a
AA=a0000000-0000-4000-8000-0000000000aa
EB=b0000000-0000-4000-8000-00000000000b
AB=b0000000-0000-4000-8000-0000000000bb
orgB=$("$psql" -X -q -t -A "$admin" -c "SELECT uuid FROM digilevel.organisation WHERE name = 'B $db'")

# Consultant A pushes an enterprise with everything under it, claiming B's organisation: the
# server gives it A's.
fill() { # fill USER ENTERPRISE ASSESSMENT NAME [ORG]
    local org=${5:-NULL}
    [ "$org" != NULL ] && org="'$org'"
    as "$1" "INSERT INTO digilevel.model (content_hash, model_id, version, content)
             VALUES ('hash-$4', 'miit', '2024.2', '\\x00') ON CONFLICT DO NOTHING;
           INSERT INTO digilevel.enterprise (uuid, organisation_uuid, name, created_at, updated_at)
             VALUES ('$2', $org, '$4', 't', 't');
           INSERT INTO digilevel.assessment (uuid, enterprise_uuid, model_hash, created_at, updated_at)
             VALUES ('$3', '$2', 'hash-$4', 't', 't');
           INSERT INTO digilevel.answer (assessment_uuid, layer, kind, key, value, updated_at, change_uuid)
             VALUES ('$3', 'self', 'item', 'network', 'a', 't', gen_random_uuid());
           INSERT INTO digilevel.audit (uuid, assessment_uuid, layer, kind, key, new_value, changed_at)
             VALUES (gen_random_uuid(), '$3', 'self', 'item', 'network', 'a', 't');
           INSERT INTO digilevel.evidence_file (uuid, assessment_uuid, target, sha256, size,
                                                original_name, content, added_at)
             VALUES (gen_random_uuid(), '$3', 'network', encode(sha256('pdf'::bytea), 'hex'), 3,
                     'plan.pdf', 'pdf'::bytea, 't');
           INSERT INTO digilevel.evidence_check (assessment_uuid, target, evidence_id, ticked, updated_at)
             VALUES ('$3', 'network', 'contract', true, 't');
           INSERT INTO digilevel.conflict (assessment_uuid, layer, kind, key, local_value, local_by,
                local_at, local_change, incoming_value, incoming_by, incoming_at, incoming_change,
                detected_at)
             VALUES ('$3', 'self', 'item', 'network', 'a', 'x', 't', gen_random_uuid(), 'b', 'y',
                     't', gen_random_uuid(), 't');"
}
fill ca "$EA" "$AA" EA "$orgB"
fill cb "$EB" "$AB" EB
expect "A's enterprise belongs to A" \
    "$("$psql" -X -q -t -A "$admin" -c "SELECT o.name FROM digilevel.enterprise e JOIN digilevel.organisation o ON o.uuid = e.organisation_uuid WHERE e.uuid = '$EA'")" "A $db"

tables=(assessment answer audit evidence_file evidence_check conflict)
# Consultant B sees none of A's rows in any table, only its own.
expect "B sees A's enterprise" "$(as cb "SELECT count(*) FROM digilevel.enterprise WHERE uuid = '$EA'")" 0
expect "B's enterprises" "$(as cb "SELECT count(*) FROM digilevel.enterprise")" 1
expect "B sees A's assessment" "$(as cb "SELECT count(*) FROM digilevel.assessment WHERE uuid = '$AA'")" 0
for t in "${tables[@]}"; do
    [ "$t" = assessment ] && continue
    expect "B sees A's $t" "$(as cb "SELECT count(*) FROM digilevel.$t WHERE assessment_uuid = '$AA'")" 0
    expect "B's own $t" "$(as cb "SELECT count(*) FROM digilevel.$t")" 1
done
expect "B sees A's organisation" "$(as cb "SELECT count(*) FROM digilevel.organisation WHERE name = 'A $db'")" 0

# ... and cannot change them: UPDATE and DELETE find nothing, INSERT is refused.
expect "B updates A's enterprise" "$(as cb "WITH u AS (UPDATE digilevel.enterprise SET name = 'x' WHERE uuid = '$EA' RETURNING 1) SELECT count(*) FROM u")" 0
expect "B deletes A's enterprise" "$(as cb "WITH d AS (DELETE FROM digilevel.enterprise WHERE uuid = '$EA' RETURNING 1) SELECT count(*) FROM d")" 0
for t in "${tables[@]}"; do
    col=assessment_uuid
    [ "$t" = assessment ] && col=uuid
    if [ "$t" != audit ]; then
        expect "B updates A's $t" "$(as cb "WITH u AS (UPDATE digilevel.$t SET $col = $col WHERE $col = '$AA' RETURNING 1) SELECT count(*) FROM u")" 0
        expect "B deletes A's $t" "$(as cb "WITH d AS (DELETE FROM digilevel.$t WHERE $col = '$AA' RETURNING 1) SELECT count(*) FROM d")" 0
    fi
done
refused cb "INSERT INTO digilevel.assessment (uuid, enterprise_uuid, model_hash, created_at, updated_at) VALUES (gen_random_uuid(), '$EA', 'hash-EA', 't', 't')"
refused cb "INSERT INTO digilevel.answer (assessment_uuid, layer, kind, key, value, updated_at, change_uuid) VALUES ('$AA', 'self', 'item', 'x', 'a', 't', gen_random_uuid())"
refused cb "INSERT INTO digilevel.audit (uuid, assessment_uuid, layer, kind, key, changed_at) VALUES (gen_random_uuid(), '$AA', 'self', 'item', 'x', 't')"
refused cb "INSERT INTO digilevel.evidence_check (assessment_uuid, target, evidence_id, ticked, updated_at) VALUES ('$AA', 'x', 'y', true, 't')"
refused cb "UPDATE digilevel.audit SET note = 'x'" # audit rows are never changed, by anyone
# A consultant cannot give its own enterprise away.
orgA=$("$psql" -X -q -t -A "$admin" -c "SELECT uuid FROM digilevel.organisation WHERE name = 'A $db'")
refused cb "UPDATE digilevel.enterprise SET organisation_uuid = '$orgA' WHERE uuid = '$EB'"
for t in "${tables[@]}"; do
    col=assessment_uuid
    [ "$t" = assessment ] && col=uuid
    expect "A's $t still there" "$("$psql" -X -q -t -A "$admin" -c "SELECT count(*) FROM digilevel.$t WHERE $col = '$AA'")" 1
done
expect "A's enterprise unchanged" "$("$psql" -X -q -t -A "$admin" -c "SELECT name FROM digilevel.enterprise WHERE uuid = '$EA'")" EA

# The office sees both; the auditor sees both and writes nothing.
expect "office enterprises" "$(as office "SELECT count(*) FROM digilevel.enterprise")" 2
expect "office answers" "$(as office "SELECT count(*) FROM digilevel.answer")" 2
expect "auditor enterprises" "$(as auditor "SELECT count(*) FROM digilevel.enterprise")" 2
expect "auditor evidence" "$(as auditor "SELECT count(*) FROM digilevel.evidence_file")" 2
refused auditor "INSERT INTO digilevel.enterprise (uuid, name, created_at, updated_at) VALUES (gen_random_uuid(), 'x', 't', 't')"
refused auditor "UPDATE digilevel.enterprise SET name = 'x'"
refused auditor "UPDATE digilevel.answer SET value = 'x'"
refused auditor "DELETE FROM digilevel.answer"

# Assigning: a consultant cannot; the office can, and B's consultant then sees all of it.
if PGPASSWORD=secret-pw "$cli" server enterprise assign "$EA" --org "B $db" --server "$(conn cb)" --lang en 2>"$work/err"; then
    fail "consultant B assigned A's enterprise"
fi
grep -q "no enterprise $EA\|may not" "$work/err" || fail "unclear refusal: $(cat "$work/err")"
PGPASSWORD=secret-pw "$cli" server enterprise assign "$EA" --org "B $db" --server "$(conn office)" --lang en
expect "B sees the assigned enterprise" "$(as cb "SELECT count(*) FROM digilevel.enterprise WHERE uuid = '$EA'")" 1
for t in "${tables[@]}"; do
    col=assessment_uuid
    [ "$t" = assessment ] && col=uuid
    expect "B sees the assigned $t" "$(as cb "SELECT count(*) FROM digilevel.$t WHERE $col = '$AA'")" 1
done
expect "A no longer sees it" "$(as ca "SELECT count(*) FROM digilevel.enterprise")" 0
echo "row-level security: every check passed"
