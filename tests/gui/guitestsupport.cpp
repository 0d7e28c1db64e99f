// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "enterprise/creditcode.h"

#include <catch2/catch.hpp>

#include <cstdio>

TestSession::TestSession()
{
    REQUIRE(dir.isValid());
    auto store = dl::Store::open(databasePath().toStdString());
    REQUIRE(store.ok());
    session = std::make_unique<AppSession>(std::move(*store), dl::Lang::ZhCN);
}

QString TestSession::databasePath() const
{
    return dir.filePath(QStringLiteral("test.sqlite"));
}

qint64 TestSession::addEnterprise(const QString &name)
{
    dl::Enterprise e;
    e.name = name.toStdString();
    e.creditCode = uniqueCreditCode();
    e.industry = "C34";
    e.province = "浙江省";
    e.city = "杭州市";
    auto added = session->store().addEnterprise(e);
    REQUIRE(added.ok());
    return added->id;
}

qint64 TestSession::addAssessment(qint64 enterpriseId)
{
    auto a = session->store().newAssessment(enterpriseId, session->builtinModels().model,
                                            session->builtinModelText(), "测试员", "测试机构",
                                            dl::AssessmentMode::Self);
    REQUIRE(a.ok());
    return a->id;
}

std::string uniqueCreditCode()
{
    static unsigned next = 0;
    char first17[18];
    std::snprintf(first17, sizeof first17, "91330100MA%07u", next++ % 10000000u);
    return first17 + std::string(1, dl::creditCodeCheckCharacter(first17));
}
