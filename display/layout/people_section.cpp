// Who is here: photos (or avatar letters without photo consent) and first names of the
// present children and group leaders, a visiting parent shown on the child's place. When
// activity groups start within the hour, everybody is shown once, in their group: who goes
// with whom, when, and who stays on the group. Pure.
#include "layout/palette.hpp"
#include "layout/people_fit.hpp"
#include "layout/sections.hpp"

#include <algorithm>
#include <set>

namespace dagritme::layout::sections {

namespace {

constexpr int hour = 3600;

// "mama komt om 10:30" before the session, "mama is er" during it, nothing after; in the
// session's own box (`in`), whose heading has the time, "met mama".
std::string visitor_note(const board::Board& board, const board::Person& child, int now,
                         const board::Activity* in) {
    for (const auto& a : board.activities) {
        if (now >= seconds_of(a.end)) continue;
        for (const auto& v : a.visitors) {
            if (v.child != child.id) continue;
            // On Sanne's own place "mama van Sanne" is just "mama".
            std::string who = v.label;
            const std::string suffix = " van " + child.name;
            if (who.size() > suffix.size() && who.ends_with(suffix))
                who.resize(who.size() - suffix.size());
            if (in == &a) return "met " + who;
            return now < seconds_of(a.start) ? who + " komt om " + time_text(a.start)
                                             : who + " is er";
        }
    }
    return {};
}

// The activity groups that run now or start within the hour, by start time.
std::vector<const board::Activity*> groups_of_the_hour(const board::Board& board, int now) {
    std::vector<const board::Activity*> groups;
    for (const auto& a : board.activities)
        if (seconds_of(a.end) > now && seconds_of(a.start) < now + hour) groups.push_back(&a);
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto* l, const auto* r) { return l->start < r->start; });
    return groups;
}

struct Who {
    const board::Person* person;
    bool staff;
};

// The boxes to place, and who is in each (the same shape).
struct Plan {
    std::vector<PeopleBox> boxes;
    std::vector<std::vector<Who>> who;
    std::vector<const board::Activity*> activity; // null: not an activity group
};

Plan plan_people(const board::Board& board, int now) {
    Plan plan;
    std::set<std::string> placed;
    auto add = [&](PeopleBox& box, std::vector<Who>& who, const board::Person* p, bool staff,
                   const board::Activity* in = nullptr) {
        if (!p || !placed.insert(p->id).second) return;
        box.members.push_back({p->name, staff ? std::string() : visitor_note(board, *p, now, in)});
        who.push_back({p, staff});
    };
    auto keep = [&](PeopleBox box, std::vector<Who> who, const board::Activity* a) {
        if (box.members.empty()) return;
        plan.boxes.push_back(std::move(box));
        plan.who.push_back(std::move(who));
        plan.activity.push_back(a);
    };
    const auto groups = groups_of_the_hour(board, now);
    for (const auto* a : groups) {
        PeopleBox box{time_text(a->start), a->label, true, {}};
        std::vector<Who> who;
        for (const auto& id : a->staff)
            add(box, who, board.find_staff(id), true);
        for (const auto& id : a->children)
            add(box, who, board.find_child(id), false, a);
        keep(std::move(box), std::move(who), a);
    }
    // Everybody else: the children, then the staff; "Op de groep" beside the groups.
    const bool grouped = !plan.boxes.empty();
    PeopleBox rest{{}, grouped ? "Op de groep" : "", grouped, {}};
    std::vector<Who> rest_who;
    for (const auto& c : board.children)
        add(rest, rest_who, &c, false);
    if (grouped) {
        for (const auto& s : board.staff)
            add(rest, rest_who, &s, true);
        keep(std::move(rest), std::move(rest_who), nullptr);
        return plan;
    }
    keep(std::move(rest), std::move(rest_who), nullptr);
    PeopleBox staff;
    std::vector<Who> staff_who;
    for (const auto& s : board.staff)
        add(staff, staff_who, &s, true);
    keep(std::move(staff), std::move(staff_who), nullptr);
    return plan;
}

bool grouped(const Plan& plan) {
    return std::any_of(plan.boxes.begin(), plan.boxes.end(),
                       [](const PeopleBox& box) { return box.framed; });
}

// The room for the people: below the card's title, or, in groups (each a card of its own
// with its heading), all of the area.
Rect people_room(SceneBuilder& b, const Rect& area, const Plan& plan, Rect* title) {
    if (grouped(plan)) return area;
    Rect inner = area.inset(b.u(20));
    const Rect t = inner.take_top(b.u(60), b.u(6));
    if (title) *title = t;
    return inner;
}

