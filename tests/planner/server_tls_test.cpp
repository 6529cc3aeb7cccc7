// The planner over TLS, with a certificate made the way the README says
// (scripts/make-certificate): a real handshake verified against the organisation's CA,
// Secure cookies and HSTS, the wall screen's WebSocket over TLS, and what is refused.
#include "server_fixture.hpp"

#include <boost/asio/ssl.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket/ssl.hpp>

using namespace dagritme;
using namespace dagritme::test;
namespace ssl = net::ssl;

namespace {

// The running planner of the fixture, restarted with TLS on the same port.
struct TlsPlanner {
    RunningPlanner planner;
    std::filesystem::path certificates = planner.restart_with_tls();

    ssl::context client_context(int max_version = 0) const {
        ssl::context context(ssl::context::tls_client);
        context.load_verify_file((certificates / "ca.crt").string());
        context.set_verify_mode(ssl::verify_peer);
        if (max_version) {
            SSL_CTX_set_security_level(context.native_handle(),
                                       0); // let the client offer old versions
            SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_VERSION);
            SSL_CTX_set_max_proto_version(context.native_handle(), max_version);
        }
        return context;
    }
};

// The server name the client asks for (SNI); OpenSSL's macro for it casts the old way.
void ask_for_name(SSL* ssl, const char* name) {
    SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char*>(name));
}

// One HTTPS request; throws when the handshake or the certificate check fails.
HttpResponse https_request(unsigned short port, ssl::context& context,
                           bhttp::request<bhttp::string_body> req) {
    net::io_context ioc;
    beast::ssl_stream<beast::tcp_stream> stream(ioc, context);
    ask_for_name(stream.native_handle(), "localhost");
    stream.set_verify_callback(ssl::host_name_verification("localhost"));
    beast::get_lowest_layer(stream).connect(
        tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    stream.handshake(ssl::stream_base::client);
    req.set(bhttp::field::host, "localhost");
    req.prepare_payload();
    bhttp::write(stream, req);
    beast::flat_buffer buffer;
    HttpResponse res;
    bhttp::read(stream, buffer, res);
    return res;
}

} // namespace

TEST_CASE("the planner over TLS") {
    TlsPlanner tls;
    auto context = tls.client_context();

    SUBCASE("a verified handshake; HSTS on every answer") {
        const auto res =
            https_request(tls.planner.port, context, {bhttp::verb::get, "/healthz", 11});
        CHECK(res.result_int() == 200);
        CHECK(res[bhttp::field::strict_transport_security] == "max-age=31536000");
    }
    SUBCASE("the session cookie is Secure") {
        bhttp::request<bhttp::string_body> login{bhttp::verb::post, "/api/login", 11};
        login.set(bhttp::field::content_type, "application/json");
        login.body() = nlohmann::json{{"name", "marco"}, {"password", test_password}}.dump();
        const auto res = https_request(tls.planner.port, context, login);
        REQUIRE(res.result_int() == 200);
        CHECK(std::string(res[bhttp::field::set_cookie]).ends_with("; Secure"));
    }
    SUBCASE("a wall screen's WebSocket over TLS gets the board") {
        const auto token = [&] {
            bhttp::request<bhttp::string_body> ask{bhttp::verb::post, "/screen/pairing", 11};
            const auto request = json_of(https_request(tls.planner.port, context, ask));
            REQUIRE(tls.planner.cli_ok({"screen", "pair", request["code"], "--group", "zonnebloem",
                                        "--name", "Hal", "--config", tls.planner.config.string()}));
            bhttp::request<bhttp::string_body> status{bhttp::verb::post, "/screen/pairing/status",
                                                      11};
            status.set(bhttp::field::content_type, "application/json");
            status.body() = nlohmann::json{{"secret", request["secret"]}}.dump();
            return json_of(https_request(tls.planner.port, context, status))["token"]
                .get<std::string>();
        }();
        net::io_context ioc;
        websocket::stream<beast::ssl_stream<beast::tcp_stream>> ws(ioc, context);
        ask_for_name(ws.next_layer().native_handle(), "localhost");
        ws.next_layer().set_verify_callback(ssl::host_name_verification("localhost"));
        beast::get_lowest_layer(ws).connect(
            tcp::endpoint(net::ip::make_address("127.0.0.1"), tls.planner.port));
        ws.next_layer().handshake(ssl::stream_base::client);
        ws.set_option(websocket::stream_base::decorator([&](websocket::request_type& req) {
            req.set(bhttp::field::authorization, "Bearer " + token);
        }));
        ws.handshake("localhost", "/ws/screen");
        beast::flat_buffer buffer;
        ws.read(buffer);
        const auto board = nlohmann::json::parse(beast::buffers_to_string(buffer.data()));
        CHECK(board["type"] == "board");
        CHECK(board["group"]["id"] == "zonnebloem");
    }
    SUBCASE("plain HTTP on the TLS port is refused cleanly") {
        net::io_context ioc;
        auto socket = connect_from(ioc, tls.planner.port);
        net::write(socket, net::buffer(std::string("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")));
        std::string answer;
        beast::error_code ec;
        char buf[1024];
        for (std::size_t n; (n = socket.read_some(net::buffer(buf), ec)), !ec;)
            answer.append(buf, n);
        CHECK(answer.rfind("HTTP/1.1 400 Bad Request\r\n", 0) == 0);
        CHECK(answer.ends_with("Deze planner spreekt alleen HTTPS: gebruik https://\n"));
    }
    SUBCASE("TLS 1.1 is refused") {
        auto old = tls.client_context(TLS1_1_VERSION);
        CHECK_THROWS(https_request(tls.planner.port, old, {bhttp::verb::get, "/healthz", 11}));
    }
    SUBCASE("a certificate from another authority is not trusted") {
        ssl::context strange(ssl::context::tls_client);
        strange.set_default_verify_paths(); // the system's authorities: none signed the test CA
        strange.set_verify_mode(ssl::verify_peer);
        CHECK_THROWS(https_request(tls.planner.port, strange, {bhttp::verb::get, "/healthz", 11}));
    }
    // The planner is unharmed by all of it.
    CHECK(
        https_request(tls.planner.port, context, {bhttp::verb::get, "/healthz", 11}).result_int() ==
        200);
}
