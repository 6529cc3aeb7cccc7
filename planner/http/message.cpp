// Building responses and reading requests: JSON bodies, paths, query parameters, cookies.
#include "http/message.hpp"

#include "web/form.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace dagritme::web {
namespace bhttp = boost::beast::http;

Response bytes_response(const Request& req, Status status, std::string body,
                        std::string_view content_type) {
    Response res{status, req.version()};
    res.set(bhttp::field::content_type, content_type);
    res.set(bhttp::field::cache_control, "no-store");
    res.set("X-Content-Type-Options", "nosniff");
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
}

Response json_response(const Request& req, Status status, const nlohmann::json& body) {
    return bytes_response(req, status,
                          body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                          "application/json");
}

Response error_response(const Request& req, Status status, const std::string& code,
                        const std::string& message) {
    return json_response(req, status, nlohmann::json{{"error", code}, {"message", message}});
}

std::string_view path_of(std::string_view target) {
    return target.substr(0, target.find('?'));
}

std::string_view query_of(std::string_view target) {
    const auto q = target.find('?');
    return q == std::string_view::npos ? std::string_view{} : target.substr(q + 1);
}

std::vector<std::string> path_segments(std::string_view target) {
    std::vector<std::string> out;
    auto path = path_of(target);
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        const auto end = path.find('/');
        out.emplace_back(path.substr(0, end));
        path.remove_prefix(end == std::string_view::npos ? path.size() : end);
    }
    return out;
}

std::string query_param(std::string_view target, std::string_view name) {
    const auto q = target.find('?');
    if (q == std::string_view::npos) return "";
    auto query = target.substr(q + 1);
    while (!query.empty()) {
        const auto amp = query.find('&');
        const auto pair = query.substr(0, amp);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == name)
            return eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1));
        query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
    }
    return "";
}

std::string cookie(const Request& req, std::string_view name) {
    const auto header = req[bhttp::field::cookie];
    std::string_view rest(header.data(), header.size());
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        auto pair = rest.substr(0, semi);
        while (!pair.empty() && pair.front() == ' ')
            pair.remove_prefix(1);
        const auto eq = pair.find('=');
        if (eq != std::string_view::npos && pair.substr(0, eq) == name)
            return std::string(pair.substr(eq + 1));
        rest.remove_prefix(semi == std::string_view::npos ? rest.size() : semi + 1);
    }
    return "";
}

std::string media_type_of(const Request& req) {
    const auto header = req[bhttp::field::content_type];
    std::string type(header.substr(0, std::min(header.size(), header.find(';'))));
    std::erase_if(type, [](char c) { return c == ' ' || c == '\t'; });
    std::transform(type.begin(), type.end(), type.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return type;
}

std::int64_t path_id(std::string_view text) {
    if (text.empty() || text.size() > 40 ||
        text.find_first_not_of("0123456789") != std::string_view::npos)
        throw ApiError(Status::not_found, "not_found",
                       "Deze pagina of dit onderdeel bestaat niet.");
    const auto id = record_id(text);
    if (!id)
        throw ApiError(Status::bad_request, "bad_id", "Ongeldig id: " + std::string(text) + ".");
    return *id;
}

nlohmann::json json_body(const Request& req) {
    if (media_type_of(req) != "application/json")
        throw ApiError(Status::unsupported_media_type, "unsupported_media_type",
                       "Verwacht Content-Type application/json.");
    auto body = nlohmann::json::parse(req.body(), nullptr, false);
    if (body.is_discarded())
        throw ApiError(Status::bad_request, "bad_json", "De aanvraag is geen geldige JSON.");
    if (!body.is_object())
        throw ApiError(Status::bad_request, "bad_json", "Verwacht een JSON-object.");
    return body;
}

JsonFields::JsonFields(const nlohmann::json& object, std::string path)
    : object_(object), path_(std::move(path)) {
    if (!object_.is_object())
        throw ApiError(Status::bad_request, "bad_field",
                       (path_.empty() ? "body" : path_) + ": verwacht een object");
}

void JsonFields::fail(const std::string& key, const std::string& expected) const {
    throw ApiError(Status::bad_request, "bad_field",
                   (path_.empty() ? "" : path_ + ".") + key + ": " + expected);
}

const nlohmann::json& JsonFields::get(const std::string& key) {
    read_.push_back(key);
    if (!object_.contains(key)) fail(key, "ontbreekt");
    return object_.at(key);
}

std::string JsonFields::string(const std::string& key, std::size_t max_length) {
    const auto& v = get(key);
    if (!v.is_string()) fail(key, "verwacht tekst");
    auto text = v.get<std::string>();
    if (text.empty() || text.size() > max_length)
        fail(key, "verwacht tekst van 1 tot " + std::to_string(max_length) + " tekens");
    return text;
}

std::optional<std::string> JsonFields::optional_string(const std::string& key,
                                                       std::size_t max_length) {
    if (!has(key)) {
        read_.push_back(key);
        return std::nullopt;
    }
    return string(key, max_length);
}

std::int64_t JsonFields::integer(const std::string& key) {
    const auto& v = get(key);
    if (!v.is_number_integer()) fail(key, "verwacht een geheel getal");
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
        fail(key, "getal te groot");
    return v.get<std::int64_t>();
}

bool JsonFields::boolean(const std::string& key) {
    const auto& v = get(key);
    if (!v.is_boolean()) fail(key, "verwacht true of false");
    return v.get<bool>();
}

const nlohmann::json& JsonFields::array(const std::string& key) {
    const auto& v = get(key);
    if (!v.is_array()) fail(key, "verwacht een lijst");
    return v;
}

void JsonFields::finish() const {
    for (const auto& [key, value] : object_.items())
        if (std::find(read_.begin(), read_.end(), key) == read_.end()) fail(key, "onbekend veld");
}

} // namespace dagritme::web
