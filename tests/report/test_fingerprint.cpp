// SPDX-License-Identifier: GPL-3.0-or-later
// The report fingerprint (core/store/fingerprint.h): its canonical text, that an answer file and
// the same answers stored in a database give the same fingerprint, and that any one changed answer
// changes it.
#include "reporttestsupport.h"

#include "base/sha256.h"
#include "enterprise/answercodec.h"
#include "store/fingerprint.h"
#include "store/storedassessment.h"

namespace {

const std::vector<std::string> kWorked = {
    "01-level0-furniture.yaml",
    "02-level1-food-base20.yaml",
    "03-level2-hardware-base40.yaml",
    "04-level1-plastics-constrained-short.yaml",
    "05-level3-electronics-base60.yaml",
    "06-level2-machinery-base59_25.yaml",
    "07-level4-instruments-base80.yaml",
    "08-level3-equipment-base79_875.yaml",
    "09-level2-buildmat-scenarios-short.yaml",
    "10-draft-agrimachinery.yaml",
    "11-autoparts-c36.yaml",
    "11-autoparts-twin.yaml",
    "12-apparel-c18.yaml",
    "12-apparel-twin.yaml",
    "13-motors-verified.yaml",
};

dl::Store openOrFail(const std::string &path)
{
    auto store = dl::Store::open(path);
    REQUIRE(store.ok());
    return std::move(*store);
}

// Another valid answer for the same figure, item or scenario.
std::string alternative(const dl::ModelSet &models, const dl::StoredAnswer &a)
{
    const dl::Model &m = models.model;
    if (a.kind == dl::AnswerKind::Scenario)
        return std::to_string((std::stoi(a.value) + 1) % 5);
    if (a.kind == dl::AnswerKind::Figure) {
        const dl::Rational v = *dl::Rational::parseDecimal(a.value);
        for (const dl::Rational &candidate : {v - dl::Rational(1), v + dl::Rational(1)}) {
            if (candidate.isNegative())
                continue;
            if (auto c = dl::canonicalAnswer(models, {}, dl::AnswerKind::Figure, a.key,
                                             candidate.toString(6)))
                return *c;
        }
        return a.value + "1";
    }
    const dl::Item &item = m.items[m.findItem(a.key)];
    switch (item.type) {
    case dl::ItemType::YesNo:
        return a.value == "yes" ? "no" : "yes";
    case dl::ItemType::Trend:
        return a.value == "better" ? "same" : "better";
    case dl::ItemType::Single:
        return item.options[0].id == a.value ? item.options[1].id : item.options[0].id;
    default: // multi: drop the last option, or tick the first when only one is ticked
        if (const auto comma = a.value.rfind(','); comma != std::string::npos)
            return a.value.substr(0, comma);
        return item.options[0].id == a.value ? item.options[1].id : item.options[0].id;
    }
}

} // namespace

TEST_CASE("the canonical fingerprint text is sorted, one line per answer", "[report][fingerprint]")
{
    const dl::FingerprintSource s{"miit-sme-2024",
                                  "2024.1",
                                  "abc123",
                                  dl::Layer::Verified,
                                  {{"verified", "scenario", "quality-management", "3"},
                                   {"self", "scenario", "decision-support", "1"},
                                   {"self", "figure", "digital-units", "65"},
                                   {"self", "item", "network", "control-network,industrial-5g"}}};
    const std::string expected = "digilevel-fingerprint/1\n"
                                 "model miit-sme-2024 2024.1 abc123\n"
                                 "layer verified\n"
                                 "answer self figure digital-units 65\n"
                                 "answer self item network control-network,industrial-5g\n"
                                 "answer self scenario decision-support 1\n"
                                 "answer verified scenario quality-management 3\n";
    CHECK(dl::fingerprintText(s) == expected);
    CHECK(dl::fingerprint(s) == dl::Sha256::hex(expected));
    CHECK(dl::fingerprint(s).size() == 64);

    // A self report leaves the verified layer out, and says which layer it is.
    dl::AssessmentRecord record;
    record.modelId = "miit-sme-2024";
    record.modelVersion = "2024.1";
    record.modelHash = "abc123";
    using dl::AnswerKind;
    using dl::Layer;
    const std::vector<dl::StoredAnswer> stored = {
        {Layer::Self, AnswerKind::Figure, "digital-units", "65", "", "", ""},
        {Layer::Self, AnswerKind::Item, "energy-intensity", "", "a note only", "", ""},
        {Layer::Verified, AnswerKind::Scenario, "quality-management", "3", "", "", ""}};
    CHECK(dl::fingerprintText(dl::fingerprintSource(record, stored, Layer::Self)) ==
          "digilevel-fingerprint/1\nmodel miit-sme-2024 2024.1 abc123\nlayer self\n"
          "answer self figure digital-units 65\n");
    CHECK(dl::fingerprintText(dl::fingerprintSource(record, stored, Layer::Verified)) ==
          "digilevel-fingerprint/1\nmodel miit-sme-2024 2024.1 abc123\nlayer verified\n"
          "answer self figure digital-units 65\n"
          "answer verified scenario quality-management 3\n");
}

