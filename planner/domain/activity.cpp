#include "domain/activity.hpp"

namespace dagritme {

std::string_view name_of(SessionType type) {
    return type == SessionType::parent_child_gym ? "ouder_kind_gym" : "zingen_op_schoot";
}

std::string_view label_of(SessionType type) {
    return type == SessionType::parent_child_gym ? "Ouder-kind gym" : "Zingen op schoot";
}

std::string_view pictogram_name_of(SessionType type) {
    return type == SessionType::parent_child_gym ? "ouder-kind-gym" : "zingen-op-schoot";
}

std::optional<SessionType> session_type_from(std::string_view name) {
    if (name == "ouder_kind_gym") return SessionType::parent_child_gym;
    if (name == "zingen_op_schoot") return SessionType::lap_singing;
    return std::nullopt;
}

} // namespace dagritme
