// The audit log's hash chain (see audit_chain.hpp).
#include "store/audit_chain.hpp"

#include "common/sha256.hpp"

#include <algorithm>

namespace dagritme::store {
namespace {

constexpr std::size_t chained_count = 16;

std::optional<std::string> optional_number(std::optional<std::int64_t> value) {
    if (!value) return std::nullopt;
    return std::to_string(*value);
}

} // namespace

std::vector<std::optional<std::string>> chained_fields(const AuditEntry& e) {
    return {std::to_string(e.id),
            std::to_string(e.at),
            std::string(name_of(e.kind)),
            optional_number(e.account_id),
            e.account,
            e.role,
            std::string(name_of(e.action)),
            optional_number(e.family_id),
            optional_number(e.child_id),
            e.group_id,
            e.children.empty() ? std::nullopt
                               : std::optional<std::string>(children_text(e.children)),
            e.what,
            e.client,
            std::string(name_of(e.outcome)),
            e.count_key,
            optional_number(e.counts_until)};
}

std::string audit_link(std::string_view previous,
                       const std::vector<std::optional<std::string>>& fields) {
    // Each field as its length and bytes, NULL as "-": no two rows write the same text.
    std::string canonical(previous);
    canonical += '\n';
    for (const auto& field : fields) {
        if (!field) {
            canonical += "-;";
            continue;
        }
        canonical += std::to_string(field->size());
        canonical += ':';
        canonical += *field;
        canonical += ';';
    }
    return common::sha256_hex(canonical);
}

void define_audit_link_function(Database& db) {
    db.define_function("audit_link", static_cast<int>(chained_count + 1),
                       [](const std::vector<std::optional<std::string>>& arguments) {
                           const std::vector<std::optional<std::string>> fields(
                               arguments.begin() + 1, arguments.end());
                           return audit_link(arguments.front().value_or(""), fields);
                       });
}

AuditChainCheck verify_audit_chain(Database& db) {
    AuditChainCheck check;
    ReadSnapshot snapshot{db};
    auto st = db.prepare(std::string("SELECT ") + audit_chained_columns +
                         ", chain FROM audit_log ORDER BY id");
    std::string previous;
    std::optional<std::int64_t> latest; // the latest time of the rows so far
    std::vector<std::optional<std::string>> fields(chained_count);
    while (st.step()) {
        for (std::size_t i = 0; i < chained_count; ++i)
            fields[i] = st.optional_text(static_cast<int>(i));
        ++check.rows;
        const auto expected = audit_link(previous, fields);
        const auto at = st.int64(1);
        if (st.text(static_cast<int>(chained_count)) != expected ||
            (latest && at < *latest - audit_clock_tolerance)) {
            check.broken_row = st.int64(0);
            check.problem = st.text(static_cast<int>(chained_count)) != expected ? "hash" : "time";
            return check;
        }
        latest = std::max(latest.value_or(at), at);
        previous = expected;
    }
    check.head = previous;
    return check;
}

} // namespace dagritme::store
