// SPDX-License-Identifier: GPL-3.0-or-later
// The words for the keys records keep (enterprise/recordlabels.h), which the exports and the GUI
// show: each set of values in both languages, and a key outside its set given back unchanged.
#include "testsupport.h"

#include "enterprise/recordlabels.h"

#include <optional>
#include <string>
#include <vector>

TEST_CASE("each stored key has its Chinese and English words", "[recordlabels]")
{
    // The label of the value a stored key names: the key is parsed by its own set's parse(), so
    // each row also proves that the key is one of the set.
    using Label = std::optional<std::string> (*)(std::string_view, dl::Lang);
    const Label size = [](std::string_view k, dl::Lang l) {
        auto v = dl::parseSizeClass(k);
        return v ? std::optional<std::string>(dl::label(*v, l)) : std::nullopt;
    };
    const Label srdi = [](std::string_view k, dl::Lang l) {
        auto v = dl::parseSrdiStatus(k);
        return v ? std::optional<std::string>(dl::label(*v, l)) : std::nullopt;
    };
    const Label status = [](std::string_view k, dl::Lang l) {
        auto v = dl::parseAssessmentStatus(k);
        return v ? std::optional<std::string>(dl::label(*v, l)) : std::nullopt;
    };
    const Label mode = [](std::string_view k, dl::Lang l) {
        auto v = dl::parseAssessmentMode(k);
        return v ? std::optional<std::string>(dl::label(*v, l)) : std::nullopt;
    };
    const Label layer = [](std::string_view k, dl::Lang l) {
        auto v = dl::parseLayer(k);
        return v ? std::optional<std::string>(dl::label(*v, l)) : std::nullopt;
    };
    const Label kind = [](std::string_view k, dl::Lang l) {
        auto v = dl::parseAnswerKind(k);
        return v ? std::optional<std::string>(dl::label(*v, l)) : std::nullopt;
    };
    struct Row
    {
        Label label;
        const char *key;
        const char *zh;
        const char *en;
    };
    const std::vector<Row> rows = {
        {size, "large", "大型", "Large"},
        {size, "medium", "中型", "Medium"},
        {size, "small", "小型", "Small"},
        {size, "micro", "微型", "Micro"},
        {size, "", "", ""}, // not known
        {srdi, "none", "无", "None"},
        {srdi, "innovative", "创新型中小企业", "Innovative SME"},
        {srdi, "provincial", "专精特新中小企业", "Specialised and innovative SME"},
        {srdi, "little-giant", "专精特新“小巨人”企业", "Little giant"},
        {status, "draft", "草稿", "Draft"},
        {status, "submitted", "已提交", "Submitted"},
        {status, "verified", "已核验", "Verified on site"},
        {mode, "self", "企业自评", "Self-assessment"},
        {mode, "onsite", "现场评测", "On-site assessment"},
        {layer, "self", "自评", "Self-assessed"},
        {layer, "verified", "核验", "Verified"},
        {kind, "figure", "数据", "Figure"},
        {kind, "item", "评分项", "Item"},
        {kind, "scenario", "场景", "Scenario"},
    };
    for (const Row &row : rows) {
        INFO("key '" << row.key << "'");
        REQUIRE(row.label(row.key, dl::Lang::ZhCN));
        CHECK(*row.label(row.key, dl::Lang::ZhCN) == row.zh);
        CHECK(*row.label(row.key, dl::Lang::En) == row.en);
    }
    // Text outside a set is no value of it: parse() refuses it rather than guessing.
    for (auto [label, text] :
         {std::pair{size, "huge"}, std::pair{srdi, "Little-Giant"}, std::pair{status, ""},
          std::pair{mode, "remote"}, std::pair{layer, "draft"}, std::pair{kind, "note"}}) {
        INFO("text '" << text << "'");
        CHECK_FALSE(label(text, dl::Lang::En));
    }
}
