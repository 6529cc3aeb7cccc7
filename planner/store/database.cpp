// The SQLite connection, statements and transactions (see database.hpp).
#include "store/database.hpp"

#include "domain/unicode.hpp"

#include <sqlite3.h>

#include <utility>

namespace dagritme::store {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw StoreError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

} // namespace

Database::Database(const std::filesystem::path& file) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        std::string message = "cannot open database " + file.string() + ": " +
                              (db_ ? sqlite3_errmsg(db_) : "out of memory");
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    try {
        // WAL with synchronous=FULL: every commit is fsynced to the WAL before it returns,
        // so an acknowledged write survives a power cut (NORMAL could lose the last commits).
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    } catch (...) {
        sqlite3_close(db_);
        throw;
    }
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), touched_boards_(std::move(other.touched_boards_)) {}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(db_);
        sqlite3_free(error);
        throw StoreError("sql failed: " + message);
    }
}

Statement Database::prepare(std::string_view sql) {
    return Statement(db_, sql);
}
std::int64_t Database::last_insert_id() const {
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    return sqlite3_changes(db_);
}

int Database::user_version() {
    auto st = prepare("PRAGMA user_version");
    st.step();
    return st.integer(0);
}

std::int64_t Database::data_version() {
    auto st = prepare("PRAGMA data_version");
    st.step();
    return st.int64(0);
}

bool Database::in_transaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}

namespace {

void call_text_function(sqlite3_context* context, int count, sqlite3_value** values) {
    const auto& function = *static_cast<Database::TextFunction*>(sqlite3_user_data(context));
    std::vector<std::optional<std::string>> arguments;
    arguments.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        if (sqlite3_value_type(values[i]) == SQLITE_NULL) {
            arguments.emplace_back();
            continue;
        }
        const auto* text = sqlite3_value_text(values[i]);
        arguments.emplace_back(
            std::string(reinterpret_cast<const char*>(text),
                        static_cast<std::size_t>(sqlite3_value_bytes(values[i]))));
    }
    try {
        const auto result = function(arguments);
        sqlite3_result_text(context, result.data(), static_cast<int>(result.size()),
                            SQLITE_TRANSIENT);
    } catch (const std::exception& e) {
        sqlite3_result_error(context, e.what(), -1);
    }
}

void delete_text_function(void* function) {
    delete static_cast<Database::TextFunction*>(function);
}

} // namespace

void Database::define_function(const std::string& name, int arguments, TextFunction function) {
    auto* owned = new TextFunction(std::move(function));
    // On failure SQLite calls delete_text_function itself.
    if (sqlite3_create_function_v2(db_, name.c_str(), arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   owned, call_text_function, nullptr, nullptr,
                                   delete_text_function) != SQLITE_OK)
        fail(db_, "define function " + name);
}

void Database::touch_board(const std::string& group_id) {
    if (sqlite3_get_autocommit(db_) == 0) {
        touched_boards_.insert(group_id);
        return;
    }
    prepare("UPDATE grp SET revision = revision + 1 WHERE id = ?").bind_all(group_id).run();
}

void Database::bump_touched_boards() {
    if (touched_boards_.empty()) return;
    auto bump = prepare("UPDATE grp SET revision = revision + 1 WHERE id = ?");
    for (const auto& group_id : touched_boards_) {
        bump.bind_all(group_id).run();
        bump.reset();
    }
    touched_boards_.clear();
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &stmt_, nullptr) !=
        SQLITE_OK)
        fail(db, "cannot prepare \"" + std::string(sql) + "\"");
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
    return *this;
}

// Every text goes in as NFC, wherever it came from (a form, JSON, the command line, the
// configuration): "Zoë" typed with a combining diaeresis is stored, found and shown as "Zoë".
Statement& Statement::bind(int index, std::string_view value) {
    const auto normal = nfc(value);
    if (sqlite3_bind_text64(stmt_, index, normal.data(), normal.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK)
        fail(db_, "bind");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bind_null(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_null(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, "sql step failed");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
    if (is_null(column)) return std::nullopt;
    return int64(column);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db), nested_(sqlite3_get_autocommit(db.db_) == 0) {
    db_.exec(nested_ ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_) return;
    try {
        if (nested_) {
            // Boards it touched stay marked: the outer commit bumps them once, which is harmless.
            db_.exec("ROLLBACK TO nested; RELEASE nested");
            return;
        }
        db_.touched_boards_.clear(); // rolled back: nothing changed
        db_.exec("ROLLBACK");
    } catch (...) {
        // A failed rollback leaves SQLite to roll back on close; never throw from here.
    }
}

void Transaction::commit() {
    if (nested_) {
        db_.exec("RELEASE nested");
    } else {
        db_.bump_touched_boards();
        db_.exec("COMMIT");
    }
    done_ = true;
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db), nested_(sqlite3_get_autocommit(db.db_) == 0) {
    if (!nested_) db_.exec("BEGIN DEFERRED");
}

ReadSnapshot::~ReadSnapshot() {
    if (nested_) return;
    db_.touched_boards_.clear(); // a read writes nothing
    try {
        db_.exec("COMMIT");
    } catch (...) {
        // Nothing was written; a failed COMMIT of a read leaves nothing to undo.
    }
}

} // namespace dagritme::store
