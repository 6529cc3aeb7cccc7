// GET /static/NAME: the pages' own files from assets/web (styles, the page script, htmx),
// read once and cached by browsers forever: a changed file gets a new ?v= in its URL.
#include "http/pages.hpp"

#include "common/data_dir.hpp"
#include "common/files.hpp"
#include "common/sha256.hpp"

#include <boost/beast/http/verb.hpp>

#include <map>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

struct StaticFile {
    std::string bytes;
    std::string type;
    std::string version; // the first 12 hex digits of its SHA-256
};

const std::map<std::string, StaticFile>& static_files() {
    static const auto files = [] {
        const auto folder = common::data_dir() / "assets" / "web";
        const std::pair<const char*, const char*> known[] = {
            {"pages.css", "text/css; charset=utf-8"},
            {"pages.js", "text/javascript; charset=utf-8"},
            {"htmx-4.0.1.min.js", "text/javascript; charset=utf-8"},
            {"htmx-LICENSE", "text/plain; charset=utf-8"},
            {"icon.svg", "image/svg+xml"},
        };
        std::map<std::string, StaticFile> out;
        for (const auto& [name, type] : known) {
            auto bytes = common::read_file(folder / name);
            auto version = common::sha256_hex(bytes).substr(0, 12);
            out.emplace(name, StaticFile{std::move(bytes), type, std::move(version)});
        }
        return out;
    }();
    return files;
}

} // namespace

const Assets& asset_urls() {
    static const Assets assets = [] {
        const auto& files = static_files();
        Assets a;
        a.css = "/static/pages.css?v=" + files.at("pages.css").version;
        a.script = "/static/pages.js?v=" + files.at("pages.js").version;
        a.htmx = "/static/htmx-4.0.1.min.js";
        a.icon = "/static/icon.svg?v=" + files.at("icon.svg").version;
        return a;
    }();
    return assets;
}

Response route_static(const Request& req, const std::vector<std::string>& path) {
    if (req.method() != bhttp::verb::get && req.method() != bhttp::verb::head) method_not_allowed();
    if (path.size() != 2) not_found();
    const auto& files = static_files();
    const auto it = files.find(path[1]);
    if (it == files.end()) not_found();
    auto res = bytes_response(req, Status::ok, it->second.bytes, it->second.type);
    res.set(bhttp::field::cache_control, "public, max-age=31536000, immutable");
    res.set(bhttp::field::etag, "\"" + it->second.version + "\"");
    return res;
}

} // namespace dagritme::web
