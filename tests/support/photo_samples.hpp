// Photos made in code for the tests, so no test depends on a camera file: a phone-like JPEG
// with EXIF orientation and GPS tags, a JPEG whose EXIF points outside itself, Exif segments
// built byte by byte, and a reader for a JPEG's markers. Header-only test code, shared by the
// image tests, the server tests and the photo benchmark; it links stb (through the images
// library).
//
// A sample photo is described as the viewer should see it: red in the top-left corner, green
// in the top-right corner, a noisy landscape elsewhere. The stored pixels are that picture
// turned the way a camera in that orientation stores it (the table follows the EXIF 2.3
// definition of the tag, not the planner's code), so "turned upright" can be checked by colour.
#pragma once

#include <stb_image_write.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme::test {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};
inline constexpr Rgb top_left_marker{220, 30, 30};  // red
inline constexpr Rgb top_right_marker{30, 190, 40}; // green

// What a sample's Exif segment holds. The GPS tags are a position in Utrecht.
struct ExifTags {
    int orientation = 0;        // 0: no orientation tag
    bool gps = false;           // GPSLatitude / GPSLongitude in a GPS IFD
    bool little_endian = false; // "II" instead of "MM"
};

// The GPS latitude as stored (three big-endian rationals 52/1 5/1 2650/100): the tests look
// for these bytes in what the planner keeps.
inline std::string gps_latitude_bytes_big_endian() {
    return std::string("\0\0\0\x34\0\0\0\x01\0\0\0\x05\0\0\0\x01\0\0\x0A\x5A\0\0\0\x64", 24);
}

namespace detail {

class TiffWriter {
  public:
    explicit TiffWriter(bool little) : little_(little) {}
    void u16(std::uint32_t v) {
        const auto lo = static_cast<char>(v & 0xFF), hi = static_cast<char>((v >> 8) & 0xFF);
        if (little_)
            bytes += {lo, hi};
        else
            bytes += {hi, lo};
    }
    void u32(std::uint32_t v) {
        if (little_) {
            u16(v & 0xFFFF);
            u16(v >> 16);
        } else {
            u16(v >> 16);
            u16(v & 0xFFFF);
        }
    }
    // One 12-byte IFD entry whose value is an offset or a number of `type`'s width.
    void entry(std::uint32_t tag, std::uint32_t type, std::uint32_t count, std::uint32_t value) {
        u16(tag), u16(type), u32(count);
        if (type == 3 && count == 1)
            u16(value), u16(0); // a SHORT sits in the first two bytes
        else
            u32(value);
    }
    void raw_entry(std::uint32_t tag, std::uint32_t type, std::uint32_t count,
                   std::string_view four) {
        u16(tag), u16(type), u32(count);
        bytes += four;
    }
    void rationals(std::initializer_list<std::pair<std::uint32_t, std::uint32_t>> values) {
        for (const auto& [num, den] : values)
            u32(num), u32(den);
    }
    std::string bytes;

  private:
    bool little_;
};

inline void append_to(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

// A small deterministic generator (xorshift32): the same photo on every run.
class Noise {
  public:
    unsigned next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }

  private:
    std::uint32_t state_ = 2463534242u;
};

} // namespace detail

// The APP1 payload of an Exif segment: "Exif\0\0" and a TIFF structure with IFD0 (Make, and
// Orientation when asked) and, when asked, a GPS IFD.
inline std::string exif_payload(const ExifTags& tags) {
    detail::TiffWriter w(tags.little_endian);
    const std::uint32_t ifd0_entries = 1u + (tags.orientation ? 1u : 0u) + (tags.gps ? 1u : 0u);
    const std::uint32_t make_at = 8 + 2 + 12 * ifd0_entries + 4;
    const std::uint32_t gps_ifd_at = make_at + 10;
    const std::uint32_t latitude_at = gps_ifd_at + 2 + 12 * 5 + 4;
    const std::uint32_t longitude_at = latitude_at + 24;

    w.bytes = tags.little_endian ? "II" : "MM";
    w.u16(42), w.u32(8);
    w.u16(ifd0_entries);
    w.entry(0x010F, 2, 9, make_at); // Make
    if (tags.orientation) w.entry(0x0112, 3, 1, static_cast<std::uint32_t>(tags.orientation));
    if (tags.gps) w.entry(0x8825, 4, 1, gps_ifd_at); // GPSInfo
    w.u32(0);                                        // no next IFD
    w.bytes += std::string_view("Dagritme\0\0", 10);
    if (tags.gps) {
        w.u16(5);
        w.raw_entry(0x0000, 1, 4, std::string_view("\x02\x03\0\0", 4)); // GPSVersionID
        w.raw_entry(0x0001, 2, 2, std::string_view("N\0\0\0", 4));      // GPSLatitudeRef
        w.entry(0x0002, 5, 3, latitude_at);                             // GPSLatitude
        w.raw_entry(0x0003, 2, 2, std::string_view("E\0\0\0", 4));      // GPSLongitudeRef
        w.entry(0x0004, 5, 3, longitude_at);                            // GPSLongitude
        w.u32(0);
        w.rationals({{52, 1}, {5, 1}, {2650, 100}});
        w.rationals({{5, 1}, {7, 1}, {1700, 100}});
    }
    return std::string("Exif\0\0", 6) + w.bytes;
}

