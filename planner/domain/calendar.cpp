// The calendar's date helpers: weekdays and the UTC end of a weekly rule.
#include "domain/calendar.hpp"

namespace dagritme {

Date first_weekday_on_or_after(Date from, int weekday) {
    const int ahead = ((weekday - from.weekday()) % 7 + 7) % 7;
    return Date::from_days(from.days() + ahead);
}

Instant until_instant(const CalendarEvent& event, Date until) {
    const int weekday = event.weekly ? event.weekly->weekday : event.start.date.weekday();
    const int back = ((until.weekday() - weekday) % 7 + 7) % 7;
    return to_instant({Date::from_days(until.days() - back), event.start.time});
}

} // namespace dagritme
