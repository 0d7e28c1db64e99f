// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbatch.h"

#include "pdfreport.h"

#include <filesystem>
#include <string_view>

namespace dl::report {

namespace {

constexpr std::size_t kMaxNameBytes = 120;

std::string fileSafe(const std::string &name)
{
    std::string out;
    for (char ch : name) {
        const auto byte = static_cast<unsigned char>(ch);
        out += (byte < 0x20 || std::string_view("/\\:*?\"<>|").find(ch) != std::string_view::npos)
                   ? '_'
                   : ch;
    }
    if (out.size() > kMaxNameBytes) {
        std::size_t cut = kMaxNameBytes;
        // Back to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
    }
    return out.empty() ? std::string("enterprise") : out;
}

} // namespace

std::string batchFileName(std::int64_t assessmentId,
                          const std::string &enterpriseName,
                          const std::string &layer,
                          Lang lang)
{
    return std::to_string(assessmentId) + "-" + fileSafe(enterpriseName) + "-" + layer +
           (lang == Lang::ZhCN ? "-zh_CN" : "-en") + ".pdf";
}

Result<bool> hasVerifiedAnswers(Store &store, std::int64_t assessmentId)
{
    auto answers = store.answers(assessmentId);
    if (!answers)
        return answers.errors();
    for (const StoredAnswer &a : *answers) {
        if (a.layer == "verified")
            return true;
    }
    return false;
}

BatchResult writeBatch(
    Store &store,
    const std::vector<AssessmentRecord> &assessments,
    const std::string &folder,
    Lang lang,
    const std::function<std::string(const AssessmentRecord &)> &layerOf,
    const std::function<bool(int k, int total, const std::string &name, const std::string &file)>
        &step)
{
    BatchResult result;
    const int total = int(assessments.size());
    for (int k = 0; k < total; ++k) {
        const AssessmentRecord &a = assessments[std::size_t(k)];
        auto enterprise = store.enterprise(a.enterpriseId);
        const std::string name = enterprise ? enterprise->name : std::string();
        const std::string layer = layerOf(a);
        const std::string file =
            (std::filesystem::path(folder) / batchFileName(a.id, name, layer, lang)).string();
        if (step && !step(k, total, name, file))
            break;
        if (auto done = writeAssessmentReport(store, a.id, layer, lang, file))
            ++result.written;
        else
            result.failures.push_back({name, done.errors()});
    }
    return result;
}

} // namespace dl::report
