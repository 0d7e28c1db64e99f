// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace dl {

// Long operations report `done` of `total` steps; returning false cancels: the operation then
// fails with a diagnostic of code "cancelled" and leaves nothing behind.
using Progress = std::function<bool(int done, int total)>;

} // namespace dl
