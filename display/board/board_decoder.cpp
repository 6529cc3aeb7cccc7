// Board JSON -> Board, with nlohmann_json. Inside, a failed check throws a Rejection carrying
// the field path; decode_board turns it into a DecodeError. Pure; any thread.
#include "board/board_decoder.hpp"

#include "common/sha256.hpp"
#include "domain/people.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <utility>

namespace dagritme::board {

namespace {

using nlohmann::json;

struct Rejection {
    std::string path;
    std::string message;
};

std::string kind_of(const json& j) {
    switch (j.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "an integer";
    case json::value_t::number_float:
        return "a number";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "an unsupported value";
    }
}

std::string quoted(const json& j) {
    // Keep messages short: a value pasted back is cut at 40 characters.
    std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
    return text.size() > 40 ? text.substr(0, 40) + "..." : text;
}

// A JSON value together with its path in the document, for messages.
class Field {
  public:
    Field(const json& value, std::string path) : value_(value), path_(std::move(path)) {}

    const std::string& path() const { return path_; }
    [[noreturn]] void reject(const std::string& message) const { throw Rejection{path_, message}; }

    Field member(const char* key) const {
        expect_object();
        auto it = value_.find(key);
        if (it == value_.end()) throw Rejection{join(key), "missing"};
        return Field(*it, join(key));
    }
    bool has(const char* key) const {
        expect_object();
        return value_.contains(key);
    }
    std::vector<Field> items() const {
        if (!value_.is_array()) reject("expected an array, got " + kind_of(value_));
        std::vector<Field> out;
        for (std::size_t i = 0; i < value_.size(); ++i)
            out.emplace_back(value_[i], path_ + "[" + std::to_string(i) + "]");
        return out;
    }
    std::string text() const {
        if (!value_.is_string()) reject("expected a string, got " + kind_of(value_));
        return value_.get<std::string>();
    }
    std::string nonempty_text() const {
        std::string s = text();
        if (s.empty()) reject("must not be empty");
        return s;
    }
    std::int64_t integer() const {
        if (!value_.is_number_integer()) reject("expected an integer, got " + kind_of(value_));
        return value_.get<std::int64_t>();
    }
    bool boolean() const {
        if (!value_.is_boolean()) reject("expected a boolean, got " + kind_of(value_));
        return value_.get<bool>();
    }
    TimeOfDay time() const {
        auto t = value_.is_string() ? TimeOfDay::parse(value_.get<std::string>()) : std::nullopt;
        if (!t) reject("expected \"HH:MM\", got " + quoted(value_));
        return *t;
    }
    std::optional<MediaHash> optional_hash() const {
        if (value_.is_null()) return std::nullopt;
        if (!value_.is_string() || !common::is_sha256_hex(value_.get<std::string>()))
            reject("expected a sha256 (64 lowercase hex digits) or null, got " + quoted(value_));
        return value_.get<std::string>();
    }

