// Decode, scale, turn upright, re-encode. Memory: stb's decoded buffer (owned by a unique_ptr,
// never copied) plus the small output. The big picture is scaled first and only the small one
// is turned upright, so no full-size copy is made.
#include "images/photo.hpp"

#include "images/huffman_tables.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <memory>
#include <vector>

// stb compiled into this file alone (its functions static) with only the two decoders the
// planner accepts, so that the sanitizers and the fuzzer see inside the code that reads
// untrusted bytes. Its allocations are zeroed: whatever a decoder reads without having
// written it first (as stb 2.27 does with an undefined Huffman table) is zero, not leftovers.
#define STBI_MALLOC(size) std::calloc(1, size)
#define STBI_REALLOC(pointer, size) std::realloc(pointer, size)
#define STBI_FREE(pointer) std::free(pointer)
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STB_IMAGE_RESIZE_STATIC
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
// stb casts what these macros return the C way; the warning would point at the macros here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>
#pragma GCC diagnostic pop

namespace dagritme::images {
namespace {

struct StbFree {
    void operator()(stbi_uc* pixels) const { stbi_image_free(pixels); }
};
using Decoded = std::unique_ptr<stbi_uc, StbFree>;

std::size_t rgb_bytes(int width, int height) {
    return static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3;
}

// RGB pixels, row by row: a view into a buffer someone else owns.
struct PixelsView {
    const unsigned char* rgb = nullptr;
    int width = 0;
    int height = 0;
};

// A small picture this file made (scaled or turned), at most max_side x max_side.
struct SmallImage {
    std::vector<unsigned char> rgb;
    int width = 0;
    int height = 0;
    PixelsView view() const { return {rgb.data(), width, height}; }
};

// `in` turned as its EXIF orientation (2-8) says, so that it stands upright: orientations 5-8
// swap rows and columns, and then the stored picture is read mirrored across and/or down.
SmallImage upright(PixelsView in, int orientation) {
    const bool transpose = orientation >= 5;
    const bool mirror_x =
        orientation == 2 || orientation == 3 || orientation == 7 || orientation == 8;
    const bool mirror_y =
        orientation == 3 || orientation == 4 || orientation == 6 || orientation == 7;
    SmallImage out{std::vector<unsigned char>(rgb_bytes(in.width, in.height)),
                   transpose ? in.height : in.width, transpose ? in.width : in.height};
    auto* to = out.rgb.data();
    for (int out_y = 0; out_y < out.height; ++out_y)
        for (int out_x = 0; out_x < out.width; ++out_x, to += 3) {
            int x = transpose ? out_y : out_x, y = transpose ? out_x : out_y;
            if (mirror_x) x = in.width - 1 - x;
            if (mirror_y) y = in.height - 1 - y;
            const auto from = static_cast<std::size_t>(y) * static_cast<std::size_t>(in.width) +
                              static_cast<std::size_t>(x);
            std::copy_n(in.rgb + from * 3, 3, to);
        }
    return out;
}

// `in` scaled so that its longer side is `max_side`; nullopt if stb refuses.
std::optional<SmallImage> scaled(PixelsView in, int max_side) {
    const double f = static_cast<double>(max_side) / std::max(in.width, in.height);
    SmallImage out;
    out.width = std::max(1, std::min(max_side, static_cast<int>(in.width * f + 0.5)));
    out.height = std::max(1, std::min(max_side, static_cast<int>(in.height * f + 0.5)));
    out.rgb.resize(rgb_bytes(out.width, out.height));
    if (!stbir_resize_uint8(in.rgb, in.width, in.height, 0, out.rgb.data(), out.width, out.height,
                            0, 3))
        return std::nullopt;
    return out;
}

void append(void* context, void* data, int size) {
    auto* out = static_cast<std::string*>(context);
    out->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

bool is_jpeg(std::string_view b) {
    return b.size() > 3 && b.substr(0, 3) == "\xFF\xD8\xFF";
}
bool is_png(std::string_view b) {
    return b.size() > 8 && b.substr(0, 8) == "\x89PNG\r\n\x1A\n";
}

} // namespace

std::string_view name_of(PhotoError::Kind kind) {
    static constexpr std::array<std::string_view, 7> names{
        "not_an_image", "too_many_bytes", "too_many_pixels", "side_too_long",
        "damaged_exif", "unreadable",     "not_encodable"};
    return names.at(static_cast<std::size_t>(kind));
}

std::variant<Photo, PhotoError> reencode_photo(std::string_view bytes, int max_side) {
    using Kind = PhotoError::Kind;
    if (!is_jpeg(bytes) && !is_png(bytes)) return PhotoError{Kind::not_an_image};
    if (bytes.size() > INT_MAX) return PhotoError{Kind::too_many_bytes}; // stb counts in an int
    // Read before decoding: a damaged Exif segment refuses the file without costing a decode.
    const auto orientation = is_jpeg(bytes) ? exif_orientation(bytes) : std::optional<int>{1};
    if (!orientation) return PhotoError{Kind::damaged_exif};
    if (is_jpeg(bytes) && !huffman_tables_sound(bytes)) return PhotoError{Kind::unreadable};

    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const auto size = static_cast<int>(bytes.size());
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(data, size, &width, &height, &channels))
        return PhotoError{Kind::unreadable};
    // Checked before decoding: a small file can claim to be enormous. The side limit keeps
    // the scaler's buffers small too (they grow with the longer side, not the pixel count).
    if (width <= 0 || height <= 0) return PhotoError{Kind::unreadable};
    if (static_cast<long long>(width) * height > max_source_pixels)
        return PhotoError{Kind::too_many_pixels};
    if (std::max(width, height) > max_source_side) return PhotoError{Kind::side_too_long};

    int decoded_width = 0, decoded_height = 0;
    Decoded decoded(
        stbi_load_from_memory(data, size, &decoded_width, &decoded_height, &channels, 3));
    // The limits above hold only for what was checked: a file that decodes to another size
    // than its header said is not trusted.
    if (!decoded || decoded_width != width || decoded_height != height)
        return PhotoError{Kind::unreadable};

    PixelsView picture{decoded.get(), width, height};
    std::optional<SmallImage> small;
    if (width > max_side || height > max_side) {
        small = scaled(picture, max_side);
        if (!small) return PhotoError{Kind::unreadable};
        picture = small->view();
        decoded.reset();
    }
    if (*orientation > 1) {
        small = upright(picture, *orientation);
        picture = small->view();
    }

    Photo photo{{}, picture.width, picture.height};
    if (!stbi_write_jpg_to_func(append, &photo.jpeg, picture.width, picture.height, 3, picture.rgb,
                                88))
        return PhotoError{Kind::not_encodable};
    return photo;
}

} // namespace dagritme::images
