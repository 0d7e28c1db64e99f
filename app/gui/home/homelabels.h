// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "enterprise/records.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

// Display names of the stored keys (size class, 专精特新 status, assessment status and mode) and
// of industry codes, shared by the enterprise list and its dialogs. The keys' words are the
// core's (enterprise/recordlabels.h, which the exports use too) in the session's language.
struct HomeLabels
{
    Q_DECLARE_TR_FUNCTIONS(HomeLabels)

public:
    // Unknown gives "".
    static QString sizeClass(dl::SizeClass size, dl::Lang lang);
    // None gives "" unless `noneText`.
    static QString srdi(dl::SrdiStatus srdi, dl::Lang lang, bool noneText = false);
    // nullopt (no assessment) gives "No assessment".
    static QString status(std::optional<dl::AssessmentStatus> status, dl::Lang lang);
    static QString mode(dl::AssessmentMode mode, dl::Lang lang);
    // "C34 通用设备制造业" (the division, else the section, in `lang`); the code alone when
    // unknown.
    static QString industry(const std::string &code, dl::Lang lang);
    // The GB/T 4754 name only, or "".
    static QString industryName(const std::string &code, dl::Lang lang);
    // An ISO time from the store ("2026-11-27T01:02:03Z") as local "yyyy-MM-dd HH:mm".
    static QString localTime(const std::string &iso);
};
