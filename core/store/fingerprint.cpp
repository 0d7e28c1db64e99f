// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/fingerprint.h"

#include "base/sha256.h"

#include <algorithm>
#include <tuple>

namespace dl {

namespace {

bool isHex64(std::string_view s)
{
    return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

std::string xmlEscape(std::string_view text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The text between <dlr:NAME> and </dlr:NAME>, or "".
std::string element(std::string_view bytes, std::string_view name)
{
    const std::string open = "<dlr:" + std::string(name) + ">";
    const std::string close = "</dlr:" + std::string(name) + ">";
    const std::size_t start = bytes.find(open);
    if (start == std::string_view::npos)
        return {};
    const std::size_t from = start + open.size();
    const std::size_t end = bytes.find(close, from);
    if (end == std::string_view::npos || end - from > 256)
        return {};
    return std::string(bytes.substr(from, end - from));
}

void encodeSet(const Model &m,
               const AnswerSet &a,
               const std::string &layer,
               std::vector<FingerprintAnswer> &out)
{
    for (std::size_t f = 0; f < m.figures.size() && f < a.figures.size(); ++f) {
        if (a.figures[f]) // the stored form: see canonicalAnswer in answercodec.cpp
            out.push_back(
                {layer, key(AnswerKind::Figure), m.figures[f].id, a.figures[f]->toString(6)});
    }
    for (std::size_t i = 0; i < m.items.size() && i < a.items.size(); ++i) {
        const Item &item = m.items[i];
        const ItemAnswer &ans = a.items[i];
        if (!ans.answered)
            continue;
        std::string value;
        switch (item.type) {
        case ItemType::Single:
            if (ans.choice >= 0 && ans.choice < int(item.options.size()))
                value = item.options[ans.choice].id;
            break;
        case ItemType::Multi:
            for (std::size_t o = 0; o < item.options.size(); ++o) {
                if (ans.selected & (std::uint64_t(1) << o))
                    value += (value.empty() ? "" : ",") + item.options[o].id;
            }
            break;
        case ItemType::YesNo:
            value = ans.choice == 1 ? "yes" : "no";
            break;
        case ItemType::Trend:
            value = trendKey(TrendDirection(ans.choice));
            break;
        case ItemType::Ratio:
        case ItemType::Number:
            break; // answered through their figures
        }
        if (!value.empty())
            out.push_back({layer, key(AnswerKind::Item), item.id, value});
    }
    for (std::size_t s = 0; s < m.scenarios.size() && s < a.scenarios.size(); ++s) {
        if (a.scenarios[s].rating >= 0)
            out.push_back({layer, key(AnswerKind::Scenario), m.scenarios[s].id,
                           std::to_string(a.scenarios[s].rating)});
    }
}

} // namespace

std::string fingerprintText(const FingerprintSource &source)
{
    std::vector<FingerprintAnswer> answers = source.answers;
    std::sort(answers.begin(), answers.end(), [](const auto &a, const auto &b) {
        return std::tie(a.layer, a.kind, a.key, a.value) <
               std::tie(b.layer, b.kind, b.key, b.value);
    });
    std::string text = std::string(kFingerprintFormat) + "\n";
    text += "model " + source.modelId + " " + source.modelVersion + " " + source.modelHash + "\n";
    text += std::string("layer ") + key(source.layer) + "\n";
    for (const FingerprintAnswer &a : answers)
        text += "answer " + a.layer + " " + a.kind + " " + a.key + " " + a.value + "\n";
    return text;
}

std::string fingerprint(const FingerprintSource &source)
{
    return Sha256::hex(fingerprintText(source));
}

FingerprintSource fingerprintSource(const AssessmentRecord &record,
                                    const std::vector<StoredAnswer> &answers,
                                    Layer layer)
{
    FingerprintSource s{record.modelId, record.modelVersion, record.modelHash, layer, {}};
    for (const StoredAnswer &a : answers) {
        if (a.value.empty() || (a.layer == Layer::Verified && layer != Layer::Verified))
            continue;
        s.answers.push_back({key(a.layer), key(a.kind), a.key, a.value});
    }
    return s;
}

std::vector<FingerprintAnswer>
encodeAnswerLayer(const ModelSet &models, const AnswerLayer &answers, Layer layer)
{
    std::vector<FingerprintAnswer> out;
    encodeSet(models.model, answers.base, key(layer), out);
    for (std::size_t k = 0; k < models.overlays.size() && k < answers.overlays.size(); ++k)
        encodeSet(models.overlays[k], answers.overlays[k], key(layer), out);
    return out;
}

FingerprintSource
fingerprintSource(const ModelSet &models, const DecodedAnswers &answers, Layer layer)
{
    const Model &m = models.model;
    FingerprintSource s{m.id, m.version, m.contentHash, layer,
                        encodeAnswerLayer(models, answers.self, Layer::Self)};
    if (layer == Layer::Verified && answers.verified) {
        auto verified = encodeAnswerLayer(models, *answers.verified, Layer::Verified);
        s.answers.insert(s.answers.end(), verified.begin(), verified.end());
    }
    return s;
}

Result<std::vector<FingerprintMatch>> findByFingerprint(Store &store,
                                                        const std::string &fingerprintHex)
{
    auto all = store.assessments();
    if (!all)
        return all.errors();
    std::vector<FingerprintMatch> matches;
    for (const AssessmentRecord &record : *all) {
        auto answers = store.answers(record.id);
        if (!answers)
            return answers.errors();
        for (Layer layer : {Layer::Self, Layer::Verified}) {
            if (fingerprint(fingerprintSource(record, *answers, layer)) != fingerprintHex)
                continue;
            auto enterprise = store.enterprise(record.enterpriseId);
            if (!enterprise)
                return enterprise.errors();
            matches.push_back({record, *enterprise, layer});
        }
    }
    return matches;
}

std::string reportMarkXmp(const ReportMark &mark, const std::string &title)
{
    // A minimal XMP packet: Dublin Core title plus our own namespace. QPdfWriter stores it
    // uncompressed, which readReportMark relies on.
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "    xmlns:dlr=\"urn:digilevel:report:1:\">\n"
           "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
           xmlEscape(title) +
           "</rdf:li></rdf:Alt></dc:title>\n"
           "   <dlr:format>" +
           std::string(kFingerprintFormat) + "</dlr:format>\n   <dlr:fingerprint>" +
           mark.fingerprint + "</dlr:fingerprint>\n   <dlr:assessment>" +
           xmlEscape(mark.assessmentUuid) + "</dlr:assessment>\n   <dlr:layer>" +
           xmlEscape(mark.layer) + "</dlr:layer>\n   <dlr:model>" + xmlEscape(mark.model) +
           "</dlr:model>\n"
           "  </rdf:Description>\n"
           " </rdf:RDF>\n"
           "</x:xmpmeta>\n"
           "<?xpacket end=\"w\"?>";
}

std::optional<ReportMark> readReportMark(std::string_view pdfBytes)
{
    if (element(pdfBytes, "format") != kFingerprintFormat)
        return std::nullopt;
    ReportMark mark{element(pdfBytes, "fingerprint"), element(pdfBytes, "assessment"),
                    element(pdfBytes, "layer"), element(pdfBytes, "model")};
    if (!isHex64(mark.fingerprint))
        return std::nullopt;
    return mark;
}

} // namespace dl
