// SPDX-License-Identifier: GPL-3.0-or-later
// What each database verb accepts: its arguments and its own options, for parsing and for --help.
#include "lockcommands.h"
#include "storecommands.h"
#include "upgradecommands.h"
#include "verifycommands.h"

namespace dl::cli {

namespace {

const OptionSpec kDb = kDbOption;
const OptionSpec kBy = kByOption;
const OptionSpec kLayer{"--layer", "self|verified", "企业自评（self）或现场核验（verified）的答案",
                        "the enterprise's own answers (self) or the verified ones"};

Verb store(const char *name,
           const char *synopsis,
           const char *zh,
           const char *en,
           std::vector<OptionSpec> options)
{
    options.insert(options.begin(), kDb);
    return {{name, synopsis, zh, en, std::move(options)}, runStoreVerb};
}

// A database verb with a handler of its own (not runStoreVerb's).
Verb own(const char *name,
         const char *synopsis,
         const char *zh,
         const char *en,
         std::vector<OptionSpec> options,
         int (*run)(Invocation &))
{
    options.insert(options.begin(), kDb);
    return {{name, synopsis, zh, en, std::move(options)}, run};
}

std::vector<Verb> declare()
{
    return {
        store(
            "enterprise add", "--name NAME", "添加一家企业的档案", "adds an enterprise's profile",
            {{"--name", "NAME", "企业名称", "the enterprise's name"},
             {"--credit-code", "CODE", "统一社会信用代码（18 位）",
              "the unified social credit code (18 characters)"},
             {"--industry", "CODE", "GB/T 4754-2017 行业代码，例如 C34",
              "the GB/T 4754-2017 industry, e.g. C34"},
             {"--province", "P", "所在省份", "the province"},
             {"--city", "C", "所在城市", "the city"},
             {"--employees", "N", "从业人员数", "the number of employees"},
             {"--revenue", "WAN", "营业收入（万元）", "the revenue, in 10k CNY"},
             {"--assets", "WAN", "资产总额（万元）", "the total assets, in 10k CNY"},
             {"--above-scale", nullptr, "规模以上企业", "the enterprise is above designated size"},
             {"--srdi", "STATUS", "专精特新情况：none、innovative、provincial 或 little-giant",
              "its SRDI (专精特新) status: none, innovative, provincial or little-giant"},
             {"--contact-name", "N", "联系人", "the contact person"},
             {"--contact-phone", "P", "联系电话", "the contact's phone"},
             {"--contact-email", "E", "联系邮箱", "the contact's e-mail"},
             {"--pilot", "yes|no", "是否为数字化转型试点企业", "whether it is a pilot enterprise"},
             {"--batch", "BATCH", "试点批次，例如“2025年第一批”",
              "its pilot batch, e.g. 2025年第一批"}}),
        store("enterprise list", "", "列出企业", "lists the enterprises",
              {{"--search", "TEXT", "只列出名称、信用代码、行业或地区中含有该文字的企业",
                "only those whose name, credit code, industry or region contains TEXT"}}),
        store("enterprise show", "ENTERPRISE", "显示一家企业（编号、UUID 或信用代码）及其评测",
              "shows an enterprise (id, uuid or credit code) and its assessments", {}),
        store("assessment new", "ENTERPRISE", "为企业新建一次评测",
              "starts an assessment of an enterprise",
              {{"--model", "MODEL.yaml", "评测模型文件（默认：内置的工信部 2024 年版）",
                "the model file (default: the bundled MIIT 2024 model)"},
               {"--assessor", "NAME", "评测人员", "the assessor"},
               {"--org", "ORG", "评测机构", "the assessor's organisation"},
               {"--mode", "self|onsite", "企业自评（self）或现场评测（onsite）",
                "self-assessment or on site"},
               {"--phase", "baseline|after|follow-up", "评测阶段：改造前（默认）、改造后或复评",
                "the phase: before the transformation (default), after it, or a follow-up"}}),
        store("assessment answer", "ASSESSMENT figure|item|scenario ID VALUE",
              "保存一个答案（多选题写 a,b,c；VALUE 为“-”时清除答案）",
              "stores one answer (multiple choice: a,b,c; VALUE \"-\" clears it)",
              {kLayer, {"--note", "TEXT", "答案的备注", "a note with the answer"}, kBy}),
        store("assessment load", "ASSESSMENT ANSWERS.yaml",
              "保存答案文件中的全部答案（要么全部保存，要么都不保存）",
              "stores every answer of an answer file (all or nothing)", {kBy}),
        store("assessment score", "ASSESSMENT", "为已保存的评测评分", "scores a stored assessment",
              {kLayer, {"--json", nullptr, "输出一个 JSON 对象", "prints one JSON object"}}),
        store("assessment status", "ASSESSMENT draft|submitted|verified", "设置评测状态",
              "sets the assessment's status", {kBy}),
        store("assessment list", "[ENTERPRISE]", "列出评测（全部，或一家企业的）",
              "lists the assessments (all, or an enterprise's)", {}),
        store("assessment compare", "ASSESSMENT ASSESSMENT", "比较两次评测的等级和得分",
              "compares two assessments' levels and scores", {kLayer}),
        store("assessment history", "ASSESSMENT", "显示评测的审计记录",
              "shows the assessment's audit trail", {}),
        store("assessment evidence", "ASSESSMENT [add TARGET FILE | tick TARGET EVIDENCE yes|no]",
              "佐证材料：不带子命令时列出清单和文件；add 附加文件；tick 勾选材料",
              "evidence: without a subcommand the checklist and files; add attaches a file, tick "
              "ticks an entry",
              {{"--type", "MEDIA/TYPE", "附加文件的媒体类型", "the attached file's media type"},
               kBy}),
        {{"assessment lock",
          "ASSESSMENT ID[,ID...]",
          "把评分项或场景设为不在计划内：升级方案不再改变它们",
          "locks items or scenarios out of the plans (not in our plans): the ways to the next "
          "level leave them unchanged",
          {kDb}},
         planLockCommand},
        {{"assessment unlock",
          "ASSESSMENT ID... | --all",
          "取消不在计划内的设定",
          "unlocks items or scenarios for the plans again",
          {kDb, {"--all", nullptr, "取消全部锁定", "unlocks everything"}}},
         planLockCommand},
        own("assessment upgrade", "ASSESSMENT",
            "把评测升级到新版本指标：新建一次评测，按新版本声明的规则沿用答案，原评测保持不变",
            "upgrades an assessment to a newer model version: a new assessment with the answers "
            "carried over by that version's rules; the old one stays as it was",
            {{"--model", "MODEL.yaml", "升级到的评测模型文件（默认：内置的工信部 2024 年版）",
              "the model to upgrade to (default: the bundled MIIT 2024 model)"},
             kBy},
            upgradeCommand),
        own("assessment confirm", "ASSESSMENT ID...|--all",
            "确认升级时沿用、需要核对的答案（保留原值）",
            "confirms answers an upgrade carried over for checking (their values stay)",
            {kLayer,
             {"--all", nullptr, "所有待确认的答案", "every answer waiting for confirmation"},
             kBy},
            confirmCommand),
        {{"export",
          "-o FILE (--all | --assessment ID ... | --enterprise ID ...)",
          "导出数据包（.dlb），或用 --csv 导出 CSV，或用 --xlsx 导出 Excel 工作簿",
          "exports a bundle (.dlb), or CSV with --csv, or an Excel workbook with --xlsx",
          {kDb,
           {"-o", "FILE", "输出文件", "the output file"},
           {"--all", nullptr, "所有企业和评测", "every enterprise and assessment"},
           {"--assessment", "ID", "这次评测（可重复）", "this assessment (repeatable)"},
           {"--enterprise", "ID", "这家企业的全部评测（可重复）",
            "this enterprise's assessments (repeatable)"},
           {"--csv", "assessments|answers", "导出评测汇总或全部答案的 CSV",
            "CSV of the assessments or of every answer"},
           {"--xlsx", nullptr, "导出 Excel 工作簿：得分、等级和全部答案",
            "an Excel workbook: scores, levels and every answer"}}},
         [](Invocation &inv) {
             return inv.args.has("--xlsx") ? xlsxExportCommand(inv) : runStoreVerb(inv);
         }},
        store("import", "FILE.dlb...", "逐个合并数据包，并列出新的冲突",
              "merges each bundle and prints new conflicts", {}),
        store("conflicts", "", "列出未解决的合并冲突", "lists the open merge conflicts", {}),
        store("conflicts resolve", "ID local|incoming",
              "解决冲突：保留本机值（local）或采用导入值（incoming）",
              "resolves a conflict: keep the local value or take the incoming one", {kBy}),
        store("backup", "", "备份数据库（不带 -o 时在数据库旁写滚动备份）",
              "backs the database up (without -o: a rolling backup next to the database)",
              {{"-o", "FILE", "备份文件", "the backup file"}}),
        store("check", "", "检查数据库是否完好", "checks the database's integrity",
              {{"--restore", nullptr, "数据库损坏时恢复最新的自动备份",
                "puts back the newest automatic backup of a damaged database"}}),
    };
}

} // namespace

const std::vector<Verb> &storeVerbs()
{
    static const std::vector<Verb> verbs = declare();
    return verbs;
}

} // namespace dl::cli
