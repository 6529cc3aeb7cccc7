// Staff roles and what each may do: the one place where permissions are decided.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme {

// Stored, sent in the API and typed on the command line by the names the staff use:
// "groepsleider", "mentor", "coordinator", "admin" (name_of, role_from).
enum class Role { group_leader, mentor, coordinator, admin };

enum class Permission {
    read_day,        // boards, plans, attendance of the groups
    write_day,       // check in/out, change today's plan, activity groups
    upload_photo,    // photos of children and staff
    set_consent,     // a child's photo consent, as the parents decided
    manage_screens,  // pair and revoke wall screens
    log_care,        // log anchorpoints and limit violations
    read_care_log,   // read the care log and its patterns
    manage_limits,   // edit a group's limits register
    manage_accounts, // staff accounts and the groups they work in
    read_family,     // open family records (only the family's own mentor, see may_open_family)
    write_family,    // change family records, the workbook and its reports
    read_audit_log,  // who opened which family record, and what each account opened
    assign_mentor,   // make an account (role mentor) the mentor of a family
    manage_records,  // reopen a closed family record, ask for its destruction after retention
    manage_staff,    // the staff members: who works on which group, linked to which account
    manage_groups    // create groups; edit a group's name, hours and weekday routine
};

std::string_view name_of(Role role);
std::optional<Role> role_from(std::string_view name);
bool may(Role role, Permission permission);
// Whether `role` may add or disable an account of `account_role`: the administrator any, a
// coordinator those of group leaders and mentors.
bool may_manage_account(Role role, Role account_role);
// Whether an account of `role` that works in `own_groups` may see and work on `group`: group
// leaders and mentors their own groups only, coordinators and admins every group.
bool may_see_group(Role role, const std::vector<std::string>& own_groups, std::string_view group);
// Whether account `account_id` of `role` may open the record of a family whose mentor is the
// account `mentor_account`: its own mentor, coordinators and admins; nobody else (DOMAIN.md).
bool may_open_family(Role role, std::int64_t account_id,
                     std::optional<std::int64_t> mentor_account);

} // namespace dagritme
