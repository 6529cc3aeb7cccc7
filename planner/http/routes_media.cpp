// GET /media/SHA256: an image from the media store, for a paired screen or a staff session.
// Content-addressed, so cached forever.
#include "http/api.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

std::string_view image_type(const std::string& bytes) {
    if (bytes.starts_with("\x89PNG")) return "image/png";
    if (bytes.starts_with("\xFF\xD8\xFF")) return "image/jpeg";
    return "application/octet-stream";
}

} // namespace

Response route_media(ApiContext& ctx, const Request& req, const std::vector<std::string>& path) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    if (path.size() != 2 || !media::is_sha256_hex(path[1])) not_found();
    if (req[bhttp::field::authorization].empty())
        require_staff(ctx, req, Permission::read_day);
    else
        require_screen(ctx, req);
    if (!ctx.media.contains(path[1]))
        throw ApiError(Status::not_found, "unknown_media", "Onbekende afbeelding.");
    auto bytes = media::read_file(ctx.media.path_of(path[1]));
    const auto type = image_type(bytes);
    auto res = bytes_response(req, Status::ok, std::move(bytes), type);
    res.set(bhttp::field::cache_control, "public, max-age=31536000, immutable");
    res.set(bhttp::field::etag, "\"" + path[1] + "\"");
    return res;
}

} // namespace dagritme::web
