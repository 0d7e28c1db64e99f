// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentviews.h"

#include "upgradecommands.h"

#include "base/diagnosticcatalog.h"
#include "base/yamltree.h"
#include "exchange/jsonreport.h"
#include "scoring/comparison.h"
#include "scoring/textreport.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>

namespace dl::cli {

// What `enterprise show` adds to an assessment's line: the assessment it was upgraded from, and
// how many of its answers wait for confirmation.
std::string assessmentNotes(Store &store, const AssessmentRecord &a, Lang lang)
{
    std::vector<std::string> parts;
    if (!a.upgradedFrom.empty()) {
        auto source = store.assessmentByRef(a.upgradedFrom);
        parts.push_back(T(lang, "升级自评测 ", "upgraded from assessment ") +
                        (source ? std::to_string(source->id) : a.upgradedFrom));
    }
    if (auto answers = store.answers(a.id)) {
        const auto waiting =
            std::count_if(answers->begin(), answers->end(),
                          [](const StoredAnswer &s) { return s.needsConfirmation; });
        if (waiting)
            parts.push_back(fmt(T(lang, "%1 个答案待确认", "%1 answer(s) to confirm"),
                                {std::to_string(waiting)}));
    }
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? " (" : T(lang, "；", "; ")) + p;
    return out.empty() ? out : out + ")";
}

