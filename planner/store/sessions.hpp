// Parent-child sessions as stored: weekly series (a one-off is a series of one date) with their
// exceptions, invited families, who came, and what a day's board and a family's workbook and
// calendar feed read of them. Writes touch the board of every group the series reaches (its
// own group and the groups of the invited families' children); call them inside a
// transaction. The rules are checked before, in planner/app.
#pragma once

#include "domain/activity.hpp"
#include "domain/session_series.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::store {

// Series. add_ stores `series` without its exceptions and returns the id. Reads include the
// exceptions, in date order; series_of_group orders by weekday, start, id.
std::int64_t add_series(Database& db, const SessionSeries& series);
std::optional<SessionSeries> load_series(Database& db, std::int64_t id);
std::vector<SessionSeries> series_of_group(Database& db, const std::string& group_id);
// Sets the exception of `exception.date` (a change or a cancellation), replacing one there was.
void set_exception(Database& db, std::int64_t series_id, const SessionException& exception);

// A family invited to every occurrence of a series (no date) or to one.
struct SessionInvitation {
    std::int64_t family_id = 0;
    std::optional<Date> date;
    bool operator==(const SessionInvitation&) const = default;
};
std::vector<SessionInvitation> invitations_of_series(Database& db, std::int64_t series_id);
void add_invitation(Database& db, std::int64_t series_id, const SessionInvitation& invitation);
// False when there was no such invitation.
bool remove_invitation(Database& db, std::int64_t series_id, const SessionInvitation& invitation);
// The families invited to the occurrence on `date`: to the series, or to that date.
std::vector<std::int64_t> families_of_occurrence(Database& db, std::int64_t series_id, Date date);

// Who came to an occurrence: the parents ticked by the session leader. Nothing when nobody
// recorded it yet (an empty list: recorded, and nobody came). record_ replaces what was there.
std::optional<std::vector<std::int64_t>> visits_of(Database& db, std::int64_t series_id, Date date);
void record_visits(Database& db, std::int64_t series_id, Date date,
                   const std::vector<std::int64_t>& parents, std::optional<std::int64_t> account,
                   Instant now);

// The keys of submitted session forms (schedule, record who came), so that a double tap makes
// one series and one record: the series a key of `account` was sent for, or nothing when new.
std::optional<std::int64_t> submitted_series(Database& db, std::int64_t account,
                                             const std::string& key);
void remember_form(Database& db, std::int64_t account, const std::string& key,
                   std::int64_t series_id, Instant now);

// The name of a family ("Familie Jansen") and nothing else of its record: what the session
// pages call it. Nothing when there is no such family.
std::optional<std::string> family_name(Database& db, std::int64_t family_id);

// The groups whose board shows the series: its own and those of the invited families' children.
std::vector<std::string> groups_of_series(Database& db, std::int64_t series_id);
// Bumps the board revision of each of those groups (at commit).
void touch_series_boards(Database& db, std::int64_t series_id);

// The sessions on a group's board of `date`: each series of the group or with an invited
// family that has a child in the group, meeting that day and not cancelled, its change
// applied. The visiting parents are those recorded as coming when someone recorded who came;
// until then every parent of the invited families (they are expected). Id: the series id.
std::vector<ParentChildSession> sessions_of_day(Database& db, const std::string& group_id,
                                                Date date);

// For the parents' workbook: every occurrence in [from, to] (local dates, both included) of a
// series or one-off session the family is invited to (to the whole series, or to that date),
// in date order then start time. `cancelled` for a cancelled occurrence (still listed, so the
// workbook can show the P it had); `attended` when one of the family's parents was recorded
// as coming. A family with no invitations gets an empty list.
std::vector<FamilySessionVisit> sessions_of_family(Database& db, std::int64_t family_id, Date from,
                                                   Date to);

// For the family's calendar feed: every series the family is invited to, with its exceptions
// (cancelled dates for EXDATE, changed occurrences to write as their own events). A series the
// family is invited to only for single dates comes once per date, as a one-off copy of it
// (first = last = that date, the exception of that date kept), so RRULE + EXDATE of what is
// returned is exactly what the family is invited to. Ordered by id, then first date.
std::vector<SessionSeries> series_of_family(Database& db, std::int64_t family_id);

} // namespace dagritme::store
