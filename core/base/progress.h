// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <functional>
#include <string>

namespace dl {

// Long operations report `done` of `total` steps; returning false cancels: the operation then
// fails with a diagnostic of code "cancelled" (cancelled()) and leaves nothing behind.
using Progress = std::function<bool(int done, int total)>;

// The diagnostic of an operation on `file` the user cancelled; `leftBehind` says what that left,
// e.g. "no file was written".
inline Diagnostic cancelled(const std::string &file, const std::string &leftBehind)
{
    return fileError(file, "cancelled", "cancelled by the user; " + leftBehind);
}

inline bool wasCancelled(const Diagnostics &errors)
{
    return errors.size() == 1 && errors.front().code == "cancelled";
}

} // namespace dl
