// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pgarray.h"

namespace dl {

namespace {

// An element of an array literal: quoted, with backslash and double quote escaped (the quoting
// rules of PostgreSQL's array input, which holds for every element type).
void appendElement(std::string &out, std::string_view value)
{
    out += '"';
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace

PgColumns::PgColumns(std::size_t columns)
    : m_columns(columns, std::string("{"))
{}

void PgColumns::add(const std::vector<std::optional<std::string>> &row)
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        std::string &out = m_columns[c];
        if (m_rows > 0)
            out += ',';
        const auto &value = c < row.size() ? row[c] : std::nullopt;
        if (value)
            appendElement(out, *value);
        else
            out += "NULL";
    }
    ++m_rows;
}

std::vector<std::optional<std::string>> PgColumns::params() const
{
    std::vector<std::optional<std::string>> out;
    out.reserve(m_columns.size());
    for (const std::string &c : m_columns)
        out.push_back(c + '}');
    return out;
}

std::string pgArray(const std::vector<std::string> &values)
{
    std::string out = "{";
    for (const std::string &v : values) {
        if (out.size() > 1)
            out += ',';
        appendElement(out, v);
    }
    return out + '}';
}

} // namespace dl
