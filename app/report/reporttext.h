// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace dl::report {

// T() and fmt() come from core (localtext.h): the report's language is chosen per export,
// independent of the UI language, so its fixed phrases carry both languages instead of tr().

} // namespace dl::report
