// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The team server's password for one account ("user@server"): kept in the desktop's keyring
// through QtKeychain where there is one, else only in memory for this session — never in the
// settings file. Each call waits for the keyring (a few milliseconds; at most two seconds when
// its service does not answer).
namespace ServerPassword {

// The stored password, or "" when there is none.
QString load(const QString &account);
// Keeps it for the session and, where possible, in the keyring; false when only for the session.
bool store(const QString &account, const QString &password);
void forget(const QString &account);

} // namespace ServerPassword
