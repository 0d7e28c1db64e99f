// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/enterpriseprofile.h"

#include "base/diagnosticcatalog.h"
#include "base/textshape.h"
#include "enterprise/creditcode.h"
#include "enterprise/sizeclass.h"
#include "model/industry.h"

namespace dl {

Result<Enterprise> checkEnterprise(Enterprise e)
{
    Diagnostics errors;
    auto fail = [&](const char *field, Diagnostic d) {
        d.file = "enterprise";
        d.id = field;
        errors.push_back(std::move(d));
    };
    while (!e.name.empty() && e.name.back() == ' ')
        e.name.pop_back();
    if (e.name.empty())
        fail("name", fileError<DiagMsg::EnterpriseNameEmpty>({}));
    // What a bundle import accepts (bundleshape.h), so that every profile can travel.
    for (auto [field, text] :
         {std::pair{"name", &e.name}, std::pair{"province", &e.province},
          std::pair{"city", &e.city}, std::pair{"contact_name", &e.contactName},
          std::pair{"contact_phone", &e.contactPhone},
          std::pair{"contact_email", &e.contactEmail}}) {
        if (text->size() > 1024)
            fail(field, fileError<DiagMsg::ProfileTextTooLong>({}, 1024));
        else if (const auto bad = findBadCharacter(*text))
            fail(field, fileError<DiagMsg::ProfileTextBadCharacter>({}, codePointName(bad->point)));
    }
    if (!e.creditCode.empty()) {
        const CreditCodeCheck check = checkCreditCode(e.creditCode, Lang::En);
        if (check.valid)
            e.creditCode = check.code;
        else
            fail("credit_code", *check.problem);
    }
    std::optional<IndustryCode> industry;
    if (!e.industry.empty()) {
        industry = IndustryTable::gbt4754().parse(e.industry);
        if (!industry)
            fail("industry", fileError<DiagMsg::EnterpriseIndustryUnknown>({}));
        else if (e.industry[0] < 'A' || e.industry[0] > 'Z')
            e.industry = industry->section + e.industry; // "34" -> "C34", keeping finer digits
    }
    if (e.employees && *e.employees < 0)
        fail("employees", fileError<DiagMsg::EmployeesNegative>({}));
    std::optional<Rational> revenue, assets;
    for (auto [field, text, out] : {std::tuple{"revenue_wan", &e.revenueWan, &revenue},
                                    std::tuple{"assets_wan", &e.assetsWan, &assets}}) {
        if (!*text)
            continue;
        *out = Rational::parseDecimal(**text);
        if (!*out || (*out)->isNegative()) {
            fail(field, fileError<DiagMsg::AmountInvalid>({}));
            out->reset();
        } else {
            **text = (*out)->toString(6);
        }
    }
    if (!errors.empty())
        return errors;
    e.sizeClass = SizeClass::Unknown;
    if (industry && e.employees) {
        const auto employees =
            std::optional<int>(int(std::min<std::int64_t>(*e.employees, 1'000'000'000)));
        e.sizeClass = classifySize(e.industry, employees, revenue, assets).size;
    }
    return e;
}

} // namespace dl
