// A group's id, and a routine held to the group's opening hours.
#include "domain/routine_rules.hpp"

#include <array>
#include <utility>

namespace dagritme {
namespace {

// The ASCII letter of a common accented Latin letter in UTF-8 (two bytes, lead 0xC3), or 0.
char unaccented(unsigned char second) {
    static constexpr std::array<std::pair<const char*, char>, 6> groups{{
        {"\xa0\xa1\xa2\xa3\xa4\xa5\x80\x81\x82\x83\x84\x85", 'a'},
        {"\xa8\xa9\xaa\xab\x88\x89\x8a\x8b", 'e'},
        {"\xac\xad\xae\xaf\x8c\x8d\x8e\x8f", 'i'},
        {"\xb2\xb3\xb4\xb5\xb6\x92\x93\x94\x95\x96", 'o'},
        {"\xb9\xba\xbb\xbc\x99\x9a\x9b\x9c", 'u'},
        {"\xa7\x87", 'c'},
    }};
    for (const auto& [bytes, letter] : groups)
        for (const char* b = bytes; *b; ++b)
            if (static_cast<unsigned char>(*b) == second) return letter;
    return 0;
}

} // namespace

bool valid_group_id(std::string_view id) {
    if (id.empty() || id.size() > max_group_id_length) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string group_id_from_name(std::string_view name) {
    std::string id;
    bool dash = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        char out = 0;
        if (c >= 'A' && c <= 'Z')
            out = static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out = static_cast<char>(c);
        else if (c == 0xC3 && i + 1 < name.size())
            out = unaccented(static_cast<unsigned char>(name[++i]));
        else if (c >= 0x80)
            continue; // another byte of a letter without an ASCII form
        if (out == 0) {
            dash = !id.empty();
            continue;
        }
        if (dash && id.size() + 1 < max_group_id_length) id += '-';
        dash = false;
        if (id.size() < max_group_id_length) id += out;
    }
    return id;
}

std::optional<HoursProblem> check_hours(const DayTemplate& blocks,
                                        const std::optional<OpeningHours>& hours) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto& b = blocks[i];
        if (!hours) return HoursProblem{HoursProblem::Kind::closed_day, i, b, hours};
        if (b.start < hours->open)
            return HoursProblem{HoursProblem::Kind::before_opening, i, b, hours};
        if (b.end > hours->close)
            return HoursProblem{HoursProblem::Kind::after_closing, i, b, hours};
    }
    return std::nullopt;
}

std::vector<SettingsProblem> check_settings(const Group& stored, const Group& edited) {
    std::vector<SettingsProblem> problems;
    for (int day = 1; day <= 7; ++day) {
        const auto index = static_cast<std::size_t>(day);
        const auto& hours = edited.opening.at(index);
        if (hours && hours->close <= hours->open) {
            problems.push_back({SettingsProblem::closes_before_opens, day, std::nullopt});
            continue;
        }
        if (hours == stored.opening.at(index)) continue;
        if (auto routine = check_hours(edited.routines.for_weekday(day), hours))
            problems.push_back({SettingsProblem::routine_outside_hours, day, std::move(routine)});
    }
    if (edited.screen_off <= edited.screen_on)
        problems.push_back({SettingsProblem::screen_off_before_on, 0, std::nullopt});
    return problems;
}

} // namespace dagritme
