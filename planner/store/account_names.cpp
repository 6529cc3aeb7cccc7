// The names of staff accounts by id.
#include "store/account_names.hpp"

namespace dagritme::store {

std::map<std::int64_t, std::string> account_names(Database& db) {
    std::map<std::int64_t, std::string> names;
    auto st = db.prepare("SELECT id, name FROM user_account");
    while (st.step())
        names[st.int64(0)] = st.text(1);
    return names;
}

std::map<std::int64_t, std::string> author_names(Database& db) {
    std::map<std::int64_t, std::string> names;
    auto st = db.prepare("SELECT a.id, COALESCE(trim(s.first_name || ' ' || s.surname), a.name) "
                         "FROM user_account a LEFT JOIN staff s ON s.account_id = a.id");
    while (st.step())
        names[st.int64(0)] = st.text(1);
    return names;
}

} // namespace dagritme::store
