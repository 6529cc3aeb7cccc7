// Walks a JPEG the way stb_image reads it from memory (stbi__decode_jpeg_header and
// stbi__decode_jpeg_image): every byte past the end reads as 0, a marker is 0xFF, any fill
// bytes, then the marker byte. Only the Huffman tables are judged; anything else stb would
// refuse ends the walk as "sound", and stb then refuses the file itself.
#include "images/huffman_tables.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace dagritme::images {
namespace {

constexpr unsigned no_marker = 0xFF; // what stb calls STBI__MARKER_none
constexpr unsigned start_of_image = 0xD8, end_of_image = 0xD9, start_of_scan = 0xDA;
constexpr unsigned define_huffman_tables = 0xC4, define_quantization_tables = 0xDB;
constexpr unsigned define_restart_interval = 0xDD, define_number_of_lines = 0xDC;
constexpr unsigned comment = 0xFE;

bool is_frame_header(unsigned marker) {
    return marker >= 0xC0 && marker <= 0xC2;
}
bool is_restart(unsigned marker) {
    return marker >= 0xD0 && marker <= 0xD7;
}

class Reader {
  public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool at_end() const { return at_ >= bytes_.size(); }
    unsigned u8() { return at_end() ? 0 : static_cast<unsigned char>(bytes_[at_++]); }
    unsigned u16() {
        const unsigned high = u8();
        return (high << 8) | u8();
    }
    void skip(std::size_t count) { at_ += std::min(count, bytes_.size() - at_); }
    unsigned marker() {
        if (u8() != 0xFF) return no_marker;
        unsigned marker = 0xFF;
        while (marker == 0xFF)
            marker = u8();
        return marker;
    }

