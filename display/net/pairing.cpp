// The pairing exchange (POST /screen/pairing, then POST /screen/pairing/status every second).
#include "net/pairing.hpp"

#include "log/log.hpp"
#include "net/sleep.hpp"

#include <nlohmann/json.hpp>

namespace dagritme::link {

using namespace std::chrono_literals;

net::awaitable<std::string> pair_screen(PlannerClient& planner,
                                        std::function<void(const std::string& code)> show_code) {
    for (;;) {
        // (String literals are kept out of co_await expressions: g++ 12 cannot put arrays in a
        // coroutine frame.)
        const std::string ask_target = "/screen/pairing", status_target = "/screen/pairing/status",
                          none;
        const auto asked = co_await planner.request(bhttp::verb::post, ask_target, none, none);
        if (asked.result() == bhttp::status::too_many_requests) {
            co_await sleep_for(30s);
            continue;
        }
        if (asked.result() != bhttp::status::created)
            throw std::runtime_error("pairing refused: " + asked.body());
        const auto pairing = nlohmann::json::parse(asked.body());
        const std::string code = pairing.at("code"), secret = pairing.at("secret");
        show_code(code);
        log::info("not paired: showing code " + code +
                  " (pair it with: dagritme-planner screen pair " + code + " ...)");
        for (;;) {
            co_await sleep_for(1s);
            const std::string body = nlohmann::json{{"secret", secret}}.dump();
            const auto polled =
                co_await planner.request(bhttp::verb::post, status_target, body, none);
            if (polled.result() == bhttp::status::not_found) break; // expired: a new code
            const auto answer = nlohmann::json::parse(polled.body());
            if (answer.value("status", std::string()) == "paired") {
                log::info("paired to group " + answer.value("group", std::string()) + " as \"" +
                          answer.value("name", std::string()) + "\"");
                co_return answer.at("token").get<std::string>();
            }
        }
    }
}

} // namespace dagritme::link
