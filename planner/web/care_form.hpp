// What the care log's pages share: the group's children, staff and limits as the forms offer
// them, the child chooser (photo tiles, the children present today first), the time with the
// routine block it falls in, and the history of an entry's corrections.
#pragma once

#include "domain/care_log.hpp"
#include "domain/day_plan.hpp"
#include "web/form.hpp"
#include "web/html.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::web {

struct ChildChoice {
    std::int64_t id = 0;
    std::string first_name;
    std::optional<std::string> photo; // sha256 in the media store
    bool present = false;             // checked in now
};

struct StaffChoice {
    std::int64_t id = 0;
    std::string first_name;
};

// The group as the care log's forms show it, and who looks.
struct CareView {
    std::string group_id;
    std::string group_name;
    std::string csrf;
    std::string form_key;                         // idempotency key of a new entry's form
    Date date;                                    // today, local
    TimeOfDay now;                                // local
    Instant now_instant;                          // for the undo window
    std::vector<ChildChoice> children;            // the children present first
    std::vector<StaffChoice> staff;               // the group's staff
    std::vector<Limit> limits;                    // the register, retired limits included
    DayPlan plan;                                 // today's plan, for "tijdens Fruit eten"
    std::map<std::int64_t, std::string> accounts; // authors by account id: the person's name
    std::int64_t account = 0;                     // the viewer's account
    std::optional<std::int64_t> me;               // the viewer as a staff member of the group
};

// The radio tiles of the children ("kind"), the one of `values` checked.
Html child_chooser(const CareView& view, const Form& values, const FieldErrors& errors);
// The time field ("tijd", `values` or now) with the block it falls in.
Html time_field(const CareView& view, const Form& values, const FieldErrors& errors);
// "tijdens Fruit eten", or "buiten het dagritme".
std::string block_words(const std::optional<BlockRef>& block);
// The name of a child (or "kind N" when it left the group).
std::string child_name(const CareView& view, std::int64_t id);
std::string account_name(const CareView& view, std::int64_t id);
// "1 december 10:05"
std::string when_words(Instant at);

// One line of history: who changed what, from what to what.
struct HistoryLine {
    int number = 1;
    std::string editor;
    Instant at;
    std::vector<std::string> changes; // "emotie: angst → boosheid"; empty for version 1
};
Html history_list(const std::vector<HistoryLine>& lines);

// The history of an entry: a line per version, with what changed since the one before.
// `compare(before, after, change)` calls change(what, from, to) for each field it shows.
template <class Entry, class Compare>
Html entry_history(const CareView& view, const std::vector<EntryVersion<Entry>>& history,
                   Compare compare) {
    std::vector<HistoryLine> lines;
    const Entry* before = nullptr;
    for (const auto& version : history) {
        HistoryLine line{version.number, account_name(view, version.editor), version.edited_at, {}};
        if (before)
            compare(*before, version.value,
                    [&](const char* what, const std::string& from, const std::string& to) {
                        if (from != to)
                            line.changes.push_back(std::string(what) + ": " + from + " → " + to);
                    });
        lines.push_back(std::move(line));
        before = &version.value;
    }
    return history_list(lines);
}
// The confirmation after saving: undo (while the window lasts), add later, log another.
Html saved_notice(const CareView& view, const std::string& what, const std::string& base_path,
                  Instant created_at, std::int64_t author);

} // namespace dagritme::web
