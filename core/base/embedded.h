// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace dl {

// Files compiled into the program (cmake/EmbedFiles.cmake): the bundled assessment models and
// overlays under "assessments/", and the data tables under "resources/data/".
struct EmbeddedFile
{
    std::string_view path;
    std::string_view data;
};

std::span<const EmbeddedFile> embeddedFiles();
std::optional<std::string_view> embeddedFile(std::string_view path);

} // namespace dl
