#include "net/backoff.hpp"

#include <doctest/doctest.h>

using namespace dagritme::link;
using namespace std::chrono_literals;

TEST_CASE("reconnect delays double from about a second, with jitter, capped at 30 s") {
    Backoff backoff(42);
    const auto first = backoff.next();
    CHECK(first >= 500ms);
    CHECK(first <= 1000ms);
    const auto second = backoff.next();
    CHECK(second >= 1000ms);
    CHECK(second <= 2000ms);
    CHECK(backoff.next() <= 4000ms);
    CHECK(backoff.next() <= 8000ms);
    CHECK(backoff.next() <= 16000ms);
    for (int i = 0; i < 20; ++i) {
        const auto d = backoff.next();
        CHECK(d >= 15000ms);
        CHECK(d <= 30000ms);
    }
    backoff.reset();
    CHECK(backoff.next() <= 1000ms);
    // Screens with other seeds wait differently: they do not all knock at once.
    Backoff a(1), b(2);
    int different = 0;
    for (int i = 0; i < 5; ++i)
        different += a.next() != b.next() ? 1 : 0;
    CHECK(different > 0);
}
