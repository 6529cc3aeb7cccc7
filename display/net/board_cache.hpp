// The last good board on disk (<state>/board.json), so that a screen restarted without network
// still shows the day. Only documents that decode are kept or loaded. Best effort: a full or
// broken disk never stops a board from reaching the screen (the link hands it over from memory
// first); the first failure is logged, and again when writing works once more, not every board.
// Network thread only (load() also before it starts).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dagritme::link {

class BoardCache {
  public:
    using Log = std::function<void(const std::string&)>;
    BoardCache(std::filesystem::path file, Log log)
        : file_(std::move(file)), log_(std::move(log)) {}

    // The cached document when there is one and it decodes; a bad one is logged and ignored.
    std::optional<std::string> load() const;
    // Replaces the cached document with `document` (one the decoder accepted); false when it
    // could not be written, and the previous one is still there.
    bool keep(std::string_view document);
    // A revoked screen keeps nothing of its group.
    void forget();

    const std::filesystem::path& file() const { return file_; }

  private:
    std::filesystem::path file_;
    Log log_;
    bool failing_ = false;
};

} // namespace dagritme::link
