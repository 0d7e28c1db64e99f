// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsession.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

// A session over a fresh database in a temporary folder, for driving screens in tests.
struct TestSession
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;

    TestSession();
    QString databasePath() const;
    // Adds an enterprise (industry C34, a credit code of its own) and returns its id.
    qint64 addEnterprise(const QString &name = QStringLiteral("测试精密机械有限公司"));
    // A new assessment of the bundled model for the enterprise; returns its id.
    qint64 addAssessment(qint64 enterpriseId);
};

// A valid 统一社会信用代码 that no other call returns: a database holds each code once.
std::string uniqueCreditCode();
