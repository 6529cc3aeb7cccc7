// rsvg-convert through posix_spawnp, waited for; its output lands under a partial name first.
#include "common/svg.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

extern char** environ;

namespace dagritme::common {

void rasterise_svg(const std::filesystem::path& svg, const std::filesystem::path& png,
                   unsigned side) {
    const std::filesystem::path partial = png.string() + ".part";
    const std::string size = std::to_string(side);
    std::vector<std::string> args{"rsvg-convert",   "-w",        size, "-h", size, "-a", "-o",
                                  partial.string(), svg.string()};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, "rsvg-convert", nullptr, nullptr, argv.data(), environ) != 0)
        throw std::runtime_error("cannot run rsvg-convert (install librsvg2-bin) for " +
                                 svg.string());
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::error_code ec;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::filesystem::remove(partial, ec);
        throw std::runtime_error("rsvg-convert could not render " + svg.string());
    }
    std::filesystem::rename(partial, png, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw std::runtime_error("cannot write " + png.string() + ": " + ec.message());
    }
}

} // namespace dagritme::common
