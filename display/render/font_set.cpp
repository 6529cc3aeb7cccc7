// Font discovery: the configured file, else Noto Sans, else DejaVu Sans (Debian packages
// fonts-noto-core and fonts-dejavu-core). Render thread only.
#include "render/font_set.hpp"

#include "log/log.hpp"

#include <vector>

namespace dagritme::render {

namespace {

void load(sf::Font& font, const std::filesystem::path& configured,
          const std::vector<std::string>& candidates, const char* what) {
    std::vector<std::string> tried;
    if (!configured.empty())
        tried.push_back(configured.string());
    else
        tried = candidates;
    for (const auto& file : tried) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(file, ec) && font.loadFromFile(file)) {
            log::info(std::string(what) + " font: " + file);
            return;
        }
    }
    std::string message = std::string("no usable ") + what + " font; tried:";
    for (const auto& file : tried)
        message += " " + file;
    message +=
        configured.empty()
            ? " (install fonts-noto-core or fonts-dejavu-core, or set [fonts] in display.toml)"
            : " (check [fonts] in display.toml)";
    throw FontNotFound(message);
}

} // namespace

FontSet::FontSet(const FontPaths& paths) {
    load(regular_, paths.regular,
         {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
          "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"},
         "regular");
    load(bold_, paths.bold,
         {"/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
         "bold");
}

} // namespace dagritme::render
