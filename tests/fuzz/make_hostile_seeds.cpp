// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the hostile bundles of hostilebundles.h, made from a good bundle and resealed, into a
// folder: tools/fuzz.sh seeds fuzz_bundle's corpus with them so that the fuzzer starts from the
// inputs an attacker would write. The cases of megabytes are left out (seeds stay small).
//   make_hostile_seeds GOOD.dlb OUTDIR
#include "hostilebundles.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: make_hostile_seeds GOOD.dlb OUTDIR\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const auto good = nlohmann::json::parse(text.str(), nullptr, false);
    if (!in || good.is_discarded() || !good.is_object()) {
        std::cerr << argv[1] << ": not a bundle\n";
        return 1;
    }
    const std::filesystem::path dir = argv[2];
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    int written = 0;
    for (const dl::hostile::Case &c : dl::hostile::cases()) {
        if (c.large)
            continue;
        nlohmann::json bundle = good;
        c.change(bundle);
        std::ofstream out(dir / (std::string("hostile-") + c.name + ".dlb"),
                          std::ios::binary | std::ios::trunc);
        out << dl::hostile::resealed(bundle) << '\n';
        if (!out) {
            std::cerr << dir.string() << ": cannot write " << c.name << '\n';
            return 1;
        }
        ++written;
    }
    std::cout << written << " hostile bundles in " << dir.string() << '\n';
    return 0;
}
