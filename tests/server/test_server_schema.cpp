// SPDX-License-Identifier: GPL-3.0-or-later
// The team server's schema and its command line against a real PostgreSQL 15: init creates and is
// idempotent, a newer schema is refused with nothing changed, users are made in their group roles,
// and connection failures say what is wrong (exit 1).
#include "servertestsupport.h"

#include "../cli/clitest.h"
#include "server/serverschema.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

// What init would change: tables, policies, triggers, grants and versions of the schema.
std::string schemaShape(const ScratchDatabase &db)
{
    return db.scalar(
        "SELECT concat_ws(' ', (SELECT count(*) FROM pg_tables WHERE schemaname = 'digilevel'), "
        "(SELECT count(*) FROM pg_policies WHERE schemaname = 'digilevel'), "
        "(SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'digilevel'), "
        "(SELECT count(*) FROM information_schema.role_table_grants "
        " WHERE table_schema = 'digilevel'), "
        "(SELECT string_agg(version::text, ',' ORDER BY version) FROM digilevel.schema_version))");
}

std::string writeFile(const std::string &name, const std::string &text)
{
    const auto path =
        std::filesystem::temp_directory_path() / (name + "-" + std::to_string(getpid()));
    std::ofstream(path) << text;
    return path.string();
}

} // namespace

TEST_CASE("server init creates the schema, and running it again changes nothing", "[server]")
{
    ScratchDatabase db("init");
    const Run first = cli({"server", "init", "--server", db.conninfo(), "--lang", "en"});
    INFO(first.err);
    REQUIRE(first.code == 0);
    CHECK(first.out.find("schema version 0 → 2") != std::string::npos);
    const std::string shape = schemaShape(db);
    CHECK(db.scalar("SELECT count(*) FROM digilevel.schema_version") == "2");
    // Row-level security is on, and forced, on every table.
    CHECK(db.scalar("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'digilevel' AND c.relkind = 'r' AND c.relname <> "
                    "'schema_version' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)") ==
          "0");
    // Nothing is granted to PUBLIC.
    CHECK(db.scalar("SELECT count(*) FROM information_schema.role_table_grants "
                    "WHERE table_schema = 'digilevel' AND grantee = 'PUBLIC'") == "0");
    CHECK(db.scalar("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'digilevel' AND has_function_privilege('public', p.oid, "
                    "'EXECUTE')") == "0");

    const Run again = cli({"server", "init", "--server", db.conninfo(), "--lang", "en"});
    INFO(again.err);
    CHECK(again.code == 0);
    CHECK(again.out.find("nothing to do") != std::string::npos);
    CHECK(schemaShape(db) == shape);
}

TEST_CASE("a schema newer than the program is refused and nothing is changed", "[server]")
{
    ScratchDatabase db("toonew");
    {
        auto admin = db.admin();
        REQUIRE(dl::initServerSchema(admin, "test"));
        REQUIRE(admin.exec("INSERT INTO digilevel.schema_version (version, program) "
                           "VALUES ($1, 'a newer DigiLevel')",
                           {std::to_string(dl::serverSchemaVersion() + 1)}, "test"));
    }
    const std::string shape = schemaShape(db);
    auto admin = db.admin();
    auto refused = dl::initServerSchema(admin, "test");
    REQUIRE_FALSE(refused);
    CHECK(refused.errors().front().code == "server-schema-too-new");

    const Run r = cli({"server", "init", "--server", db.conninfo(), "--lang", "en"});
    CHECK(r.code == 1);
    CHECK(r.err.find("newer than this program knows") != std::string::npos);
    CHECK(r.err.find("nothing was changed") != std::string::npos);
    CHECK(schemaShape(db) == shape);
    // The other verbs refuse it too, before changing anything.
    const Run add = cli({"server", "user", "add", db.rolePrefix() + "_x", "--org", "A", "--role",
                         "consultant", "--server", db.conninfo(), "--lang", "en"});
    CHECK(add.code == 1);
    CHECK(add.err.find("newer than this program knows") != std::string::npos);
    CHECK(db.scalar("SELECT count(*) FROM pg_roles WHERE rolname = '" + db.rolePrefix() + "_x'") ==
          "0");
}

