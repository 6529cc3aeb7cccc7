#include "images/photo.hpp"

#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace dagritme::images {
namespace {

using Pixels = std::vector<unsigned char>; // RGB, row by row

struct Image {
    Pixels rgb;
    int width = 0;
    int height = 0;
};

// Applies an EXIF orientation so that the picture stands upright.
Image upright(Image in, int orientation) {
    if (orientation <= 1 || orientation > 8) return in;
    const bool swap = orientation >= 5;
    Image out{Pixels(in.rgb.size()), swap ? in.height : in.width, swap ? in.width : in.height};
    for (int y = 0; y < in.height; ++y)
        for (int x = 0; x < in.width; ++x) {
            int nx = x, ny = y;
            switch (orientation) {
            case 2: nx = in.width - 1 - x; break;
            case 3: nx = in.width - 1 - x; ny = in.height - 1 - y; break;
            case 4: ny = in.height - 1 - y; break;
            case 5: nx = y; ny = x; break;
            case 6: nx = in.height - 1 - y; ny = x; break;
            case 7: nx = in.height - 1 - y; ny = in.width - 1 - x; break;
            case 8: nx = y; ny = in.width - 1 - x; break;
            default: break;
            }
            const auto from = (static_cast<std::size_t>(y) * static_cast<std::size_t>(in.width) + static_cast<std::size_t>(x)) * 3;
            const auto to = (static_cast<std::size_t>(ny) * static_cast<std::size_t>(out.width) + static_cast<std::size_t>(nx)) * 3;
            std::copy_n(in.rgb.begin() + static_cast<long>(from), 3, out.rgb.begin() + static_cast<long>(to));
        }
    return out;
}

Image scaled(Image in, int max_side) {
    if (in.width <= max_side && in.height <= max_side) return in;
    const double f = static_cast<double>(max_side) / std::max(in.width, in.height);
    Image out;
    out.width = std::max(1, static_cast<int>(in.width * f + 0.5));
    out.height = std::max(1, static_cast<int>(in.height * f + 0.5));
    out.rgb.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
    stbir_resize_uint8(in.rgb.data(), in.width, in.height, 0, out.rgb.data(), out.width, out.height, 0, 3);
    return out;
}

void append(void* context, void* data, int size) {
    auto* out = static_cast<std::string*>(context);
    out->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

bool is_jpeg(std::string_view b) { return b.size() > 3 && b.substr(0, 3) == "\xFF\xD8\xFF"; }
bool is_png(std::string_view b) { return b.size() > 8 && b.substr(0, 8) == "\x89PNG\r\n\x1A\n"; }

} // namespace

std::variant<Photo, PhotoError> reencode_photo(std::string_view bytes, int max_side) {
    if (!is_jpeg(bytes) && !is_png(bytes))
        return PhotoError{"not_an_image", "Dit bestand is geen foto (alleen JPEG of PNG)."};
    // Read before decoding: a damaged Exif segment refuses the file without costing a decode.
    const auto orientation = is_jpeg(bytes) ? exif_orientation(bytes) : std::optional<int>{1};
    if (!orientation)
        return PhotoError{"image_broken", "De gegevens in deze foto (EXIF) zijn beschadigd."};
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const auto size = static_cast<int>(std::min<std::size_t>(bytes.size(), 0x7fffffff));
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(data, size, &width, &height, &channels))
        return PhotoError{"image_broken", "Deze foto is beschadigd en kan niet worden gelezen."};
    // Checked before decoding: a small file can claim to be enormous.
    if (width <= 0 || height <= 0 || static_cast<long long>(width) * height > max_source_pixels)
        return PhotoError{"image_too_large", "Deze foto is te groot (meer dan 40 megapixel)."};

    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(data, size, &width, &height, &channels, 3), stbi_image_free);
    if (!pixels) return PhotoError{"image_broken", "Deze foto is beschadigd en kan niet worden gelezen."};
    Image image{Pixels(pixels.get(), pixels.get() + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3),
                width, height};
    pixels.reset();

    image = scaled(upright(std::move(image), *orientation), max_side);
    Photo photo{{}, image.width, image.height};
    if (!stbi_write_jpg_to_func(append, &photo.jpeg, image.width, image.height, 3, image.rgb.data(), 88))
        return PhotoError{"image_broken", "Deze foto kon niet worden opgeslagen."};
    return photo;
}

} // namespace dagritme::images
