// The board document (DESIGN.md, "The board"), as typed values after decoding.
// Pure data: no JSON, no SFML. Immutable once decoded; shared between threads as
// std::shared_ptr<const Board>.
#pragma once

#include "domain/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::board {

// Dates and times of the group's day are the planner domain's value types (one parser).
using dagritme::Date;
using dagritme::TimeOfDay;

// sha256 of an image file, 64 lowercase hex digits; the display finds the image by it.
using MediaHash = std::string;

struct Group {
    std::string id;
    std::string name;
};

struct ScreenHours {
    TimeOfDay on;
    TimeOfDay off;
};

struct Block {
    std::string id;
    TimeOfDay start;
    TimeOfDay end;
    std::string kind;
    std::string label;
    std::optional<MediaHash> pictogram;
    bool changed = false;
};

// A present child or group leader. Without photo consent `photo` is empty and `avatar` holds
// the letter(s) the board carries to show instead; with a photo, `avatar` is the domain's
// avatar letter of the name, shown until the photo is there.
struct Person {
    std::string id;
    std::string name;
    std::optional<MediaHash> photo;
    std::string avatar; // never empty
};

// A parent (or other visitor) who joins a parent-child session for one child.
struct Visitor {
    std::string child;
    std::string label;
};

struct Activity {
    std::string id;
    TimeOfDay start;
    TimeOfDay end;
    std::string label;
    std::optional<MediaHash> pictogram;
    std::vector<std::string> staff;
    std::vector<std::string> children;
    std::vector<Visitor> visitors;
};

// A coming day on which the group opens (schema 2): its screen hours and its plan. Nobody's
// attendance is known ahead.
struct ComingDay {
    Date date;
    ScreenHours hours;
    std::vector<Block> blocks; // sorted by start, not overlapping
};

struct Board {
    int schema = 1;
    std::int64_t revision = 0;
    Group group;
    Date date; // the group's local date
    std::string timezone;
    ScreenHours hours;
    std::vector<Block> blocks; // sorted by start, not overlapping
    std::vector<Person> children;
    std::vector<Person> staff;
    std::vector<Activity> activities;
    // Schema 2: every opening day of the week after `date`, in order (a closed day is absent).
    // Schema 1 does not say: `coming` is empty and `coming_known` false.
    std::vector<ComingDay> coming;
    bool coming_known = false;
    // False on a board made for a day its document did not describe (board_of_day.hpp): who is
    // here is not known, and `children`, `staff` and `activities` are empty.
    bool people_known = true;

    const Person* find_child(const std::string& id) const;
    const Person* find_staff(const std::string& id) const;
    // Every image hash the board refers to (pictograms, also of the coming days, and photos),
    // without duplicates.
    std::vector<MediaHash> media() const;
};

} // namespace dagritme::board
