// Image decoding with stb_image and stb_image_resize (Debian libstb); SVG through
// rsvg-convert (Debian librsvg2-bin). Worker thread only.
#include "media/image_decoder.hpp"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

extern char** environ;

namespace dagritme::media {

namespace fs = std::filesystem;

namespace {

bool read_file(const fs::path& file, std::vector<unsigned char>& bytes, std::string& error) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return error = "cannot read " + file.string() + ": " + ec.message(), false;
    if (size > ImageDecoder::max_file_bytes) return error = file.string() + " is too large", false;
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) return error = "cannot read " + file.string(), false;
    return true;
}

bool looks_like_svg(const std::vector<unsigned char>& bytes) {
    const std::string head(
        bytes.begin(),
        bytes.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(bytes.size(), 2048)));
    return head.find("<svg") != std::string::npos;
}

} // namespace

ImageDecoder::ImageDecoder(fs::path cache_dir) : cache_dir_(std::move(cache_dir)) {}

std::shared_ptr<const DecodedImage> ImageDecoder::decode(const std::string& hash,
                                                         const fs::path& file, unsigned max_side,
                                                         std::string& error) const {
    std::vector<unsigned char> head;
    {
        std::ifstream in(file, std::ios::binary);
        if (!in) return error = "cannot open " + file.string(), nullptr;
        head.resize(2048);
        in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(in.gcount()));
    }
    if (!looks_like_svg(head)) return decode_raster(file, max_side, error);

    const fs::path png =
        (cache_dir_.empty() ? fs::temp_directory_path() / "dagritme-display" : cache_dir_) / "svg" /
        (hash + "-" + std::to_string(max_side) + ".png");
    std::error_code ec;
    if (!fs::exists(png, ec) && !rasterise_svg(file, png, max_side, error)) return nullptr;
    return decode_raster(png, max_side, error);
}

std::shared_ptr<const DecodedImage>
ImageDecoder::decode_raster(const fs::path& file, unsigned max_side, std::string& error) const {
    std::vector<unsigned char> bytes;
    if (!read_file(file, bytes, error)) return nullptr;
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &channels))
        return error = file.string() + " is not a readable image", nullptr;
    if (w <= 0 || h <= 0 || w > max_pixels_per_side || h > max_pixels_per_side)
        return error = file.string() + " has an unsupported size", nullptr;
    stbi_uc* pixels =
        stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &channels, 4);
    if (!pixels) return error = file.string() + ": " + stbi_failure_reason(), nullptr;

    auto image = std::make_shared<DecodedImage>();
    const int longer = std::max(w, h);
    const int limit = static_cast<int>(std::max(1u, max_side));
    if (longer <= limit) {
        image->width = static_cast<unsigned>(w);
        image->height = static_cast<unsigned>(h);
        image->rgba.assign(pixels,
                           pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    } else {
        // Scaled here, once, so the render thread uploads small textures.
        const int nw = std::max(1, w * limit / longer), nh = std::max(1, h * limit / longer);
        image->width = static_cast<unsigned>(nw);
        image->height = static_cast<unsigned>(nh);
        image->rgba.resize(static_cast<std::size_t>(nw) * static_cast<std::size_t>(nh) * 4);
        stbir_resize_uint8_srgb(pixels, w, h, 0, image->rgba.data(), nw, nh, 0, 4, 3, 0);
    }
    stbi_image_free(pixels);
    return image;
}

bool ImageDecoder::rasterise_svg(const fs::path& svg, const fs::path& png, unsigned side,
                                 std::string& error) const {
    std::error_code ec;
    fs::create_directories(png.parent_path(), ec);
    if (ec)
        return error = "cannot create " + png.parent_path().string() + ": " + ec.message(), false;
    const fs::path partial = png.string() + ".part";
    const std::string size = std::to_string(side);
    std::vector<std::string> args{"rsvg-convert",   "-w",        size, "-h", size, "-a", "-o",
                                  partial.string(), svg.string()};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, "rsvg-convert", nullptr, nullptr, argv.data(), environ) != 0)
        return error = "cannot run rsvg-convert (install librsvg2-bin) for " + svg.string(), false;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fs::remove(partial, ec);
        return error = "rsvg-convert could not render " + svg.string(), false;
    }
    fs::rename(partial, png, ec);
    if (ec) return error = "cannot write " + png.string() + ": " + ec.message(), false;
    return true;
}

} // namespace dagritme::media
