// SPDX-License-Identifier: GPL-3.0-or-later
// The throwaway PostgreSQL cluster of the team-server tests (tests/support/pgcluster.sh, a ctest
// fixture) and a fresh database on it per test.
#pragma once

#include "server/pgconnection.h"

#include <string>
#include <vector>

// "host=... port=... user=dladmin" of the cluster (no dbname). When PostgreSQL is not installed
// this prints why and ends the process with 77, which ctest shows as skipped.
std::string clusterConninfo();

// A database of its own for one test, dropped with the roles the test made (rolePrefix()...).
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const std::string &name);
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    ~ScratchDatabase();

    // The administrator's connection string (the cluster's superuser), or another user's.
    std::string conninfo(const std::string &user = {}) const;
    // Roles made by a test start with this, so that they are dropped with the database.
    const std::string &rolePrefix() const { return m_name; }
    // An administrator's connection, FAILing the test when it cannot be had.
    dl::PgConnection admin() const;
    // One value of a query run as the administrator.
    std::string scalar(const std::string &sql) const;

private:
    std::string m_name;
};
