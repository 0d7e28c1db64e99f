// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpassword.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPassword, "digilevel.app.password")

namespace {

const QString kService = QStringLiteral("DigiLevel team server");

// This session's passwords, for desktops without a keyring and for what it could not keep.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

struct Outcome
{
    bool ok = false;
    QString text;
};

// Runs a keyring job to its end, or gives up after two seconds: a keyring that does not answer
// must not hold the window. The job deletes itself when it ends, even after we stopped waiting.
Outcome run(QKeychain::Job *job)
{
    Outcome out;
    QEventLoop loop;
    // &loop as the context: a job that ends after the wait finds the connection gone.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        out.ok = j->error() == QKeychain::NoError;
        if (!out.ok)
            qCInfo(lcPassword) << "keyring:" << j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            out.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    loop.exec();
    return out;
}

} // namespace

namespace ServerPassword {

QString load(const QString &account)
{
    if (const auto it = sessionPasswords().constFind(account); it != sessionPasswords().cend())
        return *it;
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(account);
    const Outcome read = run(job);
    if (!read.ok)
        return {};
    sessionPasswords().insert(account, read.text);
    return read.text;
}

bool store(const QString &account, const QString &password)
{
    sessionPasswords().insert(account, password);
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(account);
    job->setTextData(password);
    return run(job).ok;
}

void forget(const QString &account)
{
    sessionPasswords().remove(account);
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(account);
    run(job);
}

} // namespace ServerPassword
