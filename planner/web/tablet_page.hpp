// The group's shared tablet: "Wie ben jij?" (the group's people with a PIN, then the PIN) to
// switch to oneself for a short session, and the form where a person sets their own PIN.
#pragma once

#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::web {

struct TabletFace {
    std::string account_name;
    std::string first_name;
    std::optional<std::string> photo;
};

struct SwitchView {
    std::string group_id;
    std::string group_name;
    std::vector<TabletFace> people;
    std::string chosen; // the account name sent
    std::string error;
};
Html switch_content(const SwitchView& view);

struct PinView {
    std::string csrf;
    bool has_pin = false;
    bool linked = false; // the account is a staff member's (only they appear on a tablet)
    std::string notice;
    FieldErrors errors;
};
Html pin_content(const PinView& view);

} // namespace dagritme::web
