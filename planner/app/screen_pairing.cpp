// Pairing and revoking wall screens: the store writes, each in one transaction.
#include "app/screen_pairing.hpp"

#include "app/address_block.hpp"
#include "auth/secrets.hpp"
#include "store/groups.hpp"

#include <algorithm>
#include <map>

namespace dagritme::app {
namespace {

// Removes the oldest open code of the /24 (or /64) that holds the most; of two that hold as
// many, the one with the older code.
void remove_from_largest_block(store::Database& db, std::int64_t now) {
    const auto open = store::open_pairings_by_age(db, now);
    std::map<std::string, int> per_block;
    int most = 0;
    for (const auto& pairing : open)
        most = std::max(most, ++per_block[address_block(pairing.client_address)]);
    for (const auto& pairing : open)
        if (per_block[address_block(pairing.client_address)] == most)
            return store::remove_pairing(db, pairing.code);
}

} // namespace

std::optional<PairingRequest> request_pairing(store::Database& db,
                                              const std::string& client_address, std::int64_t now) {
    store::Transaction tx{db};
    store::remove_expired_pairings(db, now);
    while (store::open_pairings_from(db, client_address, now) >= max_pairings_per_address)
        store::remove_oldest_pairing_from(db, client_address, now);
    if (store::open_pairings(db, now) >= max_open_pairings) remove_from_largest_block(db, now);
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
    store::Transaction tx{db};
    auto screen = store::pair_screen(db, code, group_id, name, now);
    if (!screen) return PairingProblem{PairingProblem::Kind::unknown_code};
    tx.commit();
    return *screen;
}

std::optional<CollectedPairing> collect_pairing(store::Database& db, const std::string& secret,
                                                std::int64_t now) {
    store::Transaction tx{db};
    const auto status = store::collect_pairing(db, auth::token_hash(secret), now);
    tx.commit();
    if (!status) return std::nullopt;
    if (!status->paired) return CollectedPairing{};
    return CollectedPairing{true, secret, status->group_id, status->name};
}

int remove_expired_pairings(store::Database& db, std::int64_t now) {
    store::Transaction tx{db};
    const int removed = store::remove_expired_pairings(db, now);
    tx.commit();
    return removed;
}

bool revoke_screen(store::Database& db, std::int64_t id, std::int64_t now) {
    store::Transaction tx{db};
    if (!store::revoke_screen(db, id, now)) return false;
    tx.commit();
    return true;
}

} // namespace dagritme::app
