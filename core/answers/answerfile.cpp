// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/answerfile.h"

#include "base/yamltree.h"
#include "scoring/answerloader.h"

namespace dl {

Result<std::vector<AnswerChange>> answerFileChanges(std::string_view text,
                                                    const std::string &fileName,
                                                    const ModelSet &models,
                                                    const std::optional<IndustryCode> &industry)
{
    if (auto checked = loadAnswersText(text, fileName, models); !checked)
        return checked.errors();
    auto tree = parseYaml(text, fileName);
    if (!tree)
        return tree.errors();
    std::vector<AnswerChange> changes;
    Diagnostics errors;
    for (Layer layer : {Layer::Self, Layer::Verified}) {
        const YNode *answers = layer == Layer::Self ? &*tree : tree->find("verified");
        if (!answers || !answers->isMap())
            continue;
        for (AnswerKind kind : {AnswerKind::Figure, AnswerKind::Item, AnswerKind::Scenario}) {
            const YNode *section = answers->find(std::string(key(kind)) + "s");
            if (!section || !section->isMap())
                continue;
            for (std::size_t i = 0; i < section->mapSize(); ++i) {
                AnswerChange change{layer, kind, section->key(i).value, std::nullopt, std::nullopt};
                const YNode *value = &section->mapValue(i);
                if (value->isMap() && kind != AnswerKind::Figure) { // {answer|rating, note}
                    if (const YNode *note = value->find("note"))
                        change.note = note->value;
                    value = value->find(kind == AnswerKind::Item ? "answer" : "rating");
                }
                if (value && !value->isNull()) {
                    AnswerLayer scratch = emptyAnswerLayer(models);
                    auto problems = applyAnswerNode(models, industry, scratch, kind, change.key,
                                                    *value, fileName);
                    errors.insert(errors.end(), problems.begin(), problems.end());
                    std::string given = value->value;
                    if (value->isSequence()) { // multiple choice: "a,b"
                        given.clear();
                        for (const YNode &v : value->children)
                            given += (given.empty() ? "" : ",") + v.value;
                    }
                    change.value = std::move(given);
                }
                if (change.value || change.note)
                    changes.push_back(std::move(change));
            }
        }
    }
    if (!errors.empty())
        return errors;
    return changes;
}

} // namespace dl
