// Image decoding with stb_image and stb_image_resize (Debian libstb); SVG through common's
// rasterise_svg (rsvg-convert). Worker thread only.
#include "media/image_decoder.hpp"

#include "common/files.hpp"
#include "common/svg.hpp"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace dagritme::media {

namespace fs = std::filesystem;

namespace {

// The bytes of an image file, refusing one too large to be an image worth decoding.
bool read_image_file(const fs::path& file, std::string& bytes, std::string& error) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return error = "cannot read " + file.string() + ": " + ec.message(), false;
    if (size > ImageDecoder::max_file_bytes) return error = file.string() + " is too large", false;
    auto read = common::read_file_if_readable(file);
    if (!read) return error = "cannot read " + file.string(), false;
    bytes = std::move(*read);
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
    std::string file_bytes;
    if (!read_image_file(file, file_bytes, error)) return nullptr;
    const auto* bytes = reinterpret_cast<const stbi_uc*>(file_bytes.data());
    const auto length = static_cast<int>(file_bytes.size());
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(bytes, length, &w, &h, &channels))
        return error = file.string() + " is not a readable image", nullptr;
    if (w <= 0 || h <= 0 || w > max_pixels_per_side || h > max_pixels_per_side)
        return error = file.string() + " has an unsupported size", nullptr;
    stbi_uc* pixels = stbi_load_from_memory(bytes, length, &w, &h, &channels, 4);
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
    try {
        common::rasterise_svg(svg, png, side);
    } catch (const std::runtime_error& e) {
        return error = e.what(), false;
    }
    return true;
}

} // namespace dagritme::media
