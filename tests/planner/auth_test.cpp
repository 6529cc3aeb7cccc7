// Accounts and login: the throttle as a pure rule over time, and sessions in a real SQLite file.
#include "auth/login_throttle.hpp"
#include "auth/secrets.hpp"
#include "store/accounts.hpp"
#include "store/migrations.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace std::chrono_literals;

namespace {
using Throttle = auth::LoginThrottle;

// One try that started and failed at `t`; false when it was not admitted.
bool fail(Throttle& throttle, const std::string& address, const std::string& account,
          Throttle::Clock::time_point t) {
    if (!throttle.begin(address, account, t).admitted()) return false;
    throttle.finished(address, account, false, t);
    return true;
}
} // namespace

TEST_CASE("login throttle: free tries, then a doubling wait, per address and per account there") {
    Throttle throttle;
    const auto t0 = Throttle::Clock::time_point{} + 1000h;
    for (int i = 0; i < Throttle::free_tries_per_account_and_address; ++i)
        CHECK(fail(throttle, "10.0.0.1", "marco", t0));
    CHECK(throttle.begin("10.0.0.1", "marco", t0).wait == 30s);
    CHECK(throttle.begin("10.0.0.1", "marco", t0 + 29s).wait == 1s);
    CHECK(fail(throttle, "10.0.0.1", "marco", t0 + 30s));
    CHECK(throttle.begin("10.0.0.1", "marco", t0 + 30s).wait == 60s);
    CHECK(fail(throttle, "10.0.0.2", "marco", t0 + 30s)); // not the account elsewhere

    SUBCASE("one address guessing many names waits after ten tries") {
        for (int i = 0; i < 4; ++i)
            CHECK(fail(throttle, "10.0.0.1", "x" + std::to_string(i), t0 + 30s));
        CHECK(throttle.begin("10.0.0.1", "y", t0 + 30s).wait == 30s);
    }
    SUBCASE("the wait stops growing at 15 minutes") {
        auto t = t0 + 30s;
        for (int i = 0; i < 30; ++i) {
            const auto name = "x" + std::to_string(i);
            auto admission = throttle.begin("10.0.0.1", name, t);
            if (!admission.admitted()) { // refused: nothing counted; try again after the wait
                t += admission.wait;
                admission = throttle.begin("10.0.0.1", name, t);
            }
            REQUIRE(admission.admitted());
            throttle.finished("10.0.0.1", name, false, t);
        }
        CHECK(throttle.begin("10.0.0.1", "y", t).wait == Throttle::longest_wait);
    }
    SUBCASE("a success forgives the failures of that account from that address") {
        Throttle fresh;
        for (int i = 0; i < 4; ++i)
            CHECK(fail(fresh, "10.0.0.3", "marco", t0));
        REQUIRE(fresh.begin("10.0.0.3", "marco", t0).admitted());
        CHECK_FALSE(fresh.finished("10.0.0.3", "marco", true, t0));
        for (int i = 0; i < Throttle::free_tries_per_account_and_address; ++i)
            CHECK(fail(fresh, "10.0.0.3", "marco", t0));
        CHECK(fresh.begin("10.0.0.3", "marco", t0).wait == 30s);
    }
}

TEST_CASE("login throttle: a try counts when it starts, and few are checked at once") {
    Throttle throttle;
    const auto t0 = Throttle::Clock::time_point{} + 1000h;
    SUBCASE("a parallel burst from one address: two checks at once, then the count holds it") {
        int admitted = 0, busy = 0;
        for (int i = 0; i < 100; ++i) {
            const auto a = throttle.begin("10.0.0.1", "marco", t0);
            admitted += a.admitted();
            busy += a.busy;
        }
        CHECK(admitted == Throttle::checks_at_once_per_address);
        CHECK(busy == 100 - Throttle::checks_at_once_per_address);
        for (int i = 0; i < admitted; ++i)
            throttle.finished("10.0.0.1", "marco", false, t0);
        // Pending tries were counted as failures before their check: 5 in all, then the wait.
        CHECK(fail(throttle, "10.0.0.1", "marco", t0));
        CHECK(fail(throttle, "10.0.0.1", "marco", t0));
        CHECK(fail(throttle, "10.0.0.1", "marco", t0));
        CHECK(throttle.begin("10.0.0.1", "marco", t0).wait == 30s);
    }
    SUBCASE("one account from many addresses: four checks at once") {
        int admitted = 0;
        for (int i = 0; i < 10; ++i)
            admitted += throttle.begin("10.0.1." + std::to_string(i), "marco", t0).admitted();
        CHECK(admitted == Throttle::checks_at_once_per_account);
    }
}

TEST_CASE("login throttle: nobody can lock an account; many failures raise one alert") {
    Throttle throttle;
    const auto t0 = Throttle::Clock::time_point{} + 1000h;
    std::vector<std::string> alerts;
    for (int a = 0; a < 12; ++a)
        for (int i = 0; i < Throttle::free_tries_per_account_and_address; ++i) {
            const auto address = "10.1." + std::to_string(a) + ".1";
            REQUIRE(throttle.begin(address, "ilse", t0 + 1s * a).admitted());
            if (auto alert = throttle.finished(address, "ilse", false, t0 + 1s * a))
                alerts.push_back(*alert);
        }
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0] == "login alert: 30 failed logins for the account name 'ilse' in the last "
                       "hour, from any address; the account is not locked");
    // The owner's tablet never failed: it may try, and the right password gets in.
    const auto owner = throttle.begin("10.2.0.7", "ilse", t0 + 12s);
    CHECK(owner.admitted());
    CHECK_FALSE(throttle.finished("10.2.0.7", "ilse", true, t0 + 12s));
    SUBCASE("a name typed with control characters reaches the log without them") {
        Throttle other;
        std::optional<std::string> alert;
        for (int i = 0; i < Throttle::alert_failures_per_account; ++i) {
            const auto address = "10.3." + std::to_string(i) + ".1";
            REQUIRE(other.begin(address, "x\ny", t0).admitted());
            alert = other.finished(address, "x\ny", false, t0);
        }
        REQUIRE(alert);
        CHECK(alert->find("'x?y'") != std::string::npos);
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
