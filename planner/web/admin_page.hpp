// Beheer: the administrator's page. Staff accounts (add with role and groups, disable) and the
// wall screens (pair the code a screen shows, revoke one).
#pragma once

#include "domain/roles.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace dagritme::web {

struct AccountRow {
    std::string name;
    Role role = Role::group_leader;
    std::vector<std::string> groups; // names
    bool disabled = false;
    bool self = false;
};

struct ScreenRow {
    std::int64_t id = 0;
    std::string name;
    std::string group; // name
    std::string since; // "1 december"
    bool revoked = false;
};

struct AdminView {
    std::string csrf;
    std::vector<AccountRow> accounts;
    std::vector<ScreenRow> screens;
    std::vector<std::pair<std::string, std::string>> groups; // id, name
    std::string done; // what just happened: "Account anna is aangemaakt."
};

// The two sections; `sent`/`errors` belong to the refused form of that section.
Html accounts_section(const AdminView& view, const Form& sent, const FieldErrors& errors);
Html screens_section(const AdminView& view, const Form& sent, const FieldErrors& errors);
Html admin_content(const AdminView& view);

// Dutch names of the roles, as shown.
std::string_view dutch_role(Role role);

} // namespace dagritme::web
