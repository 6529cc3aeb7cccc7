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

// Why a photo was refused; worded where it is shown (the API words it for the group leader).
struct PhotoError {
    enum class Kind {
        not_an_image,    // neither a JPEG nor a PNG
        too_many_bytes,  // more than a decoder can count
        too_many_pixels, // more than max_source_pixels
        side_too_long,   // a side longer than max_source_side
        damaged_exif,    // the Exif segment points outside itself
        unreadable,      // damaged image data
        not_encodable,   // the re-encoding failed
    };
    Kind kind = Kind::unreadable;
    bool operator==(const PhotoError&) const = default;
};
std::string_view name_of(PhotoError::Kind kind); // "too_many_pixels", for logs and tests

inline constexpr int max_photo_side = 1024;
// One decode must stay near 100 MB. stb holds 3 bytes a pixel for the result and, while it
// decodes, its own planes: a phone's 24 MP JPEG (4:2:0) peaks at about 103 MiB, a 12 MP one at
// 52 MiB. PNGs and 4:4:4 JPEGs need twice the result (138 MiB at 24 MP), progressive JPEGs and
// 16-bit PNGs up to four times (tests/bench/photo-bench).
inline constexpr long long max_source_pixels = 24'000'000;
// The scaler's buffers grow with the longer side, not the pixel count: a strip of 24,000,000 x 1
// pixels makes it take over 800 MB. Panoramas up to 16000 pixels wide still fit.
inline constexpr int max_source_side = 16'000;

std::variant<Photo, PhotoError> reencode_photo(std::string_view bytes,
                                               int max_side = max_photo_side);

// The EXIF orientation (1-8) of a JPEG: 1 when it has none (or an unknown value), nullopt when
// its Exif segment is damaged (an offset or a count that points outside the segment).
std::optional<int> exif_orientation(std::string_view jpeg);

} // namespace dagritme::images
