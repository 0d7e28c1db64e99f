// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgradecommands.h"

#include "storecontext.h"

#include "answers/answerwriter.h"
#include "store/storedassessment.h"

#include <cstdlib>
#include <ostream>

namespace dl::cli {

namespace {

std::string who(const Invocation &inv)
{
    return changedBy(inv.args);
}

std::string answerText(
    Layer layer, AnswerKind kind, const std::string &key, const std::string &value, Lang lang)
{
    std::string line = std::string(dl::key(layer)) + ' ' + dl::key(kind) + ' ' + key;
    return line + (value.empty() ? T(lang, "（仅备注）", " (a note only)") : " = " + value);
}

// Lines of answers, each note printed once after the answers it explains (a rule names several
// ids, and repeating its paragraph under each would bury them).
template<typename Entry>
void printWithNotes(const std::vector<Entry> &list, Lang lang, std::ostream &out)
{
    for (std::size_t k = 0; k < list.size(); ++k) {
        const Entry &e = list[k];
        out << "  " << answerText(e.layer, e.kind, e.key, e.value, lang) << '\n';
        const bool last = k + 1 == list.size() || list[k + 1].why.get(lang) != e.why.get(lang);
        if (last && !e.why.empty())
            out << "    " << T(lang, "说明：", "why: ") << e.why.get(lang) << '\n';
    }
}

std::string confirmHint(std::int64_t id, Lang lang)
{
    return T(lang, "确认：digilevel-cli assessment confirm ",
             "confirm with: digilevel-cli assessment confirm ") +
           std::to_string(id) + T(lang, " 编号…|--all", " ID...|--all");
}

} // namespace

void printPendingConfirmations(const std::vector<PendingConfirmation> &pending,
                               std::int64_t assessmentId,
                               Lang lang,
                               std::ostream &out)
{
    if (pending.empty())
        return;
    out << '\n'
        << fmt(T(lang, "待确认的答案 %1 个（升级时沿用，需核对；%2）：",
                 "Answers to confirm: %1 (carried over by an upgrade, to be checked; %2)"),
               {std::to_string(pending.size()), confirmHint(assessmentId, lang)})
        << '\n';
    printWithNotes(pending, lang, out);
}

int upgradeCommand(Invocation &inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage({"assessment upgrade 需要且只需要一个评测编号",
                          "assessment upgrade takes one assessment"});
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    auto target = inv.args.hasOption("--model") ? upgradeTargetFromFile(inv.args.value("--model"))
                                                : bundledUpgradeTarget();
    if (!target)
        return inv.fail(target.errors());
    auto done = upgradeAssessment(*store, inv.args.positional[0], *target, who(inv));
    if (!done)
        return inv.fail(done.errors());
    const UpgradePlan &p = done->plan;
    const AssessmentRecord &a = done->assessment;
    const Lang lang = inv.lang;
    std::ostream &out = inv.out;
    out << fmt(T(lang, "评测 %1（%2 %3）已升级为评测 %4（%5 %6），uuid %7",
                 "assessment %1 (%2 %3) upgraded to assessment %4 (%5 %6), uuid %7"),
               {std::to_string(p.source.id), p.source.modelId, p.source.modelVersion,
                std::to_string(a.id), a.modelId, a.modelVersion, a.uuid})
        << '\n';
    out << fmt(T(lang, "原样沿用 %1 个：", "carried over unchanged: %1"),
               {std::to_string(p.carried.size())})
        << '\n';
    printWithNotes(p.carried, lang, out);
    out << fmt(T(lang, "沿用但需确认 %1 个（%2）：", "carried over, to confirm: %1 (%2)"),
               {std::to_string(p.rechecked.size()), confirmHint(a.id, lang)})
        << '\n';
    printWithNotes(p.rechecked, lang, out);
    out << fmt(T(lang, "未沿用 %1 个（仍保留在评测 %2 中）：",
                 "not carried over: %1 (they stay in assessment %2)"),
               {std::to_string(p.dropped.size()), std::to_string(p.source.id)})
        << '\n';
    printWithNotes(p.dropped, lang, out);
    out << fmt(T(lang, "佐证材料：沿用 %1 个文件、%2 项勾选；%3 个文件、%4 项勾选留在评测 %5 中",
                 "evidence: %1 file(s) and %2 tick(s) carried over; %3 file(s) and %4 tick(s) "
                 "stay with assessment %5"),
               {std::to_string(p.evidenceFiles), std::to_string(p.evidenceChecks),
                std::to_string(p.evidenceFilesLeft), std::to_string(p.evidenceChecksLeft),
                std::to_string(p.source.id)})
        << '\n';
    return Ok;
}

int confirmCommand(Invocation &inv)
{
    const auto &p = inv.args.positional;
    const bool all = inv.args.has("--all");
    if (p.empty() || (all ? p.size() != 1 : p.size() < 2))
        return inv.usage({"用法：assessment confirm 评测 编号…|--all（编号与 --all 只能选一种）",
                          "assessment confirm ASSESSMENT ID...|--all (IDs or --all, not both)"});
    std::optional<Layer> layer;
    if (inv.args.hasOption("--layer")) {
        layer = parseLayer(inv.args.value("--layer"));
        if (!layer)
            return inv.usage(
                {"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    }
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    auto loaded = loadAssessment(*store, p[0]);
    if (!loaded)
        return inv.fail(loaded.errors());
    AnswerWriter writer(*store, *loaded);
    auto done = all ? writer.confirmAll(layer, who(inv))
                    : writer.confirm(layer.value_or(Layer::Self),
                                     std::vector<std::string>(p.begin() + 1, p.end()), who(inv));
    if (!done)
        return inv.fail(done.errors());
    inv.out << fmt(T(inv.lang, "已确认 %1 个答案", "%1 answer(s) confirmed"),
                   {std::to_string(done->changed)})
            << '\n';
    auto pending = pendingConfirmations(*store, *loaded);
    if (!pending)
        return inv.fail(pending.errors());
    printPendingConfirmations(*pending, loaded->record.id, inv.lang, inv.out);
    return Ok;
}

} // namespace dl::cli
