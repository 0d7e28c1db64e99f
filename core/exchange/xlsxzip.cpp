// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxzip.h"

#include "base/diagnosticcatalog.h"

#include <zip.h>

#include <array>

namespace dl::xlsx {

namespace {

// A zip_error_t that is always released.
struct ZipError
{
    zip_error_t error;
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;
};

struct CloseFile
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

} // namespace

void ZipArchive::Close::operator()(zip *archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive::ZipArchive(zip *archive, std::string file)
    : m_zip(archive)
    , m_file(std::move(file))
{}

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string &file)
{
    ZipError error;
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error.error);
    if (!source)
        return fileError<DiagMsg::XlsxZipDamaged>(file, zip_error_strerror(&error.error));
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error.error);
    if (!archive) {
        zip_source_free(source);
        if (zip_error_code_zip(&error.error) == ZIP_ER_NOZIP)
            return fileError<DiagMsg::XlsxNotZip>(file);
        return fileError<DiagMsg::XlsxZipDamaged>(file, zip_error_strerror(&error.error));
    }
    return ZipArchive(archive, file);
}

bool ZipArchive::contains(const std::string &part) const
{
    return zip_name_locate(m_zip.get(), part.c_str(), ZIP_FL_NOCASE) >= 0;
}

Result<Done> ZipArchive::stream(const std::string &part, Budget &budget, const Sink &sink) const
{
    const XlsxLimits &limits = budget.limits;
    const zip_int64_t index = zip_name_locate(m_zip.get(), part.c_str(), ZIP_FL_NOCASE);
    if (index < 0)
        return fileError<DiagMsg::XlsxPartMissing>(m_file, part);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &st) != 0)
        return fileError<DiagMsg::XlsxPartUnreadable>(m_file, part, zip_strerror(m_zip.get()));
    // The cheap refusal: a sheet claiming a gigabyte is never inflated at all.
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limits.maxPartBytes)
        return fileError<DiagMsg::XlsxPartTooLarge>(m_file, part, std::uint64_t(st.size),
                                                    limits.maxPartBytes);
    if ((st.valid & ZIP_STAT_SIZE) && budget.bytes + st.size > limits.maxTotalBytes)
        return fileError<DiagMsg::XlsxTotalTooLarge>(m_file, limits.maxTotalBytes);
    std::unique_ptr<zip_file_t, CloseFile> in(zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0));
    if (!in)
        return fileError<DiagMsg::XlsxPartUnreadable>(m_file, part, zip_strerror(m_zip.get()));
    std::array<char, 64 * 1024> buffer;
    std::uint64_t total = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(in.get(), buffer.data(), buffer.size());
        if (n < 0) {
            zip_error_t *error = zip_file_get_error(in.get());
            if (zip_error_code_zip(error) == ZIP_ER_CRC)
                return fileError<DiagMsg::XlsxPartCrc>(m_file, part);
            return fileError<DiagMsg::XlsxPartUnreadable>(m_file, part, zip_error_strerror(error));
        }
        if (n == 0)
            return Done{};
        // Counted as they come: the declared size is only the writer's word.
        total += std::uint64_t(n);
        budget.bytes += std::uint64_t(n);
        if (total > limits.maxPartBytes)
            return fileError<DiagMsg::XlsxPartInflatesTooLarge>(m_file, part, limits.maxPartBytes);
        if (budget.bytes > limits.maxTotalBytes)
            return fileError<DiagMsg::XlsxTotalTooLarge>(m_file, limits.maxTotalBytes);
        if (!sink(std::string_view(buffer.data(), std::size_t(n))))
            return Done{};
    }
}

} // namespace dl::xlsx
