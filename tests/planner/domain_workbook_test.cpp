// The parents' workbook's pure rules: the month overview laid out like the paper form (from
// items of any source), months, the parenting situations' table, and each check's problem.
#include "domain/parenting_situations.hpp"
#include "domain/workbook.hpp"

#include <doctest/doctest.h>

namespace dagritme {
namespace {

Date day(const char* text) {
    return *Date::parse(text);
}

using Kind = WorkbookProblem::Kind;

} // namespace

TEST_CASE("the month overview: a row per date with items, earliest first, P and G per type") {
    const std::vector<WorkbookItem> items{
        {day("2026-12-10"), WorkbookActivity::video, true, false},
        {day("2026-12-03"), WorkbookActivity::parent_talk, true, true},
        {day("2026-12-03"), WorkbookActivity::music, true, false},      // a session: invited
        {day("2026-11-30"), WorkbookActivity::parent_talk, true, true}, // the month before
        {day("2027-01-01"), WorkbookActivity::sociogram, true, false},  // the month after
    };
    const auto overview = month_overview(Month{2026, 12}, items);
    CHECK(overview.month == Month{2026, 12});
    REQUIRE(overview.rows.size() == 2);
    CHECK(overview.rows[0].date == day("2026-12-03"));
    CHECK(overview.rows[1].date == day("2026-12-10"));
    const auto& first = overview.rows[0].cells;
    CHECK(first[column_of(WorkbookActivity::parent_talk)] == OverviewCell{true, true});
    CHECK(first[column_of(WorkbookActivity::music)] == OverviewCell{true, false});
    CHECK(first[column_of(WorkbookActivity::video)] == OverviewCell{false, false});
    CHECK(first[column_of(WorkbookActivity::sociogram)] == OverviewCell{false, false});
    const auto& second = overview.rows[1].cells;
    CHECK(second[column_of(WorkbookActivity::video)] == OverviewCell{true, false});
    CHECK(second[column_of(WorkbookActivity::parent_talk)] == OverviewCell{false, false});
}

TEST_CASE("the month overview at the month's edges: the first and last day count, no others") {
    const std::vector<WorkbookItem> items{
        {day("2027-01-31"), WorkbookActivity::parent_child_gym, true, true},
        {day("2027-02-01"), WorkbookActivity::parent_child_gym, true, false},
        {day("2027-01-01"), WorkbookActivity::parenting_situations, true, false},
        {day("2026-12-31"), WorkbookActivity::parenting_situations, true, true},
    };
    const auto january = month_overview(Month{2027, 1}, items);
    REQUIRE(january.rows.size() == 2);
    CHECK(january.rows[0].date == day("2027-01-01"));
    CHECK(january.rows[1].date == day("2027-01-31"));
    CHECK(january.rows[1].cells[column_of(WorkbookActivity::parent_child_gym)] ==
          OverviewCell{true, true});
    const auto february = month_overview(Month{2027, 2}, items);
    REQUIRE(february.rows.size() == 1);
    CHECK(february.rows[0].cells[column_of(WorkbookActivity::parent_child_gym)] ==
          OverviewCell{true, false});
    CHECK(month_overview(Month{2027, 3}, items).rows.empty());
}

TEST_CASE("two items of one date and type make one cell: planned by one, happened by the other") {
    const std::vector<WorkbookItem> items{
        {day("2026-12-08"), WorkbookActivity::music, true, false}, // invited
        {day("2026-12-08"), WorkbookActivity::music, false, true}, // came (another source)
        {day("2026-12-08"), WorkbookActivity::music, true, false}, // a second invitation
    };
    const auto overview = month_overview(Month{2026, 12}, items);
    REQUIRE(overview.rows.size() == 1);
    CHECK(overview.rows[0].cells[column_of(WorkbookActivity::music)] == OverviewCell{true, true});
}

TEST_CASE("an appointment is an item that was planned; happened once marked") {
    WorkbookAppointment a;
    a.date = day("2026-12-02");
    a.type = WorkbookActivity::sociogram;
    const auto planned = item_of(a);
    CHECK(planned.planned);
    CHECK_FALSE(planned.happened);
    CHECK(planned.type == WorkbookActivity::sociogram);
    a.happened = true;
    CHECK(item_of(a).happened);
}

TEST_CASE("months: parse, bounds and neighbours across the year") {
    CHECK(Month::parse("2026-11") == Month{2026, 11});
    CHECK_FALSE(Month::parse("2026-13"));
    CHECK_FALSE(Month::parse("2026-1"));
    CHECK_FALSE(Month::parse("2026-11-01"));
    CHECK_FALSE(Month::parse("nov"));
    CHECK(Month{2026, 12}.next() == Month{2027, 1});
    CHECK(Month{2027, 1}.previous() == Month{2026, 12});
    CHECK(Month{2028, 2}.last_day() == day("2028-02-29"));
    CHECK(Month{2026, 12}.str() == "2026-12");
    CHECK(Month::of(day("2026-12-31")) == Month{2026, 12});
}

TEST_CASE("activity words are stored as the form's words and read back") {
    for (const auto a : all_workbook_activities)
        CHECK(workbook_activity_from(name_of(a)) == a);
    CHECK(name_of(WorkbookActivity::parent_child_gym) == "ok_gym");
    CHECK_FALSE(workbook_activity_from("zwemmen"));
}

TEST_CASE("the twenty parenting situations: numbered 1..20, ten per theme") {
    int attachment = 0;
    for (std::size_t i = 0; i < all_parenting_situations.size(); ++i) {
        CHECK(all_parenting_situations[i].number == static_cast<int>(i) + 1);
        CHECK_FALSE(all_parenting_situations[i].title.empty());
        if (all_parenting_situations[i].theme == SituationTheme::attachment) ++attachment;
    }
    CHECK(attachment == 10);
    CHECK(parenting_situation(20)->theme == SituationTheme::discipline);
    CHECK_FALSE(parenting_situation(0));
    CHECK_FALSE(parenting_situation(21));
}

TEST_CASE("each bad appointment, report and tick has its own problem") {
    const auto today = day("2026-12-01");
    SUBCASE("appointment dates within a year or so of today") {
        WorkbookAppointment a;
        a.date = day("2026-12-15");
        CHECK(check_appointment(a, today).empty());
        a.date = day("2062-12-15");
        CHECK(check_appointment(a, today) ==
              std::vector<WorkbookProblem>{{Kind::date_out_of_range, "date", 0}});
        a.date = day("2026-12-15");
        a.note = std::string(max_appointment_note_length + 1, 'x');
        CHECK(check_appointment(a, today) ==
              std::vector<WorkbookProblem>{{Kind::text_too_long, "note", 300}});
    }
    SUBCASE("happened: only on the day itself or later, and once") {
        WorkbookAppointment a;
        a.id = 7;
        a.date = day("2026-12-02");
        CHECK(check_mark_happened(a, today) ==
              WorkbookProblem{Kind::happened_in_future, "appointment", 7});
        a.date = today;
        CHECK_FALSE(check_mark_happened(a, today));
        a.happened = true;
        CHECK(check_mark_happened(a, today) ==
              WorkbookProblem{Kind::already_happened, "appointment", 7});
    }
    SUBCASE("reports") {
        WorkbookReport r;
        r.date = today;
        r.who_present = "Petra (mama), Ilse (mentor)";
        r.discussed = "Het slapen gaan.";
        CHECK(check_report(r, today).empty());
        r.next_appointment = day("2026-11-30");
        CHECK(check_report(r, today) ==
              std::vector<WorkbookProblem>{{Kind::next_before_report, "next_appointment", 0}});
        r.next_appointment = today; // the same day is fine
        CHECK(check_report(r, today).empty());
        r.date = day("2026-12-02");
        r.next_appointment.reset();
        CHECK(check_report(r, today) ==
              std::vector<WorkbookProblem>{{Kind::date_in_future, "date", 0}});
        r.date = today;
        r.who_present = "  ";
        r.discussed = "";
        r.intentions = std::string(max_report_text_length + 1, 'x');
        CHECK(check_report(r, today) ==
              std::vector<WorkbookProblem>{{Kind::text_empty, "who_present", 0},
                                           {Kind::text_empty, "discussed", 0},
                                           {Kind::text_too_long, "intentions", 4000}});
    }
    SUBCASE("parenting situations ticked") {
        CHECK(check_situation_discussed(3, today, today).empty());
        CHECK(check_situation_discussed(21, today, today) ==
              std::vector<WorkbookProblem>{{Kind::unknown_situation, "situation", 21}});
        CHECK(check_situation_discussed(3, day("2026-12-05"), today) ==
              std::vector<WorkbookProblem>{{Kind::date_in_future, "date", 0}});
    }
    SUBCASE("form keys") {
        CHECK(check_form_key(""));
        CHECK(check_form_key(std::string(101, 'k')));
        CHECK_FALSE(check_form_key("abc"));
    }
}

TEST_CASE("a session visit is a workbook item: gym or music, planned, happened when one came") {
    const auto date = *Date::parse("2026-12-01");
    FamilySessionVisit visit{1,
                             date,
                             SessionType::lap_singing,
                             TimeOfDay::at(10, 30),
                             TimeOfDay::at(11, 15),
                             "speelzaal",
                             false,
                             false};
    const auto planned = item_of(visit);
    REQUIRE(planned);
    CHECK(planned->type == WorkbookActivity::music);
    CHECK(planned->planned);
    CHECK_FALSE(planned->happened);
    visit.attended = true;
    visit.type = SessionType::parent_child_gym;
    CHECK(item_of(visit)->type == WorkbookActivity::parent_child_gym);
    CHECK(item_of(visit)->happened);
    visit.cancelled = true;
    CHECK_FALSE(item_of(visit));
}

TEST_CASE("clashes: an appointment lasts an hour; edges touch without clashing; no time, none") {
    const auto date = day("2026-12-01");
    const auto at = [&](std::int64_t id, std::optional<TimeOfDay> start, Date on) {
        WorkbookAppointment a;
        a.id = id;
        a.family_id = 1;
        a.date = on;
        a.start = start;
        return a;
    };
    const FamilySessionVisit singing{
        1,     date, SessionType::lap_singing, TimeOfDay::at(10, 30), TimeOfDay::at(11, 15), "",
        false, false};
    // 09:30-10:30 ends as the session begins; 11:15 begins as it ends: neither clashes.
    CHECK_FALSE(overlaps(at(1, TimeOfDay::at(9, 30), date), date, singing.start, singing.end));
    CHECK_FALSE(overlaps(at(1, TimeOfDay::at(11, 15), date), date, singing.start, singing.end));
    CHECK(overlaps(at(1, TimeOfDay::at(9, 31), date), date, singing.start, singing.end));
    CHECK(overlaps(at(1, TimeOfDay::at(11, 14), date), date, singing.start, singing.end));
    CHECK_FALSE(overlaps(at(1, std::nullopt, date), date, singing.start, singing.end));
    CHECK_FALSE(overlaps(at(1, TimeOfDay::at(10, 45), day("2026-12-02")), date, singing.start,
                         singing.end));

    auto cancelled = singing;
    cancelled.cancelled = true;
    const std::vector<WorkbookAppointment> appointments{
        at(1, TimeOfDay::at(10, 45), date), // the session, and appointment 2
        at(2, TimeOfDay::at(11, 30), date), // appointment 1 (10:45-11:45)
        at(3, std::nullopt, date),          // no time: nothing
        at(4, TimeOfDay::at(14, 0), date)}; // alone
    const auto clashes = appointment_clashes(appointments, {singing, cancelled});
    REQUIRE(clashes.size() == 3);
    CHECK(clashes[0].appointment_id == 1);
    CHECK(clashes[0].appointment->id == 2);
    CHECK(clashes[1].appointment_id == 1);
    CHECK(clashes[1].session->type == SessionType::lap_singing);
    CHECK_FALSE(clashes[1].session->cancelled);
    CHECK(clashes[2].appointment_id == 2);
    CHECK(clashes[2].appointment->id == 1);
    CHECK(appointment_clashes(appointments, {cancelled}).size() == 2);
}

} // namespace dagritme
