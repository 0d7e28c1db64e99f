// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/records.h"

#include <map>
#include <string>

namespace dl {

// Checks an enterprise profile as a user typed it, field by field, and derives what follows from
// it: the normalised credit code and industry code, and the size class from the 2011 thresholds.
// Each problem names its field (Diagnostic::id: "name", "credit_code", "industry", "employees",
// "revenue_wan", "assets_wan", "srdi", and "province", "city", "contact_*" for text that is not
// one plain line of at most 1024 bytes) and says what is expected.
Result<Enterprise> checkEnterprise(Enterprise input);

} // namespace dl
