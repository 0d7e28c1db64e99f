// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"

#include <fstream>
#include <string>

namespace dl {

// An output file written as "<path>.part" and renamed to its path only when complete: nobody
// sees half a file, and one that is never committed (an error or a cancel on the way) is
// removed again, so nothing is left behind.
class PartialFile
{
public:
    explicit PartialFile(std::string path);
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    std::ofstream &out() { return m_out; }
    bool failed() const { return !m_out; }
    // Closes and renames. On failure the partial file is removed and the diagnostic says that
    // `what` ("the CSV file") could not be written.
    Result<std::string> commit(const LocalText &what);

private:
    std::string m_path;
    std::string m_partial;
    std::ofstream m_out;
    bool m_committed = false;
};

} // namespace dl
