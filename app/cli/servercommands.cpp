// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommands.h"
#include "cliargs.h"

#include "base/textshape.h"
#include "server/pgconnection.h"
#include "server/serverschema.h"
#include "server/serverusers.h"

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

std::vector<Verb> declare()
{
    return {
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
