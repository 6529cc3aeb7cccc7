// Role names, and which role may do what.
#include "domain/roles.hpp"

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
        return role == Role::admin;
    }
    return false;
}

} // namespace dagritme
