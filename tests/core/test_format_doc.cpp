// SPDX-License-Identifier: GPL-3.0-or-later
// The complete example in assessments/README.md must stay a valid model, and score as the page
// says (worked out by hand there).
#include "testsupport.h"

#include "base/yamltree.h"
#include "scoring/evaluation.h"

namespace {

// The `index`-th ```yaml block after `heading` in the format documentation.
std::string yamlBlockAfter(const std::string &heading, int index)
{
    auto text = dl::readTextFile(sourceFile("assessments/README.md"));
    REQUIRE(text.ok());
    std::size_t at = text->find(heading);
    REQUIRE(at != std::string::npos);
    for (int k = 0; k <= index; ++k) {
        at = text->find("```yaml\n", at);
        REQUIRE(at != std::string::npos);
        at += 8;
        if (k < index)
            at = text->find("```", at) + 3;
    }
    return text->substr(at, text->find("```", at) - at);
}

} // namespace

TEST_CASE("The annotated example model in the format documentation is valid", "[format-doc]")
{
    dl::ModelSet set{modelFromText(yamlBlockAfter("## Complete annotated example", 0)), {}};
    const dl::Model &m = set.model;
    CHECK(m.id == "example-model");
    CHECK(m.items.size() == 6);
    CHECK(m.scenarios.size() == 2);
    CHECK(m.levelRules.size() == 2);
    CHECK(m.maxBaseScore() == R("18")); // security-policy (2) is off unless an override enables it

    const dl::AnswerFile answers =
        answersFromText(yamlBlockAfter("## Complete annotated example", 1), set);
    const dl::Evaluation e = dl::evaluate(set, answers.self, answers.industry);
    // By hand (wholesale override): network 4 + planning 2 + trend same 1.5 + IT team 1.5
    // + security policy 2 = 11 of 20; level 1 (11 >= 8 and one scenario rated >= 1).
    CHECK(e.result.base == R("11"));
    CHECK(e.result.maxBase == R("20"));
    CHECK(e.result.level == 1);
    REQUIRE_FALSE(e.whatIf.empty());
    // Level 2 needs +3 points and the constrained scenario at 2: ticking "office" (+4, one step)
    // and raising production 0 -> 2 (two steps) is the cheapest way.
    CHECK(e.whatIf.front().steps == 3);
    CHECK(e.whatIf.front().points == R("4"));
}
