// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprise/enterpriseprofile.h"

#include "enterprise/creditcode.h"
#include "enterprise/sizeclass.h"
#include "model/industry.h"

namespace dl {

Result<Enterprise> checkEnterprise(Enterprise e, Lang lang)
{
    Diagnostics errors;
    auto fail = [&](const char *field, std::string message) {
        errors.push_back(Diagnostic{"enterprise", {}, field, "invalid-field", std::move(message)});
    };
    while (!e.name.empty() && e.name.back() == ' ')
        e.name.pop_back();
    if (e.name.empty())
        fail("name", T(lang, "企业名称不能为空", "the enterprise name must not be empty"));
    if (!e.creditCode.empty()) {
        const CreditCodeCheck check = checkCreditCode(e.creditCode, lang);
        if (check.valid)
            e.creditCode = check.code;
        else
            fail("credit_code", check.message);
    }
    std::optional<IndustryCode> industry;
    if (!e.industry.empty()) {
        industry = IndustryTable::gbt4754().parse(e.industry);
        if (!industry)
            fail("industry",
                 T(lang, "行业代码不是 GB/T 4754-2017 的门类或大类（例如 C 或 C34）",
                   "the industry is not a GB/T 4754-2017 section or division (e.g. C or "
                   "C34)"));
        else if (e.industry[0] < 'A' || e.industry[0] > 'Z')
            e.industry = industry->section + e.industry; // "34" -> "C34", keeping finer digits
    }
    if (e.employees && *e.employees < 0)
        fail("employees", T(lang, "从业人员数不能为负数", "employees must be 0 or more"));
    std::optional<Rational> revenue, assets;
    for (auto [field, text, out] : {std::tuple{"revenue_wan", &e.revenueWan, &revenue},
                                    std::tuple{"assets_wan", &e.assetsWan, &assets}}) {
        if (!*text)
            continue;
        *out = Rational::parseDecimal(**text);
        if (!*out || (*out)->isNegative()) {
            fail(field, T(lang, "金额须为不小于 0 的数字（单位：万元），例如 1250.5",
                          "must be a number of 10k CNY, 0 or more, e.g. 1250.5"));
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
