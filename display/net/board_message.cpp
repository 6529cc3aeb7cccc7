// Taking in a planner message: the envelope read here, the board by the one decoder.
#include "net/board_message.hpp"

#include "board/board_decoder.hpp"

#include <nlohmann/json.hpp>

namespace dagritme::link {

BoardMessage accept_board_message(std::string_view text) {
    // Only the envelope is read here; what the board says is the decoder's business.
    auto envelope = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
    if (envelope.is_discarded() || !envelope.is_object()) {
        const auto decoded = board::decode_board(text); // for its message: why this is no document
        return {std::nullopt, decoded.ok() ? "not a JSON object" : decoded.error().describe()};
    }
    const auto type = envelope.find("type");
    if (type == envelope.end()) return {std::nullopt, "type: missing"};
    if (*type != "board") {
        auto got = type->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (got.size() > 40) got = got.substr(0, 40) + "..."; // short, like the decoder's messages
        return {std::nullopt, "type: expected \"board\", got " + got};
    }
    envelope.erase(type);
    std::string document = envelope.dump() + "\n"; // compact, as the planner sends it
    auto decoded = board::decode_board(document);
    if (!decoded.ok()) return {std::nullopt, decoded.error().describe()};
    return {AcceptedBoard{std::move(document), std::move(decoded.board())}, {}};
}

} // namespace dagritme::link
