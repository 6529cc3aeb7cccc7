// Dutch words and HTTP statuses for the planner's typed problems.
#include "http/problem_words.hpp"

#include <array>

namespace dagritme::web {
namespace {

std::string block_name(std::size_t position, const RoutineBlock& block) {
    return "Blok " + std::to_string(position + 1) + " (" + block.label + ")";
}

std::string activity_path(std::size_t position) {
    return "activities[" + std::to_string(position) + "]";
}

} // namespace

std::string dutch(const BlockProblem& problem) {
    const auto& b = problem.block;
    switch (problem.kind) {
    case BlockProblem::Kind::ends_before_start:
        return block_name(problem.position, b) + " eindigt om " + b.end.str() +
               ", niet na het begin om " + b.start.str() + ".";
    case BlockProblem::Kind::overlaps_previous:
        return block_name(problem.position, b) + " begint om " + b.start.str() +
               ", voordat het vorige blok (" + problem.previous.label + ") om " +
               problem.previous.end.str() + " eindigt.";
    }
    return "Deze dag klopt niet.";
}

std::string_view dutch_weekday(int weekday) {
    static constexpr std::array<std::string_view, 8> days{
        "", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    return days.at(static_cast<std::size_t>(weekday));
}

std::string dutch(const HoursProblem& problem, int weekday) {
    const auto& b = problem.block;
    switch (problem.kind) {
    case HoursProblem::Kind::closed_day:
        return "De groep is op " + std::string(dutch_weekday(weekday)) +
               " dicht: een dag zonder openingstijden heeft geen dagritme. Haal de blokken weg, "
               "of geef de groep eerst openingstijden op " +
               std::string(dutch_weekday(weekday)) + ".";
    case HoursProblem::Kind::before_opening:
        return block_name(problem.position, b) + " begint om " + b.start.str() +
               ", voor de opening om " + problem.hours->open.str() + ".";
    case HoursProblem::Kind::after_closing:
        return block_name(problem.position, b) + " eindigt om " + b.end.str() +
               ", na sluitingstijd " + problem.hours->close.str() + ".";
    }
    return "Dit blok past niet in de openingstijden.";
}

std::string dutch(const SettingsProblem& problem, const Group& edited) {
    const auto day = std::string(dutch_weekday(problem.weekday == 0 ? 1 : problem.weekday));
    switch (problem.kind) {
    case SettingsProblem::closes_before_opens: {
        const auto& hours = *edited.opening.at(static_cast<std::size_t>(problem.weekday));
        return "De groep sluit op " + day + " om " + hours.close.str() +
               ", niet na de opening om " + hours.open.str() + ".";
    }
    case SettingsProblem::screen_off_before_on:
        return "Het scherm gaat om " + edited.screen_off.str() + " uit, niet na aan om " +
               edited.screen_on.str() + ".";
    case SettingsProblem::routine_outside_hours: {
        const auto& r = *problem.routine;
        switch (r.kind) {
        case HoursProblem::Kind::closed_day:
            return "Op " + day + " staat nog een dagritme (" + r.block.label + " om " +
                   r.block.start.str() + "). Haal dat eerst weg; dan kan de groep op " + day +
                   " dicht.";
        case HoursProblem::Kind::before_opening:
            return "Het dagritme van " + day + " begint om " + r.block.start.str() + " (" +
                   r.block.label + "), voor deze opening. Pas eerst het dagritme aan.";
        case HoursProblem::Kind::after_closing:
            return "Het dagritme van " + day + " loopt tot " + r.block.end.str() + " (" +
                   r.block.label + "), na deze sluitingstijd. Pas eerst het dagritme aan.";
        }
    }
    }
    return "Deze tijden kloppen niet.";
}

ApiError refusal(const PlanProblem& problem) {
    if (problem.kind == PlanProblem::Kind::too_many_changes)
        return ApiError(Status::unprocessable_entity, "too_many_changes",
                        "Het plan van deze dag is al " + std::to_string(max_changes_per_day) +
                            " keer gewijzigd; meer kan niet op één dag. Past het vaste "
                            "dagritme niet meer, vraag dan de coördinator het aan te passen.");
    if (problem.kind == PlanProblem::Kind::unknown_block || !problem.blocks)
        return ApiError(Status::not_found, "unknown_block",
                        "Op deze dag is er geen blok '" + problem.target + "'.");
    return ApiError(Status::unprocessable_entity, "invalid_plan", dutch(*problem.blocks));
}

ApiError refusal(const ActivityProblem& problem) {
    const auto person = std::to_string(problem.person);
    switch (problem.kind) {
    case ActivityProblem::Kind::too_many:
        return ApiError(Status::bad_request, "bad_field",
                        "activities: hoogstens " + std::to_string(max_activities_per_day) +
                            " activiteiten per dag");
    case ActivityProblem::Kind::ends_before_start:
        return ApiError(Status::bad_request, "bad_field",
                        activity_path(problem.position) + ".end: moet na de begintijd liggen");
    case ActivityProblem::Kind::unknown_staff:
        return ApiError(Status::not_found, "unknown_person",
                        "staff: niemand met id " + person + " in deze groep.");
    case ActivityProblem::Kind::unknown_child:
        return ApiError(Status::not_found, "unknown_person",
                        "children: niemand met id " + person + " in deze groep.");
    }
    return ApiError(Status::bad_request, "bad_field", "activities: ongeldig");
}

ApiError refusal(const app::AttendanceProblem&, PersonKind kind, std::int64_t person) {
    // The only kind: nobody with that id in this group.
    return ApiError(Status::not_found,
                    kind == PersonKind::child ? "unknown_child" : "unknown_staff",
                    "Niemand met id " + std::to_string(person) + " in deze groep.");
}

ApiError refusal(const app::PairingProblem& problem, const std::string& group,
                 const std::string& code) {
    if (problem.kind == app::PairingProblem::Kind::unknown_group)
        return ApiError(Status::not_found, "unknown_group", "Onbekende groep: " + group + ".");
    return ApiError(Status::not_found, "unknown_code",
                    "Onbekende of verlopen koppelcode: " + code + ".");
}

ApiError refusal(const images::PhotoError& error) {
    using Kind = images::PhotoError::Kind;
    switch (error.kind) {
    case Kind::not_an_image:
        return ApiError(Status::unprocessable_entity, "not_an_image",
                        "Dit bestand is geen foto (alleen JPEG of PNG).");
    case Kind::too_many_bytes:
        return ApiError(Status::payload_too_large, "image_too_large",
                        "Dit bestand is te groot voor een foto.");
    case Kind::too_many_pixels:
        return ApiError(Status::payload_too_large, "image_too_large",
                        "Deze foto is te groot (meer dan " +
                            std::to_string(images::max_source_pixels / 1'000'000) + " megapixel).");
    case Kind::side_too_long:
        return ApiError(Status::payload_too_large, "image_too_large",
                        "Deze foto is te breed of te hoog (meer dan " +
                            std::to_string(images::max_source_side) + " pixels).");
    case Kind::damaged_exif:
        return ApiError(Status::unprocessable_entity, "image_broken",
                        "De gegevens in deze foto (EXIF) zijn beschadigd.");
    case Kind::unreadable:
        break;
    case Kind::not_encodable:
        return ApiError(Status::unprocessable_entity, "image_broken",
                        "Deze foto kon niet worden opgeslagen.");
    }
    return ApiError(Status::unprocessable_entity, "image_broken",
                    "Deze foto is beschadigd en kan niet worden gelezen.");
}

} // namespace dagritme::web
