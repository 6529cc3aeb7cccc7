// HTTP requests to the planner with Beast, as Asio coroutines; a 10 s deadline on every stream.
#include "net/planner_client.hpp"

namespace dagritme::link {

using net::use_awaitable;
using namespace std::chrono_literals;

PlannerClient::PlannerClient(std::string host, unsigned short port, bool tls,
                             const std::optional<std::filesystem::path>& ca_file)
    : host_(std::move(host)), port_(port) {
    if (!tls) return;
    // TLS 1.2 or newer, the planner's certificate checked against the system's authorities
    // and the organisation's own.
    auto& context = tls_.emplace(ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    context.set_default_verify_paths();
    if (ca_file) context.load_verify_file(ca_file->string());
    context.set_verify_mode(ssl::verify_peer);
}

net::awaitable<tcp::resolver::results_type> PlannerClient::resolve() {
    tcp::resolver resolver(co_await net::this_coro::executor);
    co_return co_await resolver.async_resolve(host_, std::to_string(port_), use_awaitable);
}

net::awaitable<Response> PlannerClient::request(bhttp::verb verb, std::string target,
                                                std::string body, std::string token) {
    const auto endpoints = co_await resolve();
    bhttp::request<bhttp::string_body> req{verb, target, 11};
    req.set(bhttp::field::host, host_);
    if (!token.empty()) req.set(bhttp::field::authorization, "Bearer " + token);
    if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
    req.body() = body;
    req.prepare_payload();
    if (!tls_) {
        beast::tcp_stream stream(co_await net::this_coro::executor);
        stream.expires_after(10s);
        co_await stream.async_connect(endpoints, use_awaitable);
        co_return co_await exchange(stream, std::move(req));
    }
    beast::ssl_stream<beast::tcp_stream> stream(co_await net::this_coro::executor, *tls_);
    beast::get_lowest_layer(stream).expires_after(10s);
    expect_planner_name(stream);
    co_await beast::get_lowest_layer(stream).async_connect(endpoints, use_awaitable);
    co_await stream.async_handshake(ssl::stream_base::client, use_awaitable);
    co_return co_await exchange(stream, std::move(req));
}

template <class Stream>
net::awaitable<Response> PlannerClient::exchange(Stream& stream,
                                                 bhttp::request<bhttp::string_body> req) {
    co_await bhttp::async_write(stream, req, use_awaitable);
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(20 * 1024 * 1024); // the largest image the planner keeps, with room
    co_await bhttp::async_read(stream, buffer, parser, use_awaitable);
    beast::error_code ignored;
    beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
    co_return parser.release();
}

} // namespace dagritme::link
