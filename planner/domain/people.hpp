// The people of a group: children, their families and parents, and the staff.
// Surnames, dates of birth and family data never leave the planner's records;
// the day board gets first names and consented photos only (see board.hpp).
#pragma once

#include "domain/placement.hpp"
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
    Placement placement{};            // the days it comes, its first and last day
    std::string consent_given_by{};   // who gave the photo consent ("Petra Jansen (moeder)")
    std::optional<Date> consent_given_on{};
};

struct Staff {
    std::int64_t id = 0;
    std::string group_id;
    std::string first_name;
    std::string surname;
    std::optional<std::string> photo;
    std::optional<std::int64_t> account_id{}; // the login account of this person, if any
};

// How a parent or carer relates to the child, as the record says it.
enum class RelationKind {
    mother,
    father,
    foster_parent,
    grandmother,
    grandfather,
    guardian,
    other
};
std::string_view word_of(RelationKind kind); // "moeder", "vader", "pleegouder", "oma", "opa"...
std::optional<RelationKind> relation_kind_of(std::string_view word);
// How the child says it, for a kind chosen on a form: "mama", "papa", "oma", "opa"; "" otherwise.
std::string_view child_word_of(RelationKind kind);

struct Parent {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::string first_name;
    std::string surname;
    std::string relation; // as the child says it: "mama", "papa", "oma", "pleegmoeder"...
    RelationKind relation_kind = RelationKind::other;
    // Whether the wall board may name this parent and sessions may invite them (may_announce).
    bool announced = true;
};

// A parent without custody, or with a court-ordered contact arrangement, is never announced on
// the wall board and not invited to sessions, unless their mentor says so.
bool may_announce(std::optional<bool> custody, bool contact_order, bool mentor_allows);

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
