// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QString>

#include <optional>

// Opens the database for the GUI. A damaged file gets the offer to restore the newest automatic
// backup (the damaged file is kept beside it); a database in use, from a newer DigiLevel or in a
// folder that cannot be written gets a dialog that says so. Returns nothing when the user gives up.
// When opening reads or copies the whole file (the first opening of a large database each day, a
// schema upgrade), a dialog says so while it runs. `options`: the store's (tests set the size
// limit and the clock); its onSlowStep is called too.
std::optional<dl::Store> openStoreInteractively(const QString &path,
                                                dl::Store::Options options = {});
