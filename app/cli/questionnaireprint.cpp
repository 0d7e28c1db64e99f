// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnaireprint.h"

#include "clicommands.h"
#include "questionnaireform.h"
#include "reportcommands.h"

#include "model/builtinmodels.h"
#include "store/storedassessment.h"

#include <QDate>

#include <ostream>

namespace dl::cli {

namespace {

int printCommand(Invocation &inv)
{
    const Args &args = inv.args;
    const bool blank = args.has("--blank");
    if (blank ? !args.positional.empty() : args.positional.size() != 1)
        return inv.usage({"questionnaire print 需要一个评测或 --blank（二者取一）",
                          "questionnaire print takes one assessment or --blank, not both"});
    if (!args.hasOption("-o"))
        return inv.usage(
            {"questionnaire print 需要 -o 文件.pdf", "questionnaire print needs -o FILE.pdf"});
    if (blank && (args.has("--fill") || args.hasOption("--layer") || args.hasOption("--db")))
        return inv.usage({"--fill、--layer 和 --db 只用于某次评测的问卷，不用于 --blank",
                          "--fill, --layer and --db are for an assessment's form, not --blank"});
    const std::optional<Layer> layer = parseLayer(args.value("--layer", "self"));
    if (!layer)
        return inv.usage({"--layer 只能是 self 或 verified", "--layer must be self or verified"});
    if (args.hasOption("--layer") && !args.has("--fill"))
        return inv.usage({"--layer 只与 --fill 一起使用", "--layer goes with --fill"});
    const std::string output = args.value("-o");

    std::optional<report::QuestionnaireForm> form;
    if (blank) {
        auto models = loadBuiltinModelSet();
        if (!models)
            return inv.fail(models.errors());
        form = report::blankQuestionnaireForm(std::move(*models));
    } else {
        auto store = openStore(args.value("--db", Store::defaultPath()), inv.err);
        if (!store)
            return inv.fail(store.errors());
        auto assessment = loadAssessment(*store, args.positional[0]);
        if (!assessment)
            return inv.fail(assessment.errors());
        const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
        form = report::questionnaireFormFor(*assessment, today,
                                            args.has("--fill") ? layer : std::nullopt);
    }
    return withGuiApplication([&] {
        if (auto written = report::writeQuestionnaireForm(*form, inv.lang, output); !written)
            return inv.fail(written.errors());
        inv.out << fmt(T(inv.lang, "问卷表格已写入 %1", "questionnaire form written to %1"),
                       {output})
                << '\n';
        return int(Ok);
    });
}

} // namespace

Verb questionnairePrintVerb()
{
    return {
        {"questionnaire print",
         "(ASSESSMENT | --blank) -o FILE.pdf",
         "生成供企业手工填写的 A4 PDF 问卷（中文或英文）：每个基础数据一个填数方框，每个选项、"
         "每个场景等级一个勾选框，页眉写企业名称和日期；--blank 为空白问卷（企业名称和日期留空）",
         "writes the questionnaire as an A4 PDF to fill in by hand (Chinese or English): a box "
         "for each figure, a tick box for each option and scenario level, the enterprise and "
         "the date at the top of every page; --blank leaves the name and date to write in",
         {kDbOption,
          {"-o", "FILE.pdf", "输出的 PDF 文件", "the PDF file to write"},
          {"--blank", nullptr, "内置评测模型的空白问卷，不针对某次评测",
           "a blank form of the bundled model, for no assessment in particular"},
          {"--fill", nullptr, "把该评测已有的答案预先填入（默认不填）",
           "prints the assessment's answers in (by default none are)"},
          {"--layer", "self|verified", "--fill 填入企业自评（self，默认）或现场核验的答案",
           "with --fill: the enterprise's own answers (self, the default) or the verified "
           "ones"}}},
        printCommand};
}

void registerQuestionnairePrintCommand()
{
    registerVerb(questionnairePrintVerb());
}

} // namespace dl::cli
