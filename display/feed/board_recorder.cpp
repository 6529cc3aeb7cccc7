// --record: headless, every board a source delivers appended to a file as one JSON line.
#include "feed/board_recorder.hpp"

#include "log/log.hpp"

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <fstream>
#include <thread>

namespace dagritme::app {
namespace {

std::atomic<bool> stop_requested{false};
extern "C" void request_stop(int) {
    stop_requested = true;
}

} // namespace

int record_boards(BoardSource& source, const std::filesystem::path& file) {
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    std::ofstream out(file, std::ios::app);
    if (!out) {
        log::error("cannot write " + file.string());
        return 2;
    }
    while (!stop_requested) {
        if (auto document = source.poll()) {
            const auto json = nlohmann::json::parse(*document, nullptr, false);
            out << (json.is_discarded() ? std::string("{}") : json.dump()) << std::endl;
        }
        source.wait_for_news(std::chrono::milliseconds(200));
    }
    return 0;
}

} // namespace dagritme::app
