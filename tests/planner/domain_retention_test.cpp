// The retention rule: 20 years from the last change, only for a closed record, with a reason.
#include "domain/retention.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dagritme;

namespace {
std::int64_t at(const char* date, int hour = 12) {
    return to_instant({*Date::parse(date), TimeOfDay::at(hour, 0)}).seconds;
}
} // namespace

TEST_CASE("a record is kept 20 years from its last change, to the local day") {
    CHECK(retention_end(Instant{at("2026-12-01")}) == *Date::parse("2046-12-01"));
    // 00:30 local on 1 January is still 31 December in UTC: the local day counts.
    CHECK(retention_end(Instant{at("2027-01-01", 0) + 30 * 60}) == *Date::parse("2047-01-01"));
    // 2096 is a leap year, 2100 is not.
    CHECK(retention_end(Instant{at("2076-02-29")}) == *Date::parse("2096-02-29"));
    CHECK(retention_end(Instant{at("2080-02-29")}) == *Date::parse("2100-03-01"));
}

TEST_CASE("a destruction may be asked only for a closed record past its retention") {
    const auto changed = at("2026-12-01");
    const auto closed = std::optional<std::int64_t>{changed};
    CHECK(check_destruction(std::nullopt, changed, at("2050-01-01"), "verlopen") ==
          DestructionProblem::record_open);
    CHECK(check_destruction(closed, changed, at("2046-11-30", 23), "verlopen") ==
          DestructionProblem::still_kept);
    CHECK(check_destruction(closed, changed, at("2046-12-01", 0), "verlopen") == std::nullopt);
    CHECK(check_destruction(closed, changed, at("2047-01-01"), " \n") ==
          DestructionProblem::reason_missing);
    CHECK(check_destruction(closed, changed, at("2047-01-01"), std::string(501, 'x')) ==
          DestructionProblem::reason_too_long);
}
