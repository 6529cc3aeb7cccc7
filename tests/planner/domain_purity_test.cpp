// The planner's folders keep to their part: the domain is pure rules (no files, streams,
// SQL, JSON, network or crypto), and SQL is the store's alone.
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace dagritme::test;
namespace fs = std::filesystem;

namespace {

struct Include {
    fs::path file;
    std::string line;
};

// Every #include line of the C++ files under `folder`.
std::vector<Include> includes_under(const fs::path& folder) {
    std::vector<Include> found;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        const auto extension = entry.path().extension();
        if (extension != ".cpp" && extension != ".hpp") continue;
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line))
            if (line.rfind("#include", 0) == 0) found.push_back({entry.path(), line});
    }
    return found;
}

} // namespace

TEST_CASE("the domain includes no I/O, SQL, JSON, network or crypto header") {
    const auto includes = includes_under(source_dir / "planner" / "domain");
    CHECK(includes.size() > 20);
    for (const auto& [file, line] : includes) {
        CAPTURE(file.string());
        CAPTURE(line);
        // Our own headers: only the domain's.
        if (line.find('"') != std::string::npos) CHECK(line.find("\"domain/") != std::string::npos);
        for (const char* banned :
             {"<fstream>", "<iostream>", "<istream>", "<ostream>", "<filesystem>", "<thread>",
              "<mutex>", "<future>", "sqlite3", "boost/", "nlohmann/", "toml", "sodium", "<sys/",
              "<unistd.h>", "<netinet/", "<arpa/", "<SFML/"})
            CHECK(line.find(banned) == std::string::npos);
    }
}

TEST_CASE("only the store includes sqlite3.h") {
    std::size_t in_store = 0;
    for (const auto* part : {"planner", "display"}) {
        if (!fs::exists(source_dir / part)) continue;
        for (const auto& [file, line] : includes_under(source_dir / part)) {
            if (line.find("sqlite3.h") == std::string::npos) continue;
            const auto relative = fs::relative(file, source_dir).generic_string();
            CAPTURE(relative);
            CHECK(relative.starts_with("planner/store/"));
            ++in_store;
        }
    }
    CHECK(in_store > 0);
}
