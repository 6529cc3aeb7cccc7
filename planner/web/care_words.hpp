// The Dutch words of the care log and its patterns as the pages and exports show them:
// weekdays, emotions, responses, endings, blocks, weeks, counts and decimal numbers.
#pragma once

#include "domain/care_log.hpp"
#include "domain/period.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace dagritme::web {

std::string_view weekday_word(int iso_weekday); // "maandag" .. "zondag"
std::string_view emotion_word(Emotion value);   // "angst"
std::string_view response_word(CareResponse value);
std::string_view ending_word(Ending value); // "tot rust gekomen"
std::string_view sign_word(Sign value);     // "huilen"

// "08:30 Kring", or "buiten de dagindeling" for entries outside the day's blocks.
std::string block_word(const std::optional<BlockRef>& block);
// The label alone ("Kring"), or "buiten de dagindeling".
std::string block_label(const std::optional<BlockRef>& block);
// "week 53 (2026)"
std::string week_word(IsoWeek week);
// "09:05", the local time of an instant.
std::string clock_word(Instant at);
// "2026-12-01T09:05+01:00": an instant for a <time datetime="...">.
std::string datetime_attribute(Instant at);
// "1 december 2026"
std::string date_word(Date date);

// A count with its noun: "1 ankerpunt", "3 ankerpunten", "1 limit overschreden",
// "2 limits overschreden".
std::string anchorpoints_word(int count);
std::string limit_violations_word(int count);

// A number with a decimal comma and a fixed number of decimals: decimal_comma(1.25, 1) ->
// "1,3" (rounded half away from zero, never "-0,0").
std::string decimal_comma(double value, int decimals);

} // namespace dagritme::web
