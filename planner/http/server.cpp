// Wires the server together: database, media, config sync, board cache and hub, the API,
// the listener, the ticker, TLS and a graceful stop on SIGINT/SIGTERM.
#include "http/server.hpp"

#include "app/config_sync.hpp"
#include "http/listener.hpp"
#include "http/ticker.hpp"
#include "store/migrations.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>

namespace dagritme::web {
namespace {

std::int64_t now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// TLS 1.2 and 1.3 only, with forward-secret AEAD ciphers (1.3's suites are all of that kind),
// in our order of preference rather than the client's.
ssl::context tls_server_context(const std::filesystem::path& certificate,
                                const std::filesystem::path& key) {
    ssl::context context(ssl::context::tls_server);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                        ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                        ssl::context::single_dh_use);
    SSL_CTX_set_options(context.native_handle(), SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(context.native_handle(),
                            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    beast::error_code ec;
    context.use_certificate_chain_file(certificate.string(), ec);
    if (ec)
        throw std::runtime_error("cannot use the TLS certificate " + certificate.string() + ": " +
                                 ec.message());
    context.use_private_key_file(key.string(), ssl::context::pem, ec);
    if (ec)
        throw std::runtime_error("cannot use the TLS private key " + key.string() + ": " +
                                 ec.message());
    if (SSL_CTX_check_private_key(context.native_handle()) != 1)
        throw std::runtime_error("the TLS private key " + key.string() + " does not belong to " +
                                 certificate.string());
    return context;
}

} // namespace

int serve(const ServeOptions& options, std::ostream& log) {
    const auto& config = options.config;
    store::Database db(config.database);
    store::migrate(db);
    media::MediaStore media(config.media_dir);
    auto catalog = app::pictogram_catalog(config.own_pictograms);
    const auto sources = app::sync_config(db, config, catalog, media);

    // One line at a time: the worker pool reports its failures too.
    std::mutex log_mutex;
    const auto log_line = [&log, &log_mutex](const std::string& line) {
        std::lock_guard lock(log_mutex);
        log << line << std::endl;
    };
    for (const auto& source : sources)
        log_line(app::describe(source));
    app::BoardCache boards(db, now_seconds);
    BoardHub hub(boards);
    const bool tls = config.tls_certificate.has_value();
    Api api(ApiContext{db, media, catalog, hub, now_seconds, tls, log_line, {}, config.goals, {}});
    std::optional<ssl::context> tls_context;
    if (tls)
        tls_context.emplace(tls_server_context(*config.tls_certificate, *config.tls_private_key));
    // Declared after what sessions use: handlers still queued die with the io_context, first.
    net::io_context ioc{1};
    // Declared after the io_context: joined (its work finished or dropped) before the io_context
    // goes. One core stays with the I/O thread, so screens and pages are served while photos are
    // made.
    const unsigned cores = std::thread::hardware_concurrency();
    net::thread_pool workers(cores > 1 ? cores - 1 : 1);
    ServerState state{.api = api,
                      .hub = hub,
                      .workers = workers,
                      .tls = tls_context ? &*tls_context : nullptr,
                      .limits = options.limits,
                      .log = log_line,
                      .refusals = RefusalLog{log_line},
                      .count = {},
                      .screens = {},
                      .connections = {},
                      .shutting_down = false,
                      .trusted_proxies = config.trusted_proxies};

    beast::error_code ec;
    const auto address = net::ip::make_address(config.address, ec);
    if (ec)
        throw std::runtime_error("cannot listen on \"" + config.address + "\": not an IP address");
    const auto port = static_cast<unsigned short>(options.port.value_or(config.port));
    auto listener = std::make_shared<Listener>(ioc, tcp::endpoint{address, port}, state);
    listener->run();
    Ticker ticker(ioc, db, boards, hub, log_line);
    ticker.start();

    // After a signal: stop when the last connection is gone; cut off what is open after five
    // seconds.
    net::steady_timer quiet_timer(ioc);
    std::chrono::steady_clock::time_point deadline;
    std::function<void()> wait_for_quiet = [&] {
        if ((state.count.open == 0 && hub.screen_count() == 0) ||
            std::chrono::steady_clock::now() > deadline)
            return ioc.stop();
        quiet_timer.expires_after(std::chrono::milliseconds(20));
        quiet_timer.async_wait([&](beast::error_code e) {
            if (!e) wait_for_quiet();
        });
    };
    net::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code error, int) {
        if (error) return;
        log_line("shutting down: finishing open requests, closing screens");
        state.shutting_down = true;
        listener->stop();
        hub.close_all();
        ticker.stop();
        deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        wait_for_quiet();
    });

    log_line(std::string("listening on ") + (tls ? "https" : "http") + "://" + config.address +
             ":" + std::to_string(listener->port()));
    // A handler that fails is a bug or a broken database: log it and serve on.
    for (;;) {
        try {
            ioc.run();
            break;
        } catch (const std::exception& e) {
            log_line(std::string("unexpected failure, serving on: ") + e.what());
        }
    }
    workers.join();
    log << "stopped" << std::endl;
    return 0;
}

} // namespace dagritme::web