// `jpeg` with an APP1 segment holding `payload` right after its SOI marker, where cameras
// put their Exif segment.
inline std::string with_app1(const std::string& jpeg, std::string_view payload) {
    if (jpeg.size() < 2 || jpeg.compare(0, 2, "\xFF\xD8") != 0)
        throw std::invalid_argument("not a JPEG");
    const auto length = payload.size() + 2;
    if (length > 0xFFFF) throw std::invalid_argument("APP1 payload too long");
    std::string segment = "\xFF\xE1";
    segment += static_cast<char>(length >> 8);
    segment += static_cast<char>(length & 0xFF);
    segment += payload;
    return jpeg.substr(0, 2) + segment + jpeg.substr(2);
}

// The stored pixels (RGB) of a sample photo of `width` x `height` stored pixels, for a camera
// that stores with EXIF `orientation` (1-8).
inline std::vector<unsigned char> sample_pixels(int width, int height, int orientation) {
    if (width <= 0 || height <= 0 || orientation < 1 || orientation > 8)
        throw std::invalid_argument("sample_pixels");
    const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
    std::vector<unsigned char> rgb(w * h * 3);
    detail::Noise noise;
    for (std::size_t y = 0; y < h; ++y)
        for (std::size_t x = 0; x < w; ++x) {
            const auto n = noise.next();
            auto* p = &rgb[(y * w + x) * 3];
            // A sky-to-grass gradient with sensor noise: close to what a phone's encoder meets.
            p[0] = static_cast<unsigned char>(90 + (x * 40) / w + (n & 0xFF) % 48);
            p[1] = static_cast<unsigned char>(110 + (y * 40) / h + ((n >> 8) & 0xFF) % 48);
            p[2] = static_cast<unsigned char>(150 - (y * 40) / h + ((n >> 16) & 0xFF) % 48);
        }
    // Where the viewer's top-left and top-right corners are stored, by EXIF orientation:
    // 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left of the stored pixels.
    static constexpr std::array<std::array<int, 2>, 9> corners{
        {{0, 1}, {0, 1}, {1, 0}, {2, 3}, {3, 2}, {0, 3}, {3, 0}, {2, 1}, {1, 2}}};
    const auto side = std::max<std::size_t>(4, std::min(w, h) / 8);
    const auto paint = [&](int corner, Rgb colour) {
        const std::size_t x0 = (corner == 1 || corner == 2) ? w - side : 0;
        const std::size_t y0 = (corner == 2 || corner == 3) ? h - side : 0;
        for (std::size_t y = y0; y < y0 + side; ++y)
            for (std::size_t x = x0; x < x0 + side; ++x) {
                auto* p = &rgb[(y * w + x) * 3];
                p[0] = colour.r, p[1] = colour.g, p[2] = colour.b;
            }
    };
    const auto index = static_cast<std::size_t>(orientation);
    paint(corners[index][0], top_left_marker);
    paint(corners[index][1], top_right_marker);
    return rgb;
}

// A JPEG as a phone makes it: `width` x `height` stored pixels at high quality (a 4000 x 3000
// one is about 5 MB), an Exif segment with the orientation (0: none) and, when asked, GPS tags.
inline std::string make_phone_jpeg(int width, int height, int orientation, bool with_gps) {
    const auto rgb = sample_pixels(width, height, orientation == 0 ? 1 : orientation);
    std::string jpeg;
    // Quality 90 is the highest at which stb subsamples colour (4:2:0), as phones do.
    if (!stbi_write_jpg_to_func(detail::append_to, &jpeg, width, height, 3, rgb.data(), 90))
        throw std::runtime_error("stbi_write_jpg failed");
    return with_app1(jpeg, exif_payload({orientation, with_gps, false}));
}

// A JPEG of about 17 KB whose Exif IFD0 offset is `ifd_offset` (0xFFFFFFFF reads past any
// buffer: what erased flash gives). Everything else about the file is sound.
inline std::string make_jpeg_with_ifd_offset(std::uint32_t ifd_offset) {
    const auto rgb = sample_pixels(136, 102, 1);
    std::string jpeg;
    if (!stbi_write_jpg_to_func(detail::append_to, &jpeg, 136, 102, 3, rgb.data(), 95))
        throw std::runtime_error("stbi_write_jpg failed");
    detail::TiffWriter w(false);
    w.bytes = "MM";
    w.u16(42), w.u32(ifd_offset);
    w.u16(1);
    w.entry(0x0112, 3, 1, 6);
    w.u32(0);
    return with_app1(jpeg, std::string("Exif\0\0", 6) + w.bytes);
}

// The markers of a JPEG's segments up to its first scan (SOI, APPn, DQT, SOF, ...), to check
// which segments an output kept. Entropy-coded data never holds a marker byte pair.
inline std::vector<unsigned> jpeg_markers(std::string_view jpeg) {
    std::vector<unsigned> markers;
    std::size_t at = 0;
    while (jpeg.size() - at >= 2 && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
        const unsigned marker = static_cast<unsigned char>(jpeg[at + 1]);
        markers.push_back(marker);
        if (marker == 0xD8) {
            at += 2;
            continue;
        }
        if (marker == 0xDA || jpeg.size() - at < 4) break;
        const std::size_t length =
            (static_cast<std::size_t>(static_cast<unsigned char>(jpeg[at + 2])) << 8) |
            static_cast<unsigned char>(jpeg[at + 3]);
        if (length > jpeg.size() - at - 2) break;
        at += 2 + length;
    }
    return markers;
}

} // namespace dagritme::test
