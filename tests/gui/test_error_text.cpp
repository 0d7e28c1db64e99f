// SPDX-License-Identifier: GPL-3.0-or-later
// The core's diagnostics in a dialog: in the language the interface shows.
#include "base/diagnosticcatalog.h"
#include "errordialog.h"
#include "uilanguage.h"

#include <catch2/catch.hpp>

TEST_CASE("error texts follow the interface language", "[gui]")
{
    const dl::Diagnostics errors{
        dl::fileError<dl::DiagMsg::NoEnterpriseRef>("office.sqlite", "42"),
        dl::diagnostic<dl::DiagMsg::InvalidRating>("answers.yaml", {15, 19}, "product-design",
                                                   "product-design", dl::LocalText{"“5”", "'5'"})};
    {
        UiLanguage ui;
        ui.apply(dl::Lang::ZhCN);
        CHECK(UiLanguage::current() == dl::Lang::ZhCN);
        CHECK(errorText(errors) ==
              QStringLiteral("office.sqlite：没有编号、UUID 或统一社会信用代码为“42”的企业\n"
                             "answers.yaml 第15行第19列：[product-design] 场景 product-design："
                             "等级“5”无效；应为 0（未达到）到 4 的整数"));
    }
    CHECK(UiLanguage::current() == dl::Lang::En);
    CHECK(errorText(errors) ==
          QStringLiteral("office.sqlite: no enterprise with id, uuid or credit code '42'\n"
                         "answers.yaml:15:19: [product-design] scenario product-design: rating "
                         "'5' is not valid; expected 0 (not reached) to 4, a whole number"));
}
