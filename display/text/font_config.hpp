// The fonts the board's text is set in: a fontconfig configuration of its own with the
// primary family (Noto Sans, or the font files named in display.toml) and fontconfig's
// fallback across every installed font (Arabic, Chinese, emoji, ...). Owned by one
// TextEngine; used on that engine's thread.
#pragma once

#include "text/font_not_found.hpp"

#include <filesystem>
#include <string>

using FcConfig = struct _FcConfig;

namespace dagritme::text {

struct FontFiles {
    std::filesystem::path regular; // empty: Noto Sans, else DejaVu Sans, as fontconfig finds them
    std::filesystem::path bold;    // empty: the regular family's bold face
};

class FontConfig {
  public:
    // Throws FontNotFound, naming what was tried, when no usable primary font is found.
    explicit FontConfig(const FontFiles& files);
    ~FontConfig();
    FontConfig(const FontConfig&) = delete;
    FontConfig& operator=(const FontConfig&) = delete;

    FcConfig* config() const { return config_; }
    const std::string& regular_family() const { return regular_; }
    const std::string& bold_family() const { return bold_; }

  private:
    FcConfig* config_ = nullptr;
    std::string regular_;
    std::string bold_;
};

} // namespace dagritme::text
