// The encoded board of today for each group, as its screens receive it ({"type":"board",...}).
// Built from the store when first asked for and rebuilt when the group's revision or the
// local date changed; one shared string per version, so every screen of a group gets the same
// bytes. It also notices what happened behind its back: another process writing to the
// database (the command line) or midnight.
// Not thread-safe: the server uses it on its I/O thread only. The database must outlive it.
#pragma once

#include "domain/time.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dagritme::app {

using BoardMessage = std::shared_ptr<const std::string>;

class BoardCache {
  public:
    // `now_seconds` gives the current instant (seconds since the epoch); the board's date is
    // the local date of it.
    BoardCache(store::Database& db, std::function<std::int64_t()> now_seconds);

    struct Refresh {
        BoardMessage message; // nullptr: no such group
        bool changed = false; // another revision or date than the one cached before
    };
    // Rebuilds the group's board of today from the store.
    Refresh refresh(const std::string& group_id);
    // The board of today as cached, or nullptr when none was built today.
    BoardMessage cached(const std::string& group_id) const;
    // The revision of the cached board; -1 when none was built.
    std::int64_t revision(const std::string& group_id) const;
    // The groups that have a board in the cache.
    std::vector<std::string> groups() const;
    // True when another connection committed to the database or the local date turned since
    // the last call (or since construction): every board may then be out of date.
    bool outside_change();

  private:
    struct Entry {
        BoardMessage message;
        std::int64_t revision = -1;
        Date date;
    };
    Date today() const;

    store::Database& db_;
    std::function<std::int64_t()> now_;
    std::map<std::string, Entry> boards_;
    std::int64_t data_version_;
    Date day_;
};

} // namespace dagritme::app
