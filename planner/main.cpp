// dagritme-planner: wires the command line to the commands.
#include "cli/commands.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <iostream>

int main(int argc, char** argv) {
    // The database, photos and tokens are for this user only.
    ::umask(077);
    if (sodium_init() < 0) {
        std::cerr << "dagritme-planner: cannot initialise libsodium\n";
        return 1;
    }
    return dagritme::cli::run({argv + 1, argv + argc}, {std::cout, std::cerr});
}
