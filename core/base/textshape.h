// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dl {

// The shapes of text that comes from outside (a bundle, a file name) before it is stored, shown
// or used to name a file. A bundle's checksum proves nothing about who wrote it, so every field
// is checked against the form our own code writes.

// "1b4e28ba-2fa1-4d2e-883f-0016d3cca427": 8-4-4-4-12 lower-case hex digits, as newUuid() writes.
bool isLowerUuid(std::string_view text);
// 64 lower-case hex digits, as Sha256::hex() writes.
bool isSha256Hex(std::string_view text);
// "2026-11-27T03:58:24Z", as isoTime() writes: UTC, whole seconds, each part within its range.
bool isIsoUtcTime(std::string_view text);

// A character with no place in a name or a line of text: C0 and C1 control characters, DEL, the
// Unicode text-direction controls (U+202E turns "evil\u202Etxt.sh" into what reads "evilhs.txt")
// and bytes that are not UTF-8 (reported as U+FFFD). `multiline` allows line feeds and tabs.
struct BadCharacter
{
    std::size_t offset = 0; // in bytes
    char32_t point = 0;
};
std::optional<BadCharacter> findBadCharacter(std::string_view text, bool multiline = false);

// Whether `name` can name a file as it is: at most 255 bytes, no '/' or '\', not "", "." or "..",
// no bad character (above).
bool isPlainFileName(std::string_view name);

// `text` for a message: in single quotes, cut to about `maxBytes` at a character boundary (with
// "..."), bad characters written as \u{XXXX} so that a message never carries them.
std::string quotedForMessage(std::string_view text, std::size_t maxBytes = 48);
// "U+202E"
std::string codePointName(char32_t point);

} // namespace dl
