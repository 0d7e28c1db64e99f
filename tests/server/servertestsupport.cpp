// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertestsupport.h"

#include "base/localtext.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace {

std::string readLine(const std::filesystem::path &p)
{
    std::ifstream in(p);
    std::string line;
    std::getline(in, line);
    return line;
}

dl::PgConnection connectOrFail(const std::string &conninfo)
{
    auto c = dl::PgConnection::connect(conninfo);
    if (!c)
        FAIL(c.errors().front().toString());
    return std::move(c.value());
}

void run(dl::PgConnection &c, const std::string &sql)
{
    if (auto failed = c.execScript(sql, "test"))
        FAIL(failed->toString());
}

} // namespace

std::string clusterConninfo()
{
    const std::filesystem::path state = DIGILEVEL_PGCLUSTER;
    if (std::filesystem::exists(state / "unavailable") ||
        !std::filesystem::exists(state / "conninfo")) {
        std::cerr << "\n*** SKIPPED: no PostgreSQL 15 cluster for the team-server tests ("
                  << (std::filesystem::exists(state / "unavailable")
                          ? readLine(state / "unavailable")
                          : "the ctest fixture 'server: start PostgreSQL' did not run")
                  << "). Install postgresql-15 (tools/setup.sh deps) and run them with ctest. "
                     "***\n";
        std::_Exit(77);
    }
    std::string conninfo = readLine(state / "conninfo");
    const auto db = conninfo.find(" dbname=");
    return db == std::string::npos ? conninfo : conninfo.substr(0, db);
}

ScratchDatabase::ScratchDatabase(const std::string &name)
    : m_name("dl_" + name + "_" + std::to_string(getpid()))
{
    auto c = connectOrFail(clusterConninfo() + " dbname=postgres");
    run(c, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    run(c, "CREATE DATABASE " + m_name);
}

ScratchDatabase::~ScratchDatabase()
{
    auto c = dl::PgConnection::connect(clusterConninfo() + " dbname=postgres");
    if (!c)
        return;
    (void)c->execScript("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)", "test");
    auto roles =
        c->exec("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)", {m_name}, "test");
    if (roles)
        for (int i = 0; i < roles->rows(); ++i)
            (void)c->execScript("DROP ROLE " + c->quoteIdentifier(roles->text(i, 0)), "test");
}

std::string ScratchDatabase::conninfo(const std::string &user) const
{
    std::string c = clusterConninfo() + " dbname=" + m_name;
    if (!user.empty())
        c.replace(c.find("user=dladmin"), 12, "user=" + user);
    return c;
}

dl::PgConnection ScratchDatabase::admin() const
{
    return connectOrFail(conninfo());
}

std::string ScratchDatabase::scalar(const std::string &sql) const
{
    auto c = admin();
    auto r = c.exec(sql, {}, "test");
    if (!r)
        FAIL(r.errors().front().toString());
    return r->rows() > 0 ? r->text(0, 0) : std::string();
}
