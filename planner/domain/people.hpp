// The people of a group: children, their families and parents, and the staff.
// Surnames, dates of birth and family data never leave the planner's records;
// the day board gets first names and consented photos only (see board.hpp).
#pragma once

#include "domain/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme {

struct Child {
    std::int64_t id = 0;
    std::string group_id;
    std::int64_t family_id = 0;
    std::string first_name;
    std::string surname;
    Date birth_date;
    std::optional<std::string> photo; // sha256 in the media store
    bool photo_consent = false;       // the parents allow the photo on the wall screen
    std::string own_place_item;       // laid out at the child's own place every morning
};

struct Staff {
    std::int64_t id = 0;
    std::string group_id;
    std::string first_name;
    std::string surname;
    std::optional<std::string> photo;
};

struct Parent {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::string first_name;
    std::string surname;
    std::string relation; // as the child says it: "mama", "papa", "oma", "pleegmoeder"...
};

// The five phases of the treatment (DOMAIN.md), named in Dutch by name_of.
enum class Phase {
    introduction = 1,          // Kennismaking
    parenting_interview,       // Het Ouderschapsgesprek
    meta_position_and_floor,   // Metapositie en werkvloer
    parenting_interview_again, // Ouderschapsgesprek opnieuw
    winding_down               // Afbouwen en afronden
};

std::string_view name_of(Phase phase); // Dutch name, as the mentor says it

struct PhaseStart {
    Phase phase = Phase::introduction;
    Date began;
};

struct Family {
    std::int64_t id = 0;
    std::string name;                   // "Familie de Vries"
    std::optional<std::int64_t> mentor; // staff id
    std::string caseworker;             // who placed the family (plaatser, e.g. BJZ)
    std::vector<PhaseStart> phases;     // in order; the last is the current phase
};

// The first grapheme of a first name, a capital where its script has them ("É", "م", "秀"),
// for the avatar of someone without a photo; "?" for an empty name.
std::string avatar_letter(const std::string& first_name);

} // namespace dagritme
