// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "enterprise/records.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

// Display names of the size class, 专精特新 status, assessment status and mode, and of industry
// codes, shared by the enterprise list and its dialogs.
struct HomeLabels
{
    Q_DECLARE_TR_FUNCTIONS(HomeLabels)

public:
    // Unknown gives "".
    static QString sizeClass(dl::SizeClass size);
    // None gives "" unless `noneText`.
    static QString srdi(dl::SrdiStatus srdi, bool noneText = false);
    // nullopt (no assessment) gives "No assessment".
    static QString status(std::optional<dl::AssessmentStatus> status);
    static QString mode(dl::AssessmentMode mode);
    // "C34 通用设备制造业" (the division, else the section, in `lang`); the code alone when
    // unknown.
    static QString industry(const std::string &code, dl::Lang lang);
    // The GB/T 4754 name only, or "".
    static QString industryName(const std::string &code, dl::Lang lang);
    // An ISO time from the store ("2026-11-27T01:02:03Z") as local "yyyy-MM-dd HH:mm".
    static QString localTime(const std::string &iso);
};
