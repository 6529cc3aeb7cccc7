// Fetches the images a board names that the media folder lacks (GET /media/<hash> with the
// screen's token) and stores those whose bytes match their hash. A missing image is logged (the
// screen shows a placeholder); a disk that refuses images is said once and stops nothing.
// Asio: include only from .cpp files in net/. Network thread only.
#pragma once

#include "board/board.hpp"
#include "media/media_folder.hpp"
#include "net/planner_client.hpp"

#include <string>
#include <vector>

namespace dagritme::link {

class ImageFetcher {
  public:
    ImageFetcher(PlannerClient& planner, media::MediaFolder folder)
        : planner_(planner), folder_(std::move(folder)) {}

    // Throws Unauthorized when the planner refuses the token, and what the client throws.
    net::awaitable<void> fetch(std::vector<board::MediaHash> hashes, std::string token);

  private:
    PlannerClient& planner_;
    media::MediaFolder folder_;
    bool failing_ = false; // images could not be written: said once
};

} // namespace dagritme::link
