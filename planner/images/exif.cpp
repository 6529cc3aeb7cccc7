// Reads only the orientation tag (0x0112) from a JPEG's APP1 Exif segment.
#include "images/photo.hpp"

#include <cstdint>

namespace dagritme::images {
namespace {

std::uint32_t read_u16(const unsigned char* p, bool little) {
    const std::uint32_t a = p[0], b = p[1];
    return little ? (a | (b << 8)) : ((a << 8) | b);
}

std::uint32_t read_u32(const unsigned char* p, bool little) {
    return little ? (read_u16(p, true) | (read_u16(p + 2, true) << 16))
                  : ((read_u16(p, false) << 16) | read_u16(p + 2, false));
}

int orientation_in_tiff(const unsigned char* tiff, std::size_t size) {
    if (size < 8) return 1;
    const bool little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) return 1;
    const std::uint32_t ifd = read_u32(tiff + 4, little);
    if (ifd + 2 > size) return 1;
    const std::uint32_t entries = read_u16(tiff + ifd, little);
    for (std::uint32_t i = 0; i < entries; ++i) {
        const std::size_t at = ifd + 2 + i * 12;
        if (at + 12 > size) return 1;
        if (read_u16(tiff + at, little) == 0x0112) {
            const auto value = read_u16(tiff + at + 8, little);
            return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
        }
    }
    return 1;
}

} // namespace

int exif_orientation(std::string_view jpeg) {
    const auto* p = reinterpret_cast<const unsigned char*>(jpeg.data());
    const std::size_t size = jpeg.size();
    if (size < 4 || p[0] != 0xFF || p[1] != 0xD8) return 1;
    std::size_t at = 2;
    while (at + 4 <= size && p[at] == 0xFF) {
        const unsigned marker = p[at + 1];
        const std::size_t length = (static_cast<std::size_t>(p[at + 2]) << 8) | p[at + 3];
        if (marker == 0xDA || length < 2 || at + 2 + length > size) break; // start of scan
        if (marker == 0xE1 && length >= 8 && jpeg.substr(at + 4, 6) == std::string_view("Exif\0\0", 6))
            return orientation_in_tiff(p + at + 10, length - 8);
        at += 2 + length;
    }
    return 1;
}

} // namespace dagritme::images