  private:
    void expect_object() const {
        if (!value_.is_object()) reject("expected an object, got " + kind_of(value_));
    }
    std::string join(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

    const json& value_;
    std::string path_;
};

void require_unique_id(std::set<std::string>& seen, const Field& id_field, const std::string& id) {
    if (!seen.insert(id).second) id_field.reject("duplicate id \"" + id + "\"");
}

Date decode_date(const Field& f) {
    const std::string s = f.text();
    const auto date = Date::parse(s);
    if (!date) f.reject("expected a date \"YYYY-MM-DD\", got \"" + s + "\"");
    return *date;
}

void require_span(const Field& item, TimeOfDay start, TimeOfDay end) {
    if (end <= start) item.member("end").reject("must be after start");
}

// The board carries `avatar` with every `photo: null` (DESIGN.md, "The board"); beside a photo
// it is optional, and the domain's letter of the name stands in until the photo is there.
Person decode_person(const Field& f) {
    Person p;
    p.id = f.member("id").nonempty_text();
    p.name = f.member("name").nonempty_text();
    p.photo = f.member("photo").optional_hash();
    if (f.has("avatar"))
        p.avatar = f.member("avatar").nonempty_text();
    else if (!p.photo)
        throw Rejection{f.path() + ".avatar", "missing (required when photo is null)"};
    else
        p.avatar = avatar_letter(p.name);
    return p;
}

std::vector<std::string> decode_refs(const Field& list, const std::set<std::string>& known,
                                     const char* what) {
    std::vector<std::string> out;
    for (const Field& item : list.items()) {
        std::string id = item.nonempty_text();
        if (!known.contains(id)) item.reject("unknown " + std::string(what) + " id \"" + id + "\"");
        if (std::find(out.begin(), out.end(), id) != out.end())
            item.reject("\"" + id + "\" listed twice");
        out.push_back(std::move(id));
    }
    return out;
}

ScreenHours decode_hours(const Field& hours) {
    ScreenHours h;
    h.on = hours.member("screen_on").time();
    h.off = hours.member("screen_off").time();
    if (h.off <= h.on) hours.member("screen_off").reject("must be after screen_on");
    return h;
}

std::vector<Block> decode_blocks(const Field& list) {
    std::vector<Block> blocks;
    std::set<std::string> block_ids;
    for (const Field& f : list.items()) {
        Block block;
        block.id = f.member("id").nonempty_text();
        require_unique_id(block_ids, f.member("id"), block.id);
        block.start = f.member("start").time();
        block.end = f.member("end").time();
        require_span(f, block.start, block.end);
        if (!blocks.empty() && block.start < blocks.back().end)
            f.member("start").reject("overlaps the block before it (blocks must be in time order)");
        block.kind = f.member("kind").nonempty_text();
        block.label = f.member("label").nonempty_text();
        block.pictogram = f.member("pictogram").optional_hash();
        block.changed = f.member("changed").boolean();
        blocks.push_back(std::move(block));
    }
    return blocks;
}

// Schema 2's coming opening days: each after the board's date and after the one before it.
std::vector<ComingDay> decode_coming(const Field& list, Date board_date) {
    std::vector<ComingDay> days;
    for (const Field& f : list.items()) {
        ComingDay day;
        const Field date = f.member("date");
        day.date = decode_date(date);
        if (days.empty() && day.date <= board_date)
            date.reject("must be after the board's date " + board_date.str());
        if (!days.empty() && day.date <= days.back().date)
            date.reject("must be after the day before it, " + days.back().date.str());
        day.hours = decode_hours(f.member("hours"));
        day.blocks = decode_blocks(f.member("blocks"));
        days.push_back(std::move(day));
    }
    return days;
}

// Schema 1, and the part of schema 2 that is the same.
Board decode_schema1(const Field& root) {
    Board b;
    b.schema = 1;
    const Field revision = root.member("revision");
    b.revision = revision.integer();
    if (b.revision < 0) revision.reject("must not be negative");
    const Field group = root.member("group");
    b.group.id = group.member("id").nonempty_text();
    b.group.name = group.member("name").nonempty_text();
    b.date = decode_date(root.member("date"));
    b.timezone = root.member("timezone").nonempty_text();
    b.hours = decode_hours(root.member("hours"));
    b.blocks = decode_blocks(root.member("blocks"));

    const Field present = root.member("present");
    std::set<std::string> child_ids, staff_ids;
    for (const Field& f : present.member("children").items()) {
        b.children.push_back(decode_person(f));
        require_unique_id(child_ids, f.member("id"), b.children.back().id);
    }
    for (const Field& f : present.member("staff").items()) {
        b.staff.push_back(decode_person(f));
        require_unique_id(staff_ids, f.member("id"), b.staff.back().id);
    }

    std::set<std::string> activity_ids;
    for (const Field& f : root.member("activities").items()) {
        Activity a;
        a.id = f.member("id").nonempty_text();
        require_unique_id(activity_ids, f.member("id"), a.id);
        a.start = f.member("start").time();
        a.end = f.member("end").time();
        require_span(f, a.start, a.end);
        a.label = f.member("label").nonempty_text();
        a.pictogram = f.member("pictogram").optional_hash();
        a.staff = decode_refs(f.member("staff"), staff_ids, "staff");
        a.children = decode_refs(f.member("children"), child_ids, "child");
        for (const Field& v : f.member("visitors").items()) {
            Visitor visitor;
            const Field child = v.member("child");
            visitor.child = child.nonempty_text();
            if (std::find(a.children.begin(), a.children.end(), visitor.child) == a.children.end())
                child.reject("\"" + visitor.child + "\" is not one of this activity's children");
            visitor.label = v.member("label").nonempty_text();
            a.visitors.push_back(std::move(visitor));
        }
        b.activities.push_back(std::move(a));
    }
    return b;
}

Board decode_schema2(const Field& root) {
    Board b = decode_schema1(root);
    b.schema = 2;
    b.coming = decode_coming(root.member("coming"), b.date);
    b.coming_known = true;
    return b;
}

} // namespace

DecodeResult decode_board(std::string_view document) {
    if (document.size() > max_document_bytes)
        return DecodeError{"", "document too large (" + std::to_string(document.size()) +
                                   " bytes, at most " + std::to_string(max_document_bytes) + ")"};
    json root;
    try {
        root = json::parse(document.begin(), document.end());
    } catch (const json::parse_error& e) {
        return DecodeError{"", "not valid JSON (at byte " + std::to_string(e.byte) + ")"};
    } catch (const json::exception& e) {
        // e.g. a number too large for a double ("1e999")
        return DecodeError{"", std::string("not valid JSON: ") + e.what()};
    }
    if (!root.is_object())
        return DecodeError{"", "the document must be a JSON object, got " + kind_of(root)};
    try {
        const Field doc(root, "");
        const Field schema = doc.member("schema");
        const std::int64_t version = schema.integer();
        // Every schema the display understands decodes into the same Board.
        if (version == 1) return decode_schema1(doc);
        if (version == 2) return decode_schema2(doc);
        schema.reject("unknown schema " + std::to_string(version) +
                      " (this display reads 1 and 2)");
    } catch (const Rejection& r) {
        return DecodeError{r.path, r.message};
    } catch (const json::exception& e) {
        return DecodeError{"", std::string("unreadable value: ") + e.what()};
    }
}

} // namespace dagritme::board
