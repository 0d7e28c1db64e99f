// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// Rows sent to PostgreSQL as one array parameter per column, for
//   INSERT ... SELECT ... FROM unnest($1::uuid[], $2::text[], ...)
// A sync writes thousands of rows a batch: one statement instead of one round trip per row, and
// no temporary table, which a role may not be allowed to create.
class PgColumns
{
public:
    explicit PgColumns(std::size_t columns);

    // One row: exactly as many values as columns; nullopt is NULL.
    void add(const std::vector<std::optional<std::string>> &row);
    std::size_t rows() const { return m_rows; }
    bool empty() const { return m_rows == 0; }
    // The array literals, one per column ("{\"a\",NULL}"), as statement parameters.
    std::vector<std::optional<std::string>> params() const;

private:
    std::vector<std::string> m_columns;
    std::size_t m_rows = 0;
};

// One array literal of plain values ("{\"a\",\"b\"}") for "= ANY($1::uuid[])".
std::string pgArray(const std::vector<std::string> &values);

} // namespace dl
