// libFuzzer target: JSON request bodies through the real API (routing, CSRF, validation,
// store), with a logged-in admin, on an in-memory database with the demo group.
// Whatever the bytes, the answer is a response (never a crash) and a refusal changes nothing.
#include "app/config_sync.hpp"
#include "auth/secrets.hpp"
#include "demo/demo_group.hpp"
#include "http/api.hpp"
#include "store/accounts.hpp"
#include "store/groups.hpp"
#include "store/migrations.hpp"

#include <boost/beast/http/verb.hpp>

#include <cstdlib>
#include <filesystem>

using namespace dagritme;
namespace bhttp = boost::beast::http;

namespace {

struct World {
    std::filesystem::path media_dir =
        std::filesystem::temp_directory_path() / "dagritme-fuzz-media";
    store::Database db{":memory:"};
    media::MediaStore media{media_dir};
    media::PictogramCatalog catalog = app::pictogram_catalog(std::nullopt);
    app::BoardCache boards{db, [] { return std::int64_t{1796112000}; }};
    web::BoardHub hub{boards};
    web::Api api{web::ApiContext{
        db, media, catalog, hub, [] { return std::int64_t{1796112000}; }, false, {}, {}, {}, {}}};
    std::string session = auth::random_token();
    std::string csrf = auth::random_token();

    World() {
        store::migrate(db);
        const auto config = app::load_config(media::data_dir() / "config" / "planner.toml");
        app::sync_config(db, config, catalog, media);
        demo::seed_demo(db, "zonnebloem", *Date::parse("2026-12-01"), media,
                        media::data_dir() / "assets" / "demo",
                        [&](const std::string& name) { return catalog.import(name, media); });
        store::Transaction tx{db};
        const auto id =
            store::add_account(db, "fuzz", Role::admin, auth::hash_password("fuzz-fuzz-fuzz"), 0);
        store::add_session(db, auth::token_hash(session), id, csrf, 0, 4'000'000'000);
        tx.commit();
    }
};

const char* const targets[] = {
    "/api/groups/zonnebloem/attendance",
    "/api/groups/zonnebloem/days/2026-12-01/changes",
    "/api/groups/zonnebloem/days/2026-12-01/activities",
    "/api/children/1/photo-consent",
    "/api/screens/pair",
    "/api/login",
    "/screen/pairing/status",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static World world;
    if (size == 0) return 0;
    const auto target = targets[data[0] % std::size(targets)];
    const bool put = std::string_view(target).ends_with("activities") ||
                     std::string_view(target).ends_with("consent");
    web::Request req{put ? bhttp::verb::put : bhttp::verb::post, target, 11};
    req.set(bhttp::field::content_type, "application/json");
    req.set(bhttp::field::cookie, std::string(web::session_cookie) + "=" + world.session);
    req.set("X-CSRF-Token", world.csrf);
    req.body().assign(reinterpret_cast<const char*>(data + 1), size - 1);
    req.prepare_payload();
    const auto before = store::board_revision(world.db, "zonnebloem");
    const auto res = world.api.handle_now(req);
    if (res.result_int() >= 500) std::abort(); // an input must never make the planner fail
    if (res.result_int() >= 400 && store::board_revision(world.db, "zonnebloem") != before)
        std::abort();
    return 0;
}
