// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliocommands.h"
#include "cliargs.h"
#include "portfoliofilterargs.h"

#include "base/diagnosticcatalog.h"
#include "enterprise/enterpriseprofile.h"
#include "enterprise/recordlabels.h"
#include "exchange/portfolioexport.h"
#include "model/builtinmodels.h"
#include "portfolio/aggregate.h"
#include "store/portfolio.h"
#include "store/segments.h"

#include <cstdlib>
#include <ostream>

namespace dl::cli {

namespace {

const OptionSpec kDb = kDbOption;
const OptionSpec kBy = kByOption;

int portfolioCommand(Invocation &inv)
{
    if (!inv.args.positional.empty())
        return inv.usage({"portfolio 不接受位置参数；筛选请用选项", "portfolio takes no arguments; "
                                                                    "filter with the options"});
    int code = Ok;
    const auto filter = filterFrom(inv, code);
    if (!filter)
        return code;
    std::optional<PortfolioGroup> by;
    if (!groupFrom(inv, by, code))
        return code;
    if (inv.args.has("--json") && inv.args.has("--csv"))
        return inv.usage({"--json 和 --csv 只能选一个", "--json and --csv exclude each other"});
    const auto loaded = loadPortfolio(inv, *filter, code);
    if (!loaded)
        return code;
    const PortfolioData &data = loaded->data;
    const PortfolioFigures figures = aggregatePortfolio(data, loaded->filter, by);
    if (inv.args.has("--json"))
        inv.out << portfolioJson(data, figures, by, inv.lang).dump(2) << '\n';
    else if (inv.args.has("--csv"))
        inv.out << portfolioCsv(data, figures, by, inv.lang);
    else
        inv.out << portfolioText(data, loaded->filter, figures, by, inv.lang);
    return Ok;
}

int segmentCommand(Invocation &inv)
{
    const std::string verb = inv.verb.name;
    const auto &p = inv.args.positional;
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    if (verb == "segment list") {
        auto all = segments(store->db());
        if (!all)
            return inv.fail(all.errors());
        for (const Segment &s : *all) {
            inv.out << s.id << '\t' << s.nameZh << '\t' << s.nameEn << '\t';
            for (std::size_t k = 0; k < s.industries.size(); ++k)
                inv.out << (k ? "," : "") << s.industries[k];
            inv.out << '\t'
                    << fmt(T(inv.lang, "%1 家指定企业", "%1 named enterprises"),
                           {std::to_string(s.members.size())})
                    << '\n';
        }
        return Ok;
    }
    if (verb == "segment remove") {
        if (p.size() != 1)
            return inv.usage({"用法：segment remove 细分行业", "segment remove SEGMENT"});
        auto s = segmentByRef(*store, p[0]);
        if (!s)
            return inv.fail(s.errors());
        if (auto done = removeSegment(*store, s->id); !done)
            return inv.fail(done.errors());
        inv.out << fmt(T(inv.lang, "已删除细分行业 %1（%2）", "removed segment %1 (%2)"),
                       {std::to_string(s->id), s->nameZh})
                << '\n';
        return Ok;
    }
    if (p.size() != 1)
        return inv.usage({"用法：segment add 中文名称 [--en 英文名称] [--industry 代码,...] "
                          "[--member 企业...]",
                          "segment add NAME [--en NAME] [--industry CODE,...] [--member "
                          "ENTERPRISE...]"});
    Segment s;
    s.nameZh = p[0];
    s.nameEn = inv.args.value("--en");
    s.industries = idList(inv.args.values("--industry"));
    for (const std::string &ref : idList(inv.args.values("--member"))) {
        auto e = store->enterpriseByRef(ref);
        if (!e)
            return inv.fail(e.errors());
        s.members.push_back(e->id);
    }
    auto added = addSegment(*store, s);
    if (!added)
        return inv.fail(added.errors());
    inv.out << fmt(T(inv.lang, "已添加细分行业 %1（%2）", "added segment %1 (%2)"),
                   {std::to_string(added->id), added->nameZh})
            << '\n';
    return Ok;
}

// Changes only the profile fields given; the rest stay as stored.
int enterpriseEditCommand(Invocation &inv)
{
    const Args &a = inv.args;
    if (a.positional.size() != 1)
        return inv.usage(
            {"用法：enterprise edit 企业 [选项]", "enterprise edit ENTERPRISE [options]"});
    auto store = openStore(a.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    auto found = store->enterpriseByRef(a.positional[0]);
    if (!found)
        return inv.fail(found.errors());
    Enterprise e = *found;
    const std::pair<const char *, std::string *> texts[] = {{"--name", &e.name},
                                                            {"--credit-code", &e.creditCode},
                                                            {"--industry", &e.industry},
                                                            {"--province", &e.province},
                                                            {"--city", &e.city},
                                                            {"--batch", &e.pilotBatch},
                                                            {"--contact-name", &e.contactName},
                                                            {"--contact-phone", &e.contactPhone},
                                                            {"--contact-email", &e.contactEmail}};
    for (const auto &[option, field] : texts) {
        if (a.hasOption(option))
            *field = a.value(option);
    }
    if (a.hasOption("--srdi")) {
        const auto srdi = parseSrdiStatus(a.value("--srdi"));
        if (!srdi)
            return inv.usage({"--srdi 只能是 none、innovative、provincial 或 little-giant",
                              "--srdi must be none, innovative, provincial or little-giant"});
        e.srdi = *srdi;
    }
    if (a.hasOption("--pilot")) {
        const std::string pilot = a.value("--pilot");
        if (pilot != "yes" && pilot != "no")
            return inv.usage({"--pilot 只能是 yes 或 no", "--pilot must be yes or no"});
        e.pilot = pilot == "yes";
    }
    auto checked = checkEnterprise(e);
    if (!checked)
        return inv.fail(checked.errors());
    if (auto done = store->updateEnterprise(*checked); !done)
        return inv.fail(done.errors());
    inv.out << fmt(T(inv.lang, "已更新企业 %1（%2）", "updated enterprise %1 (%2)"),
                   {std::to_string(e.id), checked->name})
            << '\n';
    return Ok;
}

int phaseCommand(Invocation &inv)
{
    const auto &p = inv.args.positional;
    const auto phase = p.size() == 2 ? parseAssessmentPhase(p[1]) : std::nullopt;
    if (!phase)
        return inv.usage({"用法：assessment phase 评测 baseline|after|follow-up",
                          "assessment phase ASSESSMENT baseline|after|follow-up"});
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return inv.fail(store.errors());
    auto a = store->assessmentByRef(p[0]);
    if (!a)
        return inv.fail(a.errors());
    if (auto done = setAssessmentPhase(*store, a->id, *phase, changedBy(inv.args)); !done)
        return inv.fail(done.errors());
    inv.out << fmt(T(inv.lang, "评测 %1：%2", "assessment %1: %2"),
                   {std::to_string(a->id), label(*phase, inv.lang)})
            << '\n';
    return Ok;
}

std::vector<Verb> declare()
{
    std::vector<OptionSpec> portfolioOptions{kDb};
    for (const OptionSpec &o : filterOptions())
        portfolioOptions.push_back(o);
    portfolioOptions.push_back(kGroupOption);
    portfolioOptions.push_back({"--json", nullptr, "输出一个 JSON 对象", "prints one JSON object"});
    portfolioOptions.push_back(
        {"--csv", nullptr, "输出分组表的 CSV", "prints the group table as CSV"});
    return {
        {{"portfolio", "[filters] [--by FIELD] [--json|--csv]",
          "试点看板：企业数、等级分布、二级及以上占比、改造前后提升，可筛选和分组",
          "the portfolio: enterprises, levels, the share at level 2 or higher, the uplift from "
          "before to after the transformation, filtered and grouped",
          portfolioOptions},
         portfolioCommand},
        {{"segment add",
          "NAME",
          "添加细分行业：按行业代码和/或指定企业",
          "adds a segment (细分行业) by industry codes and/or named enterprises",
          {kDb,
           {"--en", "NAME", "英文名称", "the English name"},
           {"--industry", "CODE[,CODE...]", "GB/T 4754 门类或大类代码（如 C30）",
            "GB/T 4754 sections or divisions (e.g. C30)"},
           {"--member", "ENTERPRISE", "指定的成员企业（可重复）",
            "a member enterprise (repeatable)"}}},
         segmentCommand},
        {{"segment list", "", "列出细分行业", "lists the segments", {kDb}}, segmentCommand},
        {{"segment remove",
          "SEGMENT",
          "删除细分行业（企业和评测不受影响）",
          "removes a segment (enterprises and assessments stay)",
          {kDb}},
         segmentCommand},
        {{"enterprise edit",
          "ENTERPRISE",
          "修改企业档案：只改给出的项",
          "edits an enterprise's profile: only the fields given change",
          {kDb,
           {"--name", "NAME", "企业名称", "the enterprise's name"},
           {"--credit-code", "CODE", "统一社会信用代码", "the unified social credit code"},
           {"--industry", "CODE", "GB/T 4754-2017 行业代码", "the GB/T 4754-2017 industry"},
           {"--province", "P", "所在省份", "the province"},
           {"--city", "C", "所在城市", "the city"},
           {"--srdi", "STATUS", "专精特新情况", "its SRDI (专精特新) status"},
           {"--pilot", "yes|no", "是否为数字化转型试点企业", "whether it is a pilot enterprise"},
           {"--batch", "BATCH", "试点批次", "its pilot batch"},
           {"--contact-name", "N", "联系人", "the contact person"},
           {"--contact-phone", "P", "联系电话", "the contact's phone"},
           {"--contact-email", "E", "联系邮箱", "the contact's e-mail"}}},
         enterpriseEditCommand},
        {{"assessment phase",
          "ASSESSMENT baseline|after|follow-up",
          "设置评测阶段：改造前（baseline）、改造后（after）或复评（follow-up）",
          "sets the assessment's phase: before (baseline), after or follow-up",
          {kDb, kBy}},
         phaseCommand},
    };
}

} // namespace

const std::vector<Verb> &portfolioVerbs()
{
    static const std::vector<Verb> verbs = declare();
    return verbs;
}

} // namespace dl::cli
