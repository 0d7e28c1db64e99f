// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/platform.h"

#include <cstdlib>

namespace dl::platform {

std::tm utcTime(std::time_t t)
{
    std::tm utc{};
    gmtime_r(&t, &utc);
    return utc;
}

void replaceFile(const std::filesystem::path &from,
                 const std::filesystem::path &to,
                 std::error_code &ec)
{
    std::filesystem::rename(from, to, ec);
}

std::filesystem::path userDataDir()
{
    const char *xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg)
        return xdg;
    const char *home = std::getenv("HOME");
    return std::filesystem::path(home ? home : ".") / ".local" / "share";
}

} // namespace dl::platform
