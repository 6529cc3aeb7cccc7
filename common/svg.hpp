// SVG to PNG with rsvg-convert (Debian's librsvg2-bin), in a child process. Slow: never on a
// thread that must stay responsive (the display's render thread, a server's I/O thread).
#pragma once

#include <filesystem>

namespace dagritme::common {

// Writes `svg` as a PNG whose longer side is `side` pixels (aspect kept) to `png`, atomically
// (a partial file is renamed into place). Throws std::runtime_error saying what went wrong.
void rasterise_svg(const std::filesystem::path& svg, const std::filesystem::path& png,
                   unsigned side);

} // namespace dagritme::common
