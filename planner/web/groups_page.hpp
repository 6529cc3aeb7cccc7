// The coordinator's group pages: Groepen (the list of groups and a form for a new one) and a
// group's Instellingen (name, opening hours, screen hours, and one form per weekday with the
// blocks of its routine). A refused form comes back with its values and the problem next to
// each field.
#pragma once

#include "domain/group.hpp"
#include "web/form.hpp"
#include "web/html.hpp"
#include "web/today_page.hpp"

#include <string>
#include <vector>

namespace dagritme::web {

struct GroupsView {
    std::string csrf;
    std::vector<Group> groups; // every group, by id
};

// Groepen: the groups with a link to their settings, and "Nieuwe groep" with `sent` and its
// `errors` when that form was refused.
Html groups_content(const GroupsView& view, const Form& sent, const FieldErrors& errors);

struct GroupSettingsView {
    std::string csrf;
    Group group; // as stored
    std::vector<PictogramChoice> pictograms;
    std::string notice; // "Opgeslagen." after a save
};

// Which form of the settings page was refused: "uren", or the weekday ("1".."7").
// Instellingen: the hours form and the seven weekday forms; the refused one (`failed`) shows
// `sent` and its `errors`, the others what is stored.
Html settings_content(const GroupSettingsView& view, const std::string& failed, const Form& sent,
                      const FieldErrors& errors);

// The fields of a group's name and hours (open-N, van-N, tot-N, scherm-aan, scherm-uit, naam),
// filled from `sent` when given (a refused form), else from `group`.
Html hours_fields(const Group& group, const Form* sent, const FieldErrors& errors);

// The rows of a weekday's routine form: fields start-I, eind-I, soort-I, picto-I, tekst-I and
// weg-I for I from 0 to rows - 1; `rijen` says how many came.
inline constexpr int max_routine_rows = 40;

} // namespace dagritme::web
