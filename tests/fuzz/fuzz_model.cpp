// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the model loader (YAML parse, model reader, validator) and scoring of a model
// that loaded. Every input must end in a model or in diagnostics that say what is wrong.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)dl::fuzz::builtinModels(); // for checkOverlay; parsed once, outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const dl::Diagnostics errors =
        dl::fuzz::runModel(std::string_view(reinterpret_cast<const char *>(data), size));
    for (const dl::Diagnostic &d : errors) {
        if (d.message.empty())
            std::abort(); // a user would see an empty message
    }
    return 0;
}
