// The API's words for the planner's typed problems: each becomes the refusal the group leader
// reads, {"error": code, "message": Dutch text} with its HTTP status. The one place where these
// problems are put into Dutch; the command line and the config loader word them in English.
#pragma once

#include "app/group_day.hpp"
#include "app/screen_pairing.hpp"
#include "domain/activity.hpp"
#include "domain/attendance.hpp"
#include "domain/day_plan.hpp"
#include "domain/routine.hpp"
#include "domain/routine_rules.hpp"
#include "http/message.hpp"
#include "images/photo.hpp"

#include <cstdint>
#include <string>

namespace dagritme::web {

// "Blok 2 (Fruit eten) begint om 08:45, voordat het vorige blok (Kring) om 09:00 eindigt."
std::string dutch(const BlockProblem& problem);

// "maandag" for 1 ... "zondag" for 7.
std::string_view dutch_weekday(int weekday);
// A block that does not fit the opening hours of `weekday`:
// "Blok 1 (Binnenkomen) begint om 07:00, voor de opening om 07:30."
std::string dutch(const HoursProblem& problem, int weekday);
// A group's hours that cannot be saved, as `edited` has them:
// "De groep sluit om 12:00, niet na de opening om 13:00."
std::string dutch(const SettingsProblem& problem, const Group& edited);

ApiError refusal(const PlanProblem& problem);
ApiError refusal(const ActivityProblem& problem);
ApiError refusal(const app::AttendanceProblem& problem, PersonKind kind, std::int64_t person);
ApiError refusal(const app::PairingProblem& problem, const std::string& group,
                 const std::string& code);
ApiError refusal(const images::PhotoError& error);

} // namespace dagritme::web
