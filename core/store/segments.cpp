// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/segments.h"

#include "base/diagnosticcatalog.h"
#include "model/industry.h"
#include "store/bulkread.h"

#include <algorithm>

namespace dl {

namespace {

// "C", "c30", "30" -> "C" / "C30"; nullopt for a code GB/T 4754-2017 does not have.
std::optional<std::string> segmentCode(std::string text)
{
    for (char &c : text) // "c30" as typed
        c = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
    const auto code = IndustryTable::gbt4754().parse(text);
    if (!code)
        return std::nullopt;
    return code->section + code->division;
}

std::string joined(const std::vector<std::string> &codes)
{
    std::string out;
    for (const std::string &c : codes)
        out += (out.empty() ? "" : ",") + c;
    return out;
}

std::vector<std::string> splitCodes(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string::npos ? text.size() : comma;
        if (end > start)
            out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// The checks shared by add and update; normalises the codes and members in place.
std::optional<Diagnostics> checkSegment(Store &store, Segment &s)
{
    Diagnostics errors;
    if (s.nameZh.empty())
        errors.push_back(fileError<DiagMsg::SegmentNameEmpty>(store.path()));
    std::vector<std::string> codes;
    for (const std::string &c : s.industries) {
        if (auto code = segmentCode(c))
            codes.push_back(*code);
        else
            errors.push_back(fileError<DiagMsg::SegmentIndustryUnknown>(store.path(), s.nameZh, c));
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    s.industries = std::move(codes);
    std::sort(s.members.begin(), s.members.end());
    s.members.erase(std::unique(s.members.begin(), s.members.end()), s.members.end());
    for (std::int64_t id : s.members) {
        if (!store.enterprise(id))
            errors.push_back(fileError<DiagMsg::NoEnterpriseId>(store.path(), id));
    }
    if (s.industries.empty() && s.members.empty() && errors.empty())
        errors.push_back(fileError<DiagMsg::SegmentEmpty>(store.path(), s.nameZh));
    if (!errors.empty())
        return errors;
    return std::nullopt;
}

// Another segment (not `exceptId`) with this Chinese name, as a diagnostic.
std::optional<Diagnostic> nameTaken(Store &store, const Segment &s)
{
    auto st = store.db().prepare("SELECT id FROM segment WHERE name_zh=? AND id<>?");
    if (!st)
        return st.errors().front();
    st->bind(1, s.nameZh).bind(2, s.id);
    auto row = st->step();
    if (!row)
        return row.errors().front();
    if (*row)
        return fileError<DiagMsg::SegmentNameTaken>(store.path(), s.nameZh, st->integer(0));
    return std::nullopt;
}

std::optional<Diagnostics> writeMembers(Store &store, const Segment &s)
{
    auto clear = store.db().prepare("DELETE FROM segment_member WHERE segment_id=?");
    if (!clear)
        return clear.errors();
    clear->bind(1, s.id);
    if (auto err = clear->run())
        return Diagnostics{*err};
    auto add =
        store.db().prepare("INSERT INTO segment_member (segment_id, enterprise_id) VALUES (?,?)");
    if (!add)
        return add.errors();
    for (std::int64_t member : s.members) {
        add->reset();
        add->bind(1, s.id).bind(2, member);
        if (auto err = add->run())
            return Diagnostics{*err};
    }
    return std::nullopt;
}

} // namespace

Result<Segment> addSegment(Store &store, Segment s)
{
    if (auto errors = checkSegment(store, s))
        return *errors;
    if (s.uuid.empty())
        s.uuid = newUuid();
    if (s.createdAt.empty())
        s.createdAt = store.now();
    if (s.updatedAt.empty())
        s.updatedAt = s.createdAt;
    SqliteTransaction tx(store.db());
    if (auto err = tx.begin())
        return *err;
    if (auto taken = nameTaken(store, s))
        return *taken;
    auto st = store.db().prepare("INSERT INTO segment (uuid, name_zh, name_en, industries, "
                                 "created_at, updated_at) VALUES (?,?,?,?,?,?)");
    if (!st)
        return st.errors();
    st->bind(1, s.uuid).bind(2, s.nameZh).bind(3, s.nameEn).bind(4, joined(s.industries));
    st->bind(5, s.createdAt).bind(6, s.updatedAt);
    if (auto err = st->run())
        return *err;
    s.id = store.db().lastInsertRowId();
    if (auto err = writeMembers(store, s))
        return *err;
    if (auto err = tx.commit())
        return *err;
    return s;
}

Result<Done> updateSegment(Store &store, const Segment &input)
{
    Segment s = input;
    if (auto errors = checkSegment(store, s))
        return *errors;
    SqliteTransaction tx(store.db());
    if (auto err = tx.begin())
        return *err;
    if (auto taken = nameTaken(store, s))
        return *taken;
    auto st = store.db().prepare(
        "UPDATE segment SET name_zh=?, name_en=?, industries=?, updated_at=? WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, s.nameZh).bind(2, s.nameEn).bind(3, joined(s.industries));
    st->bind(4, store.now()).bind(5, s.id);
    if (auto err = st->run())
        return *err;
    if (store.db().changes() == 0)
        return fileError<DiagMsg::NoSegmentRef>(store.path(), std::to_string(s.id));
    if (auto err = writeMembers(store, s))
        return *err;
    if (auto err = tx.commit())
        return *err;
    return Done{};
}

Result<Done> removeSegment(Store &store, std::int64_t id)
{
    auto st = store.db().prepare("DELETE FROM segment WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, id);
    if (auto err = st->run())
        return *err;
    if (store.db().changes() == 0)
        return fileError<DiagMsg::NoSegmentRef>(store.path(), std::to_string(id));
    return Done{};
}

Result<std::vector<Segment>> segments(SqliteDb &db)
{
    ReadSnapshot snapshot(db);
    if (auto err = snapshot.begin())
        return *err;
    auto list = collectRows<Segment>(
        db.prepare("SELECT id, uuid, name_zh, name_en, industries, created_at, updated_at "
                   "FROM segment ORDER BY name_zh"),
        [](const SqliteStatement &s) {
            Segment g;
            g.id = s.integer(0);
            g.uuid = s.text(1);
            g.nameZh = s.text(2);
            g.nameEn = s.text(3);
            g.industries = splitCodes(s.text(4));
            g.createdAt = s.text(5);
            g.updatedAt = s.text(6);
            return g;
        });
    if (!list)
        return list.errors();
    auto members = db.prepare("SELECT segment_id, enterprise_id FROM segment_member "
                              "ORDER BY segment_id, enterprise_id");
    if (!members)
        return members.errors();
    for (;;) {
        auto row = members->step();
        if (!row)
            return row.errors();
        if (!*row)
            break;
        const std::int64_t segment = members->integer(0);
        for (Segment &g : *list) {
            if (g.id == segment)
                g.members.push_back(members->integer(1));
        }
    }
    return list;
}

Result<Segment> segmentByRef(Store &store, const std::string &ref)
{
    auto all = segments(store.db());
    if (!all)
        return all.errors();
    for (const Segment &g : *all) {
        if (segmentMatches(g, ref))
            return g;
    }
    return fileError<DiagMsg::NoSegmentRef>(store.path(), ref);
}

bool segmentMatches(const Segment &g, const std::string &ref)
{
    return std::to_string(g.id) == ref || g.uuid == ref || g.nameZh == ref ||
           (!g.nameEn.empty() && g.nameEn == ref);
}

bool segmentCovers(const Segment &segment, std::int64_t enterpriseId, const std::string &industry)
{
    if (std::binary_search(segment.members.begin(), segment.members.end(), enterpriseId))
        return true;
    if (industry.empty())
        return false;
    const auto code = IndustryTable::gbt4754().parse(industry);
    if (!code)
        return false;
    for (const std::string &c : segment.industries) {
        // "C" covers the section; "C30" the division.
        if (c.size() == 1 ? c == code->section : c == code->section + code->division)
            return true;
    }
    return false;
}

Result<Done> setAssessmentPhase(Store &store,
                                std::int64_t assessmentId,
                                AssessmentPhase phase,
                                const std::string &who)
{
    SqliteTransaction tx(store.db());
    if (auto err = tx.begin())
        return *err;
    auto old = store.assessment(assessmentId);
    if (!old)
        return old.errors();
    if (old->phase == phase)
        return Done{};
    const std::string t = store.now();
    auto st = store.db().prepare("UPDATE assessment SET phase=?, updated_at=? WHERE id=?");
    if (!st)
        return st.errors();
    st->bind(1, key(phase)).bind(2, t).bind(3, assessmentId);
    if (auto err = st->run())
        return *err;
    auto log = store.db().prepare(
        "INSERT INTO audit (uuid, assessment_id, layer, kind, key, old_value, new_value, "
        "changed_at, changed_by) VALUES (?,?,'','status','phase',?,?,?,?)");
    if (!log)
        return log.errors();
    log->bind(1, newUuid()).bind(2, assessmentId).bind(3, key(old->phase)).bind(4, key(phase));
    log->bind(5, t).bind(6, who);
    if (auto err = log->run())
        return *err;
    if (auto err = tx.commit())
        return *err;
    return Done{};
}

Result<std::vector<std::string>> assessingOrganisations(SqliteDb &db)
{
    return collectRows<std::string>(
        db.prepare("SELECT assessor_org FROM assessment WHERE assessor_org <> '' "
                   "GROUP BY assessor_org ORDER BY count(*) DESC, assessor_org"),
        [](const SqliteStatement &s) { return s.text(0); });
}

} // namespace dl
