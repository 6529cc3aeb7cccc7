// RAII wrapper around one SQLite connection: prepared statements with bound parameters,
// and transactions that roll back unless committed. Errors throw StoreError.
// A Database is used by one thread at a time; give each thread its own connection.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dagritme::store {

class StoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// A stored value read back into its type. An unknown one (written by a newer program, or by
// hand) fails loudly, naming table, row and column, instead of becoming a default that
// children then see on the board.
template <class T>
T known_value(std::optional<T> parsed, std::string_view table, std::int64_t row,
              std::string_view column, std::string_view stored) {
    if (!parsed)
        throw StoreError(std::string(table) + " row " + std::to_string(row) + ": unknown " +
                         std::string(column) + " \"" + std::string(stored) + "\"");
    return *parsed;
}

class Statement;

class Database {
  public:
    // Opens (creating if needed) the file, with WAL, foreign keys, a busy timeout and
    // synchronous=FULL, so a committed write survives a power cut. ":memory:" works too.
    explicit Database(const std::filesystem::path& file);
    ~Database();
    Database(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database& operator=(Database&&) = delete;

    void exec(std::string_view sql); // one or more statements without parameters
    Statement prepare(std::string_view sql);
    std::int64_t last_insert_id() const;
    int changes() const;
    int user_version();
    // PRAGMA data_version: changes when another connection commits; this one's own commits
    // leave it as it is. So "did someone else write?" is one cheap call.
    std::int64_t data_version();
    // Whether a transaction is open on this connection.
    bool in_transaction() const;

    // A function of text for this connection's SQL, for a migration step that needs what SQL
    // lacks (a hash): its arguments as text (NULL as nothing), its result as text. Deterministic.
    using TextFunction =
        std::function<std::string(const std::vector<std::optional<std::string>>& arguments)>;
    void define_function(const std::string& name, int arguments, TextFunction function);

    // A write changed what the board of `group_id` shows. Its revision goes up once, when the
    // open Transaction commits, however many writes touched it; at once when none is open.
    // The one place that bumps board revisions: store write functions call it, nobody else.
    void touch_board(const std::string& group_id);

  private:
    friend class Transaction;
    friend class ReadSnapshot;
    void bump_touched_boards(); // inside the transaction, just before COMMIT

    sqlite3* db_ = nullptr;
    std::set<std::string> touched_boards_; // of the open transaction
};

class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind_null(int index);

    // Binds all arguments in order, starting at 1.
    template <typename... Args> Statement& bind_all(const Args&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    bool step();  // true: a row is ready; false: done
    void run();   // steps to the end; for INSERT/UPDATE/DELETE
    void reset(); // to run again with new bindings

    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    std::string text(int column) const;
    std::optional<std::string> optional_text(int column) const;
    std::optional<std::int64_t> optional_int64(int column) const;
    bool is_null(int column) const;

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction; rolls back in the destructor unless commit() was called.
// Inside another transaction it is a savepoint: its rollback undoes only its own writes, and
// its commit leaves the outer transaction to decide (so an import of many rows can call the
// same app functions as one form, all or nothing).
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Database& db_;
    bool nested_ = false;
    bool done_ = false;
};

// A consistent read of several queries (BEGIN DEFERRED ... COMMIT); ends in the destructor.
// Inside a transaction it reads that transaction's view and does nothing itself.
class ReadSnapshot {
  public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  private:
    Database& db_;
    bool nested_ = false;
};

} // namespace dagritme::store
