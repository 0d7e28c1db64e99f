// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// GB/T 4754-2017: 20 sections (门类, letters A-T) and 97 divisions (大类, two digits).
struct IndustryEntry
{
    std::string code;    // "C" or "36"
    std::string section; // the section letter (for a section, itself)
    LocalText name;
};

// An enterprise's industry, normalised from "C", "36", "C36" or a longer class code ("C3670").
struct IndustryCode
{
    std::string section;  // always set
    std::string division; // empty when only the section is known
};

class IndustryTable
{
public:
    // The table compiled into the program (resources/data/gbt4754-2017.csv).
    static const IndustryTable &gbt4754();

    const std::vector<IndustryEntry> &sections() const { return m_sections; }
    const std::vector<IndustryEntry> &divisions() const { return m_divisions; }
    const IndustryEntry *find(std::string_view code) const;

    // Accepts "C", "36", "C36", "3670", "C3670"; nullopt when the section or division is unknown
    // or they disagree ("A36").
    std::optional<IndustryCode> parse(std::string_view text) const;

private:
    std::vector<IndustryEntry> m_sections;
    std::vector<IndustryEntry> m_divisions;
};

// Whether `code` falls under any of `patterns` (section letters or division numbers). An empty
// pattern list matches every industry.
bool industryMatches(const std::vector<std::string> &patterns, const IndustryCode &code);

// Splits one CSV line (RFC 4180 quotes) into fields.
std::vector<std::string> splitCsvLine(std::string_view line);
// The records of a CSV table after its header line, each split by splitCsvLine.
std::vector<std::vector<std::string>> csvRecords(std::string_view csv);

} // namespace dl
