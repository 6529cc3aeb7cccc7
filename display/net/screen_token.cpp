// Reading, writing (atomically, with common's write) and removing the token file.
#include "net/screen_token.hpp"

#include "common/files.hpp"
#include "log/log.hpp"

#include <system_error>

namespace dagritme::link {

std::string ScreenTokenFile::load() const {
    return common::read_file_if_readable(file_).value_or("");
}

void ScreenTokenFile::keep(const std::string& token) const {
    try {
        common::write_file_atomically(file_, token);
    } catch (const std::system_error& e) {
        log::warn(std::string("cannot keep the screen token on disk: ") + e.what() +
                  "; after a restart this screen must be paired again");
    }
}

void ScreenTokenFile::forget() const {
    std::error_code error;
    std::filesystem::remove(file_, error);
    if (error) log::warn("cannot remove the screen token: " + error.message());
}

} // namespace dagritme::link