  private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

enum class Verdict { go_on, stb_gives_up, unsound };

// Which Huffman tables the file has defined so far: [0] DC, [1] AC, each numbered 0-3.
using Defined = std::array<std::array<bool, 4>, 2>;

Verdict huffman_segment(Reader& in, Defined& defined) {
    long left = static_cast<long>(in.u16()) - 2;
    while (left > 0) {
        const unsigned table = in.u8();
        const unsigned table_class = table >> 4, number = table & 15;
        if (table_class > 1 || number > 3) return Verdict::stb_gives_up;
        unsigned codes = 0;
        for (int length = 0; length < 16; ++length)
            codes += in.u8();
        if (codes > 256) return Verdict::unsound;
        defined[table_class][number] = true;
        in.skip(codes);
        left -= 17 + static_cast<long>(codes);
    }
    return left == 0 ? Verdict::go_on : Verdict::stb_gives_up;
}

// A segment before, between or after scans other than a frame header or a scan.
Verdict segment(Reader& in, unsigned marker, Defined& defined) {
    if (marker == define_huffman_tables) return huffman_segment(in, defined);
    if (marker == define_quantization_tables) {
        long left = static_cast<long>(in.u16()) - 2;
        while (left > 0) {
            const unsigned table = in.u8();
            const unsigned precision = table >> 4;
            if (precision > 1 || (table & 15) > 3) return Verdict::stb_gives_up;
            in.skip(precision ? 128 : 64);
            left -= precision ? 129 : 65;
        }
        return left == 0 ? Verdict::go_on : Verdict::stb_gives_up;
    }
    if (marker == define_restart_interval) {
        if (in.u16() != 4) return Verdict::stb_gives_up;
        in.u16();
        return Verdict::go_on;
    }
    if ((marker >= 0xE0 && marker <= 0xEF) || marker == comment) {
        const unsigned length = in.u16();
        if (length < 2) return Verdict::stb_gives_up;
        in.skip(length - 2);
        return Verdict::go_on;
    }
    return Verdict::stb_gives_up; // stb knows no other marker here
}

struct Frame {
    bool progressive = false;
    unsigned components = 0;
    std::array<unsigned, 4> ids{};
};

// A scan header: the tables its components decode with must have been defined.
Verdict scan_header(Reader& in, const Frame& frame, const Defined& defined) {
    const unsigned length = in.u16();
    const unsigned count = in.u8();
    if (count < 1 || count > 4 || count > frame.components || length != 6 + 2 * count)
        return Verdict::stb_gives_up;
    std::array<unsigned, 4> dc{}, ac{};
    for (unsigned i = 0; i < count; ++i) {
        const unsigned id = in.u8(), tables = in.u8();
        const auto* end = frame.ids.begin() + frame.components;
        if (std::find(frame.ids.begin(), end, id) == end) return Verdict::stb_gives_up;
        dc[i] = tables >> 4;
        ac[i] = tables & 15;
        if (dc[i] > 3 || ac[i] > 3) return Verdict::stb_gives_up;
    }
    const unsigned spectral_start = in.u8(), spectral_end = in.u8(), approximation = in.u8();
    const unsigned high = approximation >> 4, low = approximation & 15;
    bool uses_dc = true, uses_ac = true;
    if (frame.progressive) {
        if (spectral_start > 63 || spectral_end > 63 || spectral_start > spectral_end ||
            high > 13 || low > 13)
            return Verdict::stb_gives_up;
        // A DC scan decodes only DC codes, and its refinement reads plain bits; an AC scan,
        // first or refinement, decodes only AC codes.
        uses_dc = spectral_start == 0 && high == 0;
        uses_ac = spectral_start != 0;
    } else if (spectral_start != 0 || approximation != 0) {
        return Verdict::stb_gives_up;
    }
    for (unsigned i = 0; i < count; ++i)
        if ((uses_dc && !defined[0][dc[i]]) || (uses_ac && !defined[1][ac[i]]))
            return Verdict::unsound;
    return Verdict::go_on;
}

// Past a scan's entropy-coded data to the marker after it: 0xFF 0x00 is a data byte and a
// restart marker belongs to the scan. stb stops sooner or gives up where it reads otherwise.
unsigned marker_after_scan(Reader& in) {
    while (!in.at_end()) {
        if (in.u8() != 0xFF) continue;
        unsigned marker = 0xFF;
        while (marker == 0xFF)
            marker = in.u8();
        if (marker != 0 && !is_restart(marker)) return marker;
    }
    return no_marker;
}

} // namespace

bool huffman_tables_sound(std::string_view jpeg) {
    Reader in(jpeg);
    if (in.marker() != start_of_image) return true;
    Defined defined{};

    // Up to the frame header stb skips stray bytes between segments.
    unsigned marker = in.marker();
    while (!is_frame_header(marker)) {
        const auto verdict = segment(in, marker, defined);
        if (verdict != Verdict::go_on) return verdict != Verdict::unsound;
        marker = in.marker();
        while (marker == no_marker) {
            if (in.at_end()) return true;
            marker = in.marker();
        }
    }
    Frame frame;
    frame.progressive = marker == 0xC2;
    const unsigned length = in.u16();
    in.skip(5); // precision, height, width
    frame.components = in.u8();
    if ((frame.components != 1 && frame.components != 3 && frame.components != 4) ||
        length != 8 + 3 * frame.components)
        return true;
    for (unsigned i = 0; i < frame.components; ++i) {
        frame.ids[i] = in.u8();
        in.skip(2);
    }

    // Then scans and the segments between them, with nothing stray, up to EOI.
    marker = in.marker();
    while (marker != end_of_image) {
        if (marker == start_of_scan) {
            const auto verdict = scan_header(in, frame, defined);
            if (verdict != Verdict::go_on) return verdict != Verdict::unsound;
            marker = marker_after_scan(in);
            continue;
        }
        if (marker == define_number_of_lines) {
            if (in.u16() != 4) return true;
            in.u16();
        } else {
            const auto verdict = segment(in, marker, defined);
            if (verdict != Verdict::go_on) return verdict != Verdict::unsound;
        }
        marker = in.marker();
    }
    return true;
}

} // namespace dagritme::images
