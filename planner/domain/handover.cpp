// The day handover: entries of one local date, grouped per child and ordered by time.
#include "domain/handover.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace dagritme {

Instant instant_of(const CareLogEntry& entry) {
    return std::visit([](const auto& e) { return e.at; }, entry);
}

std::vector<ChildHandover> handover(Date date, const std::vector<std::int64_t>& children,
                                    const std::vector<Anchorpoint>& anchorpoints,
                                    const std::vector<LimitViolation>& violations) {
    std::map<std::int64_t, ChildHandover> by_child;
    for (const auto& a : anchorpoints) {
        if (to_local(a.at).date != date) continue;
        auto& child = by_child[a.child_id];
        child.entries.emplace_back(a);
        ++child.anchorpoints;
    }
    for (const auto& v : violations) {
        if (to_local(v.at).date != date) continue;
        auto& child = by_child[v.child_id];
        child.entries.emplace_back(v);
        ++child.limit_violations;
        if (v.holding) ++child.holdings;
    }
    for (auto& [id, child] : by_child) {
        child.child_id = id;
        std::sort(child.entries.begin(), child.entries.end(),
                  [](const CareLogEntry& a, const CareLogEntry& b) {
                      const auto id_of = [](const CareLogEntry& e) {
                          return std::visit([](const auto& x) { return x.id; }, e);
                      };
                      return std::tuple(instant_of(a), a.index(), id_of(a)) <
                             std::tuple(instant_of(b), b.index(), id_of(b));
                  });
    }

    std::vector<ChildHandover> result;
    for (const std::int64_t id : children) {
        const auto found = by_child.find(id);
        if (found == by_child.end()) {
            ChildHandover quiet;
            quiet.child_id = id;
            result.push_back(std::move(quiet));
            continue;
        }
        result.push_back(std::move(found->second));
        by_child.erase(found);
    }
    for (auto& [id, child] : by_child)
        result.push_back(std::move(child));
    return result;
}

} // namespace dagritme
