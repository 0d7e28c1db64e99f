// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/officialmodels.h"

#include "base/embedded.h"
#include "base/sha256.h"

#include <algorithm>

namespace dl {

namespace {

constexpr std::string_view kCurrent = "assessments/miit-sme-2024.yaml";
constexpr std::string_view kHistory = "assessments/history/";

std::vector<OfficialModelText> collect()
{
    std::vector<OfficialModelText> out;
    if (auto current = embeddedFile(kCurrent))
        out.push_back({kCurrent, *current, Sha256::hex(*current)});
    for (const EmbeddedFile &f : embeddedFiles()) {
        if (f.path.starts_with(kHistory))
            out.push_back({f.path, f.data, Sha256::hex(f.data)});
    }
    return out;
}

} // namespace

const std::vector<OfficialModelText> &officialModelTexts()
{
    static const std::vector<OfficialModelText> texts = collect(); // hashed once per process
    return texts;
}

bool isKnownOfficialHash(std::string_view contentHash)
{
    const auto &texts = officialModelTexts();
    return std::any_of(texts.begin(), texts.end(),
                       [&](const OfficialModelText &t) { return t.contentHash == contentHash; });
}

LocalText modifiedModelLabel()
{
    return {"已修改，不是官方指标", "modified — not the official scheme"};
}

std::string displayTitle(const Model &model, Lang lang)
{
    if (!model.modifiedOfficial())
        return model.title.get(lang);
    return model.title.get(lang) + (lang == Lang::ZhCN ? "（" : " (") +
           modifiedModelLabel().get(lang) + (lang == Lang::ZhCN ? "）" : ")");
}

std::string modifiedModelReason(const Model &model, Lang lang)
{
    const std::string hash = model.contentHash.substr(0, 12);
    if (lang == Lang::ZhCN)
        return "该模型声明为官方指标（" + model.id + " " + model.version +
               "），但其内容（SHA-256 " + hash +
               "…）与本程序所知的任何官方版本都不一致，说明文件被修改过；照常计分，但结果不代表官方"
               "评测。";
    return "it says it is the official scheme (" + model.id + " " + model.version +
           "), but its content (SHA-256 " + hash +
           "…) matches no official version this program knows, so the file was edited; it is "
           "scored as written, but the results are not those of the official scheme.";
}

} // namespace dl
