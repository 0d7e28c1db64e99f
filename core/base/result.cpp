// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/result.h"

namespace dl {

std::string Diagnostic::toString() const
{
    std::string out = file.empty() ? std::string("<input>") : file;
    if (pos.line > 0) {
        out += ':' + std::to_string(pos.line);
        if (pos.column > 0)
            out += ':' + std::to_string(pos.column);
    }
    out += ": ";
    if (!id.empty())
        out += '[' + id + "] ";
    out += message;
    return out;
}

} // namespace dl
