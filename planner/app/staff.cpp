// Staff members: checked, then written in one transaction.
#include "app/staff.hpp"

#include "store/accounts.hpp"
#include "store/groups.hpp"
#include "store/people.hpp"

#include <algorithm>

namespace dagritme::app {
namespace {

std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::vector<FieldProblem> check_staff(store::Database& db, const StaffEntry& e,
                                      std::optional<std::int64_t> self) {
    std::vector<FieldProblem> problems;
    const auto blank = [](const std::string& t) {
        return std::all_of(t.begin(), t.end(), [](char c) { return c == ' ' || c == '\t'; });
    };
    if (blank(e.first_name))
        problems.push_back({"voornaam", "Vul de voornaam in."});
    else if (characters(e.first_name) > max_name_length)
        problems.push_back({"voornaam", "Dit is te lang; maak het korter."});
    if (characters(e.surname) > max_name_length)
        problems.push_back({"achternaam", "Dit is te lang; maak het korter."});
    if (!store::load_group(db, e.group_id))
        problems.push_back({"groep", "Kies de groep waarop deze medewerker werkt."});
    if (e.account_id) {
        const auto accounts = store::list_accounts(db);
        const auto it = std::find_if(accounts.begin(), accounts.end(),
                                     [&](const auto& a) { return a.id == *e.account_id; });
        if (it == accounts.end() || it->disabled)
            problems.push_back({"account", "Dit account bestaat niet (meer)."});
        else if (const auto other = store::staff_of_account(db, *e.account_id);
                 other && other->id != self)
            problems.push_back({"account", "Dit account hoort al bij " + other->first_name + "."});
    }
    return problems;
}

} // namespace

Saved<std::int64_t> add_staff_member(store::Database& db, const StaffEntry& entry, const Change&) {
    Saved<std::int64_t> out;
    store::Transaction tx{db};
    out.problems = check_staff(db, entry, std::nullopt);
    if (!out.problems.empty()) return out;
    out.id = store::add_staff(db, Staff{0, entry.group_id, entry.first_name, entry.surname,
                                        std::nullopt, entry.account_id});
    tx.commit();
    return out;
}

std::vector<FieldProblem> update_staff_member(store::Database& db, std::int64_t staff_id,
                                              const StaffEntry& entry, const Change&) {
    store::Transaction tx{db};
    auto problems = check_staff(db, entry, staff_id);
    if (!problems.empty()) return problems;
    auto staff = store::load_staff(db, staff_id);
    if (!staff) throw store::StoreError("no staff member " + std::to_string(staff_id));
    staff->first_name = entry.first_name;
    staff->surname = entry.surname;
    staff->group_id = entry.group_id;
    staff->account_id = entry.account_id;
    store::update_staff(db, *staff);
    tx.commit();
    return {};
}

bool staff_member_leaves(store::Database& db, std::int64_t staff_id, const Change& change) {
    store::Transaction tx{db};
    if (!store::load_staff(db, staff_id)) return false;
    store::staff_leaves(db, staff_id, change.now);
    tx.commit();
    return true;
}

} // namespace dagritme::app
