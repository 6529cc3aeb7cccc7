// Uploaded photos, made safe to keep: decoded, turned upright (EXIF orientation), scaled to
// at most `max_side` pixels and re-encoded as JPEG, so no EXIF, GPS or other metadata and
// nothing but pixels survives. Refuses what is not a JPEG or PNG, and decompression bombs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace dagritme::images {

struct Photo {
    std::string jpeg;
    int width = 0;
    int height = 0;
};

struct PhotoError {
    std::string code;    // "not_an_image", "image_too_large", "image_broken"
    std::string message; // Dutch, for the group leader
};

inline constexpr int max_photo_side = 1024;
inline constexpr long long max_source_pixels = 40'000'000; // 40 megapixels

std::variant<Photo, PhotoError> reencode_photo(std::string_view bytes, int max_side = max_photo_side);

// The EXIF orientation (1-8) of a JPEG: 1 when it has none (or an unknown value), nullopt when
// its Exif segment is damaged (an offset or a count that points outside the segment).
std::optional<int> exif_orientation(std::string_view jpeg);

} // namespace dagritme::images
