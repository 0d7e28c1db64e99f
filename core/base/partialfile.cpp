// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/partialfile.h"

#include "base/diagnosticcatalog.h"
#include "base/platform.h"

#include <filesystem>

namespace dl {

PartialFile::PartialFile(std::string path)
    : m_path(std::move(path))
    , m_partial(m_path + ".part")
    , m_out(m_partial, std::ios::binary | std::ios::trunc)
{}

PartialFile::~PartialFile()
{
    if (!m_committed) {
        m_out.close();
        std::error_code ec;
        std::filesystem::remove(m_partial, ec);
    }
}

Result<std::string> PartialFile::commit(const LocalText &what)
{
    m_out.close();
    if (!m_out)
        return fileError<DiagMsg::FileCannotWrite>(m_path, what);
    std::error_code ec;
    platform::replaceFile(m_partial, m_path, ec);
    if (ec)
        return fileError<DiagMsg::FileCannotWriteBecause>(m_path, what, ec.message());
    m_committed = true;
    return m_path;
}

} // namespace dl
