// Builds the day board from its inputs: a pure function, so the same day gives the same board.
#include "domain/board.hpp"

#include "domain/unicode.hpp"

#include <algorithm>
#include <set>

namespace dagritme {
namespace {

template <typename Person>
bool present(const Person& p, const std::map<std::int64_t, std::vector<AttendanceEvent>>& events) {
    const auto it = events.find(p.id);
    return it != events.end() && is_present(it->second);
}

void sort_people(std::vector<BoardPerson>& people) {
    std::sort(people.begin(), people.end(), [](const BoardPerson& a, const BoardPerson& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
}

std::vector<std::string> present_ids(const std::vector<std::int64_t>& ids,
                                     const std::set<std::int64_t>& present_set,
                                     std::string (*to_id)(std::int64_t)) {
    std::vector<std::string> out;
    for (auto id : ids)
        if (present_set.contains(id)) out.push_back(to_id(id));
    return out;
}

// "mama van Sanne", "mama en papa van Noor", "opa, oma en mama van Sem".
std::string visitor_label(std::vector<std::string> relations, const std::string& child_name) {
    std::string out;
    for (std::size_t i = 0; i < relations.size(); ++i) {
        if (i > 0) out += (i + 1 == relations.size()) ? " en " : ", ";
        out += relations[i];
    }
    return out + " van " + child_name;
}

// The letter of a surname the way it is sorted in Dutch: "de Vries" gives "V", "van der Berg"
// "B" (the lower-case prefixes are skipped), "El Amrani" "E".
std::string surname_letter(const std::string& surname) {
    std::size_t at = 0;
    while (at < surname.size()) {
        const auto end = std::min(surname.find(' ', at), surname.size());
        const bool prefix = surname[at] >= 'a' && surname[at] <= 'z' && end < surname.size();
        if (!prefix && end > at) break;
        at = end + 1;
    }
    return at < surname.size() ? first_grapheme(std::string_view(surname).substr(at))
                               : first_grapheme(surname);
}

// The names the board shows: the first name, and where two people of the list share it, the
// first letter of the surname too ("Sanne J.", "Sanne V."), so each child finds itself.
template <typename Person>
std::map<std::int64_t, std::string> board_names(const std::vector<const Person*>& people) {
    std::map<std::string, int> count;
    for (const auto* p : people)
        ++count[p->first_name];
    std::map<std::int64_t, std::string> out;
    for (const auto* p : people) {
        std::string name = p->first_name;
        if (count[p->first_name] > 1) {
            const auto letter = surname_letter(p->surname);
            if (!letter.empty()) name += " " + letter + ".";
        }
        out[p->id] = name;
    }
    return out;
}

BoardActivity session_activity(const ParentChildSession& s, const BoardInputs& in,
                               const std::set<std::int64_t>& present_children,
                               const std::set<std::int64_t>& present_staff,
                               const std::map<std::int64_t, std::string>& names) {
    BoardActivity a{"p" + std::to_string(s.id),
                    s.start,
                    s.end,
                    std::string(label_of(s.type)),
                    s.pictogram,
                    {},
                    {},
                    {}};
    if (s.leader && present_staff.contains(*s.leader)) a.staff.push_back(staff_board_id(*s.leader));
    std::vector<const Child*> children;
    for (const auto& c : in.children)
        if (present_children.contains(c.id)) children.push_back(&c);
    std::sort(children.begin(), children.end(),
              [](const Child* x, const Child* y) { return x->first_name < y->first_name; });
    for (const Child* child : children) {
        std::vector<std::string> relations;
        for (auto parent_id : s.parents)
            for (const auto& p : in.parents)
                if (p.id == parent_id && p.family_id == child->family_id && p.announced)
                    relations.push_back(p.relation);
        if (relations.empty()) continue;
        a.children.push_back(child_board_id(child->id));
        a.visitors.push_back(
            {child_board_id(child->id), visitor_label(relations, names.at(child->id))});
    }
    return a;
}

} // namespace

std::string child_board_id(std::int64_t id) {
    return "c" + std::to_string(id);
}
std::string staff_board_id(std::int64_t id) {
    return "s" + std::to_string(id);
}

std::vector<Date> coming_dates(const Group& group, Date date) {
    std::vector<Date> dates;
    for (int ahead = 1; ahead <= board_coming_days; ++ahead) {
        const Date day = Date::from_days(date.days() + ahead);
        if (group.opening.at(static_cast<std::size_t>(day.weekday()))) dates.push_back(day);
    }
    return dates;
}

Board build_board(const BoardInputs& in) {
    const Group& group = *in.group;
    Board board;
    board.revision = in.revision;
    board.group_id = group.id;
    board.group_name = group.name;
    board.date = in.date;
    board.timezone = group.timezone;
    board.screen_on = group.screen_on;
    board.screen_off = group.screen_off;
    board.blocks = day_plan(group, in.date, in.changes);

    // Only children placed on this date: a child who left, or does not come on this weekday,
    // is not on the board even if someone checked it in by mistake.
    std::vector<const Child*> placed;
    for (const auto& c : in.children)
        if (placed_on(c.placement, in.date)) placed.push_back(&c);
    std::vector<const Staff*> staff;
    for (const auto& s : in.staff)
        staff.push_back(&s);
    const auto child_names = board_names(placed);
    const auto staff_names = board_names(staff);

    std::set<std::int64_t> present_children, present_staff;
    for (const Child* c : placed) {
        if (!present(*c, in.child_events)) continue;
        present_children.insert(c->id);
        const bool show_photo = c->photo_consent && c->photo.has_value();
        board.children.push_back({child_board_id(c->id), child_names.at(c->id),
                                  show_photo ? c->photo : std::nullopt,
                                  show_photo ? "" : avatar_letter(c->first_name)});
    }
    for (const Staff* s : staff) {
        if (!present(*s, in.staff_events)) continue;
        present_staff.insert(s->id);
        board.staff.push_back({staff_board_id(s->id), staff_names.at(s->id), s->photo,
                               s->photo ? "" : avatar_letter(s->first_name)});
    }
    sort_people(board.children);
    sort_people(board.staff);

    for (const auto& a : in.activities)
        board.activities.push_back({"a" + std::to_string(a.id),
                                    a.start,
                                    a.end,
                                    a.label,
                                    a.pictogram,
                                    present_ids(a.staff, present_staff, staff_board_id),
                                    present_ids(a.children, present_children, child_board_id),
                                    {}});
    for (const auto& s : in.sessions)
        board.activities.push_back(
            session_activity(s, in, present_children, present_staff, child_names));
    std::stable_sort(board.activities.begin(), board.activities.end(),
                     [](const BoardActivity& a, const BoardActivity& b) {
                         return a.start != b.start ? a.start < b.start : a.id < b.id;
                     });

    static const std::vector<DayChange> no_changes;
    for (const Date date : coming_dates(group, in.date)) {
        const auto it = in.coming_changes.find(date);
        board.coming.push_back(
            {date, group.screen_on, group.screen_off,
             day_plan(group, date, it == in.coming_changes.end() ? no_changes : it->second)});
    }
    return board;
}

} // namespace dagritme
