// Dutch words for the care log's values.
#include "web/care_words.hpp"

#include "web/layout.hpp"

#include <array>
#include <cmath>
#include <cstdint>

namespace dagritme::web {

std::string_view weekday_word(int iso_weekday) {
    static constexpr std::array<std::string_view, 8> words{
        "", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    return iso_weekday >= 1 && iso_weekday <= 7 ? words.at(static_cast<std::size_t>(iso_weekday))
                                                : std::string_view{};
}

std::string_view emotion_word(Emotion value) {
    switch (value) {
    case Emotion::fear:
        return "angst";
    case Emotion::anger:
        return "boosheid";
    case Emotion::sadness:
        return "verdriet";
    case Emotion::restlessness:
        return "onrust";
    case Emotion::tension:
        return "spanning";
    case Emotion::shame:
        return "schaamte";
    case Emotion::disappointment:
        return "teleurstelling";
    }
    return "";
}

std::string_view response_word(CareResponse value) {
    switch (value) {
    case CareResponse::named:
        return "benoemd";
    case CareResponse::bounded:
        return "begrensd";
    case CareResponse::offered_alternative:
        return "alternatief aangeboden";
    case CareResponse::adapted_rule:
        return "regel aangepast";
    case CareResponse::listened:
        return "geluisterd";
    case CareResponse::showed_care:
        return "zorg getoond";
    case CareResponse::offered_closeness:
        return "nabijheid geboden";
    }
    return "";
}

std::string_view ending_word(Ending value) {
    switch (value) {
    case Ending::calmed:
        return "tot rust gekomen";
    case Ending::escalated:
        return "escalatie";
    case Ending::limit_crossed:
        return "limit overschreden";
    }
    return "";
}

std::string_view sign_word(Sign value) {
    switch (value) {
    case Sign::crying:
        return "huilen";
    case Sign::screaming:
        return "schreeuwen";
    case Sign::hitting:
        return "slaan";
    case Sign::throwing:
        return "gooien";
    case Sign::withdrawing:
        return "terugtrekken";
    case Sign::running_off:
        return "weglopen";
    case Sign::freezing:
        return "verstijven";
    case Sign::clinging:
        return "vastklampen";
    }
    return "";
}

std::string clock_word(Instant at) {
    return to_local(at).time.str();
}

std::string datetime_attribute(Instant at) {
    const LocalDateTime local = to_local(at);
    const int offset_minutes = utc_offset_seconds(at) / 60;
    const TimeOfDay offset{offset_minutes < 0 ? -offset_minutes : offset_minutes};
    return local.date.str() + "T" + local.time.str() + (offset_minutes < 0 ? "-" : "+") +
           offset.str();
}

std::string block_word(const std::optional<BlockRef>& block) {
    if (!block) return "buiten de dagindeling";
    return block->start.str() + " " + block->label;
}

std::string block_label(const std::optional<BlockRef>& block) {
    return block ? block->label : "buiten de dagindeling";
}

std::string week_word(IsoWeek week) {
    return "week " + std::to_string(week.week) + " (" + std::to_string(week.year) + ")";
}

std::string date_word(Date date) {
    return std::to_string(date.day) + " " + std::string(month_name(date.month)) + " " +
           std::to_string(date.year);
}

std::string anchorpoints_word(int count) {
    return std::to_string(count) + (count == 1 ? " ankerpunt" : " ankerpunten");
}

std::string limit_violations_word(int count) {
    return std::to_string(count) + (count == 1 ? " limit overschreden" : " limits overschreden");
}

std::string decimal_comma(double value, int decimals) {
    if (!std::isfinite(value)) return "";
    const auto scale = static_cast<std::int64_t>(std::pow(10, decimals));
    const auto scaled =
        static_cast<std::int64_t>(std::llround(std::fabs(value) * static_cast<double>(scale)));
    std::string out = scaled != 0 && value < 0 ? "-" : "";
    out += std::to_string(scaled / scale);
    if (decimals > 0) {
        std::string fraction = std::to_string(scaled % scale);
        out +=
            "," + std::string(static_cast<std::size_t>(decimals) - fraction.size(), '0') + fraction;
    }
    return out;
}

} // namespace dagritme::web
