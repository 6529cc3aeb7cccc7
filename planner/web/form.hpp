// Forms posted by the staff pages (application/x-www-form-urlencoded) and query strings: parsed
// in this one place, then read field by field. Every problem is a Dutch message for the field it
// belongs to, shown next to that field; a form with any problem saves nothing.
#pragma once

#include "domain/time.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dagritme::web {

inline constexpr std::size_t max_form_fields = 400;

// The name=value pairs of a form, decoded. Parsing refuses (nothing) broken percent-encoding,
// text that is not UTF-8, control characters other than tab and newline, and more than
// max_form_fields fields.
class Form {
  public:
    static std::optional<Form> parse(std::string_view encoded);

    // The first value of `name`, or "" when absent.
    std::string value(std::string_view name) const;
    std::vector<std::string> values(std::string_view name) const;
    bool has(std::string_view name) const;
    const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }
    // The form encoded again, without the fields named in `leave_out`.
    std::string encoded(const std::vector<std::string>& leave_out = {}) const;

  private:
    std::vector<std::pair<std::string, std::string>> fields_;
};

// "a b&c" -> "a+b%26c"
std::string form_encode(std::string_view value);

// The id of a stored record as a page's path or a form's choice gives it: digits only, 1 or
// more; nothing for anything else ("12abc", " 12", "-3", "0", too large).
std::optional<std::int64_t> record_id(std::string_view text);

// The problems of a form, per field name, in Dutch.
using FieldErrors = std::map<std::string, std::string>;

// Reads the fields of a form; each problem is recorded for its field and the read returns
// nothing, so one pass reports every problem of the form at once.
class FormReader {
  public:
    explicit FormReader(const Form& form) : form_(form) {}

    // Trimmed text; `required` refuses an empty one. Newlines only when `multiline`.
    std::optional<std::string> text(const std::string& name, std::size_t max_length, bool required,
                                    bool multiline = false);
    std::optional<std::int64_t> integer(const std::string& name, std::int64_t min, std::int64_t max,
                                        bool required);
    std::optional<TimeOfDay> time(const std::string& name, bool required);
    std::optional<Date> date(const std::string& name, bool required);
    // One value that `parse` knows; `required` refuses an absent one.
    template <class T>
    std::optional<T> choice(const std::string& name,
                            const std::function<std::optional<T>(std::string_view)>& parse,
                            bool required) {
        const auto value = form_.value(name);
        if (value.empty()) {
            if (required) fail(name, "Kies er een.");
            return std::nullopt;
        }
        auto parsed = parse(value);
        if (!parsed) fail(name, "Deze keuze bestaat niet.");
        return parsed;
    }
    // Every value of a multiple choice, each once, in the order sent.
    template <class T>
    std::optional<std::vector<T>>
    choices(const std::string& name, const std::function<std::optional<T>(std::string_view)>& parse,
            bool at_least_one) {
        std::vector<T> out;
        for (const auto& value : form_.values(name)) {
            const auto parsed = parse(value);
            if (!parsed) {
                fail(name, "Deze keuze bestaat niet.");
                return std::nullopt;
            }
            bool seen = false;
            for (const auto& v : out)
                seen = seen || v == *parsed;
            if (!seen) out.push_back(*parsed);
        }
        if (at_least_one && out.empty()) {
            fail(name, "Kies er minstens een.");
            return std::nullopt;
        }
        return out;
    }

    void fail(const std::string& name, const std::string& message);
    bool ok() const { return errors_.empty(); }
    const FieldErrors& errors() const { return errors_; }
    const Form& form() const { return form_; }

  private:
    const Form& form_;
    FieldErrors errors_;
};

} // namespace dagritme::web
