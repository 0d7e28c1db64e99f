// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliofilterargs.h"

#include "cliargs.h"

#include "enterprise/records.h"
#include "enterprise/sizeclass.h"
#include "model/builtinmodels.h"
#include "store/portfolio.h"

namespace dl::cli {

const std::vector<OptionSpec> &filterOptions()
{
    static const std::vector<OptionSpec> options{
        {"--province", "P", "只看该省份的企业", "only enterprises in this province"},
        {"--city", "C", "只看该城市的企业", "only enterprises in this city"},
        {"--industry", "CODE", "只看该 GB/T 4754 门类或大类（如 C 或 C30）",
         "only this GB/T 4754 section or division (C or C30)"},
        {"--segment", "SEGMENT", "只看该细分行业（编号或名称）", "only this segment (id or name)"},
        {"--size", "CLASS", "只看该规模：micro、small、medium 或 large",
         "only this size class: micro, small, medium or large"},
        {"--srdi", "STATUS", "只看该专精特新情况：none、innovative、provincial 或 little-giant",
         "only this SRDI status: none, innovative, provincial or little-giant"},
        {"--pilot", "yes|no", "只看试点企业（yes）或非试点企业（no）",
         "only pilot enterprises (yes) or the others (no)"},
        {"--batch", "BATCH", "只看该试点批次", "only this pilot batch"},
        {"--org", "ORG", "只用该评估机构的评测", "only assessments by this organisation"},
        {"--phase", "baseline|after|follow-up", "只用该阶段的评测（改造前、改造后、复评）",
         "only assessments of this phase (before, after, follow-up)"},
        {"--from", "YYYY-MM-DD", "只用此日期及以后创建的评测",
         "only assessments created on or after this date"},
        {"--to", "YYYY-MM-DD", "只用此日期及以前创建的评测",
         "only assessments created on or before this date"}};
    return options;
}

// The filter options of a command line; a malformed value is a usage error (nullopt, reported).
std::optional<PortfolioFilter> filterFrom(Invocation &inv, int &code)
{
    const Args &a = inv.args;
    PortfolioFilter f;
    f.province = a.value("--province");
    f.city = a.value("--city");
    f.industry = a.value("--industry");
    f.segment = a.value("--segment");
    f.batch = a.value("--batch");
    f.organisation = a.value("--org");
    f.from = a.value("--from");
    f.to = a.value("--to");
    if (a.hasOption("--size")) {
        f.size = parseSizeClass(a.value("--size"));
        if (!f.size || *f.size == SizeClass::Unknown) {
            code = inv.usage({"--size 只能是 micro、small、medium 或 large",
                              "--size must be micro, small, medium or large"});
            return std::nullopt;
        }
    }
    if (a.hasOption("--srdi")) {
        f.srdi = parseSrdiStatus(a.value("--srdi"));
        if (!f.srdi) {
            code = inv.usage({"--srdi 只能是 none、innovative、provincial 或 little-giant",
                              "--srdi must be none, innovative, provincial or little-giant"});
            return std::nullopt;
        }
    }
    if (a.hasOption("--pilot")) {
        const std::string p = a.value("--pilot");
        if (p != "yes" && p != "no") {
            code = inv.usage({"--pilot 只能是 yes 或 no", "--pilot must be yes or no"});
            return std::nullopt;
        }
        f.pilot = p == "yes";
    }
    if (a.hasOption("--phase")) {
        f.phase = parseAssessmentPhase(a.value("--phase"));
        if (!f.phase) {
            code = inv.usage({"--phase 只能是 baseline、after 或 follow-up",
                              "--phase must be baseline, after or follow-up"});
            return std::nullopt;
        }
    }
    return f;
}

bool groupFrom(Invocation &inv, std::optional<PortfolioGroup> &by, int &code)
{
    if (!inv.args.hasOption("--by"))
        return true;
    by = parsePortfolioGroup(inv.args.value("--by"));
    if (by)
        return true;
    code = inv.usage({"--by 只能是 segment、org、province、city、division、size、srdi 或 phase",
                      "--by must be segment, org, province, city, division, size, srdi or phase"});
    return false;
}

std::optional<LoadedPortfolio>
loadPortfolio(Invocation &inv, const PortfolioFilter &filter, int &code)
{
    auto fail = [&](const Diagnostics &errors) {
        code = inv.fail(errors);
        return std::nullopt;
    };
    auto store = openStore(inv.args.value("--db", Store::defaultPath()), inv.err);
    if (!store)
        return fail(store.errors());
    if (auto refreshed = refreshSummaries(*store); !refreshed)
        return fail(refreshed.errors());
    auto models = loadBuiltinModelSet();
    if (!models)
        return fail(models.errors());
    auto data = loadPortfolioData(store->db(), models->model);
    if (!data)
        return fail(data.errors());
    auto resolved = resolveFilter(*data, filter);
    if (!resolved)
        return fail(resolved.errors());
    return LoadedPortfolio{std::move(*models), std::move(*data), std::move(*resolved)};
}

} // namespace dl::cli
