// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/embedded.h"

namespace dl {

std::optional<std::string_view> embeddedFile(std::string_view path)
{
    for (const EmbeddedFile &f : embeddedFiles()) {
        if (f.path == path)
            return f.data;
    }
    return std::nullopt;
}

} // namespace dl
