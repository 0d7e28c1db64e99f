// SPDX-License-Identifier: GPL-3.0-or-later
// The words for the keys records keep (enterprise/recordlabels.h), which the exports and the GUI
// show: each set of values in both languages, and a key outside its set given back unchanged.
#include "testsupport.h"

#include "enterprise/recordlabels.h"

#include <string>
#include <vector>

TEST_CASE("each stored key has its Chinese and English words", "[recordlabels]")
{
    using Label = std::string (*)(std::string_view, dl::Lang);
    struct Row
    {
        Label label;
        const char *key;
        const char *zh;
        const char *en;
    };
    const std::vector<Row> rows = {
        {dl::sizeClassLabel, "large", "大型", "Large"},
        {dl::sizeClassLabel, "medium", "中型", "Medium"},
        {dl::sizeClassLabel, "small", "小型", "Small"},
        {dl::sizeClassLabel, "micro", "微型", "Micro"},
        {dl::sizeClassLabel, "", "", ""}, // not known
        {dl::srdiLabel, "none", "无", "None"},
        {dl::srdiLabel, "innovative", "创新型中小企业", "Innovative SME"},
        {dl::srdiLabel, "provincial", "专精特新中小企业", "Specialised and innovative SME"},
        {dl::srdiLabel, "little-giant", "专精特新“小巨人”企业", "Little giant"},
        {dl::statusLabel, "draft", "草稿", "Draft"},
        {dl::statusLabel, "submitted", "已提交", "Submitted"},
        {dl::statusLabel, "verified", "已核验", "Verified on site"},
        {dl::modeLabel, "self", "企业自评", "Self-assessment"},
        {dl::modeLabel, "onsite", "现场评测", "On-site assessment"},
        {dl::layerLabel, "self", "自评", "Self-assessed"},
        {dl::layerLabel, "verified", "核验", "Verified"},
        {dl::answerKindLabel, "figure", "数据", "Figure"},
        {dl::answerKindLabel, "item", "评分项", "Item"},
        {dl::answerKindLabel, "scenario", "场景", "Scenario"},
        // Not of the set: the key itself, so that an export never loses a value.
        {dl::sizeClassLabel, "huge", "huge", "huge"},
        {dl::srdiLabel, "Little-Giant", "Little-Giant", "Little-Giant"},
        {dl::statusLabel, "", "", ""},
        {dl::modeLabel, "remote", "remote", "remote"},
        {dl::layerLabel, "draft", "draft", "draft"},
        {dl::answerKindLabel, "note", "note", "note"},
    };
    for (const Row &row : rows) {
        INFO("key '" << row.key << "'");
        CHECK(row.label(row.key, dl::Lang::ZhCN) == row.zh);
        CHECK(row.label(row.key, dl::Lang::En) == row.en);
    }
}
