// Image downloads into the media folder, one request at a time.
#include "net/image_fetcher.hpp"

#include "log/log.hpp"

#include <system_error>

namespace dagritme::link {

net::awaitable<void> ImageFetcher::fetch(std::vector<board::MediaHash> hashes, std::string token) {
    for (const auto& hash : hashes) {
        if (folder_.contains(hash)) continue;
        const std::string target = "/media/" + hash, none;
        const auto res = co_await planner_.request(bhttp::verb::get, target, none, token);
        if (res.result() == bhttp::status::unauthorized) throw Unauthorized();
        try {
            if (res.result() != bhttp::status::ok || !folder_.store(hash, res.body())) {
                log::warn("image " + hash.substr(0, 12) + "... not available from the planner");
                continue;
            }
            if (failing_) log::info("images are kept on disk again");
            failing_ = false;
        } catch (const std::system_error& e) {
            if (!failing_)
                log::warn(std::string("cannot keep an image on disk: ") + e.what() +
                          "; the screen shows placeholders (not repeated until it works again)");
            failing_ = true;
        }
    }
}

} // namespace dagritme::link
