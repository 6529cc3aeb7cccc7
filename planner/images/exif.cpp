// Reads the orientation tag (0x0112) from a JPEG's Exif segment: APP1, "Exif\0\0", then a
// TIFF structure whose IFD0 holds the tag. Every offset and count in it is untrusted input, so
// each bound is checked in size_t by subtracting from what is left, never by adding to an
// offset: 0xFFFFFFFF + 2 wraps to 1 in 32 bits (erased flash reads 0xFF).
#include "images/photo.hpp"

#include <cstdint>

namespace dagritme::images {
namespace {

// A TIFF structure in its byte order. Reads are checked by the caller with `holds`.
class Tiff {
  public:
    Tiff(std::string_view bytes, bool little)
        : data_(reinterpret_cast<const unsigned char*>(bytes.data())), size_(bytes.size()),
          little_(little) {}

    std::size_t size() const { return size_; }
    bool holds(std::size_t at, std::size_t count) const {
        return at <= size_ && size_ - at >= count;
    }
    std::uint32_t u16(std::size_t at) const {
        const std::uint32_t a = data_[at], b = data_[at + 1];
        return little_ ? (a | (b << 8)) : ((a << 8) | b);
    }
    std::uint32_t u32(std::size_t at) const {
        return little_ ? (u16(at) | (u16(at + 2) << 16)) : ((u16(at) << 16) | u16(at + 2));
    }

  private:
    const unsigned char* data_;
    std::size_t size_;
    bool little_;
};

constexpr std::uint32_t orientation_tag = 0x0112;
constexpr std::uint32_t type_short = 3;
constexpr std::size_t entry_size = 12;

std::optional<int> orientation_in_tiff(std::string_view bytes) {
    if (bytes.size() < 8) return std::nullopt;
    const bool little = bytes.starts_with("II");
    if (!little && !bytes.starts_with("MM")) return std::nullopt;
    const Tiff tiff(bytes, little);
    if (tiff.u16(2) != 42) return std::nullopt;

    const std::size_t ifd = tiff.u32(4);
    if (!tiff.holds(ifd, 2)) return std::nullopt;
    const std::size_t entries = tiff.u16(ifd);
    const std::size_t table = ifd + 2; // within the segment: holds(ifd, 2)
    if ((tiff.size() - table) / entry_size < entries) return std::nullopt;

    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t at = table + i * entry_size;
        if (tiff.u16(at) != orientation_tag) continue;
        // A single SHORT sits in the first two bytes of the entry's value field. Cameras
        // that write anything else, or a value outside 1-8, meant no turning.
        if (tiff.u16(at + 2) != type_short || tiff.u32(at + 4) != 1) return 1;
        const auto value = tiff.u16(at + 8);
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
    return 1;
}

} // namespace

std::optional<int> exif_orientation(std::string_view jpeg) {
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(jpeg[at]); };
    if (jpeg.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) return 1;
    // The segments before the scan: FF, a marker, a 16-bit length that counts itself, then
    // the payload. A walk that stops early only means "no Exif here"; the decoder judges
    // the rest of the file.
    std::size_t at = 2;
    while (jpeg.size() - at >= 4 && byte(at) == 0xFF) {
        const unsigned marker = byte(at + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++at;
            continue;
        }
        if (marker == 0xDA) break; // start of scan
        const std::size_t length = (std::size_t{byte(at + 2)} << 8) | byte(at + 3);
        if (length < 2 || length - 2 > jpeg.size() - at - 4) break; // truncated segment
        const auto payload = jpeg.substr(at + 4, length - 2);
        if (marker == 0xE1 && payload.starts_with(std::string_view("Exif\0\0", 6)))
            return orientation_in_tiff(payload.substr(6));
        at += 2 + length;
    }
    return 1;
}

} // namespace dagritme::images
