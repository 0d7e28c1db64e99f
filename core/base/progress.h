// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnosticcatalog.h"
#include "base/result.h"

#include <functional>
#include <string>

namespace dl {

// Long operations report `done` of `total` steps; returning false cancels: the operation then
// fails with a diagnostic of code "cancelled" (cancelled()) and leaves nothing behind.
using Progress = std::function<bool(int done, int total)>;

// What a cancelled operation left behind.
enum class LeftBehind { NoFile, NothingChanged };

// The diagnostic of an operation on `file` the user cancelled.
inline Diagnostic cancelled(const std::string &file, LeftBehind left)
{
    return left == LeftBehind::NoFile ? fileError<DiagMsg::CancelledNoFile>(file)
                                      : fileError<DiagMsg::CancelledNothingChanged>(file);
}

inline bool wasCancelled(const Diagnostics &errors)
{
    return errors.size() == 1 && errors.front().code == "cancelled";
}

} // namespace dl
