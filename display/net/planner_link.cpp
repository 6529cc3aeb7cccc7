#include "net/planner_link.hpp"

#include "net/backoff.hpp"
#include "net/board_cache.hpp"
#include "net/board_message.hpp"
#include "net/link_files.hpp"
#include "net/net.hpp"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

namespace dagritme::link {
namespace {

using net::use_awaitable;
using namespace std::chrono_literals;
using Response = bhttp::response<bhttp::string_body>;

struct Unauthorized : std::runtime_error {
    Unauthorized() : std::runtime_error("the planner does not know this screen's token") {}
};

void log(const std::string& line) {
    std::cerr << "dagritme-display: " << line << std::endl;
}

net::awaitable<void> sleep_for(std::chrono::milliseconds d) {
    net::steady_timer timer(co_await net::this_coro::executor);
    timer.expires_after(d);
    co_await timer.async_wait(use_awaitable);
}

} // namespace

struct PlannerLink::Impl {
    LinkSettings settings;
    mutable std::mutex mutex;
    std::condition_variable news;
    std::optional<std::string> pending; // the newest complete board, not yet polled
    LinkStatus status;
    Backoff backoff{
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count())};
    net::io_context ioc{1};
    std::optional<ssl::context> tls; // set before the thread starts, when the planner speaks TLS
    std::thread thread;
    std::optional<BoardCache> cache; // set before the thread starts
    std::string last_refusal;        // the decoder's message for the last board refused
    bool media_failing = false;      // images could not be written: said once

    std::filesystem::path token_file() const { return settings.state_dir / "screen-token"; }
    std::filesystem::path board_file() const { return settings.state_dir / "board.json"; }

    void set_status(const std::function<void(LinkStatus&)>& change) {
        {
            std::lock_guard lock(mutex);
            change(status);
        }
        news.notify_all();
    }

    void lost_contact() {
        set_status([](LinkStatus& s) {
            if (!s.unreachable_since) s.unreachable_since = std::chrono::steady_clock::now();
            if (s.state == LinkStatus::State::online) s.state = LinkStatus::State::connecting;
        });
    }

