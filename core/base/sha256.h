// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dl {

// FIPS 180-4 SHA-256, incremental. Core has no Qt and no OpenSSL; this is all it needs for
// content hashes of models, evidence files and report fingerprints.
class Sha256
{
public:
    Sha256();
    void add(std::string_view data);
    std::array<std::uint8_t, 32> finish();
    std::string finishHex();

    static std::string hex(std::string_view data);

private:
    void block(const std::uint8_t *p);
    std::uint32_t m_h[8];
    std::uint8_t m_buf[64];
    std::size_t m_bufLen = 0;
    std::uint64_t m_total = 0;
};

} // namespace dl
