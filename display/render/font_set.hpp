// The board's two fonts (regular and bold), found at run time among Debian's fonts or at
// paths from the config. Render thread only (sf::Font is not thread-safe).
#pragma once

#include <SFML/Graphics/Font.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace dagritme::render {

struct FontPaths {
    std::filesystem::path regular; // empty: search the Debian font folders
    std::filesystem::path bold;
};

class FontNotFound : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class FontSet {
  public:
    // Throws FontNotFound with the list of places tried when a font cannot be loaded.
    explicit FontSet(const FontPaths& paths);

    const sf::Font& regular() const { return regular_; }
    const sf::Font& bold() const { return bold_; }

  private:
    sf::Font regular_;
    sf::Font bold_;
};

} // namespace dagritme::render