// The score, then the answers an upgrade left waiting for confirmation (until confirmed they
// count as answered, but the user has not checked them against the new version's question).
int printScore(Context &c, Store &store, const LoadedAssessment &a)
{
    const std::optional<Layer> parsed = parseLayer(c.args.value("--layer", "self"));
    if (!parsed)
        return usage(c, {"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    const Layer layer = *parsed;
    const Evaluation e = evaluateStored(a, layer);
    const AnswerLayer answers = a.layer(layer);
    auto pending = pendingConfirmations(store, a);
    if (!pending)
        return fail(pending.errors(), c);
    if (c.args.has("--json")) {
        auto j = evaluationToJson(
            {&e, &answers.base, a.enterprise.name, a.enterprise.industry, layer}, c.lang);
        auto &list = j["needs_confirmation"] = nlohmann::ordered_json::array();
        for (const PendingConfirmation &p : *pending)
            list.push_back({{"layer", key(p.layer)},
                            {"kind", key(p.kind)},
                            {"id", p.key},
                            {"value", p.value},
                            {"note", p.why.get(c.lang)}});
        c.out << j.dump(2) << '\n';
    } else {
        c.out << renderTextReport(
            {&e, &answers.base, a.enterprise.name, a.enterprise.industry, layer}, c.lang);
        printPendingConfirmations(*pending, a.record.id, c.lang, c.out);
    }
    return Ok;
}

// One line per change. A change of the assessment as a whole has no layer and names its event
// (status, upgraded-to, upgraded-from); an answer's change whose value and note stay as they
// were is its confirmation (answers/answerwriter.h), and one whose value stays changed the note.
void printHistory(Context &c, const std::vector<AuditEntry> &audit)
{
    std::map<std::string, std::string> notes; // the note after each answer's last change
    for (const AuditEntry &e : audit) {
        std::string what;
        std::string id;
        if (e.kind && e.layer)
            id = std::string(key(*e.layer)) + '/' + key(*e.kind) + '/' + e.key;
        if (!id.empty() && e.oldValue && e.newValue && *e.oldValue == *e.newValue) {
            const auto before = notes.find(id);
            what = before != notes.end() && before->second == e.note ? "  (confirmed)" : "  (note)";
        }
        if (!id.empty())
            notes[id] = e.note;
        c.out << e.changedAt << '\t' << e.changedBy << '\t' << (e.layer ? key(*e.layer) : "")
              << '\t' << (e.kind ? std::string(key(*e.kind)) : e.event) << '\t' << e.key << '\t'
              << e.oldValue.value_or("-") << " -> " << e.newValue.value_or("-") << what << '\n';
    }
}

int compare(Context &c, Store &store, const std::string &first, const std::string &second)
{
    auto a = loadAssessment(store, first);
    auto b = loadAssessment(store, second);
    if (!a || !b)
        return fail(!a ? a.errors() : b.errors(), c);
    const std::optional<Layer> layer = parseLayer(c.args.value("--layer", "self"));
    if (!layer)
        return usage(c, {"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    const Comparison cmp = compareAssessments(*a, *b, *layer);
    const Model &model = b->models.model;
    const bool zh = c.lang == Lang::ZhCN;
    auto signedText = [](const Rational &d) { return (d.isNegative() ? "" : "+") + d.toString(); };
    c.out << (zh ? "比较 " : "Comparing ") << a->record.id << " (" << a->record.createdAt << ") -> "
          << b->record.id << " (" << b->record.createdAt << ")\n";
    c.out << (zh ? "等级：" : "Level: ") << levelName(a->models.model, cmp.levelBefore, c.lang)
          << " -> " << levelName(model, cmp.levelAfter, c.lang) << '\n';
    c.out << (zh ? "基础分：" : "Base score: ") << cmp.baseBefore.toString() << " -> "
          << cmp.baseAfter.toString() << " (" << signedText(cmp.baseAfter - cmp.baseBefore) << ")";
    // Beside the total, the part of it that is progress: the items whose meaning is the same.
    if (!cmp.changedMeaning.empty())
        c.out << (zh ? "；口径相同的指标：" : "; comparable items: ")
              << cmp.comparableBefore.toString() << " -> " << cmp.comparableAfter.toString() << " ("
              << signedText(cmp.comparableAfter - cmp.comparableBefore) << ")";
    c.out << '\n';
    if (!cmp.sameModel)
        c.out
            << (zh ? "注意：两次评测使用的模型不同，逐项比较仅限相同编号的指标。\n"
                   : "Note: the two assessments use different models; items are compared by id.\n");
    const char *notComparable = zh ? "口径变化，不可比" : "meaning changed — not comparable";
    if (!cmp.changedMeaning.empty()) {
        c.out << (zh ? "两个版本之间口径变化的指标（不可比，不计入提升或下降）："
                     : "Changed in meaning between the versions (not comparable, not counted as "
                       "better or worse):");
        for (std::size_t k = 0; k < cmp.changedMeaning.size(); ++k)
            c.out << (k ? (zh ? "、" : ", ") : (zh ? "" : " "))
                  << cmp.changedMeaning[k].name.get(c.lang);
        c.out << '\n';
    }
    c.out << fmt(T(c.lang, "提升 %1 项，下降 %2 项", "%1 improved, %2 worsened"),
                 {std::to_string(cmp.improved()), std::to_string(cmp.worsened())})
          << '\n';
    for (const Comparison::ItemChange &i : cmp.items)
        c.out << "  " << i.name.get(c.lang) << ": " << i.before.toString() << " -> "
              << i.after.toString() << " (" << signedText(i.after - i.before) << ")"
              << (i.comparable ? "" : std::string("  [") + notComparable + "]") << '\n';
    for (const Comparison::ScenarioChange &s : cmp.scenarios)
        c.out << "  " << s.name.get(c.lang) << ": " << s.before << " -> " << s.after
              << (s.comparable ? "" : std::string("  [") + notComparable + "]") << '\n';
    return Ok;
}

// The model's evidence checklist per item and scenario, ticked or missing, and the attached files.
int evidenceCommand(Context &c, Store &store, const LoadedAssessment &a)
{
    const auto &p = c.args.positional;
    const std::int64_t id = a.record.id;
    auto targetKnown = [&](const std::string &t) {
        return a.models.model.findItem(t) >= 0 || a.models.model.findScenario(t) >= 0;
    };
    if (p.size() == 6 && p[3] == "add") {
        if (!targetKnown(p[4]))
            return fail({diagnostic<DiagMsg::NotItemOrScenario>({}, {}, p[4], p[4])}, c);
        auto content = readTextFile(p[5], std::size_t(256) << 20);
        if (!content)
            return fail(content.errors(), c);
        auto f = store.addEvidenceFile(id, p[4], *content,
                                       std::filesystem::path(p[5]).filename().string(),
                                       c.args.value("--type"), who(c));
        if (!f)
            return fail(f.errors(), c);
        c.out << "attached " << f->originalName << " (" << f->size << " bytes, SHA-256 "
              << f->sha256 << ") to " << p[4] << '\n';
        return Ok;
    }
    if (p.size() == 7 && p[3] == "tick") {
        if (!targetKnown(p[4]))
            return fail({diagnostic<DiagMsg::NotItemOrScenario>({}, {}, p[4], p[4])}, c);
        if (p[6] != "yes" && p[6] != "no")
            return usage(c, {"tick 后面应为 yes 或 no", "tick takes yes or no"});
        auto done = store.setEvidenceCheck(id, p[4], p[5], p[6] == "yes");
        return done ? Ok : fail(done.errors(), c);
    }
    if (p.size() != 3)
        return usage(c, {"用法：assessment evidence 评测 [add 对象 文件 | tick 对象 材料 yes|no]",
                         "assessment evidence ASSESSMENT [add TARGET FILE | tick TARGET EVIDENCE "
                         "yes|no]"});
    auto checks = store.evidenceChecks(id);
    auto files = store.evidenceFiles(id);
    if (!checks || !files)
        return fail(!checks ? checks.errors() : files.errors(), c);
    auto ticked = [&](const std::string &target, const std::string &evidence) {
        for (const EvidenceCheck &e : *checks)
            if (e.target == target && e.evidenceId == evidence)
                return e.ticked;
        return false;
    };
    const Model &m = a.models.model;
    auto list = [&](const std::string &target, const LocalText &name,
                    const std::vector<EvidenceItem> &evidence) {
        c.out << name.get(c.lang) << " (" << target << ")\n";
        for (const EvidenceItem &e : evidence)
            c.out << "  [" << (ticked(target, e.id) ? 'x' : ' ') << "] " << e.id << ": "
                  << e.text.get(c.lang) << '\n';
        for (const EvidenceFile &f : *files)
            if (f.target == target)
                c.out << "  file " << f.originalName << "  " << f.size << " bytes  SHA-256 "
                      << f.sha256 << '\n';
    };
    for (const Item &i : m.items)
        if (i.enabled)
            list(i.id, i.name, i.evidence);
    for (const Scenario &s : m.scenarios)
        if (s.enabled)
            list(s.id, s.name, s.evidence);
    return Ok;
}

} // namespace dl::cli
