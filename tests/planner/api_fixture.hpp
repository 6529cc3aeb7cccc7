// The planner's API in this process, without a socket: the real web::Api with its BoardHub,
// MediaStore and PictogramCatalog on a temporary SQLite file, seeded like the process tests
// (config/planner.toml, the demo group, accounts ilse (admin), marco (groepsleider), fatima
// (mentor, and the mentor account of the demo's families 1 to 5, not of family 6), cor
// (coordinator, every group) and petra (groepsleider of no group here)). Requests are
// real Beast requests; the clock is the test's, fixed at a Tuesday morning unless a test moves it.
//
// The seed (pictograms, portraits, three Argon2id hashes) is made once per test binary and
// copied for each fixture, so a SUBCASE costs a file copy, not a demo and three password hashes.
// Logging in still goes through POST /api/login and checks the password. Test code.
#pragma once

#include "app/board_cache.hpp"
#include "app/config_sync.hpp"
#include "auth/secrets.hpp"
#include "demo/demo_group.hpp"
#include "http/api.hpp"
#include "store/accounts.hpp"
#include "store/board_query.hpp"
#include "store/family_record.hpp"
#include "store/migrations.hpp"
#include "test_support.hpp"

#include <boost/beast/http/field.hpp>
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>

namespace dagritme::test {

namespace api_http = boost::beast::http;

inline const std::string api_password = "een-lang-wachtwoord";
// The demo's day, a Tuesday, so the weekday routine applies.
inline const Date demo_day = *Date::parse("2026-12-01");

inline nlohmann::json body_of(const web::Response& res) {
    return nlohmann::json::parse(res.body());
}

// The seeded database and media folder, made on first use and removed when the binary ends.
class ApiSeed {
  public:
    static const ApiSeed& get() {
        static const ApiSeed seed;
        return seed;
    }
    const TempDir& dir() const { return dir_; }
    const config::PlannerConfig& config() const { return config_; }

  private:
    ApiSeed() : config_(app::load_config(source_dir / "config" / "planner.toml")) {
        store::Database db(dir_ / "dagritme.db");
        store::migrate(db);
        media::MediaStore media(dir_ / "media");
        auto catalog = app::pictogram_catalog(config_.own_pictograms);
        app::sync_config(db, config_, catalog, media);
        demo::seed_demo(db, "zonnebloem", demo_day, media, media::data_dir() / "assets" / "demo",
                        [&](const std::string& name) { return catalog.import(name, media); });
        // One hash for all three: Argon2id costs a tenth of a second each.
        const auto hash = auth::hash_password(api_password);
        const std::pair<const char*, const char*> accounts[] = {{"ilse", "admin"},
                                                                {"marco", "groepsleider"},
                                                                {"fatima", "mentor"},
                                                                {"cor", "coordinator"},
                                                                {"petra", "groepsleider"}};
        for (const auto& [name, role] : accounts) {
            const auto id = store::add_account(db, name, *role_from(role), hash, 0);
            // petra works in another group: she may not see De Zonnebloem; cor sees every group.
            if (std::string(name) != "petra" && std::string(name) != "cor")
                store::set_account_groups(db, id, {"zonnebloem"});
            // fatima is the mentor of the demo's families 1 to 5; family 6 (Meijer) has no
            // mentor account, so its record is out of her scope.
            if (std::string(name) == "fatima")
                for (std::int64_t family = 1; family <= 5; ++family)
                    store::set_family_mentor_account(db, family, id);
        }
    }
    TempDir dir_;
    config::PlannerConfig config_;
};

class ApiPlanner {
  public:
    ApiPlanner()
        : files_(copy_of_seed()), db_(dir_ / "dagritme.db"), media_(dir_ / "media"),
          catalog_(app::pictogram_catalog(ApiSeed::get().config().own_pictograms)),
          boards_(db_, [this] { return now; }), hub_(boards_),
          api_(web::ApiContext{db_,
                               media_,
                               catalog_,
                               hub_,
                               [this] { return now; },
                               false,
                               [this](const std::string& line) { log += line + "\n"; },
                               {},
                               ApiSeed::get().config().goals,
                               {}}) {
        store::migrate(db_); // as the server does at start: nothing to do on a current file
    }
    ApiPlanner(const ApiPlanner&) = delete;
    ApiPlanner& operator=(const ApiPlanner&) = delete;

    // As the server answers it: refused from the header when the route says so (session, role,
    // declared length), otherwise handled, with deferred work done on this thread.
    web::Response send(web::Request req, const std::string& client) {
        req.prepare_payload();
        const auto admission = api_.admit(req, client);
        if (admission.refusal) return *admission.refusal;
        return api_.handle_now(req, client);
    }

