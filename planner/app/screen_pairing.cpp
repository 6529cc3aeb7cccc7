// Pairing and revoking wall screens: the store writes, each in one transaction.
#include "app/screen_pairing.hpp"

#include "auth/secrets.hpp"
#include "store/groups.hpp"

namespace dagritme::app {

std::optional<PairingRequest> request_pairing(store::Database& db,
                                              const std::string& client_address, std::int64_t now) {
    store::Transaction tx{db};
    store::remove_expired_pairings(db, now);
    while (store::open_pairings_from(db, client_address, now) >= max_pairings_per_address)
        store::remove_oldest_pairing_from(db, client_address, now);
    if (store::open_pairings(db, now) >= max_open_pairings) return std::nullopt;
    std::string code;
    do
        code = auth::random_digits(6);
    while (store::pairing_code_in_use(db, code, now));
    PairingRequest request{code, auth::random_token()};
    store::add_pairing(db, code, auth::token_hash(request.secret), client_address, now,
                       now + pairing_lifetime);
    tx.commit();
    return request;
}

std::variant<store::Screen, PairingProblem> pair(store::Database& db, const std::string& code,
                                                 const std::string& group_id,
                                                 const std::string& name, std::int64_t now) {
    if (!store::load_group(db, group_id))
        return PairingProblem{PairingProblem::Kind::unknown_group};
    const auto token = auth::random_token();
    store::Transaction tx{db};
    auto screen = store::pair_screen(db, code, group_id, name, token, auth::token_hash(token), now);
    if (!screen) return PairingProblem{PairingProblem::Kind::unknown_code};
    tx.commit();
    return *screen;
}

bool revoke_screen(store::Database& db, std::int64_t id, std::int64_t now) {
    store::Transaction tx{db};
    if (!store::revoke_screen(db, id, now)) return false;
    tx.commit();
    return true;
}

} // namespace dagritme::app
