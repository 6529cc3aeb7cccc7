// A decoded image: RGBA pixels, ready for texture upload. Immutable once made; shared between
// the worker (which decodes) and the render thread (which uploads) as shared_ptr<const>.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dagritme::media {

struct DecodedImage {
    unsigned width = 0;
    unsigned height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4 bytes, rows top to bottom
};

// The decoded images of one board, by hash.
using ImageSet = std::map<std::string, std::shared_ptr<const DecodedImage>>;

} // namespace dagritme::media
