#include "planner_load.hpp"

#include "net_client.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <random>

namespace dagritme::bench {
namespace {

using test::HttpClient;

void append(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

std::string describe(const std::string& what, const test::HttpResponse& res) {
    return what + ": " + std::to_string(res.result_int()) + " " + res.body().substr(0, 200);
}

} // namespace

PlannerLoad::PlannerLoad(unsigned short port, std::vector<LoadClient> loggers,
                         std::vector<LoadClient> uploaders, std::string photo,
                         std::vector<std::int64_t> children)
    : port_(port), photo_(std::move(photo)), children_(std::move(children)) {
    for (auto& client : loggers)
        threads_.emplace_back([this, client = std::move(client)] { log_in_repeatedly(client); });
    for (std::size_t i = 0; i < uploaders.size(); ++i)
        threads_.emplace_back(
            [this, client = std::move(uploaders[i]), i] { upload_repeatedly(client, i); });
}

PlannerLoad::~PlannerLoad() {
    stopping_ = true;
    for (auto& t : threads_)
        t.join();
}

bool PlannerLoad::wait_until_all_busy(std::chrono::seconds timeout) {
    std::unique_lock lock(mutex_);
    return first_answers_.wait_for(lock, timeout, [&] { return busy_ == threads_.size(); });
}

LoadCounts PlannerLoad::counts() const {
    return {logins_.load(), uploads_.load(), failures_.load()};
}

std::string PlannerLoad::first_failure() const {
    std::lock_guard lock(mutex_);
    return first_failure_;
}

void PlannerLoad::record(bool ok, std::atomic<std::uint64_t>& counter, const std::string& failure,
                         bool& seen_success) {
    if (!ok) {
        ++failures_;
        std::lock_guard lock(mutex_);
        if (first_failure_.empty()) first_failure_ = failure;
        return;
    }
    ++counter;
    if (seen_success) return;
    seen_success = true;
    std::lock_guard lock(mutex_);
    ++busy_;
    first_answers_.notify_all();
}

void PlannerLoad::log_in_repeatedly(const LoadClient& client) {
    bool seen_success = false;
    while (!stopping_) {
        HttpClient http{port_, "", "", client.source};
        try {
            const int status = http.login(client.name, client.password);
            record(status == 200, logins_, client.name + " login: " + std::to_string(status),
                   seen_success);
        } catch (const std::exception& e) {
            record(false, logins_, client.name + " login from " + client.source + ": " + e.what(),
                   seen_success);
        }
    }
}

void PlannerLoad::upload_repeatedly(const LoadClient& client, std::size_t first_child) {
    bool seen_success = false;
    HttpClient http{port_, "", "", client.source};
    for (std::size_t i = first_child; !stopping_; ++i) {
        const auto target =
            "/api/children/" + std::to_string(children_[i % children_.size()]) + "/photo";
        try {
            if (http.session.empty() && http.login(client.name, client.password) != 200) {
                record(false, uploads_, client.name + " could not log in", seen_success);
                continue;
            }
            const auto res = http.request(test::bhttp::verb::put, target, photo_, "image/jpeg");
            record(res.result_int() == 200, uploads_, describe("PUT " + target, res), seen_success);
        } catch (const std::exception& e) {
            record(false, uploads_, "PUT " + target + " from " + client.source + ": " + e.what(),
                   seen_success);
        }
    }
}

std::string phone_like_photo(int width, int height) {
    const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
    std::vector<unsigned char> rgb(w * h * 3);
    std::minstd_rand random(2024); // the same photo in every run
    std::uniform_int_distribution<int> noise(-40, 40);
    for (std::size_t y = 0; y < h; ++y)
        for (std::size_t x = 0; x < w; ++x) {
            const int base[3] = {static_cast<int>(30 + 200 * x / w),
                                 static_cast<int>(40 + 180 * y / h),
                                 static_cast<int>(80 + 120 * (x + y) / (w + h))};
            for (std::size_t c = 0; c < 3; ++c)
                rgb[(y * w + x) * 3 + c] =
                    static_cast<unsigned char>(std::clamp(base[c] + noise(random), 0, 255));
        }
    std::string jpeg;
    stbi_write_jpg_to_func(append, &jpeg, width, height, 3, rgb.data(), 90);
    return jpeg;
}

} // namespace dagritme::bench
