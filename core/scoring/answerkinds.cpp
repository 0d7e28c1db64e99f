// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/answerkinds.h"

namespace dl {

const char *key(Layer layer)
{
    return layer == Layer::Verified ? "verified" : "self";
}

std::optional<Layer> parseLayer(std::string_view key)
{
    if (key == "self")
        return Layer::Self;
    if (key == "verified")
        return Layer::Verified;
    return std::nullopt;
}

const char *key(AnswerKind kind)
{
    switch (kind) {
    case AnswerKind::Figure:
        return "figure";
    case AnswerKind::Item:
        return "item";
    case AnswerKind::Scenario:
        return "scenario";
    }
    return "item";
}

std::optional<AnswerKind> parseAnswerKind(std::string_view key)
{
    for (AnswerKind k : {AnswerKind::Figure, AnswerKind::Item, AnswerKind::Scenario}) {
        if (key == dl::key(k))
            return k;
    }
    return std::nullopt;
}

} // namespace dl