    // Over TLS: the name the certificate must carry, asked for by SNI when it is a name.
    template <class TlsStream> void expect_planner_name(TlsStream& stream) {
        beast::error_code ec;
        net::ip::make_address(settings.host, ec);
        if (ec && !SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME,
                            TLSEXT_NAMETYPE_host_name, const_cast<char*>(settings.host.c_str())))
            throw beast::system_error(beast::error_code(static_cast<int>(::ERR_get_error()),
                                                        net::error::get_ssl_category()));
        stream.set_verify_callback(ssl::host_name_verification(settings.host));
    }

    // Parameters by value: a coroutine outlives its caller's temporaries.
    net::awaitable<Response> request(bhttp::verb verb, std::string target, std::string body,
                                     std::string token) {
        tcp::resolver resolver(co_await net::this_coro::executor);
        const auto endpoints = co_await resolver.async_resolve(
            settings.host, std::to_string(settings.port), use_awaitable);
        bhttp::request<bhttp::string_body> req{verb, target, 11};
        req.set(bhttp::field::host, settings.host);
        if (!token.empty()) req.set(bhttp::field::authorization, "Bearer " + token);
        if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
        req.body() = body;
        req.prepare_payload();
        if (!tls) {
            beast::tcp_stream stream(co_await net::this_coro::executor);
            stream.expires_after(10s);
            co_await stream.async_connect(endpoints, use_awaitable);
            co_return co_await exchange(stream, std::move(req));
        }
        beast::ssl_stream<beast::tcp_stream> stream(co_await net::this_coro::executor, *tls);
        beast::get_lowest_layer(stream).expires_after(10s);
        expect_planner_name(stream);
        co_await beast::get_lowest_layer(stream).async_connect(endpoints, use_awaitable);
        co_await stream.async_handshake(ssl::stream_base::client, use_awaitable);
        co_return co_await exchange(stream, std::move(req));
    }

    template <class Stream>
    net::awaitable<Response> exchange(Stream& stream, bhttp::request<bhttp::string_body> req) {
        co_await bhttp::async_write(stream, req, use_awaitable);
        beast::flat_buffer buffer;
        bhttp::response_parser<bhttp::string_body> parser;
        parser.body_limit(20 * 1024 * 1024);
        co_await bhttp::async_read(stream, buffer, parser, use_awaitable);
        beast::error_code ignored;
        beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
        co_return parser.release();
    }

    // Asks for a pairing code and waits until staff pair it; returns the token.
    net::awaitable<std::string> pair() {
        for (;;) {
            // (String literals are kept out of co_await expressions: g++ 12 cannot put arrays in a
            // coroutine frame.)
            const std::string ask_target = "/screen/pairing",
                              status_target = "/screen/pairing/status", none;
            const auto asked = co_await request(bhttp::verb::post, ask_target, none, none);
            if (asked.result() == bhttp::status::too_many_requests) {
                co_await sleep_for(30s);
                continue;
            }
            if (asked.result() != bhttp::status::created)
                throw std::runtime_error("pairing refused: " + asked.body());
            const auto pairing = nlohmann::json::parse(asked.body());
            const std::string code = pairing.at("code"), secret = pairing.at("secret");
            set_status([&](LinkStatus& s) {
                s.state = LinkStatus::State::pairing;
                s.pairing_code = code;
                s.unreachable_since.reset();
            });
            log("not paired: showing code " + code +
                " (pair it with: dagritme-planner screen pair " + code + " ...)");
            for (;;) {
                co_await sleep_for(1s);
                const std::string body = nlohmann::json{{"secret", secret}}.dump();
                const auto polled = co_await request(bhttp::verb::post, status_target, body, none);
                if (polled.result() == bhttp::status::not_found) break; // expired: a new code
                const auto answer = nlohmann::json::parse(polled.body());
                if (answer.value("status", std::string()) == "paired") {
                    const std::string token = answer.at("token");
                    log("paired to group " + answer.value("group", std::string()) + " as \"" +
                        answer.value("name", std::string()) + "\"");
                    keep_token(token);
                    co_return token;
                }
            }
        }
    }

    // The token works from memory; without it on disk, a restarted screen asks to be paired again.
    void keep_token(const std::string& token) {
        try {
            write_atomically(token_file(), token);
        } catch (const std::system_error& e) {
            log(std::string("cannot keep the screen token on disk: ") + e.what() +
                "; after a restart this screen must be paired again");
        }
    }

    // Fetches the images of a board that the media folder lacks; a missing one is logged (the
    // screen shows a placeholder). A disk that refuses them is said once and stops nothing.
    net::awaitable<void> fetch_images(std::vector<board::MediaHash> hashes, std::string token) {
        for (const auto& hash : hashes) {
            if (std::filesystem::exists(settings.media_dir / hash)) continue;
            const std::string target = "/media/" + hash, none;
            const auto res = co_await request(bhttp::verb::get, target, none, token);
            if (res.result() == bhttp::status::unauthorized) throw Unauthorized();
            try {
                if (res.result() != bhttp::status::ok ||
                    !store_image(settings.media_dir, hash, res.body())) {
                    log("image " + hash.substr(0, 12) + "... not available from the planner");
                    continue;
                }
                if (media_failing) log("images are kept on disk again");
                media_failing = false;
            } catch (const std::system_error& e) {
                if (!media_failing)
                    log(std::string("cannot keep an image on disk: ") + e.what() +
                        "; the screen shows placeholders (not repeated until it works again)");
                media_failing = true;
            }
        }
    }

    // To the screen from memory first; the disk cache only after, and only as far as it works.
    void publish(const AcceptedBoard& accepted) {
        {
            std::lock_guard lock(mutex);
            pending = accepted.document;
            status.revision = accepted.board.revision;
            ++status.boards_received;
        }
        news.notify_all();
        if (cache->keep(accepted.document))
            set_status([&](LinkStatus& s) { s.cached_revision = accepted.board.revision; });
    }

    // A board the decoder refuses changes nothing: the last good board stays on the screen and
    // on disk. The planner may send the same bad board again (on every reconnect): said once.
    void refuse(const std::string& problem) {
        if (problem != last_refusal)
            log("refused a board from the planner: " + problem + "; keeping the last good board");
        last_refusal = problem;
    }

    // One WebSocket session: returns when the planner closes it, throws on errors.
    net::awaitable<void> follow(std::string token) {
        set_status([](LinkStatus& s) {
            if (s.state != LinkStatus::State::online) s.state = LinkStatus::State::connecting;
        });
        tcp::resolver resolver(co_await net::this_coro::executor);
        const auto endpoints = co_await resolver.async_resolve(
            settings.host, std::to_string(settings.port), use_awaitable);
        if (!tls) {
            websocket::stream<beast::tcp_stream> ws(co_await net::this_coro::executor);
            beast::get_lowest_layer(ws).expires_after(10s);
            co_await beast::get_lowest_layer(ws).async_connect(endpoints, use_awaitable);
            co_await follow_on(ws, std::move(token));
            co_return;
        }
        websocket::stream<beast::ssl_stream<beast::tcp_stream>> ws(
            co_await net::this_coro::executor, *tls);
        beast::get_lowest_layer(ws).expires_after(10s);
        expect_planner_name(ws.next_layer());
        co_await beast::get_lowest_layer(ws).async_connect(endpoints, use_awaitable);
        co_await ws.next_layer().async_handshake(ssl::stream_base::client, use_awaitable);
        co_await follow_on(ws, std::move(token));
    }

    template <class WebSocket> net::awaitable<void> follow_on(WebSocket& ws, std::string token) {
        beast::get_lowest_layer(ws).expires_never();
        auto timeout = websocket::stream_base::timeout::suggested(beast::role_type::client);
        timeout.idle_timeout = 40s; // the planner pings every 15 s; silence means it is gone
        timeout.keep_alive_pings = true;
        ws.set_option(timeout);
        ws.set_option(websocket::stream_base::decorator([token](websocket::request_type& req) {
            req.set(bhttp::field::authorization, "Bearer " + token);
        }));
        ws.read_message_max(4 * 1024 * 1024);
        websocket::response_type answer;
        beast::error_code ec;
        const std::string path = "/ws/screen";
        co_await ws.async_handshake(answer, settings.host, path,
                                    net::redirect_error(use_awaitable, ec));
        if (ec) {
            if (answer.result() == bhttp::status::unauthorized) throw Unauthorized();
            throw beast::system_error(ec);
        }
        backoff.reset();
        set_status([](LinkStatus& s) {
            s.state = LinkStatus::State::online;
            s.unreachable_since.reset();
        });
        for (;;) {
            beast::flat_buffer buffer;
            co_await ws.async_read(buffer, net::redirect_error(use_awaitable, ec));
            if (ec == websocket::error::closed) co_return;
            if (ec) throw beast::system_error(ec);
            auto message = accept_board_message(beast::buffers_to_string(buffer.data()));
            if (!message.accepted) {
                refuse(message.problem);
                continue;
            }
            last_refusal.clear();
            co_await fetch_images(message.accepted->board.media(), token);
            publish(*message.accepted);
        }
    }

    net::awaitable<void> run() {
        auto token = read_text(token_file()).value_or("");
        for (;;) {
            try {
                if (token.empty()) token = co_await pair();
                co_await follow(token);
                log("the planner closed the connection");
            } catch (const Unauthorized& e) {
                log(std::string(e.what()) + ": pairing again");
                std::error_code error;
                std::filesystem::remove(token_file(), error);
                if (error) log("cannot remove the screen token: " + error.message());
                cache->forget(); // a revoked screen keeps nothing of the group
                {
                    std::lock_guard lock(mutex);
                    pending.reset();
                }
                token.clear();
                continue;
            } catch (const std::exception& e) {
                if (backoff.failures() == 0) log(std::string("planner unreachable: ") + e.what());
            }
            lost_contact();
            co_await sleep_for(backoff.next());
        }
    }
};

