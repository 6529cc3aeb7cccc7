// The loop that brings a database to the latest schema step (the steps: schema_*.cpp).
#include "store/migrations.hpp"

#include "store/audit_chain.hpp"
#include "store/schema_steps.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dagritme::store {
namespace {

// Steps after those of schema_*.cpp, numbered on from them.
constexpr std::array<std::string_view, 1> later_steps{
    // 16: a pairing keeps hashes only: the display's secret becomes its token, so the token
    // column goes. A code paired but not yet collected under the old rule is dropped; its
    // display asks for a new code.
    R"sql(
DELETE FROM screen_pairing WHERE screen_id IS NOT NULL;
ALTER TABLE screen_pairing DROP COLUMN token;
)sql",
};

const std::vector<std::string_view>& steps() {
    static const auto all = [] {
        std::vector<std::string_view> list;
        for (const auto part :
             {day_schema_steps(), family_schema_steps(), audit_schema_steps(),
              std::span<const std::string_view>(later_steps), people_schema_steps()})
            list.insert(list.end(), part.begin(), part.end());
        return list;
    }();
    return all;
}

} // namespace

int latest_schema_version() {
    return static_cast<int>(steps().size());
}

void migrate(Database& db, int target) {
    if (target < 0) target = latest_schema_version();
    const int current = db.user_version();
    if (current > latest_schema_version())
        throw StoreError("the database has schema version " + std::to_string(current) +
                         ", newer than this program knows (" +
                         std::to_string(latest_schema_version()) +
                         "); use a newer dagritme-planner");
    if (current < target) define_audit_link_function(db); // step 15 chains the rows it finds
    for (int version = current + 1; version <= target; ++version) {
        Transaction tx{db};
        db.exec(steps()[static_cast<std::size_t>(version - 1)]);
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

} // namespace dagritme::store
