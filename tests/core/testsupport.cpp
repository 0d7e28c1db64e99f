// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "base/yamltree.h"

std::string testData(const std::string &relative)
{
    return std::string(DIGILEVEL_TEST_DATA) + "/" + relative;
}

std::string sourceFile(const std::string &relative)
{
    return std::string(DIGILEVEL_SOURCE_DIR) + "/" + relative;
}

const dl::ModelSet &miit2024()
{
    static const dl::ModelSet set = [] {
        auto loaded = dl::loadModelSet(sourceFile("assessments/miit-sme-2024.yaml"));
        if (!loaded) {
            std::string all;
            for (const auto &d : loaded.errors())
                all += d.toString() + "\n";
            FAIL("bundled model does not load:\n" << all);
        }
        return std::move(*loaded);
    }();
    return set;
}

const dl::ModelSet &minimalSet()
{
    static const dl::ModelSet set = [] {
        auto text = dl::readTextFile(testData("models/minimal.yaml"));
        REQUIRE(text.ok());
        return dl::ModelSet{modelFromText(*text), {}};
    }();
    return set;
}

dl::Rational R(const char *decimal)
{
    const auto r = dl::Rational::parseDecimal(decimal);
    REQUIRE(r.has_value());
    return *r;
}

namespace {

std::string joined(const dl::Diagnostics &diags)
{
    std::string all;
    for (const auto &d : diags)
        all += d.toString() + "\n";
    return all;
}

} // namespace

dl::AnswerFile loadAnswersOrFail(const std::string &path, const dl::ModelSet &models)
{
    auto loaded = dl::loadAnswersFile(path, models);
    if (!loaded)
        FAIL("answers do not load:\n" << joined(loaded.errors()));
    return std::move(*loaded);
}

dl::AnswerFile answersFromText(const std::string &yaml, const dl::ModelSet &models)
{
    auto loaded = dl::loadAnswersText(yaml, "inline.yaml", models);
    if (!loaded)
        FAIL("answers do not load:\n" << joined(loaded.errors()));
    return std::move(*loaded);
}

dl::Model modelFromText(const std::string &yaml)
{
    auto loaded = dl::loadModelText(yaml, "inline.yaml");
    if (!loaded)
        FAIL("model does not load:\n" << joined(loaded.errors()));
    return std::move(*loaded);
}

dl::Diagnostics modelErrors(const std::string &yaml)
{
    auto loaded = dl::loadModelText(yaml, "inline.yaml");
    return loaded ? dl::Diagnostics{} : loaded.errors();
}
