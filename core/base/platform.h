// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <filesystem>
#include <system_error>

// The few operating-system calls the core makes, in one place so that a port (Windows: see
// docs/platforms.md) changes this file pair and nothing else. Everything else in core/ is
// standard C++ and the libraries' own portable APIs.
namespace dl::platform {

// `t` as broken-down UTC time (POSIX gmtime_r; Windows would use gmtime_s).
std::tm utcTime(std::time_t t);

// Gives `from` the name `to` in one step, replacing a file already called `to`: a reader sees
// the old file or the new one, never a mix (POSIX rename(2); on NTFS this needs
// MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) or ReplaceFileW). Sets `ec`
// on failure.
void replaceFile(const std::filesystem::path &from,
                 const std::filesystem::path &to,
                 std::error_code &ec);

// The folder where the user's application data lives: $XDG_DATA_HOME, else
// $HOME/.local/share (the XDG base directory rules; Windows would use %APPDATA% through
// SHGetKnownFolderPath), else ".local/share" under the current folder.
std::filesystem::path userDataDir();

} // namespace dl::platform
