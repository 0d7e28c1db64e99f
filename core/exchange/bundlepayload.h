// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// The payload of a bundle (docs/bundle-format.md) as typed records, read by readBundle
// (bundlereader.h) with every field checked, and merged by importBundle (bundle.h).

struct BundleModel
{
    std::string contentHash, modelId, version, content;
};

struct BundleAnswer
{
    std::string layer, kind, key, value, note, updatedAt, updatedBy, changeUuid;
    std::int64_t needsConfirmation = 0; // 0 or 1; absent (older bundles): 0
};

struct BundleAuditEntry
{
    std::string uuid, layer, kind, key;
    std::optional<std::string> oldValue, newValue;
    std::string note, changedAt, changedBy;
};

struct BundleEvidenceFile
{
    std::string uuid, target, sha256;
    std::int64_t size = 0;
    std::string originalName, mediaType;
    std::string content; // decoded from content_base64 and checked against sha256 and size
    std::string addedAt, addedBy;
};

struct BundleEvidenceCheck
{
    std::string target, evidenceId;
    std::int64_t ticked = 0;
    std::string updatedAt;
};

struct BundleAssessment
{
    std::string uuid, enterpriseUuid, modelHash, status, mode, assessorName, assessorOrg;
    std::string createdAt, updatedAt;
    std::string upgradedFrom;       // a uuid, or "" (also when absent: older bundles)
    std::string phase = "baseline"; // baseline / after / follow-up (absent: older bundles)
    std::vector<BundleAnswer> answers;
    std::vector<BundleAuditEntry> audit;
    std::vector<BundleEvidenceFile> evidenceFiles;
    std::vector<BundleEvidenceCheck> evidenceChecks;
};

struct BundlePayload
{
    std::vector<BundleModel> models;
    std::vector<Enterprise> enterprises; // id 0: not yet matched to a local enterprise
    std::vector<BundleAssessment> assessments;
};

} // namespace dl
