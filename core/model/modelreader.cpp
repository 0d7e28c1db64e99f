// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/modelreader.h"

#include <algorithm>

namespace dl {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

DiagArg shownValue(const YNode &n)
{
    if (!n.isScalar())
        return n.kindName();
    const std::string v = n.value.size() > 40 ? n.value.substr(0, 40) + "..." : n.value;
    return LocalText{"“" + v + "”", "'" + v + "'"};
}

DiagArg listArg(const std::vector<std::string> &items)
{
    LocalText t;
    for (const std::string &i : items) {
        t.zh += (t.zh.empty() ? "" : "、") + i;
        t.en += (t.en.empty() ? "" : ", ") + i;
    }
    return t;
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::optional<Interval> parseInterval(std::string_view text)
{
    text = trim(text);
    if (text.size() < 5)
        return std::nullopt;
    Interval r;
    if (text.front() != '[' && text.front() != '(')
        return std::nullopt;
    if (text.back() != ']' && text.back() != ')')
        return std::nullopt;
    r.lowClosed = text.front() == '[';
    r.highClosed = text.back() == ']';
    const std::string_view inner = text.substr(1, text.size() - 2);
    const auto comma = inner.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    auto low = Rational::parseDecimal(trim(inner.substr(0, comma)));
    auto high = Rational::parseDecimal(trim(inner.substr(comma + 1)));
    if (!low || !high || *high < *low || (*high == *low && !(r.lowClosed && r.highClosed)))
        return std::nullopt;
    r.low = *low;
    r.high = *high;
    return r;
}

bool NodeReader::expectMap(const YNode &n,
                           const DiagArg &what,
                           const std::string &id,
                           std::initializer_list<std::string_view> allowed)
{
    if (!n.isMap()) {
        error<DiagMsg::NotAMapping>(n, id, what, n.kindName());
        return false;
    }
    for (std::size_t i = 0; i < n.mapSize(); ++i) {
        const YNode &key = n.key(i);
        if (std::find(allowed.begin(), allowed.end(), key.value) != allowed.end())
            continue;
        error<DiagMsg::UnknownKey>(
            key, id, key.value, what,
            listArg(std::vector<std::string>(allowed.begin(), allowed.end())));
    }
    return true;
}

const YNode *NodeReader::required(const YNode &map, std::string_view key, const std::string &id)
{
    const YNode *v = map.find(key);
    if (!v)
        error<DiagMsg::MissingKey>(map, id, key);
    return v;
}

std::optional<std::string> NodeReader::id(const YNode *n, const std::string &context)
{
    if (!n)
        return std::nullopt;
    if (!n->isScalar() || !isValidId(n->value)) {
        error<DiagMsg::InvalidId>(*n, n->isScalar() && !n->value.empty() ? n->value : context,
                                  shownValue(*n));
        return std::nullopt;
    }
    return n->value;
}

std::optional<std::string>
NodeReader::string(const YNode *n, const std::string &id, const DiagArg &field)
{
    if (!n)
        return std::nullopt;
    if (!n->isScalar() || n->value.empty()) {
        error<DiagMsg::NotText>(*n, id, field, n->kindName());
        return std::nullopt;
    }
    return n->value;
}

LocalText
NodeReader::text(const YNode *n, const std::string &id, const DiagArg &field, bool isRequired)
{
    LocalText t;
    if (!n)
        return t;
    if (!n->isMap()) {
        error<DiagMsg::NotBilingual>(*n, id, field, n->kindName());
        return t;
    }
    expectMap(*n, field, id, {"zh_CN", "en"});
    for (auto [key, target] : {std::pair{"zh_CN", &t.zh}, std::pair{"en", &t.en}}) {
        const YNode *v = n->find(key);
        if (!v || !v->isScalar() || v->value.empty()) {
            error<DiagMsg::MissingTranslation>(v ? *v : *n, id, field, key);
            continue;
        }
        *target = v->value;
    }
    (void)isRequired;
    return t;
}

std::optional<Rational>
NodeReader::decimal(const YNode *n, const std::string &id, const DiagArg &field)
{
    if (!n)
        return std::nullopt;
    std::optional<Rational> r;
    if (n->isScalar())
        r = Rational::parseDecimal(trim(n->value));
    if (!r)
        error<DiagMsg::NotADecimal>(*n, id, field, shownValue(*n));
    return r;
}

std::optional<int> NodeReader::integer(const YNode *n, const std::string &id, const DiagArg &field)
{
    auto r = decimal(n, id, field);
    if (!r)
        return std::nullopt;
    if (!r->isInteger() || r->numerator() < -1'000'000 || r->numerator() > 1'000'000) {
        error<DiagMsg::NotAWholeNumber>(*n, id, field);
        return std::nullopt;
    }
    return int(r->numerator());
}

std::optional<bool> NodeReader::boolean(const YNode *n, const std::string &id, const DiagArg &field)
{
    if (!n)
        return std::nullopt;
    if (n->isScalar() && !n->quoted) {
        if (n->value == "true" || n->value == "yes")
            return true;
        if (n->value == "false" || n->value == "no")
            return false;
    }
    error<DiagMsg::NotABoolean>(*n, id, field, shownValue(*n));
    return std::nullopt;
}

std::optional<Interval>
NodeReader::interval(const YNode *n, const std::string &id, const DiagArg &field)
{
    if (!n)
        return std::nullopt;
    std::optional<Interval> r;
    if (n->isScalar())
        r = parseInterval(n->value);
    if (!r)
        error<DiagMsg::NotAnInterval>(*n, id, field, shownValue(*n));
    return r;
}

const std::vector<YNode> *
NodeReader::list(const YNode *n, const std::string &id, const DiagArg &field)
{
    static const std::vector<YNode> empty;
    if (!n || n->isNull())
        return &empty;
    if (!n->isSequence()) {
        error<DiagMsg::NotAList>(*n, id, field, n->kindName());
        return &empty;
    }
    return &n->children;
}

} // namespace dl
