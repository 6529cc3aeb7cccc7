// dagritme-planner: wires the command line to the commands.
#include "cli/commands.hpp"

#include <sodium.h>

#include <iostream>

int main(int argc, char** argv) {
    if (sodium_init() < 0) {
        std::cerr << "dagritme-planner: cannot initialise libsodium\n";
        return 1;
    }
    return dagritme::cli::run({argv + 1, argv + argc}, {std::cout, std::cerr});
}
