// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/records.h"

#include <array>

namespace dl {

const char *srdiKey(SrdiStatus s)
{
    switch (s) {
    case SrdiStatus::None:
        return "none";
    case SrdiStatus::Innovative:
        return "innovative";
    case SrdiStatus::Provincial:
        return "provincial";
    case SrdiStatus::LittleGiant:
        return "little-giant";
    }
    return "none";
}

std::optional<SrdiStatus> parseSrdi(std::string_view key)
{
    for (SrdiStatus s : {SrdiStatus::None, SrdiStatus::Innovative, SrdiStatus::Provincial,
                         SrdiStatus::LittleGiant}) {
        if (key == srdiKey(s))
            return s;
    }
    return std::nullopt;
}

const char *statusKey(AssessmentStatus s)
{
    switch (s) {
    case AssessmentStatus::Draft:
        return "draft";
    case AssessmentStatus::Submitted:
        return "submitted";
    case AssessmentStatus::Verified:
        return "verified";
    }
    return "draft";
}

std::optional<AssessmentStatus> parseStatus(std::string_view key)
{
    for (AssessmentStatus s :
         {AssessmentStatus::Draft, AssessmentStatus::Submitted, AssessmentStatus::Verified}) {
        if (key == statusKey(s))
            return s;
    }
    return std::nullopt;
}

} // namespace dl