    // The revision of the group as stored (not as the hub last sent it).
    std::int64_t revision() {
        const auto board = store::load_board(db_, "zonnebloem", demo_day);
        REQUIRE(board);
        return board->revision;
    }
    const std::filesystem::path& dir() const { return dir_.path(); }
    std::filesystem::path media_dir() const { return dir_ / "media"; }
    store::Database& db() { return db_; }

    std::int64_t now = to_instant({demo_day, TimeOfDay::at(10, 0)}).seconds;
    std::string log; // what the API reported as unexpected failures

  private:
    bool copy_of_seed() {
        namespace fs = std::filesystem;
        fs::copy(ApiSeed::get().dir().path(), dir_.path(), fs::copy_options::recursive);
        return true;
    }
    TempDir dir_;
    bool files_;
    store::Database db_;
    media::MediaStore media_;
    media::PictogramCatalog catalog_;
    app::BoardCache boards_;
    web::BoardHub hub_;
    web::Api api_;
};

// A browser on a tablet: the session cookie and CSRF token after login, and its address.
struct ApiClient {
    explicit ApiClient(ApiPlanner& planner_, std::string address_ = "192.168.1.20")
        : planner(planner_), address(std::move(address_)) {}

    ApiPlanner& planner;
    std::string address;
    std::string session;
    std::string csrf;

    web::Response request(api_http::verb verb, const std::string& target,
                          const std::string& body = "",
                          const std::string& content_type = "application/json",
                          bool with_csrf = true, const std::string& authorization = "") const {
        web::Request req{verb, target, 11};
        req.set(api_http::field::host, "planner");
        if (!body.empty() || verb == api_http::verb::post || verb == api_http::verb::put)
            req.set(api_http::field::content_type, content_type);
        if (!session.empty()) req.set(api_http::field::cookie, "dagritme_session=" + session);
        if (with_csrf && !csrf.empty()) req.set("X-CSRF-Token", csrf);
        if (!authorization.empty()) req.set(api_http::field::authorization, authorization);
        req.body() = body;
        return planner.send(std::move(req), address);
    }
    web::Response get(const std::string& target) const {
        return request(api_http::verb::get, target);
    }
    web::Response post(const std::string& target, const nlohmann::json& body,
                       bool with_csrf = true) const {
        return request(api_http::verb::post, target, body.dump(), "application/json", with_csrf);
    }
    web::Response put(const std::string& target, const nlohmann::json& body) const {
        return request(api_http::verb::put, target, body.dump());
    }

    // A page form: x-www-form-urlencoded, with the session's CSRF token as the "csrf" field.
    web::Response post_form(const std::string& target, const std::string& form,
                            bool htmx = false) const {
        web::Request req{api_http::verb::post, target, 11};
        req.set(api_http::field::host, "planner");
        req.set(api_http::field::content_type, "application/x-www-form-urlencoded");
        if (!session.empty()) req.set(api_http::field::cookie, "dagritme_session=" + session);
        if (htmx) req.set("HX-Request", "true");
        req.body() = form + (csrf.empty() ? "" : "&csrf=" + csrf);
        return planner.send(std::move(req), address);
    }

    // Logs in through POST /api/login; returns the status.
    int login(const std::string& name, const std::string& password = api_password) {
        const auto res = post("/api/login", {{"name", name}, {"password", password}}, false);
        if (res.result_int() != 200) return static_cast<int>(res.result_int());
        const auto cookie = std::string(res[api_http::field::set_cookie]);
        session = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
        csrf = body_of(res)["csrf"];
        return 200;
    }
};

inline ApiClient logged_in(ApiPlanner& planner, const std::string& name) {
    ApiClient client{planner};
    REQUIRE(client.login(name) == 200);
    return client;
}

// The group's board of today as staff see it.
inline nlohmann::json board_of(const ApiClient& client) {
    const auto res = client.get("/api/groups/zonnebloem/board");
    REQUIRE(res.result_int() == 200);
    return body_of(res);
}

// The entry with this id in a list of the board ("c1" in present.children, "b3" in blocks);
// the test stops when there is none.
inline nlohmann::json entry(const nlohmann::json& list, const std::string& id) {
    for (const auto& item : list)
        if (item["id"] == id) return item;
    FAIL("no entry " << id << " in " << list.dump());
    return {};
}

inline bool has_entry(const nlohmann::json& list, const std::string& id) {
    for (const auto& item : list)
        if (item["id"] == id) return true;
    return false;
}

inline std::size_t files_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& file : std::filesystem::directory_iterator(dir))
        ++n;
    return n;
}

} // namespace dagritme::test
