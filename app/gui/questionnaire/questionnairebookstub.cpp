// SPDX-License-Identifier: GPL-3.0-or-later
// STUB (drop at merge): the questionnaire workbook is implemented in core/exchange on another
// branch; these let the program and its tests link here, refusing every workbook.
#include "exchange/questionnairebook.h"

#include "base/diagnosticcatalog.h"

namespace dl {

Result<Done> exportQuestionnaire(const LoadedAssessment &,
                                 const std::string &path,
                                 const QuestionnaireExportOptions &)
{
    return fileError<DiagMsg::FileCannotOpen>(path);
}

Result<QuestionnaireImportPlan>
planQuestionnaireImport(const LoadedAssessment &, const std::string &path, Layer, Lang)
{
    return fileError<DiagMsg::FileCannotOpen>(path);
}

Result<AnswerWrite> applyQuestionnaireImport(Store &,
                                             const LoadedAssessment &,
                                             const QuestionnaireImportPlan &plan,
                                             const std::string &)
{
    return fileError<DiagMsg::FileCannotOpen>(plan.file);
}

} // namespace dl
