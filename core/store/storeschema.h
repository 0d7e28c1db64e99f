// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace dl {

// The numbered schema migrations: migrations()[k] takes a database from user_version k to k + 1.
// Each runs in its own transaction; a migration is never edited once released, only added.
const std::vector<std::string_view> &schemaMigrations();

} // namespace dl