void person_cell(SceneBuilder& b, int parent, const PlacedMember& m, const Who& who,
                 const PeopleFit& fit, const std::string& note) {
    const board::Person& person = *who.person;
    const int f = b.frame(m.cell, "person:" + person.id, parent);
    Picture& p =
        b.picture(f, m.photo, person.photo.value_or(""), person.avatar, true, "photo:" + person.id);
    p.ring = who.staff ? palette::staff_ring : palette::child_ring;
    p.ring_width = std::max(b.u(3), m.photo.w * 0.045f);
    if (who.staff) p.fallback_fill = palette::staff_avatar_fill;
    b.text(f, m.name, person.name, {fit.name_size, fit.name_size, m.name_lines, Weight::bold},
           palette::ink, Align::center, "name:" + person.id);
    if (note.empty() || m.note.h <= 0) return;
    b.card(f, m.note, palette::visitor_fill, {}, 0, std::min(b.u(14), m.note.h / 2), 0,
           "visitor:" + person.id);
    b.text(f, m.note.inset(b.u(6), b.u(3)), note, {fit.note_size, fit.note_size, 3, Weight::bold},
           palette::visitor_ink, Align::center, "visitor:" + person.id);
}

void group_box(SceneBuilder& b, int panel, const PlacedBox& placed, const PeopleBox& box,
               const board::Activity* a, const PeopleFit& fit, int now, int* frame) {
    const std::string tag = a ? "activity:" + a->id : "people-rest";
    *frame = b.frame(placed.rect, tag, panel);
    const bool running = a && seconds_of(a->start) <= now;
    b.card(*frame, placed.rect, running ? palette::now_fill : palette::card,
           running ? palette::now_edge : palette::card_edge, running ? b.u(4) : b.u(2), b.u(24),
           b.u(4), tag);
    if (a && placed.pictogram.w > 0)
        b.picture(*frame, placed.pictogram, a->pictogram.value_or(""), avatar_letter(a->label),
                  false, tag);
    if (placed.time.w > 0)
        b.line(*frame, placed.time, box.time, fit.heading_size, Weight::bold,
               running ? palette::now_ink : palette::ink, Align::left, tag + ":time");
    b.text(*frame, placed.label, box.label,
           {fit.heading_size, fit.heading_size, placed.label_lines, Weight::bold}, palette::ink,
           Align::left, tag + ":label");
}

} // namespace

Readability people_readability(SceneBuilder& b, Rect area, const board::Board& board, int now) {
    const Plan plan = plan_people(board, now);
    return readability(
        fit_people(plan.boxes, people_room(b, area, plan, nullptr), b.measurer(), b.u(1)), b.u(1));
}

void people(SceneBuilder& b, Rect area, const board::Board& board, int now) {
    const int panel = b.frame(area, "people");
    const Plan plan = plan_people(board, now);
    Rect title;
    const Rect room = people_room(b, area, plan, &title);
    if (!grouped(plan)) { // else each group is a card of its own, with its heading
        b.card(panel, area, palette::card, palette::card_edge, b.u(2), b.u(32), b.u(5), "people");
        b.text(panel, title, "Wie is er?", {b.px(40), b.px(24), 1, Weight::bold}, palette::ink,
               Align::left, "people-title");
    }
    if (plan.boxes.empty()) {
        // Nobody checked in yet, or a screen without today's board that cannot know: say so,
        // rather than leave a card that looks broken.
        b.text(panel, {room.x, room.y, room.w, std::min(room.h, b.u(160))},
               board.people_known ? "Nog niemand" : "Wie er is, weet dit scherm nu niet",
               {b.px(40), b.px(24), 2, Weight::regular}, palette::ink_soft, Align::left,
               "people-empty");
        return;
    }
    const PeopleFit fit = fit_people(plan.boxes, room, b.measurer(), b.u(1));
    for (std::size_t i = 0; i < plan.boxes.size(); ++i) {
        const PlacedBox& placed = fit.boxes[i];
        int parent = panel;
        if (plan.boxes[i].framed)
            group_box(b, panel, placed, plan.boxes[i], plan.activity[i], fit, now, &parent);
        for (std::size_t j = 0; j < placed.members.size(); ++j)
            person_cell(b, parent, placed.members[j], plan.who[i][j], fit,
                        plan.boxes[i].members[j].note);
    }
}

} // namespace dagritme::layout::sections
