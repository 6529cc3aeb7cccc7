// Planning parent-child sessions: schedule a weekly series, change or cancel one occurrence,
// invite families, record who came. Each is one transaction: the domain's rules and the
// store's facts (the leader works in the group, the family has a child there, the capacity)
// are checked first, and a refusal is a SessionProblem with nothing written. Every change
// bumps the boards of the groups the series reaches, so the wall screens follow at once.
#pragma once

#include "domain/session_series.hpp"
#include "domain/workbook.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace dagritme::app {

// Stores `series` (its id and exceptions are ignored) for its group. `key` is the form's
// idempotency key of `account`: the same key again returns the series it made the first time.
std::variant<std::int64_t, SessionProblem> schedule_series(store::Database& db,
                                                           SessionSeries series,
                                                           std::int64_t account,
                                                           const std::string& key, Instant now);

// Changes or cancels (exception.cancelled) the occurrence on exception.date of series `id`.
std::optional<SessionProblem> set_occurrence(store::Database& db, std::int64_t series_id,
                                             const SessionException& exception);

// Invites `family_id` to the whole series (no date) or to the occurrence on `date`. Refused
// when the family has no child in the series' group, is invited already, or the series is
// full: for the whole series, every family invited to any of it counts; for one date, the
// families of that occurrence.
std::optional<SessionProblem> invite_family(store::Database& db, std::int64_t series_id,
                                            std::int64_t family_id, std::optional<Date> date);
std::optional<SessionProblem> uninvite_family(store::Database& db, std::int64_t series_id,
                                              std::int64_t family_id, std::optional<Date> date);

// Records who came to the occurrence on `date` (not after `today`): the parents ticked, each
// of a family invited to it. Replaces an earlier record. `key` as for schedule_series: the
// same form sent twice records once.
std::optional<SessionProblem> record_visits(store::Database& db, std::int64_t series_id, Date date,
                                            const std::vector<std::int64_t>& parents, Date today,
                                            std::int64_t account, const std::string& key,
                                            Instant now);

// For the series page: per date of [from, to] and invited family, the family's other sessions
// overlapping that occurrence ("Botst met ..."). Only reads: call it inside the caller's
// ReadSnapshot for one consistent view.
using ClashMap = std::map<std::pair<Date, std::int64_t>, FamilyClashes>;
ClashMap clashes_of_series(store::Database& db, const SessionSeries& series, Date from, Date to);

} // namespace dagritme::app
