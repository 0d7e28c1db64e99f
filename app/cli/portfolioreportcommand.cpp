// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioreportcommand.h"

#include "portfoliofilterargs.h"
#include "portfolioreport.h"

#include "exchange/portfolioxlsx.h"
#include "portfolio/levelgap.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>

namespace dl::cli {

namespace {

std::string lowerExtension(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char ch) { return char(std::tolower(ch)); });
    return ext;
}

} // namespace

int portfolioReportCommand(Invocation &inv)
{
    const Args &args = inv.args;
    if (!args.positional.empty() || args.has("--all") || args.hasOption("--assessment") ||
        args.hasOption("--enterprise") || args.hasOption("--model") || args.hasOption("--layer") ||
        args.hasOption("--min-peers"))
        return inv.usage({"report --portfolio 只接受筛选选项、--by 和 -o，不能再给评测、答案文件、"
                          "--all、--assessment、--enterprise、--model、--layer 或 --min-peers",
                          "report --portfolio takes the filter options, --by and -o only, no "
                          "assessment, answer file, --all, --assessment, --enterprise, --model, "
                          "--layer or --min-peers"});
    const std::string output = args.value("-o");
    const std::string ext = lowerExtension(output);
    if (ext != ".pdf" && ext != ".xlsx")
        return inv.usage({"report --portfolio 需要 -o 文件.pdf 或 -o 文件.xlsx（由扩展名决定格式）",
                          "report --portfolio needs -o FILE.pdf or -o FILE.xlsx (the extension "
                          "chooses the format)"});
    int code = Ok;
    const auto filter = filterFrom(inv, code);
    if (!filter)
        return code;
    std::optional<PortfolioGroup> by;
    if (!groupFrom(inv, by, code))
        return code;
    const auto loaded = loadPortfolio(inv, *filter, code);
    if (!loaded)
        return code;
    const Model &model = loaded->models.model;
    const PortfolioFigures figures = aggregatePortfolio(loaded->data, loaded->filter, by);
    const std::vector<LevelGap> below = levelGaps(loaded->data, figures, model, 2);
    const PortfolioReportView view{loaded->data,
                                   loaded->filter,
                                   figures,
                                   by,
                                   below,
                                   model,
                                   isoTime(systemClock()()).substr(0, 10)};
    const Result<Done> written = ext == ".pdf"
                                     ? report::writePortfolioReport(view, inv.lang, output)
                                     : exportPortfolioXlsx(view, output, inv.lang);
    if (!written)
        return inv.fail(written.errors());
    inv.out << fmt(T(inv.lang, "试点进展报告已写入 %1（企业 %2 家，已评测 %3 家）",
                     "portfolio report written to %1 (%2 enterprises, %3 assessed)"),
                   {output, std::to_string(figures.counts.enterprises),
                    std::to_string(figures.counts.assessed)})
            << '\n';
    return Ok;
}

} // namespace dl::cli
