// The screen's token on disk (<state>/screen-token, private to the display's user), so a
// restarted screen needs no new pairing. Best effort: the token works from memory; a disk that
// refuses it is logged. Network thread only (load() also before it starts).
#pragma once

#include <filesystem>
#include <string>

namespace dagritme::link {

class ScreenTokenFile {
  public:
    explicit ScreenTokenFile(std::filesystem::path file) : file_(std::move(file)) {}

    std::string load() const; // "" when there is none
    void keep(const std::string& token) const;
    void forget() const; // a revoked screen pairs again

  private:
    std::filesystem::path file_;
};

} // namespace dagritme::link
