// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QString>

#include <future>

#include <optional>

// Opens the database for the GUI. A damaged file gets the offer to restore the newest automatic
// backup (the damaged file is kept beside it); a database in use, from a newer DigiLevel or in a
// folder that cannot be written gets a dialog that says so. Returns nothing when the user gives up.
// When opening reads or copies the whole file (the first opening of a large database each day, a
// schema upgrade), a dialog says so while it runs. `options`: the store's (tests set the size
// limit and the clock); its onSlowStep is called too.
std::optional<dl::Store> openStoreInteractively(const QString &path,
                                                dl::Store::Options options = {});

// The database opened on a second thread while Qt starts, when that opening will be quick
// (Store::opensSlowly): it then costs the first paint nothing. A slow opening, or a path that
// turns out not to be the one wanted, is left to openStoreInteractively and its dialogs.
class EarlyStoreOpening
{
public:
    // An empty path: nothing to open early. `options`: the store's (tests set the size limit).
    explicit EarlyStoreOpening(const QString &path, dl::Store::Options options = {});
    EarlyStoreOpening(const EarlyStoreOpening &) = delete;
    EarlyStoreOpening &operator=(const EarlyStoreOpening &) = delete;
    ~EarlyStoreOpening() { wait(); }
    // Waits for the opening to finish: before anything may end the program (--help exits), so
    // that no thread is left writing the database.
    void wait();

    // The store opened for `path`, or nothing: then open it with openStoreInteractively (which
    // also explains an error).
    std::optional<dl::Store> take(const QString &path);

private:
    QString m_path;
    std::future<dl::Result<dl::Store>> m_opening;
};
