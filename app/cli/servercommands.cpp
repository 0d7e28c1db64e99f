// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommands.h"
#include "cliargs.h"

#include "base/textshape.h"
#include "server/pgconnection.h"
#include "server/serverschema.h"
#include "server/serverusers.h"
#include "server/sync.h"

#include <ostream>

namespace dl::cli {

namespace {

const OptionSpec kServer{
    "--server", "URL",
    "团队服务器的 libpq 连接字符串（如 \"host=server dbname=digilevel user=NAME\"）；密码只从 "
    "PGPASSWORD、~/.pgpass 或 passfile= 读取",
    "the team server as a libpq connection string (\"host=server dbname=digilevel user=NAME\"); "
    "passwords only from PGPASSWORD, ~/.pgpass or passfile="};
const OptionSpec kOrg{"--org", "ORG", "机构名称", "the organisation's name"};

// The connection --server names; a missing --server is a usage error (nullopt, reported).
std::optional<Result<PgConnection>> connectTo(Invocation &inv, int &code)
{
    if (!inv.args.hasOption("--server")) {
        code = inv.usage({"需要 --server 连接字符串", "--server URL is required"});
        return std::nullopt;
    }
    return PgConnection::connect(inv.args.value("--server"));
}

int initCommand(Invocation &inv)
{
    if (!inv.args.positional.empty())
        return inv.usage({"server init 不接受位置参数", "server init takes no arguments"});
    int code = Ok;
    auto conn = connectTo(inv, code);
    if (!conn)
        return code;
    if (!*conn)
        return inv.fail(conn->errors());
    auto report = initServerSchema(conn->value(), std::string("digilevel ") + DIGILEVEL_VERSION);
    if (!report)
        return inv.fail(report.errors());
    if (report->from == report->to)
        inv.out << fmt(T(inv.lang, "团队服务器 %1 的数据库结构已是版本 %2，无需改动",
                         "the team server %1 is at schema version %2; nothing to do"),
                       {(*conn)->where(), std::to_string(report->to)});
    else
        inv.out << fmt(
            T(inv.lang, "团队服务器 %1 的数据库结构：版本 %2 → %3",
              "the team server %1: schema version %2 → %3"),
            {(*conn)->where(), std::to_string(report->from), std::to_string(report->to)});
    inv.out << '\n';
    return Ok;
}

int userAddCommand(Invocation &inv)
{
    const Args &a = inv.args;
    if (a.positional.size() != 1 || !a.hasOption("--org") || !a.hasOption("--role"))
        return inv.usage(
            {"用法：server user add 用户名 --org 机构 --role consultant|office|auditor "
             "[--password-file 文件] --server URL",
             "server user add NAME --org ORG --role consultant|office|auditor "
             "[--password-file FILE] --server URL"});
    NewServerUser user;
    user.name = a.positional[0];
    user.organisation = a.value("--org");
    const auto role = parseServerRole(a.value("--role"));
    if (!role)
        return inv.usage({"--role 只能是 consultant、office 或 auditor",
                          "--role must be consultant, office or auditor"});
    user.role = *role;
    if (user.name.empty() || user.organisation.empty() || findBadCharacter(user.name) ||
        findBadCharacter(user.organisation))
        return inv.usage({"用户名和机构名不能为空，也不能含控制字符",
                          "the user and organisation names must be non-empty plain text"});
    if (a.hasOption("--password-file")) {
        auto password = readPasswordFile(a.value("--password-file"));
        if (!password)
            return inv.fail(password.errors());
        user.password = *password;
    }
    int code = Ok;
    auto conn = connectTo(inv, code);
    if (!conn)
        return code;
    if (!*conn)
        return inv.fail(conn->errors());
    if (auto done = addServerUser(conn->value(), user); !done)
        return inv.fail(done.errors());
    inv.out << fmt(T(inv.lang, "已添加团队服务器用户 %1（%2，%3）",
                     "added the team server user %1 (%2, %3)"),
                   {user.name, key(user.role), user.organisation})
            << '\n';
    return Ok;
}

int assignCommand(Invocation &inv)
{
    const Args &a = inv.args;
    if (a.positional.size() != 1 || !a.hasOption("--org"))
        return inv.usage({"用法：server enterprise assign 企业UUID --org 机构 --server URL",
                          "server enterprise assign ENTERPRISE_UUID --org ORG --server URL"});
    if (!isLowerUuid(a.positional[0]))
        return inv.usage({"企业应以小写 UUID 给出（如 1b4e28ba-2fa1-4d2e-883f-0016d3cca427）",
                          "the enterprise is given by its lower-case UUID (such as "
                          "1b4e28ba-2fa1-4d2e-883f-0016d3cca427)"});
    int code = Ok;
    auto conn = connectTo(inv, code);
    if (!conn)
        return code;
    if (!*conn)
        return inv.fail(conn->errors());
    if (auto done = assignEnterprise(conn->value(), a.positional[0], a.value("--org")); !done)
        return inv.fail(done.errors());
    inv.out << fmt(T(inv.lang, "企业 %1 已分配给 %2", "enterprise %1 assigned to %2"),
                   {a.positional[0], a.value("--org")})
            << '\n';
    return Ok;
}

std::string layerKind(const MergeConflict &c)
{
    return std::string(key(c.layer)) + ' ' + key(c.kind) + ' ' + c.key;
}

int syncCommand(Invocation &inv)
{
    if (!inv.args.positional.empty())
        return inv.usage({"sync 不接受位置参数", "sync takes no arguments"});
    if (!inv.args.hasOption("--server"))
        return inv.usage({"需要 --server 连接字符串", "--server URL is required"});
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    SyncTarget target;
    target.conninfo = inv.args.value("--server"); // libpq finds the password itself
    auto report = synchronise(*store, target);
    if (!report)
        return inv.fail(report.errors());
    const SyncReport &r = *report;
    const ImportReport &in = r.received;
    const auto n = [](int v) { return std::to_string(v); };
    inv.out << fmt(T(inv.lang, "与团队服务器 %1 同步完成", "synchronised with the team server %1"),
                   {r.server})
            << '\n';
    if (r.readOnly)
        inv.out << T(inv.lang, "  发送：无（审计员只读）",
                     "  sent: nothing (an auditor reads only)");
    else
        inv.out << fmt(T(inv.lang, "  发送：企业 %1，评测 %2，答案 %3，审计记录 %4，证明材料 %5",
                         "  sent: %1 enterprises, %2 assessments, %3 answers, %4 audit rows, "
                         "%5 evidence files"),
                       {n(r.sentEnterprises), n(r.sentAssessments), n(r.sentAnswers),
                        n(r.sentAudit), n(r.sentEvidence)});
    inv.out
        << '\n'
        << fmt(T(inv.lang,
                 "  接收：企业 %1（新 %2），评测 %3（新 %4），答案新增 %5、更新 %6，证明材料 %7",
                 "  received: %1 enterprises (%2 new), %3 assessments (%4 new), answers "
                 "%5 added and %6 updated, %7 evidence files"),
               {n(in.enterprisesAdded + in.enterprisesUpdated), n(in.enterprisesAdded),
                n(in.assessmentsAdded + in.assessmentsMatched), n(in.assessmentsAdded),
                n(in.answersAdded), n(in.answersUpdated), n(in.evidenceAdded)})
        << '\n';
    if (r.heldBack > 0)
        inv.out << fmt(T(inv.lang, "  暂未发送的答案：%1（有待处理的冲突）",
                         "  answers held back: %1 (a conflict waits for a decision)"),
                       {n(r.heldBack)})
                << '\n';
    if (r.refusedEnterprises > 0)
        inv.out << fmt(T(inv.lang, "  未发送的企业：%1（已分配给其他机构）",
                         "  enterprises not sent: %1 (given to another organisation)"),
                       {n(r.refusedEnterprises)})
                << '\n';
    for (const MergeConflict &c : in.conflicts)
        inv.out << fmt(T(inv.lang, "  新冲突：%1 评测 %2 的 %3：本机 “%4”（%5），服务器 “%6”（%7）",
                         "  new conflict: %1, assessment %2, %3: here '%4' (%5), server '%6' (%7)"),
                       {c.enterpriseName, c.assessmentUuid, layerKind(c), c.localValue, c.localBy,
                        c.incomingValue, c.incomingBy})
                << '\n';
    if (r.stopped)
        inv.out << T(inv.lang, "  已在批次之间停止；再次运行 sync 继续",
                     "  stopped between batches; run sync again to carry on")
                << '\n';
    return Ok;
}

std::vector<Verb> declare()
{
    return {
        {{"sync",
          "--server URL",
          "与团队服务器同步：发送本机自上次同步以来的更改（逐条答案，连同审计记录和证明材料），"
          "接收该用户可见的他人更改；同一答案两边改得不同时记为冲突待人处理",
          "synchronises with the team server: sends this database's changes since its last sync "
          "(answer by answer, with audit history and evidence files) and receives the others' "
          "this user may see; an answer changed differently on both sides becomes a conflict for "
          "a person",
          {kDbOption, kServer}},
         syncCommand},
        {{"server init",
          "--server URL",
          "在已有的 PostgreSQL 数据库中创建或升级团队服务器的数据库结构（需管理员连接）；"
          "可重复运行",
          "creates or upgrades the team server's schema in an existing PostgreSQL database (an "
          "administrator's connection); safe to run again",
          {kServer}},
         initCommand},
        {{"server user add",
          "NAME --org ORG --role consultant|office|auditor",
          "在团队服务器上创建登录角色并指定其机构和角色（需管理员连接）",
          "creates a login role on the team server with its organisation and role (an "
          "administrator's connection)",
          {kServer,
           kOrg,
           {"--role", "consultant|office|auditor",
            "咨询师（只看本机构的企业）、办公室（全部）或审计员（全部只读）",
            "consultant (its organisation's enterprises), office (all) or auditor (all, "
            "read-only)"},
           {"--password-file", "FILE", "新用户的密码（文件第一行）；不写则不设密码",
            "the new user's password (the file's first line); without it, none is set"}}},
         userAddCommand},
        {{"server enterprise assign",
          "ENTERPRISE_UUID --org ORG",
          "把团队服务器上的企业（连同其评测、答案、证明材料和审计记录）分配给另一机构（办公室用户"
          "）",
          "gives an enterprise on the team server (with its assessments, answers, evidence and "
          "audit) to another organisation (an office user)",
          {kServer, kOrg}},
         assignCommand},
    };
}

} // namespace

const std::vector<Verb> &serverVerbs()
{
    static const std::vector<Verb> verbs = declare();
    return verbs;
}

} // namespace dl::cli
