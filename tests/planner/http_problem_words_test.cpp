// The API's Dutch words for the typed problems: status, error code and message of each.
#include "http/problem_words.hpp"

#include <doctest/doctest.h>

using namespace dagritme;
using namespace dagritme::web;

namespace {

struct Refusal {
    int status;
    std::string code;
    std::string message;
    bool operator==(const Refusal&) const = default;
};

Refusal seen(const ApiError& e) {
    return {static_cast<int>(e.status), e.code, e.what()};
}

RoutineBlock block(int sh, int sm, int eh, int em, const char* label) {
    return {TimeOfDay::at(sh, sm), TimeOfDay::at(eh, em), RoutineKind::eat, "", label};
}

} // namespace

TEST_CASE("plan problems: the block that is not there, or the block that breaks the day") {
    CHECK(seen(refusal(PlanProblem{PlanProblem::Kind::unknown_block, "b9", std::nullopt})) ==
          Refusal{404, "unknown_block", "Op deze dag is er geen blok 'b9'."});
    const BlockProblem overlap{BlockProblem::Kind::overlaps_previous, 1,
                               block(8, 45, 9, 15, "Fruit eten"), block(8, 30, 9, 0, "Kring")};
    CHECK(seen(refusal(PlanProblem{PlanProblem::Kind::invalid_plan, "", overlap})) ==
          Refusal{422, "invalid_plan",
                  "Blok 2 (Fruit eten) begint om 08:45, voordat het vorige blok (Kring) om 09:00 "
                  "eindigt."});
    const BlockProblem backwards{
        BlockProblem::Kind::ends_before_start, 2, block(11, 0, 10, 45, "Fruit eten"), {}};
    CHECK(dutch(backwards) == "Blok 3 (Fruit eten) eindigt om 10:45, niet na het begin om 11:00.");
    CHECK(seen(refusal(PlanProblem{PlanProblem::Kind::too_many_changes, "", std::nullopt})) ==
          Refusal{422, "too_many_changes",
                  "Het plan van deze dag is al 200 keer gewijzigd; meer kan niet op één dag. "
                  "Past het vaste dagritme niet meer, vraag dan de coördinator het aan te "
                  "passen."});
}

TEST_CASE("activity problems name the field or the person") {
    using Kind = ActivityProblem::Kind;
    CHECK(seen(refusal(ActivityProblem{Kind::too_many, 0, 0})) ==
          Refusal{400, "bad_field", "activities: hoogstens 50 activiteiten per dag"});
    CHECK(seen(refusal(ActivityProblem{Kind::ends_before_start, 3, 0})) ==
          Refusal{400, "bad_field", "activities[3].end: moet na de begintijd liggen"});
    CHECK(seen(refusal(ActivityProblem{Kind::unknown_staff, 0, 7})) ==
          Refusal{404, "unknown_person", "staff: niemand met id 7 in deze groep."});
    CHECK(seen(refusal(ActivityProblem{Kind::unknown_child, 1, 77})) ==
          Refusal{404, "unknown_person", "children: niemand met id 77 in deze groep."});
}

TEST_CASE("attendance and pairing problems") {
    const app::AttendanceProblem not_here{app::AttendanceProblem::Kind::not_in_group};
    CHECK(seen(refusal(not_here, PersonKind::child, 8)) ==
          Refusal{404, "unknown_child", "Niemand met id 8 in deze groep."});
    CHECK(seen(refusal(not_here, PersonKind::staff, 3)).code == "unknown_staff");
    CHECK(seen(refusal(app::PairingProblem{app::PairingProblem::Kind::unknown_group}, "regenboog",
                       "123456")) == Refusal{404, "unknown_group", "Onbekende groep: regenboog."});
    CHECK(seen(refusal(app::PairingProblem{app::PairingProblem::Kind::unknown_code}, "regenboog",
                       "123456")) ==
          Refusal{404, "unknown_code", "Onbekende of verlopen koppelcode: 123456."});
}

