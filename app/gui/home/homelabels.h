// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QCoreApplication>
#include <QString>

#include <string>

// Display names of the stored keys (size class, 专精特新 status, assessment status and mode) and
// of industry codes, shared by the enterprise list and its dialogs. The keys' words are the
// core's (enterprise/recordlabels.h, which the exports use too) in the session's language.
struct HomeLabels
{
    Q_DECLARE_TR_FUNCTIONS(HomeLabels)

public:
    // large / medium / small / micro; "" gives "".
    static QString sizeClass(const std::string &key, dl::Lang lang);
    // none / innovative / provincial / little-giant; none gives "" unless `noneText`.
    static QString srdi(const std::string &key, dl::Lang lang, bool noneText = false);
    // draft / submitted / verified; "" (no assessment) gives "No assessment".
    static QString status(const std::string &key, dl::Lang lang);
    // self / onsite
    static QString mode(const std::string &key, dl::Lang lang);
    // "C34 通用设备制造业" (the division, else the section, in `lang`); the code alone when
    // unknown.
    static QString industry(const std::string &code, dl::Lang lang);
    // The GB/T 4754 name only, or "".
    static QString industryName(const std::string &code, dl::Lang lang);
    // An ISO time from the store ("2026-11-27T01:02:03Z") as local "yyyy-MM-dd HH:mm".
    static QString localTime(const std::string &iso);
};
