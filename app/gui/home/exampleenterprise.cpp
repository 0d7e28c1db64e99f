// SPDX-License-Identifier: GPL-3.0-or-later
#include "exampleenterprise.h"
#include "stdtext.h"

#include "answers/answerfile.h"
#include "answers/answerwriter.h"
#include "appsession.h"
#include "enterprise/enterpriseprofile.h"
#include "scoring/answerloader.h"

namespace {

// resources/examples/example-assessment.yaml, byte for byte (test_home.cpp checks it): the GUI
// library has no resource file of its own, and the example must work without data files.
constexpr std::string_view kExampleAssessment = R"yaml(
# The example enterprise of the welcome screen ("Open the example enterprise"), adapted from
# tests/data/worked/06. Compiled into the program as a copy in app/gui/home/exampleenterprise.cpp
# (a test keeps the two identical); the hand-computed result is in tests/gui/test_home.cpp:
# base 65.75, but only 7 scenarios at level 3 (8 needed) -> 二级.
format: digilevel-answers/1
model: {id: miit-sme-2024, version: "2024.2"}
enterprise:
  name: 示例精密机械有限公司
  industry: C34
figures:
  production-units: 64
  digital-units: 64            # 100 %
  networked-units: 38          # 59.375 %
  digital-spend: 180
  annual-revenue: 1500         # 12 %
  energy-intensity-before: 0.92
  energy-intensity-after: 0.85 # fell: better
  pass-rate-before: 97.5
  pass-rate-after: 98.6        # rose: better
items:
  network: [control-network, application-network]
  data-collection-links: [product-design, process-design, sales, planning, production-control,
                          quality, equipment, procurement, warehousing, finance]
  system-coverage: most
  network-security: [security-policy, security-products, boundary-protection]
  data-security: [data-policy, data-products]
  plan-implementation: started
  management-mechanisms: [transformation-workflow, it-operations, data-management]
  digital-talent: [digital-staff, training]
  revenue-per-employee: same
  cost-per-revenue: worse
scenarios:
  product-design: 3
  process-design: 2
  sales-management: 3
  after-sales-service: 1
  production-planning: 3
  production-control: 3
  quality-management: 2
  equipment-management: 2
  safety-production: 2
  energy-management: 2
  procurement: 3
  warehousing-logistics: 2
  financial-management: 3
  human-resources: 2
  collaborative-office: 3
  decision-support: 1
)yaml";

} // namespace

std::string_view exampleAssessmentText()
{
    return kExampleAssessment.substr(1); // the raw string starts with a newline
}

dl::Result<ExampleIds> createExampleEnterprise(AppSession &session)
{
    const dl::ModelSet &models = session.builtinModels();
    // The whole file is checked first, so that a broken example stores nothing.
    auto file = dl::loadAnswersText(exampleAssessmentText(), "example-assessment.yaml", models);
    if (!file)
        return file.errors();
    auto answers = dl::answerFileChanges(exampleAssessmentText(), "example-assessment.yaml", models,
                                         file->industry);
    if (!answers)
        return answers.errors();

    dl::Enterprise profile;
    profile.name = file->enterpriseName;
    profile.creditCode = "91330106MA2CF3K8X6";
    profile.industry = "C34";
    profile.province = "浙江省";
    profile.city = "杭州市";
    profile.employees = 180;
    profile.revenueWan = "1500";
    profile.assetsWan = "2300";
    profile.srdi = dl::SrdiStatus::Innovative;
    profile.contactName = "张经理";
    profile.contactEmail = "info@example.com";
    auto checked = dl::checkEnterprise(profile);
    if (!checked)
        return checked.errors();
    dl::Store &store = session.store();
    auto enterprise = store.addEnterprise(*checked);
    if (!enterprise)
        return enterprise.errors();
    const std::string who = ss(session.userName());
    auto assessment =
        store.newAssessment(enterprise->id, models.model, session.builtinModelText(), who,
                            ss(session.organisation()), dl::AssessmentMode::Self);
    if (!assessment)
        return assessment.errors();
    if (auto done =
            dl::AnswerWriter(store, assessment->id, models, file->industry).apply(*answers, who);
        !done)
        return done.errors();
    if (auto done = store.setStatus(assessment->id, dl::AssessmentStatus::Submitted, who); !done)
        return done.errors();
    session.notifyEnterprisesChanged();
    session.notifyAssessmentChanged(assessment->id);
    return ExampleIds{enterprise->id, assessment->id};
}