TEST_CASE("an answer file and the same answers stored give the same fingerprint",
          "[report][fingerprint]")
{
    ReportTempDir dir;
    const std::string db = dir.path("worked.sqlite");
    const std::vector<long long> ids = storeWorkedExamples(db, kWorked);
    dl::Store store = openOrFail(db);
    for (std::size_t k = 0; k < kWorked.size(); ++k) {
        INFO(kWorked[k]);
        const dl::AnswerFile file = loadAnswersOrFail(testData("worked/" + kWorked[k]), miit2024());
        const dl::DecodedAnswers decoded{file.self, file.verified};
        auto record = store.assessment(ids[k]);
        auto answers = store.answers(ids[k]);
        REQUIRE((record && answers));
        CHECK(record->modelHash == miit2024().model.contentHash);
        for (const dl::Layer layer : {dl::Layer::Self, dl::Layer::Verified}) {
            if (layer == dl::Layer::Verified && !file.verified)
                continue;
            const std::string fromFile =
                dl::fingerprint(dl::fingerprintSource(miit2024(), decoded, layer));
            CHECK(fromFile == dl::fingerprint(dl::fingerprintSource(*record, *answers, layer)));
            auto matches = dl::findByFingerprint(store, fromFile);
            REQUIRE(matches);
            // Worked twins (11, 12) share the official answers but not the additions' answers.
            REQUIRE(matches->size() == 1);
            CHECK(matches->front().record.id == ids[k]);
            CHECK(matches->front().layer == layer);
            CHECK(matches->front().enterprise.name == file.enterpriseName);
        }
    }
}

TEST_CASE("changing any one stored answer changes the fingerprint; notes do not",
          "[report][fingerprint]")
{
    ReportTempDir dir;
    const std::string db = dir.path("motors.sqlite");
    const long long id = storeWorkedExamples(db, {"13-motors-verified.yaml"}).front();
    dl::Store store = openOrFail(db);
    auto record = store.assessment(id);
    auto original = store.answers(id);
    REQUIRE((record && original));
    const std::string self =
        dl::fingerprint(dl::fingerprintSource(*record, *original, dl::Layer::Self));
    const std::string verified =
        dl::fingerprint(dl::fingerprintSource(*record, *original, dl::Layer::Verified));
    REQUIRE(self != verified);
    int changed = 0;
    for (const dl::StoredAnswer &a : *original) {
        if (a.value.empty())
            continue;
        const std::string other = alternative(miit2024(), a);
        INFO(dl::key(a.layer) << ' ' << dl::key(a.kind) << ' ' << a.key << ": " << a.value << " -> "
                              << other);
        REQUIRE(other != a.value);
        dl::StoredAnswer edited = a;
        edited.value = other;
        REQUIRE(store.setAnswer(id, edited, "test"));
        auto now = store.answers(id);
        REQUIRE(now);
        CHECK(dl::fingerprint(dl::fingerprintSource(*record, *now, dl::Layer::Verified)) !=
              verified);
        CHECK((dl::fingerprint(dl::fingerprintSource(*record, *now, dl::Layer::Self)) != self) ==
              (a.layer == dl::Layer::Self));
        CHECK(dl::findByFingerprint(store, verified)->empty());
        REQUIRE(store.setAnswer(id, a, "test")); // back as it was: it matches again
        CHECK(dl::findByFingerprint(store, verified)->size() == 1);
        ++changed;
    }
    CHECK(changed == 42); // self: 5 figures, 12 items, 16 scenarios; verified: 2, 3, 4

    dl::StoredAnswer noted = original->front();
    noted.note = "现场复核：与台账一致";
    REQUIRE(store.setAnswer(id, noted, "test"));
    CHECK(dl::findByFingerprint(store, verified)->size() == 1);
}

TEST_CASE("the report mark survives in XMP and is read back from the bytes",
          "[report][fingerprint]")
{
    const dl::ReportMark mark{std::string(64, 'a'), "1b2c", "self", "miit-sme-2024 2024.1"};
    const std::string xmp = dl::reportMarkXmp(mark, "报告 <R&D>");
    CHECK(xmp.find("报告 &lt;R&amp;D&gt;") != std::string::npos);
    const std::string pdf =
        "%PDF-1.4\n1 0 obj\n<< /Type /Metadata >>\nstream\n" + xmp + "\nendstream\nendobj\n%%EOF\n";
    const auto read = dl::readReportMark(pdf);
    REQUIRE(read);
    CHECK(read->fingerprint == mark.fingerprint);
    CHECK(read->assessmentUuid == "1b2c");
    CHECK(read->layer == "self");
    CHECK(read->model == "miit-sme-2024 2024.1");

    CHECK_FALSE(dl::readReportMark("%PDF-1.4\nno mark here\n"));
    std::string damaged = pdf;
    damaged.replace(damaged.find(mark.fingerprint), 3, "xyz");
    CHECK_FALSE(dl::readReportMark(damaged));
}
