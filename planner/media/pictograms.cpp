// Finding pictograms by name and importing them into the media store (SVGs rasterised).
#include "media/pictograms.hpp"

#include "common/svg.hpp"

#include <unistd.h>

#include <set>
#include <stdexcept>

namespace dagritme::media {
namespace {

bool valid_name(const std::string& name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

// An SVG as PNG bytes, 1024 pixels on its longer side.
std::string rasterise_svg(const std::filesystem::path& svg) {
    const auto out = std::filesystem::temp_directory_path() /
                     ("dagritme-pictogram-" + std::to_string(::getpid()) + ".png");
    common::rasterise_svg(svg, out, 1024);
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

std::vector<std::string> PictogramCatalog::names() const {
    std::set<std::string> found;
    for (const auto& folder : folders_) {
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
            const auto ext = entry.path().extension();
            const auto name = entry.path().stem().string();
            if ((ext == ".png" || ext == ".svg") && valid_name(name)) found.insert(name);
        }
    }
    return {found.begin(), found.end()};
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

std::filesystem::path default_pictogram_folder() {
    return data_dir() / "assets" / "pictograms";
}

} // namespace dagritme::media
