// A family's calendar for the parents' phones: the secret link (made, revoked) and the
// calendar it serves, built from the family's own appointments and sessions. Each fetch of the
// feed is an export of record data and goes to the audit log: the first fetch of a link in an
// hour as a row, the others counted into it. The token itself is never
// stored: only its SHA-256, as for screens.
#pragma once

#include "domain/calendar.hpp"
#include "store/calendar_links.hpp"

#include <optional>
#include <string>

namespace dagritme::app {

// The audit log's name for whoever holds a calendar link (the fetch carries no account).
inline constexpr const char* calendar_link_account = "agenda-link";

// A new link's token (64 hex digits, shown once), or nothing when the family has a live link.
std::optional<std::string> create_calendar_link(store::Database& db, std::int64_t family_id,
                                                std::optional<std::int64_t> account,
                                                std::int64_t now);
// False when the family had no live link.
bool revoke_calendar_link(store::Database& db, std::int64_t family_id, std::int64_t now);

// How far back and ahead the feed reaches, in days from today.
inline constexpr int calendar_days_back = 92;
inline constexpr int calendar_days_ahead = 400;

// How long a link's fetches count into one row of the audit log.
inline constexpr std::int64_t calendar_feed_window = 3600;

// The agenda of a live link's token, its fetch written to the audit log (an export, from
// `client`, counted into the link's row of the hour); nothing for a token that is malformed,
// unknown or revoked (no audit entry then: there is no family to name).
std::optional<FamilyAgenda> agenda_of_link(store::Database& db, const std::string& token,
                                           const std::string& client, std::int64_t now);

// What the parents of the family see: its appointments around today. Nothing when the family
// does not exist.
std::optional<FamilyAgenda> family_agenda(store::Database& db, std::int64_t family_id,
                                          std::int64_t now);

} // namespace dagritme::app
