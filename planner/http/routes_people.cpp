// Photos and consent: PUT /api/children/ID/photo, PUT /api/staff/ID/photo (an image body),
// PUT /api/children/ID/photo-consent {"consent": bool}.
#include "http/api.hpp"

#include "http/problem_words.hpp"
#include "images/photo.hpp"
#include "store/people.hpp"

#include <boost/beast/http/verb.hpp>

namespace dagritme::web {
namespace bhttp = boost::beast::http;
namespace {

// The re-encoding (decode, turn, scale, encode: up to a second for a large photo) and the
// file write run on a worker thread; the database and the boards change on the I/O thread.
Outcome upload_photo(ApiContext& ctx, const Request& req, const store::StaffSession& session,
                     bool child, std::int64_t id) {
    const auto group =
        child ? store::group_of_child(ctx.db, id) : store::group_of_staff(ctx.db, id);
    if (!group)
        throw ApiError(Status::not_found, child ? "unknown_child" : "unknown_staff",
                       "Niemand met id " + std::to_string(id) + ".");
    require_group_access(session, *group);
    const auto type = media_type_of(req);
    if (type != "image/jpeg" && type != "image/png")
        throw ApiError(Status::unsupported_media_type, "unsupported_media_type",
                       "Verwacht een foto als image/jpeg of image/png.");
    return defer(ctx, req, [&ctx, &req, child, id, group = *group] {
        auto result = images::reencode_photo(req.body());
        if (const auto* error = std::get_if<images::PhotoError>(&result)) throw refusal(*error);
        const auto& photo = std::get<images::Photo>(result);
        const auto hash = ctx.media.put(photo.jpeg);
        return std::function<Response()>(
            [&ctx, &req, child, id, group, hash, width = photo.width, height = photo.height] {
                store::Transaction tx{ctx.db};
                if (child)
                    store::set_child_photo(ctx.db, id, hash);
                else
                    store::set_staff_photo(ctx.db, id, hash);
                tx.commit();
                ctx.hub.publish(group);
                return json_response(req, Status::ok,
                                     {{"photo", hash},
                                      {"width", width},
                                      {"height", height},
                                      {"revision", ctx.hub.revision(group)}});
            });
    });
}

Response set_consent(ApiContext& ctx, const Request& req, const store::StaffSession& session,
                     std::int64_t id) {
    const auto group = store::group_of_child(ctx.db, id);
    if (!group)
        throw ApiError(Status::not_found, "unknown_child",
                       "Geen kind met id " + std::to_string(id) + ".");
    require_group_access(session, *group);
    const auto body = json_body(req);
    JsonFields fields(body);
    const bool consent = fields.boolean("consent");
    fields.finish();
    store::Transaction tx{ctx.db};
    store::set_photo_consent(ctx.db, id, consent);
    tx.commit();
    ctx.hub.publish(*group);
    return json_response(req, Status::ok,
                         {{"consent", consent}, {"revision", ctx.hub.revision(*group)}});
}

} // namespace

Outcome route_people(ApiContext& ctx, const Request& req, const std::vector<std::string>& path) {
    if (path.size() != 4) not_found();
    const bool child = path[1] == "children";
    if (path[3] == "photo") {
        if (req.method() != bhttp::verb::put) method_not_allowed();
        const auto session = require_staff(ctx, req, Permission::upload_photo);
        return upload_photo(ctx, req, session, child, path_id(path[2]));
    }
    if (child && path[3] == "photo-consent") {
        if (req.method() != bhttp::verb::put) method_not_allowed();
        const auto session = require_staff(ctx, req, Permission::set_consent);
        return set_consent(ctx, req, session, path_id(path[2]));
    }
    not_found();
}

} // namespace dagritme::web
