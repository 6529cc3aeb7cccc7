// Decodes image files (PNG, JPEG, SVG) into RGBA pixels scaled down to the size they are
// shown at. SVGs are rasterised with rsvg-convert into the cache folder. Slow (disk, decoding,
// a child process): worker thread only, never the render thread.
#pragma once

#include "media/decoded_image.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace dagritme::media {

class ImageDecoder {
  public:
    explicit ImageDecoder(std::filesystem::path cache_dir);

    // The image at `file`, its longer side at most `max_side` pixels. On failure returns null
    // and sets `error` to what went wrong.
    std::shared_ptr<const DecodedImage> decode(const std::string& hash,
                                               const std::filesystem::path& file, unsigned max_side,
                                               std::string& error) const;

    static constexpr std::uintmax_t max_file_bytes = 32 * 1024 * 1024;
    static constexpr int max_pixels_per_side = 8192;

  private:
    std::shared_ptr<const DecodedImage> decode_raster(const std::filesystem::path& file,
                                                      unsigned max_side, std::string& error) const;
    bool rasterise_svg(const std::filesystem::path& svg, const std::filesystem::path& png,
                       unsigned side, std::string& error) const;

    std::filesystem::path cache_dir_;
};

} // namespace dagritme::media