TEST_CASE("photo problems: too large is 413, the rest 422, each with its own words") {
    using Kind = images::PhotoError::Kind;
    CHECK(seen(refusal(images::PhotoError{Kind::not_an_image})) ==
          Refusal{422, "not_an_image", "Dit bestand is geen foto (alleen JPEG of PNG)."});
    CHECK(seen(refusal(images::PhotoError{Kind::too_many_bytes})) ==
          Refusal{413, "image_too_large", "Dit bestand is te groot voor een foto."});
    CHECK(seen(refusal(images::PhotoError{Kind::too_many_pixels})) ==
          Refusal{413, "image_too_large", "Deze foto is te groot (meer dan 24 megapixel)."});
    CHECK(seen(refusal(images::PhotoError{Kind::side_too_long})) ==
          Refusal{413, "image_too_large",
                  "Deze foto is te breed of te hoog (meer dan 16000 pixels)."});
    CHECK(seen(refusal(images::PhotoError{Kind::damaged_exif})) ==
          Refusal{422, "image_broken", "De gegevens in deze foto (EXIF) zijn beschadigd."});
    CHECK(seen(refusal(images::PhotoError{Kind::unreadable})) ==
          Refusal{422, "image_broken", "Deze foto is beschadigd en kan niet worden gelezen."});
    CHECK(seen(refusal(images::PhotoError{Kind::not_encodable})) ==
          Refusal{422, "image_broken", "Deze foto kon niet worden opgeslagen."});
}

TEST_CASE("a routine outside the opening hours, and hours that cannot be saved: every kind") {
    const OpeningHours hours{TimeOfDay::at(8, 0), TimeOfDay::at(17, 0)};
    const auto early = block(7, 30, 8, 30, "Binnenkomen");
    CHECK(dutch(HoursProblem{HoursProblem::Kind::closed_day, 0, early, std::nullopt}, 6) ==
          "De groep is op zaterdag dicht: een dag zonder openingstijden heeft geen dagritme. "
          "Haal de blokken weg, of geef de groep eerst openingstijden op zaterdag.");
    CHECK(dutch(HoursProblem{HoursProblem::Kind::before_opening, 0, early, hours}, 1) ==
          "Blok 1 (Binnenkomen) begint om 07:30, voor de opening om 08:00.");
    const auto late = block(16, 30, 17, 30, "Naar huis");
    CHECK(dutch(HoursProblem{HoursProblem::Kind::after_closing, 4, late, hours}, 1) ==
          "Blok 5 (Naar huis) eindigt om 17:30, na sluitingstijd 17:00.");

    Group group;
    group.opening[2] = OpeningHours{TimeOfDay::at(9, 0), TimeOfDay::at(8, 0)};
    group.screen_on = TimeOfDay::at(18, 0);
    group.screen_off = TimeOfDay::at(7, 0);
    CHECK(dutch(SettingsProblem{SettingsProblem::closes_before_opens, 2, std::nullopt}, group) ==
          "De groep sluit op dinsdag om 08:00, niet na de opening om 09:00.");
    CHECK(dutch(SettingsProblem{SettingsProblem::screen_off_before_on, 0, std::nullopt}, group) ==
          "Het scherm gaat om 07:00 uit, niet na aan om 18:00.");
    const auto outside = [&](HoursProblem::Kind kind, const RoutineBlock& b) {
        return dutch(SettingsProblem{SettingsProblem::routine_outside_hours, 3,
                                     HoursProblem{kind, 0, b, hours}},
                     group);
    };
    CHECK(outside(HoursProblem::Kind::closed_day, early) ==
          "Op woensdag staat nog een dagritme (Binnenkomen om 07:30). Haal dat eerst weg; dan kan "
          "de groep op woensdag dicht.");
    CHECK(outside(HoursProblem::Kind::before_opening, early) ==
          "Het dagritme van woensdag begint om 07:30 (Binnenkomen), voor deze opening. Pas eerst "
          "het dagritme aan.");
    CHECK(outside(HoursProblem::Kind::after_closing, late) ==
          "Het dagritme van woensdag loopt tot 17:30 (Naar huis), na deze sluitingstijd. Pas "
          "eerst het dagritme aan.");
}
