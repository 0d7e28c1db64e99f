// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/answerkinds.h"

#include <QtGlobal>

#include <functional>

class AppSession;
class QMenu;
class QWidget;

namespace QuestionnaireBookActions {

// The questionnaire on paper and in Excel, for the assessment `assessmentId()` returns, in the
// layer `layer()` returns, added to `menu`; dialogs open over `owner`'s window:
//   导出问卷工作簿… / Export questionnaire workbook…   language, answers or blank, then the file
//   打印问卷表格… / Print questionnaire form…          a PDF to fill in by hand
//   导入问卷工作簿… / Import questionnaire workbook…   a preview of every change and problem
//                                                     first; stored only when the user accepts
// Object names of the actions: export-workbook, print-form, import-workbook.
void addTo(QMenu *menu,
           QWidget *owner,
           AppSession &session,
           std::function<qint64()> assessmentId,
           std::function<dl::Layer()> layer);

void exportWorkbook(QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer);
void printForm(QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer);
void importWorkbook(QWidget *parent, AppSession &session, qint64 assessmentId, dl::Layer layer);

} // namespace QuestionnaireBookActions