TEST_CASE("server user add makes a login role in its group role and maps its organisation",
          "[server]")
{
    ScratchDatabase db("users");
    REQUIRE(cli({"server", "init", "--server", db.conninfo()}).code == 0);
    const std::string pw = writeFile("dl-pw", "s3cret\n");
    const std::string name = db.rolePrefix() + "_wang";
    const Run r = cli({"server", "user", "add", name, "--org", "示例咨询", "--role", "consultant",
                       "--password-file", pw, "--server", db.conninfo(), "--lang", "en"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(db.scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = '" + name + "'") == "t");
    CHECK(db.scalar("SELECT pg_has_role('" + name + "', 'digilevel_consultant', 'MEMBER')") == "t");
    CHECK(db.scalar("SELECT o.name || '/' || u.role FROM digilevel.app_user u JOIN "
                    "digilevel.organisation o ON o.uuid = u.organisation_uuid WHERE u.role_name = "
                    "'" +
                    name + "'") == "示例咨询/consultant");
    // Only the verifier is stored, never the password.
    CHECK(db.scalar("SELECT starts_with(rolpassword, 'SCRAM-SHA-256$') FROM pg_authid "
                    "WHERE rolname = '" +
                    name + "'") == "t");
    {
        // The new user logs in with its password.
        ScopedEnv password("PGPASSWORD", "s3cret");
        CHECK(dl::PgConnection::connect(db.conninfo(name)));
    }

    const Run again = cli({"server", "user", "add", name, "--org", "示例咨询", "--role", "office",
                           "--server", db.conninfo(), "--lang", "en"});
    CHECK(again.code == 1);
    CHECK(again.err.find("already exists") != std::string::npos);

    CHECK(cli({"server", "user", "add", name + "2", "--org", "A", "--role", "boss", "--server",
               db.conninfo()})
              .code == 2);
    const std::string empty = writeFile("dl-pw-empty", "");
    const Run noPassword =
        cli({"server", "user", "add", name + "3", "--org", "A", "--role", "auditor",
             "--password-file", empty, "--server", db.conninfo(), "--lang", "en"});
    CHECK(noPassword.code == 1);
    CHECK(noPassword.err.find("password file is empty") != std::string::npos);
    std::filesystem::remove(pw);
    std::filesystem::remove(empty);
}

TEST_CASE("a wrong password, no password, a server that is down: a clear message, exit 1",
          "[server]")
{
    ScratchDatabase db("login");
    REQUIRE(cli({"server", "init", "--server", db.conninfo()}).code == 0);
    const std::string pw = writeFile("dl-pw-login", "right\n");
    const std::string name = db.rolePrefix() + "_li";
    REQUIRE(cli({"server", "user", "add", name, "--org", "A", "--role", "office", "--password-file",
                 pw, "--server", db.conninfo()})
                .code == 0);
    std::filesystem::remove(pw);
    const std::string uuid = "1b4e28ba-2fa1-4d2e-883f-0016d3cca427";

    SECTION("wrong password")
    {
        ScopedEnv password("PGPASSWORD", "wrong");
        auto c = dl::PgConnection::connect(db.conninfo(name));
        REQUIRE_FALSE(c);
        CHECK(c.errors().front().code == "server-login-refused");
        const Run r = cli({"server", "enterprise", "assign", uuid, "--org", "A", "--server",
                           db.conninfo(name), "--lang", "en"});
        CHECK(r.code == 1);
        CHECK(r.err.find("refused the login") != std::string::npos);
        CHECK(r.err.find(name) != std::string::npos); // where: user@host:port/database
        CHECK(r.err.find("wrong") == std::string::npos);
        const Run zh = cli({"server", "enterprise", "assign", uuid, "--org", "A", "--server",
                            db.conninfo(name), "--lang", "zh_CN"});
        CHECK(zh.err.find("团队服务器拒绝登录") != std::string::npos);
    }
    SECTION("no password anywhere")
    {
        ScopedEnv password("PGPASSWORD", nullptr);
        ScopedEnv passfile("PGPASSFILE", "/nonexistent/pgpass");
        const Run r = cli({"server", "enterprise", "assign", uuid, "--org", "A", "--server",
                           db.conninfo(name), "--lang", "en"});
        CHECK(r.code == 1);
        CHECK(r.err.find("asks for a password and none was found") != std::string::npos);
    }
    SECTION("the server is down")
    {
        const Run r =
            cli({"server", "init", "--server",
                 "host=/nonexistent-digilevel-socket port=1 user=x dbname=y", "--lang", "en"});
        CHECK(r.code == 1);
        CHECK(r.err.find("cannot connect to the team server") != std::string::npos);
        CHECK(r.err.find("x@/nonexistent-digilevel-socket:1/y") != std::string::npos);
    }
    SECTION("a malformed connection string or none")
    {
        const Run r = cli({"server", "init", "--server", "host=a =b", "--lang", "en"});
        CHECK(r.code == 1);
        CHECK(r.err.find("the connection string is not valid") != std::string::npos);
        CHECK(cli({"server", "init"}).code == 2);
        CHECK(cli({"server", "enterprise", "assign", "not-a-uuid", "--org", "A", "--server",
                   db.conninfo()})
                  .code == 2);
    }
    SECTION("an office user assigns to an unknown organisation or a missing enterprise")
    {
        ScopedEnv password("PGPASSWORD", "right");
        const Run noOrg = cli({"server", "enterprise", "assign", uuid, "--org", "Nobody",
                               "--server", db.conninfo(name), "--lang", "en"});
        CHECK(noOrg.code == 1);
        CHECK(noOrg.err.find("no organisation 'Nobody'") != std::string::npos);
        const Run noEnterprise = cli({"server", "enterprise", "assign", uuid, "--org", "A",
                                      "--server", db.conninfo(name), "--lang", "en"});
        CHECK(noEnterprise.code == 1);
        CHECK(noEnterprise.err.find("no enterprise " + uuid) != std::string::npos);
    }
}

TEST_CASE("PostgreSQL's errors map to codes by SQLSTATE", "[server]")
{
    ScratchDatabase db("errors");
    auto admin = db.admin();
    REQUIRE(dl::initServerSchema(admin, "test"));
    REQUIRE(admin.exec("INSERT INTO digilevel.organisation (name) VALUES ('A')", {}, "test"));
    auto dup = admin.exec("INSERT INTO digilevel.organisation (name) VALUES ($1)", {"A"}, "test");
    REQUIRE_FALSE(dup);
    CHECK(dup.errors().front().code == "server-unique");
    CHECK(dup.errors().front().message.find("duplicate key") != std::string::npos);
    auto bad = admin.exec("INSERT INTO digilevel.organisation (name) VALUES ('')", {}, "test");
    REQUIRE_FALSE(bad);
    CHECK(bad.errors().front().code == "server-check");
    auto syntax = admin.exec("SELEC 1", {}, "test");
    REQUIRE_FALSE(syntax);
    CHECK(syntax.errors().front().code == "server-error");
    CHECK(syntax.errors().front().message.find("42601") != std::string::npos);
    // A failed statement inside a transaction leaves nothing behind.
    {
        dl::PgTransaction tx(admin);
        REQUIRE_FALSE(tx.begin());
        REQUIRE(admin.exec("INSERT INTO digilevel.organisation (name) VALUES ('B')", {}, "test"));
    }
    CHECK(db.scalar("SELECT count(*) FROM digilevel.organisation") == "1");
}
