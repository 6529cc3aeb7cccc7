// Accounts and login: the throttle as a pure rule over time, and sessions in a real SQLite file.
#include "auth/login_throttle.hpp"
#include "auth/secrets.hpp"
#include "store/accounts.hpp"
#include "store/migrations.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace std::chrono_literals;

TEST_CASE("login throttle: free tries, then a doubling wait, per address and per account") {
    auth::LoginThrottle throttle;
    const auto t0 = auth::LoginThrottle::Clock::time_point{} + 1000h;
    for (int i = 0; i < auth::LoginThrottle::free_tries_per_address; ++i) {
        CHECK(throttle.wait("10.0.0.1", "marco", t0) == 0s);
        throttle.failed("10.0.0.1", "marco", t0);
    }
    CHECK(throttle.wait("10.0.0.1", "marco", t0) == 30s);
    CHECK(throttle.wait("10.0.0.1", "marco", t0 + 29s) == 1s);
    CHECK(throttle.wait("10.0.0.1", "marco", t0 + 30s) == 0s);
    throttle.failed("10.0.0.1", "marco", t0 + 30s);
    CHECK(throttle.wait("10.0.0.1", "ilse", t0 + 30s) == 60s); // the address waits for any name
    CHECK(throttle.wait("10.0.0.2", "marco", t0 + 30s) == 0s); // the account not yet

    SUBCASE("the wait stops growing at 15 minutes") {
        auto t = t0 + 30s;
        for (int i = 0; i < 30; ++i) {
            t += throttle.wait("10.0.0.1", "x" + std::to_string(i), t);
            throttle.failed("10.0.0.1", "x" + std::to_string(i), t);
        }
        CHECK(throttle.wait("10.0.0.1", "y", t) == auth::LoginThrottle::longest_wait);
    }
    SUBCASE("many addresses guessing one account throttle the account") {
        for (int i = 0; i < auth::LoginThrottle::free_tries_per_account; ++i)
            throttle.failed("10.1.0." + std::to_string(i), "ilse", t0);
        CHECK(throttle.wait("10.2.0.1", "ilse", t0) == 30s);
    }
    SUBCASE("a success clears both") {
        throttle.succeeded("10.0.0.1", "marco");
        CHECK(throttle.wait("10.0.0.1", "marco", t0 + 30s) == 0s);
    }
}

TEST_CASE("sessions end after a while without use, and with a disabled account") {
    test::TempDir dir;
    store::Database db(dir / "accounts.db");
    store::migrate(db);
    const auto id = store::add_account(db, "marco", Role::group_leader, "hash", 0);
    const std::int64_t login = 1'800'000'000, idle = 30 * 60;
    store::add_session(db, "token", id, "csrf", login, login + 12 * 3600);

    CHECK(store::find_session(db, "token", login + idle - 1, idle));
    CHECK_FALSE(store::find_session(db, "token", login + idle, idle));
    store::touch_session(db, "token", login + idle - 1);
    CHECK(store::find_session(db, "token", login + 2 * idle - 2, idle));
    CHECK_FALSE(store::find_session(db, "token", login + 12 * 3600, idle)); // used or not

    REQUIRE(store::disable_account(db, "marco", login + 10));
    CHECK_FALSE(store::find_session(db, "token", login + 11, idle));
    CHECK_FALSE(store::find_account(db, "marco"));
    CHECK_FALSE(store::disable_account(db, "marco", login + 12)); // already disabled
}
