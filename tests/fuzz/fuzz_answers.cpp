// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the answer-set parser against the bundled MIIT 2024 model and its overlays,
// and scoring of answers that loaded.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)dl::fuzz::builtinModels(); // parse the embedded model once, outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const dl::Diagnostics errors =
        dl::fuzz::runAnswers(std::string_view(reinterpret_cast<const char *>(data), size));
    for (const dl::Diagnostic &d : errors) {
        if (d.message.empty())
            std::abort();
    }
    return 0;
}
