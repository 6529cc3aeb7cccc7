// Small queries on a decoded board. Pure; any thread.
#include "board/board.hpp"

#include <algorithm>

namespace dagritme::board {

namespace {
const Person* find_person(const std::vector<Person>& people, const std::string& id) {
    auto it =
        std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.id == id; });
    return it == people.end() ? nullptr : &*it;
}
} // namespace

const Person* Board::find_child(const std::string& id) const {
    return find_person(children, id);
}
const Person* Board::find_staff(const std::string& id) const {
    return find_person(staff, id);
}

std::vector<MediaHash> Board::media() const {
    std::vector<MediaHash> out;
    auto add = [&](const std::optional<MediaHash>& h) {
        if (h && std::find(out.begin(), out.end(), *h) == out.end()) out.push_back(*h);
    };
    for (const auto& b : blocks)
        add(b.pictogram);
    for (const auto& day : coming)
        for (const auto& b : day.blocks)
            add(b.pictogram);
    for (const auto& a : activities)
        add(a.pictogram);
    for (const auto& p : children)
        add(p.photo);
    for (const auto& p : staff)
        add(p.photo);
    return out;
}

} // namespace dagritme::board
