// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace dl {

// What is wrong with a 统一社会信用代码, as a stable key for tests and for the GUI (which may want
// to stay quiet about an empty field but not about a wrong one).
enum class CreditCodeError {
    None,
    Empty,
    Length,           // not 18 characters
    BadCharacter,     // outside 0-9 A-H J-N P-R T U W-Y
    DivisionNotDigit, // positions 3-8 (administrative division code) must be digits
    CheckMismatch,    // position 18 disagrees with the check computed from positions 1-17
};

struct CreditCodeCheck
{
    bool valid = false;
    // The code as checked: surrounding spaces removed, full-width letters and digits (as typed
    // with a Chinese input method) made ASCII, letters upper-cased.
    std::string code;
    CreditCodeError error = CreditCodeError::None;
    std::string message; // what is wrong and what was expected, in the language asked for
    // The same as a diagnostic (without a file), for checkEnterprise; empty when valid.
    std::optional<Diagnostic> problem;
    int position = 0; // 1-based character position of the problem; 0 when it has none
    // The check character positions 1-17 call for, whenever those are well formed (so also on a
    // valid code); '\0' otherwise.
    char expectedCheck = '\0';
};

// Checks a unified social credit code against GB 32100-2015: 18 characters from the 31-character
// set 0123456789ABCDEFGHJKLMNPQRTUWXY, a 6-digit administrative division code at positions 3-8
// and the mod-31 check character at position 18. The registration-authority and entity-type
// codes (positions 1 and 2) are not checked against their lists: the lists have grown since 2015
// and a stale list would reject real codes.
CreditCodeCheck checkCreditCode(std::string_view text, Lang lang);

// The code as checkCreditCode reads it, valid or not: surrounding spaces removed, full-width
// characters made ASCII, letters upper-cased. The store keeps codes in this form and matches
// them by it, so that "91330100ma2xxxxxx2" is the code of the enterprise that has
// "91330100MA2XXXXXX2".
std::string normalisedCreditCode(std::string_view text);

// The check character for 17 characters from the code's set (upper case), or '\0' when `first17`
// is not that.
char creditCodeCheckCharacter(std::string_view first17);

} // namespace dl
