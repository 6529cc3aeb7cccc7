// The link takes in a board message with the display's one decoder: the same example documents
// as the decoder's own tests (tests/data), wrapped as the planner sends them.
#include "board/board_decoder.hpp"
#include "net/board_message.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace dagritme;
using namespace dagritme::test;

namespace {

// What the planner sends for a document: the document with "type": "board" added. A document
// that is no JSON object is sent as it is (the planner never would; a broken peer might).
std::string as_message(const std::string& document) {
    auto json = nlohmann::json::parse(document, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return document;
    json["type"] = "board";
    return json.dump();
}

} // namespace

TEST_CASE("a board message is accepted with the document without its type, and the decoded board's "
          "images") {
    const auto document = read_text(data_path("board-zonnebloem.json"));
    const auto message = link::accept_board_message(as_message(document));
    REQUIRE_MESSAGE(message.accepted, message.problem);
    CHECK(message.problem.empty());
    const auto& accepted = *message.accepted;
    CHECK(accepted.document.find("\"type\"") == std::string::npos);
    CHECK(nlohmann::json::parse(accepted.document) == nlohmann::json::parse(document));
    const auto expected = board::decode_board(document);
    REQUIRE(expected.ok());
    CHECK(accepted.board.revision == expected.board().revision);
    CHECK(accepted.board.media() == expected.board().media());
    CHECK(accepted.board.media().size() == 24); // every pictogram (also of the coming days) and
                                                // photo once
    // What is handed on decodes by itself, as the cache and the worker read it.
    CHECK(board::decode_board(accepted.document).ok());
}

TEST_CASE("every bad board in a message is refused with the decoder's own message") {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(data_path("bad"))) {
        const auto document = read_text(entry.path().string());
        CAPTURE(entry.path().filename().string());
        const auto expected = board::decode_board(document);
        REQUIRE_FALSE(expected.ok());
        const auto message = link::accept_board_message(as_message(document));
        CHECK_FALSE(message.accepted);
        CHECK(message.problem == expected.error().describe());
        ++files;
    }
    CHECK(files >= 20);
}

TEST_CASE("a message that is not a board is refused and says why") {
    const auto board = nlohmann::json::parse(read_text(data_path("board-zonnebloem.json")));
    auto typed = [&](const nlohmann::json& type) {
        auto message = board;
        message["type"] = type;
        return link::accept_board_message(message.dump());
    };
    CHECK(typed("hello").problem == "type: expected \"board\", got \"hello\"");
    CHECK(typed(7).problem == "type: expected \"board\", got 7");
    CHECK(typed(std::string(100, 'x')).problem ==
          "type: expected \"board\", got \"" + std::string(39, 'x') + "...");
    CHECK(link::accept_board_message(board.dump()).problem == "type: missing");
    CHECK(link::accept_board_message("not json").problem == "not valid JSON (at byte 2)");
    CHECK(link::accept_board_message("[]").problem ==
          "the document must be a JSON object, got an array");
    CHECK(link::accept_board_message("").problem == "not valid JSON (at byte 1)");
    CHECK_FALSE(typed("hello").accepted);
}

TEST_CASE("a board message larger than the decoder's limit is refused with the decoder's message") {
    auto message = nlohmann::json::parse(read_text(data_path("board-zonnebloem.json")));
    message["type"] = "board";
    message["padding"] = std::string(board::max_document_bytes, 'x');
    const auto refused = link::accept_board_message(message.dump());
    CHECK_FALSE(refused.accepted);
    CHECK(refused.problem.starts_with("document too large ("));
    CHECK(refused.problem.ends_with(" bytes, at most 1048576)"));
}
