// Config reloading by stat() polling. Worker thread only.
#include "config/config_watch.hpp"

#include "log/log.hpp"

#include <sys/stat.h>

namespace dagritme::app {

ConfigWatch::ConfigWatch(std::filesystem::path file, std::filesystem::path default_data_dir)
    : file_(std::move(file)), data_dir_(std::move(default_data_dir)), last_stamp_(stamp()) {}

std::string ConfigWatch::stamp() const {
    struct stat st {};
    if (::stat(file_.c_str(), &st) != 0) return "missing";
    return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ino);
}

std::optional<DisplayConfig> ConfigWatch::poll() {
    const std::string now = stamp();
    if (now == last_stamp_) return std::nullopt;
    last_stamp_ = now;
    try {
        DisplayConfig config = load_config(file_, data_dir_);
        problem_.clear();
        log::info("config " + file_.string() +
                  " read again: screen hours, orientation and burn-in shift apply now, "
                  "folders and fonts after a restart");
        return config;
    } catch (const config::ConfigError& e) {
        problem_ = std::string("bad config: ") + e.what();
        log::error(problem_ + "; keeping the last good config");
        return std::nullopt;
    }
}

} // namespace dagritme::app
