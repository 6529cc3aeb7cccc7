// Staff roles and what each may do: the one place where permissions are decided.
#pragma once

#include <optional>
#include <string_view>

namespace dagritme {

// Stored, sent in the API and typed on the command line by the names the staff use:
// "groepsleider", "mentor", "coordinator", "admin" (name_of, role_from).
enum class Role { group_leader, mentor, coordinator, admin };

enum class Permission {
    read_day,       // boards, plans, attendance of the groups
    write_day,      // check in/out, change today's plan, activity groups
    upload_photo,   // photos of children and staff
    set_consent,    // a child's photo consent, as the parents decided
    manage_screens, // pair and revoke wall screens
};

std::string_view name_of(Role role);
std::optional<Role> role_from(std::string_view name);
bool may(Role role, Permission permission);

} // namespace dagritme
