// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgradetestsupport.h"

#include "testsupport.h"

#include "answers/answerwriter.h"

#include <catch2/catch.hpp>

using dl::AnswerKind;
using dl::Layer;

const std::string &model2024_1Text()
{
    static const std::string text =
        readFile(sourceFile("assessments/history/miit-sme-2024.1.yaml"));
    return text;
}

namespace {

dl::Store openStore(const std::string &path)
{
    auto s = dl::Store::open(path, quietOptions());
    REQUIRE(s.ok());
    return std::move(*s);
}

} // namespace

UpgradeFixture::UpgradeFixture(const std::string &tag, const std::string &file)
    : dir(tag)
    , store(openStore(dir.file(file)))
{
    dl::Enterprise e;
    e.name = "示例精密机械有限公司";
    e.industry = "C34";
    auto added = store.addEnterprise(e);
    REQUIRE(added.ok());
    enterpriseId = added->id;
    auto model = dl::loadModelText(model2024_1Text(), "miit-sme-2024.1.yaml");
    REQUIRE(model.ok());
    REQUIRE(model->version == "2024.1");
    auto a = store.newAssessment(enterpriseId, *model, model2024_1Text(), "王工", "示例咨询",
                                 dl::AssessmentMode::Onsite);
    REQUIRE(a.ok());
    sourceId = a->id;
    sourceUuid = a->uuid;

    const dl::LoadedAssessment loaded = load(sourceId);
    auto done =
        dl::AnswerWriter(store, loaded)
            .apply({{Layer::Self, AnswerKind::Figure, "production-units", "100", {}},
                    {Layer::Self, AnswerKind::Figure, "digital-units", "30", {}},
                    {Layer::Self, AnswerKind::Figure, "digital-spend", {}, "财务下周提供"},
                    {Layer::Self, AnswerKind::Figure, "energy-intensity-before", "2.5", {}},
                    {Layer::Self, AnswerKind::Figure, "energy-intensity-after", "2.0", "能源台账"},
                    {Layer::Self, AnswerKind::Figure, "pass-rate-after", "98.5", {}},
                    {Layer::Self, AnswerKind::Item, "pass-rate", "same", "质量月报"},
                    {Layer::Self,
                     AnswerKind::Item,
                     "network",
                     "control-network,application-network",
                     {}},
                    {Layer::Self, AnswerKind::Item, "system-coverage", "several", {}},
                    {Layer::Self, AnswerKind::Scenario, "product-design", "2", {}},
                    {Layer::Verified, AnswerKind::Figure, "pass-rate-before", "97", {}},
                    {Layer::Verified, AnswerKind::Figure, "pass-rate-after", "99", {}},
                    {Layer::Verified, AnswerKind::Item, "energy-intensity", "worse", {}}},
                   "王工");
    INFO(describe(done.ok() ? dl::Diagnostics{} : done.errors()));
    REQUIRE(done.ok());
    REQUIRE(store.setPlanLocks(sourceId, {"network", "pass-rate"}).ok());
    REQUIRE(store
                .addEvidenceFile(sourceId, "system-coverage", "ERP 合同", "erp.pdf",
                                 "application/pdf", "王工")
                .ok());
    REQUIRE(store
                .addEvidenceFile(sourceId, "energy-intensity", "电费单", "bills.pdf",
                                 "application/pdf", "王工")
                .ok());
    REQUIRE(store.setEvidenceCheck(sourceId, "system-coverage", "system-list", true).ok());
    REQUIRE(store.setEvidenceCheck(sourceId, "energy-intensity", "energy-bills", true).ok());
}

dl::LoadedAssessment UpgradeFixture::load(std::int64_t id)
{
    auto a = dl::loadAssessment(store, std::to_string(id));
    INFO(describe(a.ok() ? dl::Diagnostics{} : a.errors()));
    REQUIRE(a.ok());
    return std::move(*a);
}

dl::UpgradeResult UpgradeFixture::upgrade()
{
    auto target = dl::bundledUpgradeTarget();
    REQUIRE(target.ok());
    auto done = dl::upgradeAssessment(store, std::to_string(sourceId), *target, "李四");
    INFO(describe(done.ok() ? dl::Diagnostics{} : done.errors()));
    REQUIRE(done.ok());
    return std::move(*done);
}

std::vector<UpgradeFixture::Row> UpgradeFixture::rows(std::int64_t id)
{
    auto all = store.answers(id);
    REQUIRE(all.ok());
    std::vector<Row> out;
    for (const dl::StoredAnswer &a : *all)
        out.emplace_back(dl::key(a.layer), dl::key(a.kind), a.key, a.value, a.note,
                         a.needsConfirmation);
    return out;
}
