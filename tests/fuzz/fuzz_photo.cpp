// libFuzzer target: the whole photo path (EXIF orientation, decode, scale, turn upright,
// re-encode) on any bytes. The answer is a JPEG of at most 1024 x 1024 pixels without an
// Exif segment, or a refusal with a known code and a Dutch message; never a crash.
// Seeds: tests/data/photos (made by make_photo_seeds.py). stb's decoders are compiled into the
// photo code, so the fuzzer steers by their coverage and the sanitizers check them too.
#include "images/photo.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace dagritme;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto orientation = images::exif_orientation(bytes);
    if (orientation && (*orientation < 1 || *orientation > 8)) std::abort();

    const auto result = images::reencode_photo(bytes);
    if (const auto* error = std::get_if<images::PhotoError>(&result)) {
        if (images::name_of(error->kind).empty()) std::abort(); // a kind out of range throws
        return 0;
    }
    const auto& photo = std::get<images::Photo>(result);
    if (photo.width < 1 || photo.width > images::max_photo_side || photo.height < 1 ||
        photo.height > images::max_photo_side)
        std::abort();
    if (!photo.jpeg.starts_with("\xFF\xD8") || photo.jpeg.find("Exif") != std::string::npos)
        std::abort();
    return 0;
}
