// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/bundlereader.h"

#include "base/diagnosticcatalog.h"
#include "base/sha256.h"
#include "base/yamltree.h"
#include "exchange/bundle.h"
#include "exchange/bundlerecords.h"
#include "exchange/bundleshape.h"

#include <nlohmann/json.hpp>

#include <thread>

namespace dl {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "digilevel-bundle/1";
constexpr int kMaxDepth = 64;
// Below this the checksum is taken on the parsing thread: a thread costs more than it saves.
constexpr std::size_t kHashOnThreadAbove = std::size_t(4) << 20;

struct Layout
{
    std::optional<std::size_t> tooDeepAt;
    std::string_view payload; // the bytes of the top-level "payload" object as written
};

// One pass over the bytes before parsing. The checksum fallback serialises a document tree
// recursively, so a payload nested a hundred thousand levels deep would overflow the stack (found
// by fuzzing); a real bundle is 5 levels deep. And the checksum is checked over the payload's
// bytes, so find where they lie: the value of the key "payload" of the top-level object.
Layout scanLayout(std::string_view text)
{
    constexpr auto npos = std::string_view::npos;
    Layout out;
    int depth = 0;
    bool inString = false, escaped = false, expectKey = false, keyIsPayload = false;
    bool payloadNext = false;
    std::size_t stringStart = 0, payloadStart = npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (depth == 1 && expectKey) {
                    keyIsPayload = text.substr(stringStart, i - stringStart) == "payload";
                    expectKey = false;
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            payloadNext = false;
            break;
        case '{':
        case '[':
            if (depth == 1 && payloadNext && c == '{')
                payloadStart = i;
            payloadNext = false;
            if (++depth > kMaxDepth) {
                out.tooDeepAt = i;
                return out;
            }
            expectKey = depth == 1 && c == '{';
            break;
        case '}':
        case ']':
            if (--depth == 1 && payloadStart != npos) {
                out.payload = text.substr(payloadStart, i + 1 - payloadStart);
                payloadStart = npos;
            }
            break;
        case ':':
            if (depth == 1) {
                payloadNext = keyIsPayload;
                keyIsPayload = false;
            }
            break;
        case ',':
            if (depth == 1) {
                expectKey = true;
                payloadNext = false;
            }
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            payloadNext = false; // a number or literal: the payload is not an object
        }
    }
    return out;
}

// The checksum as the format defines it: over the payload serialised compactly with sorted keys.
// Only needed when the bytes as written differ (a bundle re-indented by a tool, or altered).
std::string canonicalPayloadHash(std::string_view text)
{
    try {
        const json bundle = json::parse(text);
        return Sha256::hex(bundle.at("payload").dump());
    } catch (const json::exception &) {
        return {};
    }
}

} // namespace

Result<BundlePayload> readBundleText(std::string_view text, const std::string &file)
{
    const Layout layout = scanLayout(text);
    if (layout.tooDeepAt)
        return fileError<DiagMsg::BundleTooDeep>(file, *layout.tooDeepAt);
    std::string rawHash;
    std::thread hasher;
    if (layout.payload.size() > kHashOnThreadAbove)
        hasher = std::thread([&] { rawHash = Sha256::hex(layout.payload); });
    else if (!layout.payload.empty())
        rawHash = Sha256::hex(layout.payload);

    BundleRecordReader reader(file);
    const bool parsed = json::sax_parse(text.begin(), text.end(), &reader);
    if (hasher.joinable())
        hasher.join();

    if (!parsed && !reader.stoppedByErrors()) {
        if (reader.numberTooLarge()) // such as 1e400 (found by fuzzing)
            return fileError<DiagMsg::BundleNumberTooLarge>(file);
        return fileError<DiagMsg::BundleIncomplete>(file, reader.errorByte());
    }
    if (reader.format() != kFormat)
        return fileError<DiagMsg::BundleFormat>(file, kFormat);
    if (auto top = reader.topLevelErrors(); !top.empty())
        return top;
    const std::string &expected = reader.payloadSha256();
    if (rawHash != expected && canonicalPayloadHash(text) != expected)
        return fileError<DiagMsg::BundleTampered>(file);
    if (!reader.errors().empty())
        return reader.errors();
    BundlePayload payload = reader.takePayload();
    if (auto bad = checkBundleShape(payload, file); !bad.empty())
        return bad;
    return payload;
}

Result<BundlePayload> readBundle(const std::string &path)
{
    auto text = readTextFile(path, kMaxBundleBytes);
    if (!text)
        return text.errors();
    return readBundleText(*text, path);
}

} // namespace dl
