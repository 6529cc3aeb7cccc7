#include "media/pictograms.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

extern char** environ;

namespace dagritme::media {
namespace {

bool valid_name(const std::string& name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

// Rasterises an SVG to PNG bytes with rsvg-convert (Debian's librsvg2-bin).
std::string rasterise_svg(const std::filesystem::path& svg) {
    const auto out = std::filesystem::temp_directory_path() /
                     ("dagritme-pictogram-" + std::to_string(::getpid()) + ".png");
    std::string program = "rsvg-convert", w = "-w", wv = "1024", h = "-h", hv = "1024", o = "-o";
    std::string out_arg = out.string(), in_arg = svg.string();
    char* argv[] = {program.data(), w.data(),       wv.data(),     h.data(), hv.data(),
                    o.data(),       out_arg.data(), in_arg.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "rsvg-convert", nullptr, nullptr, argv, environ) != 0)
        throw std::runtime_error("cannot run rsvg-convert for " + svg.string() +
                                 " (install librsvg2-bin)");
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::filesystem::remove(out);
        throw std::runtime_error("cannot rasterise " + svg.string());
    }
    auto bytes = read_file(out);
    std::filesystem::remove(out);
    return bytes;
}

} // namespace

PictogramCatalog::PictogramCatalog(std::vector<std::filesystem::path> folders)
    : folders_(std::move(folders)) {}

std::optional<std::filesystem::path> PictogramCatalog::find(const std::string& name) const {
    if (!valid_name(name)) return std::nullopt;
    for (const auto& folder : folders_)
        for (const char* ext : {".png", ".svg"}) {
            auto file = folder / (name + ext);
            if (std::filesystem::is_regular_file(file)) return file;
        }
    return std::nullopt;
}

std::string PictogramCatalog::import(const std::string& name, MediaStore& store) {
    if (auto it = imported_.find(name); it != imported_.end() && store.contains(it->second))
        return it->second;
    const auto file = find(name);
    if (!file) throw std::runtime_error("unknown pictogram \"" + name + "\"");
    const auto bytes = file->extension() == ".svg" ? rasterise_svg(*file) : read_file(*file);
    auto hash = store.put(bytes);
    imported_[name] = hash;
    return hash;
}

std::filesystem::path data_dir() {
    if (const char* env = std::getenv("DAGRITME_DATA_DIR"); env && *env) return env;
    return DAGRITME_DATA_DIR;
}

std::filesystem::path default_pictogram_folder() {
    return data_dir() / "assets" / "pictograms";
}

} // namespace dagritme::media
