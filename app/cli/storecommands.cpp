// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "answers/answerfile.h"
#include "answers/answerwriter.h"
#include "base/diagnosticcatalog.h"
#include "base/embedded.h"
#include "base/yamltree.h"
#include "cliargs.h"
#include "enterprise/enterpriseprofile.h"
#include "exchange/bundle.h"
#include "exchange/csvexport.h"
#include "model/builtinmodels.h"
#include "model/modelloader.h"
#include "scoring/answerloader.h"
#include "store/storedassessment.h"

#include "assessmentviews.h"
#include "storecontext.h"

#include <filesystem>
#include <ostream>

namespace dl::cli {

namespace {

void printEnterprise(const Enterprise &e, std::ostream &out)
{
    out << "id " << e.id << "  uuid " << e.uuid << '\n'
        << "  name: " << e.name << '\n'
        << "  credit code: " << (e.creditCode.empty() ? "-" : e.creditCode) << '\n'
        << "  industry: " << (e.industry.empty() ? "-" : e.industry) << "  region: " << e.province
        << ' ' << e.city << '\n'
        << "  employees: " << (e.employees ? std::to_string(*e.employees) : "-")
        << "  revenue (10k CNY): " << e.revenueWan.value_or("-")
        << "  size class: " << (e.sizeClass == SizeClass::Unknown ? "-" : key(e.sizeClass)) << '\n'
        << "  above scale (规上): " << (e.aboveScale ? "yes" : "no") << "  SRDI: " << key(e.srdi)
        << '\n';
    if (!e.contactName.empty() || !e.contactPhone.empty() || !e.contactEmail.empty())
        out << "  contact: " << e.contactName << ' ' << e.contactPhone << ' ' << e.contactEmail
            << '\n';
}

int enterpriseCommand(Context &c)
{
    const auto &p = c.args.positional;
    if (p.size() < 2)
        return usage(
            c, {"enterprise 后面应为 add、list 或 show", "enterprise needs add, list or show"});
    auto store = openStore(c);
    if (!store)
        return fail(store.errors(), c);
    if (p[1] == "add") {
        if (!c.args.hasOption("--name"))
            return usage(c,
                         {"enterprise add 需要 --name（企业名称）", "enterprise add needs --name"});
        Enterprise e;
        e.name = c.args.value("--name");
        e.creditCode = c.args.value("--credit-code");
        e.industry = c.args.value("--industry");
        e.province = c.args.value("--province");
        e.city = c.args.value("--city");
        if (c.args.hasOption("--employees")) {
            const auto n = Rational::parseDecimal(c.args.value("--employees"));
            if (!n || !n->isInteger() || n->isNegative())
                return fail({diagnostic<DiagMsg::EmployeesNotWhole>("enterprise", {}, "employees")},
                            c);
            e.employees = n->numerator();
        }
        if (c.args.hasOption("--revenue"))
            e.revenueWan = c.args.value("--revenue");
        if (c.args.hasOption("--assets"))
            e.assetsWan = c.args.value("--assets");
        e.aboveScale = c.args.has("--above-scale");
        const auto srdi = parseSrdiStatus(c.args.value("--srdi", "none"));
        if (!srdi)
            return usage(c, {"--srdi 只能是 none、innovative、provincial 或 little-giant",
                             "--srdi must be none, innovative, provincial or little-giant"});
        e.srdi = *srdi;
        e.contactName = c.args.value("--contact-name");
        e.contactPhone = c.args.value("--contact-phone");
        e.contactEmail = c.args.value("--contact-email");
        if (c.args.hasOption("--pilot")) {
            const std::string pilot = c.args.value("--pilot");
            if (pilot != "yes" && pilot != "no")
                return usage(c, {"--pilot 只能是 yes 或 no", "--pilot must be yes or no"});
            e.pilot = pilot == "yes";
        }
        e.pilotBatch = c.args.value("--batch");
        auto checked = checkEnterprise(e);
        if (!checked)
            return fail(checked.errors(), c);
        auto added = store->addEnterprise(*checked);
        if (!added)
            return fail(added.errors(), c);
        printEnterprise(*added, c.out);
        return Ok;
    }
    if (p[1] == "list") {
        auto list = store->enterprises(c.args.value("--search"));
        if (!list)
            return fail(list.errors(), c);
        for (const Enterprise &e : *list)
            c.out << e.id << '\t' << e.name << '\t' << e.creditCode << '\t' << e.industry << '\t'
                  << e.province << e.city << '\t' << key(e.sizeClass) << '\n';
        c.out << list->size() << " enterprise(s)\n";
        return Ok;
    }
    if (p[1] == "show" && p.size() == 3) {
        auto e = store->enterpriseByRef(p[2]);
        if (!e)
            return fail(e.errors(), c);
        printEnterprise(*e, c.out);
        auto list = store->assessments(e->id);
        if (list)
            for (const AssessmentRecord &a : *list)
                c.out << "  assessment " << a.id << ' ' << a.modelId << ' ' << a.modelVersion << ' '
                      << key(a.status) << ' ' << a.createdAt << assessmentNotes(*store, a, c.lang)
                      << '\n';
        return Ok;
    }
    return usage(c, {"未知的 enterprise 子命令或参数有误", "unknown enterprise command"});
}

// Stores every answer of an answer file: the whole file is checked first, then stored in one
// transaction, so a bad value anywhere leaves the assessment as it was.
int loadAnswers(Context &c, Store &store, const LoadedAssessment &a, const std::string &file)
{
    auto text = readTextFile(file, 4u << 20);
    if (!text)
        return fail(text.errors(), c);
    auto changes = answerFileChanges(*text, file, a.models, a.industry);
    if (!changes)
        return fail(changes.errors(), c);
    auto done = AnswerWriter(store, a).apply(*changes, who(c));
    if (!done)
        return fail(done.errors(), c);
    c.out << changes->size() << " answers stored in assessment " << a.record.id << " ("
          << done->changed << " changed)\n";
    return Ok;
}

int assessmentCommand(Context &c)
{
    const auto &p = c.args.positional;
    if (p.size() < 2)
        return usage(c, {"assessment 后面应为 new、answer、load、score、status、list、compare、"
                         "history、evidence、upgrade 或 confirm",
                         "assessment needs new, answer, load, score, status, list, compare, "
                         "history, evidence, upgrade or confirm"});
    auto store = openStore(c);
    if (!store)
        return fail(store.errors(), c);
    const std::string &sub = p[1];
    if (sub == "new" && p.size() == 3) {
        auto e = store->enterpriseByRef(p[2]);
        if (!e)
            return fail(e.errors(), c);
        std::string text;
        if (c.args.hasOption("--model")) {
            auto t = readTextFile(c.args.value("--model"));
            if (!t)
                return fail(t.errors(), c);
            text = *t;
        } else {
            text = std::string(*embeddedFile("assessments/miit-sme-2024.yaml"));
        }
        auto model = loadModelText(text, c.args.value("--model", "assessments/miit-sme-2024.yaml"));
        if (!model)
            return fail(model.errors(), c);
        const std::optional<AssessmentMode> mode =
            parseAssessmentMode(c.args.value("--mode", "self"));
        if (!mode)
            return usage(c, {"--mode 只能是 self 或 onsite", "--mode must be self or onsite"});
        const std::optional<AssessmentPhase> phase =
            parseAssessmentPhase(c.args.value("--phase", "baseline"));
        if (!phase)
            return usage(c, {"--phase 只能是 baseline、after 或 follow-up",
                             "--phase must be baseline, after or follow-up"});
        auto a = store->newAssessment(e->id, *model, text, c.args.value("--assessor"),
                                      c.args.value("--org"), *mode, *phase);
        if (!a)
            return fail(a.errors(), c);
        c.out << "assessment " << a->id << " uuid " << a->uuid << " for " << e->name << " ("
              << a->modelId << ' ' << a->modelVersion << ")\n";
        return Ok;
    }
    if (sub == "list") {
        std::optional<std::int64_t> enterprise;
        if (p.size() == 3) {
            auto e = store->enterpriseByRef(p[2]);
            if (!e)
                return fail(e.errors(), c);
            enterprise = e->id;
        }
        auto list = store->assessments(enterprise);
        if (!list)
            return fail(list.errors(), c);
        for (const AssessmentRecord &a : *list)
            c.out << a.id << '\t' << a.uuid << '\t' << a.enterpriseId << '\t' << a.modelId << ' '
                  << a.modelVersion << '\t' << key(a.status) << '\t' << key(a.mode) << '\t'
                  << key(a.phase) << '\t' << a.createdAt << '\n';
        c.out << list->size() << " assessment(s)\n";
        return Ok;
    }
    if (sub == "compare" && p.size() == 4)
        return compare(c, *store, p[2], p[3]);
    if (p.size() < 3)
        return usage(c, {"assessment " + sub + " 需要评测编号",
                         "assessment " + sub + " needs an assessment id"});
    auto loaded = loadAssessment(*store, p[2]);
    if (!loaded)
        return fail(loaded.errors(), c);
    if (sub == "score" && p.size() == 3)
        return printScore(c, *store, *loaded);
    if (sub == "load" && p.size() == 4)
        return loadAnswers(c, *store, *loaded, p[3]);
    if (sub == "status" && p.size() == 4) {
        const auto status = parseAssessmentStatus(p[3]);
        if (!status)
            return usage(c, {"状态只能是 draft、submitted 或 verified",
                             "status must be draft, submitted or verified"});
        auto done = store->setStatus(loaded->record.id, *status, who(c));
        return done ? Ok : fail(done.errors(), c);
    }
    if (sub == "history" && p.size() == 3) {
        auto audit = store->audit(loaded->record.id);
        if (!audit)
            return fail(audit.errors(), c);
        printHistory(c, *audit);
        return Ok;
    }
    if (sub == "evidence")
        return evidenceCommand(c, *store, *loaded);
    if (sub == "answer" && p.size() == 6) {
        const std::optional<Layer> layer = parseLayer(c.args.value("--layer", "self"));
        const std::optional<AnswerKind> kind = parseAnswerKind(p[3]);
        if (!layer)
            return usage(c,
                         {"--layer 只能是 self 或 verified", "--layer must be self or verified"});
        if (!kind)
            return usage(c, {"答案类型只能是 figure、item 或 scenario",
                             "the answer kind must be figure, item or scenario"});
        // "-" removes the value; the note stays unless --note gives another.
        AnswerChange change{*layer, *kind, p[4], p[5] == "-" ? std::string() : p[5], std::nullopt};
        if (c.args.hasOption("--note"))
            change.note = c.args.value("--note");
        auto done = AnswerWriter(*store, *loaded).apply({change}, who(c));
        if (!done)
            return fail(done.errors(), c);
        const std::string &value = done->values.front();
        c.out << (!done->changed  ? "unchanged "
                  : value.empty() ? "cleared "
                                  : "saved ")
              << key(*layer) << ' ' << key(*kind) << ' ' << change.key;
        c.out << (value.empty() ? std::string() : " = " + value) << '\n';
        return Ok;
    }
    return usage(
        c, {"未知的 assessment 子命令或参数不全", "unknown or incomplete assessment command"});
}

Result<std::vector<std::int64_t>>
ids(Store &store, const std::vector<std::string> &refs, bool enterprises)
{
    std::vector<std::int64_t> out;
    for (const std::string &r : refs) {
        if (enterprises) {
            auto e = store.enterpriseByRef(r);
            if (!e)
                return e.errors();
            out.push_back(e->id);
        } else {
            auto a = store.assessmentByRef(r);
            if (!a)
                return a.errors();
            out.push_back(a->id);
        }
    }
    return out;
}

int exportCommand(Context &c)
{
    if (!c.args.hasOption("-o"))
        return usage(c, {"export 需要 -o 文件", "export needs -o FILE"});
    auto store = openStore(c);
    if (!store)
        return fail(store.errors(), c);
    const auto optionValues = [&](const char *name) {
        const auto it = c.args.options.find(name);
        return it == c.args.options.end() ? std::vector<std::string>{} : it->second;
    };
    auto assessments = ids(*store, optionValues("--assessment"), false);
    auto enterprises = ids(*store, optionValues("--enterprise"), true);
    if (!assessments || !enterprises)
        return fail(!assessments ? assessments.errors() : enterprises.errors(), c);
    const std::string path = c.args.value("-o");
    if (c.args.hasOption("--csv")) {
        const std::string what = c.args.value("--csv");
        std::vector<std::int64_t> selection = *assessments;
        for (std::int64_t e : *enterprises) {
            auto list = store->assessments(e);
            if (list)
                for (const AssessmentRecord &a : *list)
                    selection.push_back(a.id);
        }
        if (what != "assessments" && what != "answers")
            return usage(
                c, {"--csv 只能是 assessments 或 answers", "--csv must be assessments or answers"});
        Result<int> rows = what == "assessments"
                               ? exportAssessmentsCsv(*store, selection, path, c.lang)
                               : exportAnswersCsv(*store, selection, path, c.lang);
        if (!rows)
            return fail(rows.errors(), c);
        c.out << *rows << " rows written to " << path << '\n';
        return Ok;
    }
    if (!c.args.has("--all") && assessments->empty() && enterprises->empty())
        return usage(c, {"export 需要 --all、--assessment 编号或 --enterprise 编号",
                         "export needs --all, --assessment ID or --enterprise ID"});
    ExportSelection sel{*assessments, *enterprises, c.args.has("--all")};
    auto done = exportBundle(*store, sel, path, who(c));
    if (!done)
        return fail(done.errors(), c);
    c.out << "bundle written to " << path << '\n';
    return Ok;
}

void printConflict(std::ostream &out, std::int64_t id, const MergeConflict &m)
{
    out << (id ? "conflict " + std::to_string(id) + ": " : std::string("conflict: "))
        << m.enterpriseName << " / " << key(m.layer) << ' ' << key(m.kind) << ' ' << m.key
        << "\n    here:     " << m.localValue << "  (" << m.localBy << ", " << m.localAt
        << ")\n    incoming: " << m.incomingValue << "  (" << m.incomingBy << ", " << m.incomingAt
        << ")\n";
}

int importCommand(Context &c)
{
    if (c.args.positional.size() < 2)
        return usage(c,
                     {"import 需要一个或多个数据包文件", "import takes one or more bundle files"});
    auto store = openStore(c);
    if (!store)
        return fail(store.errors(), c);
    const std::vector<std::string> paths(c.args.positional.begin() + 1, c.args.positional.end());
    const auto reports = importBundles(*store, paths);
    int status = Ok;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (!reports[i]) { // the others are still imported, each in its own transaction
            status = fail(reports[i].errors(), c);
            continue;
        }
        const ImportReport &r = *reports[i];
        c.out << "imported " << paths[i] << ": enterprises " << r.enterprisesAdded << " new, "
              << r.enterprisesMatched << " matched (" << r.enterprisesUpdated
              << " updated); assessments " << r.assessmentsAdded << " new, " << r.assessmentsMatched
              << " matched; answers " << r.answersAdded << " new, " << r.answersUpdated
              << " updated, " << r.answersUnchanged << " unchanged; evidence files "
              << r.evidenceAdded << " new; " << r.conflicts.size() << " conflict(s)\n";
        for (const MergeConflict &m : r.conflicts)
            printConflict(c.out, 0, m);
        if (!r.conflicts.empty())
            c.out << "Resolve with: digilevel-cli conflicts resolve ID local|incoming\n";
    }
    return status;
}

int conflictsCommand(Context &c)
{
    auto store = openStore(c);
    if (!store)
        return fail(store.errors(), c);
    const auto &p = c.args.positional;
    if (p.size() == 4 && p[1] == "resolve") {
        const auto id = Rational::parseDecimal(p[2]);
        if (!id || !id->isInteger() || (p[3] != "local" && p[3] != "incoming"))
            return usage(c, {"用法：conflicts resolve 编号 local|incoming",
                             "conflicts resolve ID local|incoming"});
        auto done = resolveConflict(*store, id->numerator(), p[3] == "incoming", who(c));
        return done ? Ok : fail(done.errors(), c);
    }
    if (p.size() != 1)
        return usage(c, {"conflicts 不带参数，或者：resolve 编号 local|incoming",
                         "conflicts takes no arguments, or: resolve ID local|incoming"});
    auto list = openConflicts(*store);
    if (!list)
        return fail(list.errors(), c);
    for (const StoredConflict &s : *list)
        printConflict(c.out, s.id, s.conflict);
    c.out << list->size() << " open conflict(s)\n";
    return Ok;
}

int backupCommand(Context &c)
{
    auto store = openStore(c);
    if (!store)
        return fail(store.errors(), c);
    auto made = c.args.hasOption("-o") ? store->backup(c.args.value("-o")) : store->rollingBackup();
    if (!made)
        return fail(made.errors(), c);
    c.out << "backup written to " << *made << '\n';
    return Ok;
}

int checkCommand(Context &c)
{
    auto store = openStore(c);
    if (!store) {
        const Diagnostic &d = store.errors().front();
        if (d.code == "database-corrupt" && c.args.has("--restore")) {
            const std::vector<std::string> candidates = listBackups(defaultBackupDir(c.dbPath));
            if (candidates.empty())
                return fail({fileError<DiagMsg::NoBackupToRestore>(c.dbPath)}, c);
            auto done = restoreBackup(candidates.front(), c.dbPath);
            if (!done)
                return fail(done.errors(), c);
            c.out << "restored " << candidates.front() << "; the damaged file was kept as "
                  << c.dbPath << ".damaged\n";
            return Ok;
        }
        if (d.code == "database-corrupt")
            c.err << T(c.lang, "运行“digilevel-cli check --restore”可恢复最新的自动备份。\n",
                       "Run 'digilevel-cli check --restore' to put back the newest automatic "
                       "backup.\n");
        return fail(store.errors(), c);
    }
    auto result = store->integrityCheck(false);
    if (!result)
        return fail(result.errors(), c);
    if (result->size() == 1 && result->front() == "ok") {
        c.out << c.dbPath << ": ok (schema " << Store::kSchemaVersion << ")\n";
        return Ok;
    }
    for (const std::string &line : *result)
        c.err << c.dbPath << ": " << line << '\n';
    return InvalidInput;
}

} // namespace

int runStoreVerb(Invocation &inv)
{
    const std::string name = inv.verb.name;
    Context c{inv.args, inv.lang, {}, inv.out, inv.err, name};
    std::vector<std::string> words;
    for (std::size_t at = 0; at < name.size();) {
        const std::size_t space = std::min(name.find(' ', at), name.size());
        words.push_back(name.substr(at, space - at));
        at = space + 1;
    }
    c.args.positional.insert(c.args.positional.begin(), words.begin(), words.end());
    c.dbPath = c.args.value("--db", Store::defaultPath());
    const std::string &command = words.front();
    if (command == "enterprise")
        return enterpriseCommand(c);
    if (command == "assessment")
        return assessmentCommand(c);
    if (command == "export")
        return exportCommand(c);
    if (command == "import")
        return importCommand(c);
    if (command == "conflicts")
        return conflictsCommand(c);
    if (command == "backup")
        return backupCommand(c);
    return checkCommand(c);
}

} // namespace dl::cli