PlannerLink::PlannerLink(LinkSettings settings) : impl_(std::make_unique<Impl>()) {
    impl_->settings = std::move(settings);
    // Without these folders the link still shows boards from memory; writes then fail and say so.
    for (const auto& folder : {impl_->settings.state_dir, impl_->settings.media_dir}) {
        try {
            create_private_folder(folder);
        } catch (const std::filesystem::filesystem_error& e) {
            log(std::string("cannot create a folder: ") + e.what());
        }
    }
    if (impl_->settings.tls) {
        // TLS 1.2 or newer, the planner's certificate checked against the system's authorities
        // and the organisation's own.
        auto& context = impl_->tls.emplace(ssl::context::tls_client);
        SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
        context.set_default_verify_paths();
        if (impl_->settings.ca_file) context.load_verify_file(impl_->settings.ca_file->string());
        context.set_verify_mode(ssl::verify_peer);
    }
    impl_->cache.emplace(impl_->board_file(), log);
    impl_->pending = impl_->cache->load(); // the last good board, shown at once
    net::co_spawn(impl_->ioc, impl_->run(), [](std::exception_ptr error) {
        if (!error) return;
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            log(std::string("planner link stopped: ") + e.what());
        }
    });
    impl_->thread = std::thread([impl = impl_.get()] { impl->ioc.run(); });
}

PlannerLink::~PlannerLink() {
    impl_->ioc.stop();
    if (impl_->thread.joinable()) impl_->thread.join();
}

std::optional<std::string> PlannerLink::poll() {
    std::lock_guard lock(impl_->mutex);
    return std::exchange(impl_->pending, std::nullopt);
}

std::string PlannerLink::describe() const {
    return std::string("planner ") + (impl_->settings.tls ? "https://" : "http://") +
           impl_->settings.host + ":" + std::to_string(impl_->settings.port);
}

app::SourceNotice PlannerLink::notice() const {
    const auto s = status();
    app::SourceNotice notice;
    if (s.state == LinkStatus::State::pairing) notice.pairing_code = s.pairing_code;
    notice.planner_unreachable =
        s.unreachable_since &&
        std::chrono::steady_clock::now() - *s.unreachable_since >= impl_->settings.marker_after;
    return notice;
}

void PlannerLink::wait_for_news(std::chrono::milliseconds most) {
    std::unique_lock lock(impl_->mutex);
    impl_->news.wait_for(lock, most, [&] { return impl_->pending.has_value(); });
}

LinkStatus PlannerLink::status() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->status;
}

} // namespace dagritme::link
