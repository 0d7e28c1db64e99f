// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/sizegroups.h"

#include "base/embedded.h"
#include "model/industry.h"

namespace dl::sizegroups {

std::string trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

namespace {

bool allDigits(std::string_view s)
{
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return !s.empty();
}

// A GB/T 4754 class ending in 0 is the only class of its group (7010 is all of 701), so the two
// spellings must match the same scope.
std::string normaliseCode(std::string code)
{
    if (code.size() == 4 && code.back() == '0')
        code.pop_back();
    return code;
}

// The codes in free scope text such as "54-58; 591" or "53 rail transport": section letters,
// 2-4 digit codes and ranges of them. Words are commentary and skipped.
std::vector<std::string> codesIn(std::string_view text)
{
    std::vector<std::string> codes;
    std::string token;
    auto flush = [&] {
        const std::size_t dash = token.find('-');
        if (token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z') {
            codes.push_back(token);
        } else if (allDigits(token) && token.size() >= 2 && token.size() <= 4) {
            codes.push_back(normaliseCode(token));
        } else if (dash != std::string::npos && allDigits(token.substr(0, dash)) &&
                   allDigits(token.substr(dash + 1)) && token.size() - dash - 1 == dash) {
            const int first = std::stoi(token.substr(0, dash));
            const int last = std::stoi(token.substr(dash + 1));
            for (int n = first; n <= last; ++n) {
                std::string code = std::to_string(n);
                code.insert(0, dash - code.size(), '0');
                codes.push_back(normaliseCode(code));
            }
        }
        token.clear();
    };
    for (char c : text) {
        if (c == ';' || c == ',' || c == ' ' || c == '(' || c == ')')
            flush();
        else
            token += c;
    }
    flush();
    return codes;
}

// The CSV's gbt4754_scope column is written for people: "B; C; D (06-46)",
// "59 excl. 591 (592-599)", "M; N; O; 85; R; 703; 709 etc. (excl. 704)". A parenthesis either
// excludes ("(excl. 53 ...)") or restates the codes before it ("(06-46)"), so only the former
// counts.
void parseScope(std::string_view scope, SizeGroup &group)
{
    std::string main;
    for (std::size_t i = 0; i < scope.size(); ++i) {
        if (scope[i] != '(') {
            main += scope[i];
            continue;
        }
        const std::size_t close = scope.find(')', i);
        const std::string_view inner = scope.substr(
            i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
        if (inner.starts_with("excl.")) {
            for (std::string &c : codesIn(inner.substr(5)))
                group.exclude.push_back(std::move(c));
        }
        if (close == std::string_view::npos)
            break;
        i = close;
    }
    if (const std::size_t etc = main.find("etc."); etc != std::string::npos) {
        group.catchAll = true;
        main.erase(etc, 4);
    }
    if (const std::size_t excl = main.find("excl."); excl != std::string::npos) {
        for (std::string &c : codesIn(std::string_view(main).substr(excl + 5)))
            group.exclude.push_back(std::move(c));
        main.erase(excl);
    }
    group.include = codesIn(main);
}

std::optional<SizeClass> sizeFromName(std::string_view name)
{
    if (name == "大型")
        return SizeClass::Large;
    if (name == "中型")
        return SizeClass::Medium;
    if (name == "小型")
        return SizeClass::Small;
    if (name == "微型")
        return SizeClass::Micro;
    return std::nullopt;
}

// --- Industry scope --------------------------------------------------------------------------

std::string sectionOf(const std::string &code)
{
    if (!allDigits(code))
        return code;
    const IndustryEntry *division = IndustryTable::gbt4754().find(code.substr(0, 2));
    return division ? division->section : std::string();
}

// Whether every industry under `inner` is also under `outer`.
bool covers(const std::string &outer, const std::string &inner)
{
    if (!allDigits(outer))
        return sectionOf(inner) == outer;
    return allDigits(inner) && inner.starts_with(outer);
}

bool overlaps(const std::string &a, const std::string &b)
{
    return covers(a, b) || covers(b, a);
}

bool anyCovers(const std::vector<std::string> &scope, const std::string &code)
{
    for (const std::string &s : scope) {
        if (covers(s, code))
            return true;
    }
    return false;
}

bool anyOverlaps(const std::vector<std::string> &scope, const std::string &code)
{
    for (const std::string &s : scope) {
        if (overlaps(s, code))
            return true;
    }
    return false;
}

} // namespace

const std::vector<SizeGroup> &sizeGroups()
{
    static const std::vector<SizeGroup> groups = [] {
        std::vector<SizeGroup> out;
        for (const auto &f :
             csvRecords(embeddedFile("resources/data/sme-size-thresholds-2011.csv").value_or(""))) {
            const std::optional<SizeClass> size =
                f.size() >= 11 ? sizeFromName(f[3]) : std::nullopt;
            if (!size)
                continue;
            if (out.empty() || out.back().name.zh != f[0]) {
                out.emplace_back();
                out.back().name = {f[0], f[1]};
                parseScope(f[2], out.back());
            }
            SizeRow row;
            row.size = *size;
            for (int m = 0; m < kMetrics; ++m) {
                row.bounds[m].min = Rational::parseDecimal(trimmed(f[4 + 2 * m]));
                row.bounds[m].max = Rational::parseDecimal(trimmed(f[5 + 2 * m]));
            }
            row.any = trimmed(f[10]) == "or";
            auto &rows = out.back().rows;
            auto at = rows.begin(); // largest first: SizeClass counts up from Micro
            while (at != rows.end() && at->size > row.size)
                ++at;
            rows.insert(at, row);
        }
        return out;
    }();
    return groups;
}

std::optional<std::string> normaliseIndustry(std::string_view text)
{
    std::string code = trimmed(text);
    for (char &c : code) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    if (!IndustryTable::gbt4754().parse(code))
        return std::nullopt;
    if (code.size() > 1 && !allDigits(code))
        code.erase(0, 1);
    return normaliseCode(code);
}

GroupMatch findGroup(const std::string &code)
{
    GroupMatch m;
    const SizeGroup *catchAll = nullptr;
    std::vector<const SizeGroup *> exact;
    for (const SizeGroup &g : sizeGroups()) {
        if (g.catchAll)
            catchAll = &g;
        if (anyCovers(g.exclude, code) || !anyOverlaps(g.include, code))
            continue;
        m.candidates.push_back(&g);
        if (anyCovers(g.include, code) && !anyOverlaps(g.exclude, code))
            exact.push_back(&g);
    }
    if (m.candidates.size() == 1 && exact.size() == 1) {
        m.group = exact.front();
    } else if (catchAll && !anyOverlaps(catchAll->exclude, code) &&
               (m.candidates.empty() ||
                (m.candidates.size() == 1 && m.candidates.front() == catchAll))) {
        // Nothing else claims any part of the industry, so the notice's "等" takes it.
        m.group = catchAll;
        m.named = false;
    }
    if (m.group)
        m.candidates.clear();
    return m;
}

} // namespace dl::sizegroups
