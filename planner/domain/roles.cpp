// Role names, and which role may do what.
#include "domain/roles.hpp"

#include <algorithm>
#include <array>

namespace dagritme {
namespace {
constexpr std::array<std::string_view, 4> names{"groepsleider", "mentor", "coordinator", "admin"};
}

std::string_view name_of(Role role) {
    return names.at(static_cast<std::size_t>(role));
}

std::optional<Role> role_from(std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<Role>(i);
    return std::nullopt;
}

bool may(Role role, Permission permission) {
    switch (permission) {
    case Permission::read_day:
    case Permission::write_day:
    case Permission::upload_photo:
        return true; // every staff role works on the floor
    case Permission::set_consent:
        // Consent is the parents' decision, recorded by their mentor or the coordinator.
        return role == Role::mentor || role == Role::coordinator || role == Role::admin;
    case Permission::manage_screens:
    case Permission::manage_accounts:
        // A coordinator sets up their unit: its screens, and accounts for group leaders and
        // mentors (may_manage_account); only the administrator makes coordinators and admins.
        return role == Role::coordinator || role == Role::admin;
    case Permission::log_care:
    case Permission::read_care_log:
        // Care data is for those who work with the children, not for the administrator.
        return role != Role::admin;
    case Permission::manage_limits:
    case Permission::manage_staff:
    case Permission::manage_groups: // the coordinator plans the group (DOMAIN.md)
        return role == Role::coordinator || role == Role::admin;
    case Permission::read_family:
    case Permission::write_family:
        return role == Role::mentor || role == Role::coordinator || role == Role::admin;
    case Permission::read_audit_log:
    case Permission::assign_mentor:
    case Permission::manage_records:
        return role == Role::coordinator || role == Role::admin;
    }
    return false;
}

bool may_see_group(Role role, const std::vector<std::string>& own_groups, std::string_view group) {
    if (role == Role::coordinator || role == Role::admin) return true;
    return std::find(own_groups.begin(), own_groups.end(), group) != own_groups.end();
}

bool may_open_family(Role role, std::int64_t account_id,
                     std::optional<std::int64_t> mentor_account) {
    if (role == Role::coordinator || role == Role::admin) return true;
    return role == Role::mentor && mentor_account == account_id;
}

bool may_manage_account(Role role, Role account_role) {
    if (role == Role::admin) return true;
    return role == Role::coordinator &&
           (account_role == Role::group_leader || account_role == Role::mentor);
}

} // namespace dagritme
