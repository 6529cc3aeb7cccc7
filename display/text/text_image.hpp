// A text rasterised for upload: straight (not premultiplied) RGBA pixels, and where the
// image goes relative to the top left corner of the text's box. Plain data; any thread.
#pragma once

#include <cstdint>
#include <vector>

namespace dagritme::text {

struct TextImage {
    unsigned width = 0;
    unsigned height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4 bytes, rows top to bottom
    float offset_x = 0;             // the image's top left corner, from the box's top left
    float offset_y = 0;
};

} // namespace dagritme::text
