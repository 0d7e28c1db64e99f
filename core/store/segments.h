// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/records.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// Segments (细分行业) and the other facts of the pilot programme a city office keeps: an
// assessment's phase and the organisations that have assessed. Each change is its own
// transaction, as everything in the store.

// Adds a segment. The Chinese name is required and unique; each industry code must be a
// GB/T 4754-2017 section or division ("C", "C30", "30"), kept as "C" or "C30"; members must be
// enterprises of this database. Empty createdAt/updatedAt are set to now.
Result<Segment> addSegment(Store &store, Segment segment);
// Replaces a segment's names, codes and members (by id), with the checks of addSegment.
Result<Done> updateSegment(Store &store, const Segment &segment);
Result<Done> removeSegment(Store &store, std::int64_t id);
// Every segment with its codes and members, by Chinese name.
Result<std::vector<Segment>> segments(SqliteDb &db);
// A segment by id, uuid, or its Chinese or English name.
Result<Segment> segmentByRef(Store &store, const std::string &ref);
// Whether `ref` names `segment` in one of those ways.
bool segmentMatches(const Segment &segment, const std::string &ref);

// Whether an enterprise belongs to a segment: named as a member, or its industry under one of
// the segment's codes.
bool segmentCovers(const Segment &segment, std::int64_t enterpriseId, const std::string &industry);

// Sets an assessment's phase, with an audit row (kind "status", key "phase").
Result<Done> setAssessmentPhase(Store &store,
                                std::int64_t assessmentId,
                                AssessmentPhase phase,
                                const std::string &who);

// The organisations (服务商) named on assessments, most used first: what a form offers while
// typing, so that one provider is not spelled three ways.
Result<std::vector<std::string>> assessingOrganisations(SqliteDb &db);

} // namespace dl
