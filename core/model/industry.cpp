// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/industry.h"

#include "base/embedded.h"

namespace dl {

std::vector<std::string> splitCsvLine(std::string_view line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

std::vector<std::vector<std::string>> csvRecords(std::string_view csv)
{
    std::vector<std::vector<std::string>> out;
    std::size_t start = csv.find('\n'); // skip the header
    while (start != std::string_view::npos && start + 1 < csv.size()) {
        const std::size_t end = csv.find('\n', start + 1);
        out.push_back(splitCsvLine(csv.substr(
            start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1)));
        start = end;
    }
    return out;
}

const IndustryTable &IndustryTable::gbt4754()
{
    static const IndustryTable table = [] {
        IndustryTable t;
        for (const auto &f :
             csvRecords(embeddedFile("resources/data/gbt4754-2017.csv").value_or(""))) {
            if (f.size() < 5)
                continue;
            IndustryEntry e{f[0], f[1] == "section" ? f[0] : f[2], {f[3], f[4]}};
            (f[1] == "section" ? t.m_sections : t.m_divisions).push_back(std::move(e));
        }
        return t;
    }();
    return table;
}

const IndustryEntry *IndustryTable::find(std::string_view code) const
{
    for (const auto *list : {&m_sections, &m_divisions}) {
        for (const IndustryEntry &e : *list) {
            if (e.code == code)
                return &e;
        }
    }
    return nullptr;
}

std::optional<IndustryCode> IndustryTable::parse(std::string_view text) const
{
    std::string section;
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
        section = std::string(1, text[0]);
        text.remove_prefix(1);
        if (!find(section))
            return std::nullopt;
    }
    if (text.empty())
        return section.empty() ? std::nullopt : std::optional(IndustryCode{section, {}});
    if (text.size() < 2 || text.size() > 4)
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const IndustryEntry *division = find(text.substr(0, 2));
    if (!division || (!section.empty() && division->section != section))
        return std::nullopt;
    return IndustryCode{division->section, division->code};
}

bool industryMatches(const std::vector<std::string> &patterns, const IndustryCode &code)
{
    if (patterns.empty())
        return true;
    for (const std::string &p : patterns) {
        if (p == code.section || (!code.division.empty() && p == code.division))
            return true;
    }
    return false;
}

} // namespace dl
