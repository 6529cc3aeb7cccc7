// stderr logging behind one mutex so lines from the render and worker threads never mix.
#include "log/log.hpp"

#include <ctime>
#include <iostream>
#include <mutex>

namespace dagritme::log {

namespace {
std::mutex mutex;

void write(const char* level, std::string_view message) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &local);
    const std::lock_guard lock(mutex);
    std::cerr << stamp << " dagritme-display " << level << ": " << message << '\n' << std::flush;
}
} // namespace

void info(std::string_view message) {
    write("info", message);
}
void warn(std::string_view message) {
    write("warning", message);
}
void error(std::string_view message) {
    write("error", message);
}

} // namespace dagritme::log
