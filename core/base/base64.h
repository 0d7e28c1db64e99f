// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dl {

std::string base64Encode(std::string_view bytes);
// nullopt for anything that is not canonical base64 (RFC 4648, with padding).
std::optional<std::string> base64Decode(std::string_view text);

} // namespace dl
