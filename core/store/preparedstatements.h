// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "store/sqlitedb.h"

#include <array>
#include <cstddef>

namespace dl {

// A fixed set of statements, each prepared on its first use and reset for every later one: a bulk
// writer (a bundle's merge, the answer rows) runs the same few statements thousands of times in
// one transaction, and preparing them each time cost a fifth of an import.
template<std::size_t N>
class PreparedStatements
{
public:
    PreparedStatements(SqliteDb &db, const std::array<const char *, N> &sql)
        : m_db(db)
        , m_sql(sql)
    {}

    // Statement `which` (an index into the texts given), ready to bind.
    Result<SqliteStatement *> get(std::size_t which)
    {
        SqliteStatement &st = m_statements[which];
        if (!m_prepared[which]) {
            auto prepared = m_db.prepare(m_sql[which]);
            if (!prepared)
                return prepared.errors();
            st = std::move(*prepared);
            m_prepared[which] = true;
        } else {
            st.reset();
        }
        return &st;
    }

private:
    SqliteDb &m_db;
    const std::array<const char *, N> &m_sql;
    std::array<SqliteStatement, N> m_statements;
    std::array<bool, N> m_prepared{};
};

} // namespace dl
